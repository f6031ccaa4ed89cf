"""The preview mid-transition: while the clip strip's moment is inside the transition into
the shown scene, the preview draws what the video shows there — the scene before at
the matching moment of its end, blended with the shown scene — through
composer/paint/transition.py, by the geometry of composer.model.transitions (the
compositor's too). At the strip's start (frame 0, where a chosen scene is shown for
editing) the scene is drawn alone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter

from composer.media.clips import ClipFile
from composer.model import transitions
from composer.model.project import Scene
from composer.paint.transition import paint_transition, scene_picture
from composer.ui.preview.presenter import FPS, ClipPictures
from composer.ui.preview.preview_widget import PreviewWidget


def scene_frames(scene: Scene, clip: ClipFile) -> int:
    """The scene's length in frames, as the compositor counts it."""
    from composer.compose.lengths import clip_seconds  # loads PyAV: not at start-up
    from composer.media.video import MediaError

    try:
        return max(1, round(clip_seconds(scene, clip) * FPS))
    except MediaError:
        return 0


class TransitionView:
    """Set as the preview's `transition`: paints the moment and says True, or False when
    the preview's moment is in no transition."""

    def __init__(self, preview: PreviewWidget, pictures: ClipPictures) -> None:
        self.preview, self.pictures = preview, pictures

    def __call__(self, painter: QPainter, frame: QRectF, scene: Scene) -> bool:
        preview, pictures = self.preview, self.pictures
        index, number = preview.scene_index, pictures.frame_index()
        if preview.doc is None or index < 1 or number < 1 or scene.transition_in is None:
            return False
        before = preview.doc.scenes[index - 1]
        clips = pictures.clip(before), pictures.clip(scene)
        if clips[0] is None or clips[1] is None:
            return False
        frames = scene_frames(before, clips[0]), scene_frames(scene, clips[1])
        seconds = transitions.effective_seconds(
            scene.transition_in, frames[0] / FPS, frames[1] / FPS, FPS
        )
        p = transitions.progress(number / FPS, seconds)
        if p is None or not all(frames):
            return False
        width, height = preview.output_size()
        at = transitions.moment(scene.transition_in.type, p, width, height)
        size = QSize(round(frame.width()), round(frame.height()))
        device = painter.device()
        dpr = device.devicePixelRatioF() if device else 1.0
        shown = pictures.seconds
        try:  # the scene before, as many frames from its end as the transition has left
            pictures.seconds = (frames[0] - round(seconds * FPS) + number) / FPS
            outgoing = scene_picture(self._draw(before, pictures.seconds), size, dpr)
        finally:
            pictures.seconds = shown
        incoming = scene_picture(self._draw(scene, shown, captioned=True), size, dpr)
        paint_transition(painter, frame, outgoing, incoming, at, width)
        return True

    def _draw(
        self, scene: Scene, at: float, captioned: bool = False
    ) -> Callable[[QPainter, QRectF], None]:
        """Paint `scene` `at` seconds into it (with the clip strip's caption: the shown
        scene's)."""

        def draw(painter: QPainter, rect: QRectF) -> None:
            self.preview.scene_painter.paint(painter, rect, scene, *self.preview.output_size(), at)
            if captioned:
                self.preview.caption(painter, rect)

        return draw
