"""A scene's overlays (composer.model.rich), drawn on a painter that maps output pixels
onto the frame: texts through the scene text's layout (wrapped inside the box's width,
same fonts), pictures fitted inside their box keeping their shape (decoded once per file
and size shown, through the safe picture reader), shapes filled with their colour. An
image given by a URL shows once the online media cache holds it, else a placeholder
naming the file, as backgrounds do. Each overlay is drawn on its own guard: one that
can't be drawn is a warning box over its own box, never an exception.

Which overlays and in what order: those `shows_at` the moment, in list order, either
the ones behind the presenter or the others (ScenePainter draws both passes)."""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from functools import partial

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

from composer.assets.online import overlay_file
from composer.media.safety import MediaError
from composer.model.layout import Rect
from composer.model.overlay_layout import opacity_of, overlay_box, shows_at
from composer.model.project import Position, TextOverlay
from composer.model.rich import Overlay, OverlayType, ShapeKind
from composer.paint.background import file_mtime, file_name, paint_label, paint_placeholder
from composer.paint.cache import MB, PixmapCache
from composer.paint.color import parse_color
from composer.paint.safe_images import reader as safe_reader
from composer.paint.safe_paint import guarded, saved
from composer.paint.text import TextLayer

BUDGET = 64 * MB
MAX_DECODE_SIDE = 4096
"""A picture is decoded no larger than it is shown, and never larger than this."""
SHAPE_COLOR = QColor("#FFFFFF")
ROUNDING = 0.2
"""A rounded shape's corner radius, as a share of its box's shorter side."""


def shown(overlays: list[Overlay], at: float | None, behind: bool) -> Iterator[Overlay]:
    """The overlays drawn `at` seconds into the scene (None: the editor's still view) on
    one side of the presenter, bottom first."""
    for overlay in overlays:
        if bool(overlay.behind_presenter) == behind and shows_at(overlay, at):
            yield overlay


def as_text(overlay: Overlay, box: Rect, width: int, height: int) -> TextOverlay:
    """The scene-text form of a text overlay: its box's corner and width, its fields."""
    return TextOverlay(
        text=overlay.text,
        font_family=overlay.font_family,
        font_size=overlay.font_size,
        font_weight=overlay.font_weight,
        color=overlay.color,
        position=Position(box.x / width, box.y / height),
        text_align=overlay.text_align,
        line_height=overlay.line_height,
        width=max(1.0, box.w),
    )


def contained(box: QRectF, w: int, h: int) -> QRectF:
    """A w×h picture's rectangle fitted inside `box`, centred, keeping its shape."""
    scale = min(box.width() / max(1, w), box.height() / max(1, h))
    rect = QRectF(0, 0, w * scale, h * scale)
    rect.moveCenter(box.center())
    return rect


class OverlayLayer:
    """Draws overlays; keeps decoded pictures (by file, its time and size shown) and,
    through the shared TextLayer, text layouts, so a repaint during a drag only draws."""

    def __init__(self, texts: TextLayer) -> None:
        self.texts = texts
        self._pictures = PixmapCache(BUDGET)

    def paint(
        self,
        painter: QPainter,
        overlays: list[Overlay],
        width: int,
        height: int,
        at: float | None,
        behind: bool,
    ) -> None:
        """Draw on a painter already mapping output pixels onto the frame."""
        for overlay in shown(overlays, at, behind):
            box = overlay_box(overlay, width, height)
            rect = QRectF(box.x, box.y, box.w, box.h)
            draw = partial(self._one, painter, overlay, box, width, height)
            guarded(painter, rect, "layer", draw)

    def media_key(self, overlays: list[Overlay]) -> Hashable:
        """The image overlays' files' times: what changes their look besides their fields."""
        return tuple(file_mtime(overlay_file(o)) for o in overlays if o.type == OverlayType.IMAGE)

    def _one(self, painter: QPainter, overlay: Overlay, box: Rect, width: int, height: int) -> None:
        painter.setOpacity(painter.opacity() * opacity_of(overlay))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(box.x, box.y, box.w, box.h)
        if overlay.type == OverlayType.TEXT:
            if overlay.text:
                self.texts.paint(painter, as_text(overlay, box, width, height), width, height)
        elif overlay.type == OverlayType.IMAGE:
            self._picture(painter, overlay, rect)
        else:
            _shape(painter, overlay, rect)

    def _picture(self, painter: QPainter, overlay: Overlay, rect: QRectF) -> None:
        path = overlay_file(overlay)
        mtime = file_mtime(path)
        if path is None or mtime is None or rect.isEmpty():
            _placeholder(painter, overlay, rect, _missing(overlay, path))
            return
        device = painter.device()
        scale = painter.worldTransform().m11() * (device.devicePixelRatioF() if device else 1.0)
        limit = QSize(
            max(1, min(MAX_DECODE_SIDE, round(rect.width() * scale))),
            max(1, min(MAX_DECODE_SIDE, round(rect.height() * scale))),
        )
        key = (path, mtime, limit.width(), limit.height())
        picture = self._pictures.get(key, lambda: _decode(path, limit))
        if picture.isNull():
            _placeholder(painter, overlay, rect, f"Can't read image · {_name(overlay)}")
            return
        with saved(painter):
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            target = contained(rect, picture.width(), picture.height())
            painter.drawPixmap(target, picture, QRectF(picture.rect()))


def _decode(path: str, limit: QSize) -> QPixmap:
    """The picture decoded to fit `limit` (never larger than it is); null when refused."""
    try:
        found = safe_reader(path)
    except MediaError:
        return QPixmap()
    found.setAutoTransform(True)
    size = found.size()
    if size.isValid() and not size.isEmpty():
        fitted = size.scaled(limit, Qt.AspectRatioMode.KeepAspectRatio)
        if fitted.width() < size.width():
            found.setScaledSize(fitted)
    return QPixmap.fromImage(found.read())


def _shape(painter: QPainter, overlay: Overlay, rect: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(parse_color(overlay.color, SHAPE_COLOR))
    if overlay.shape == ShapeKind.CIRCLE:
        painter.drawEllipse(rect)
    elif overlay.shape == ShapeKind.ROUNDED:
        radius = min(rect.width(), rect.height()) * ROUNDING
        painter.drawRoundedRect(rect, radius, radius)
    else:
        painter.drawRect(rect)


def _name(overlay: Overlay) -> str:
    return file_name(overlay.local_file, overlay.url) or "No file chosen"


def _missing(overlay: Overlay, path: str | None) -> str:
    """Why an image overlay has no picture (the preview never downloads)."""
    if overlay.local_file:
        return f"Image file not found · {_name(overlay)}"
    if overlay.url and path is None:
        return f"Online image · {_name(overlay)}"
    return f"Image · {_name(overlay)}"


def _placeholder(painter: QPainter, overlay: Overlay, rect: QRectF, title: str) -> None:
    if rect.isEmpty():
        return
    with saved(painter):
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        paint_placeholder(painter, rect, False)
        paint_label(painter, rect, False, title)
