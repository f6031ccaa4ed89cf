"""A scene at a moment, at the output size, exactly as the preview paints it: the
presenter is the frame of the scene's clip at that moment (when the clip is at hand), a
background video shows the frame its play_style puts there. `scene-composer still` and
the compositor's WYSIWYG check use this."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPixmap

from composer.brand.kit import LogoSpec
from composer.media.clips import ClipFile
from composer.media.video import MediaError, frame_at, probe
from composer.model.playback import video_time
from composer.model.project import Scene, background_of
from composer.model.rich import CaptionsStyle
from composer.paint.arrays import from_rgba
from composer.paint.captions import paint_caption
from composer.paint.safe_paint import painting
from composer.paint.scene_painter import ScenePainter
from composer.paint.video_poster import FramesAt


def clip_picture(clip: ClipFile, seconds: float) -> QPixmap:
    """The clip's frame shown at `seconds`, transparent around the presenter."""
    return QPixmap.fromImage(from_rgba(frame_at(clip.path, seconds, key=clip.key, mask=clip.mask)))


def paint_still(
    scene: Scene,
    width: int,
    height: int,
    seconds: float,
    clip: ClipFile | None,
    scene_seconds: float,
    caption: str = "",
    logo: LogoSpec | None = None,
    style: CaptionsStyle | None = None,
) -> QImage:
    """`scene` `seconds` into it (its length `scene_seconds`; the overlays showing then),
    width×height RGB, with the `caption` words burned in (in `style`) as the compositor
    burns them."""
    picture = clip_picture(clip, seconds) if clip else None

    def video_seconds(path: str) -> float | None:
        try:
            length = probe(Path(path)).seconds
        except MediaError:
            return 0.0  # the frame is refused too: the placeholder is painted

        return video_time(background_of(scene).play_style, seconds, scene_seconds, length)

    painter = ScenePainter(
        (lambda _character: picture) if picture else None,
        posters=FramesAt(video_seconds),
        badges=False,
        logo=logo,
    )
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    with painting(image) as qp:
        painter.paint(qp, QRectF(0, 0, width, height), scene, width, height, seconds)
        paint_caption(qp, caption, width, height, style)
    return image
