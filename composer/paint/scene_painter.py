"""Paint one scene into a rectangle: the one call that draws a scene for the preview, the
scene cards, `still`, the storyboard, exported stills and the batch preview (the
compositor paints its still layers with the same layers).

Geometry comes from composer.model.layout (output pixels); this module maps output pixels
uniformly onto the target rectangle and draws, bottom to top: the background, the
overlays behind the presenter, the avatar (background and avatar pre-rendered and cached
per size, so a repaint during a drag only blits them), the text overlay (its layout
cached), the other overlays (composer/paint/overlays.py) and the brand kit's logo, if
there is one. Given a moment (`at`, seconds into the scene), only the overlays showing
then are drawn; without one (the editor's still view) every overlay not hidden is.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSize, Signal
from PySide6.QtGui import QPainter

from composer.brand.kit import LogoSpec, kit_for
from composer.model import layout
from composer.model.project import (
    Character,
    Project,
    Scene,
    TextOverlay,
    background_of,
)
from composer.paint.avatar import AvatarLayer, AvatarPictures
from composer.paint.background import BackgroundCache
from composer.paint.logo import LogoLayer
from composer.paint.overlays import OverlayLayer
from composer.paint.safe_paint import guarded, saved
from composer.paint.text import TextBlock, TextLayer
from composer.paint.video_poster import VideoPosters


def frame_in(rect: QRectF, width: int, height: int, margin: float = 0.0) -> QRectF:
    """The largest rectangle of the project's aspect centred in `rect`, its corner on a
    whole pixel so that cached layers blit without resampling."""
    avail = rect.adjusted(margin, margin, -margin, -margin)
    scale = min(avail.width() / width, avail.height() / height)
    w, h = width * scale, height * scale
    x = round(avail.x() + (avail.width() - w) / 2)
    y = round(avail.y() + (avail.height() - h) / 2)
    return QRectF(x, y, w, h)


def to_qrect(rect: layout.Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class ScenePainter(QObject):
    updated = Signal()
    """Something drawn earlier has changed without a model edit (a video's first frame
    arrived): views showing scenes should repaint."""

    def __init__(
        self,
        avatar_pictures: AvatarPictures | None = None,
        parent: QObject | None = None,
        *,
        posters: VideoPosters | None = None,
        badges: bool = True,
        logo: LogoSpec | None = None,
    ) -> None:
        """`posters` gives video backgrounds' frames (default: first frames, extracted in
        the background); `badges=False` paints no preview-only marks (stills, videos);
        `logo`: the brand kit's, over every scene (see `for_project`)."""
        super().__init__(parent)
        posters = posters or VideoPosters(self)
        posters.ready.connect(self.updated)
        self.backgrounds = BackgroundCache(posters, badges=badges)
        self.avatars = AvatarLayer(avatar_pictures)
        self.texts = TextLayer()
        self.overlays = OverlayLayer(self.texts)
        self.logo = LogoLayer((lambda: logo) if logo else None)
        """The brand kit's logo over every scene (set its `source` to show one)."""

    @classmethod
    def for_project(cls, project: Project, **options: Any) -> ScenePainter:
        """A painter that draws `project`'s scenes as the window does, with the logo of
        the brand kit the project follows: for stills, the storyboard, the batch preview."""
        return cls(logo=kit_for(project).logo_spec(), **options)

    def paint(
        self,
        painter: QPainter,
        frame: QRectF,
        scene: Scene,
        width: int,
        height: int,
        at: float | None = None,
    ) -> None:
        """Draw `scene` (output size width×height) into `frame`, which has that aspect,
        `at` seconds into it (None: every overlay not hidden); a scene that can't be drawn
        is a warning box (the error is logged), never an exception."""
        guarded(
            painter, frame, "scene", lambda: self._paint(painter, frame, scene, width, height, at)
        )

    def _paint(
        self,
        painter: QPainter,
        frame: QRectF,
        scene: Scene,
        width: int,
        height: int,
        at: float | None,
    ) -> None:
        scale = frame.width() / width
        device = painter.device()
        dpr = device.devicePixelRatioF() if device else 1.0
        size = QSize(max(1, round(frame.width())), max(1, round(frame.height())))
        painter.setClipRect(frame)  # the state is saved and restored by `guarded`
        painter.drawPixmap(
            frame.topLeft(),
            self.backgrounds.pixmap(background_of(scene), (width, height), size, dpr),
        )
        if scene.overlays:
            self.paint_overlays(painter, frame, scene, (width, height), at, behind=True)
        picture = self.avatars.picture(scene.character)  # looked up once: the preview's
        avatar = self.avatars.rect_of(scene.character, width, height, picture)  # a clip frame
        target = QRectF(
            frame.x() + avatar.x * scale,
            frame.y() + avatar.y * scale,
            avatar.w * scale,
            avatar.h * scale,
        )
        self.avatars.paint(painter, scene.character, target, dpr, picture)
        if scene.text is not None and scene.text.text:
            with saved(painter):
                painter.translate(frame.topLeft())
                painter.scale(scale, scale)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                self.texts.paint(painter, scene.text, width, height)
        if scene.overlays:
            self.paint_overlays(painter, frame, scene, (width, height), at, behind=False)
        self.logo.paint(painter, frame, width, height)

    def paint_overlays(
        self,
        painter: QPainter,
        frame: QRectF,
        scene: Scene,
        size: tuple[int, int],
        at: float | None,
        *,
        behind: bool,
    ) -> None:
        """The scene's overlays on one side of the presenter, into `frame`."""
        with saved(painter):
            painter.translate(frame.topLeft())
            painter.scale(frame.width() / size[0], frame.width() / size[0])
            self.overlays.paint(painter, scene.overlays, *size, at, behind)

    def avatar_rect(self, character: Character, width: int, height: int) -> layout.Rect:
        """The avatar's box in output pixels, as painted."""
        return self.avatars.rect(character, width, height)

    def text_block(self, text: TextOverlay | None, width: int, height: int) -> TextBlock | None:
        """The text overlay as wrapped, with its box in output pixels (None if no text)."""
        if text is None or not text.text:
            return None
        return self.texts.block(text, width, height)

    def avatar_key(self, character: Character) -> int:
        """Which picture the avatar is drawn with (0: the silhouette), for caches."""
        picture = self.avatars.picture(character)
        return picture.cacheKey() if picture is not None else 0

    def media_key(self, scene: Scene) -> Hashable:
        """What changes a scene's look besides its fields: the background's media (see
        BackgroundCache.media_key) and the presenter's picture (a rendered clip)."""
        background = self.backgrounds.media_key(background_of(scene))
        overlays = self.overlays.media_key(scene.overlays) if scene.overlays else ()
        return (background, self.avatars.picture_key(scene.character), overlays)
