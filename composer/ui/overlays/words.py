"""An overlay in a marketer's words: "Text: Summer sale", "Picture: logo.png",
"Shape: rounded box" (its own name, if it has one)."""

from __future__ import annotations

from pathlib import PurePath

from composer.model.rich import Overlay, OverlayType, ShapeKind
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate

SHAPE_WORDS = {
    ShapeKind.RECT: QT_TRANSLATE_NOOP("Layers", "box"),
    ShapeKind.ROUNDED: QT_TRANSLATE_NOOP("Layers", "rounded box"),
    ShapeKind.CIRCLE: QT_TRANSLATE_NOOP("Layers", "circle"),
}
KIND_WORDS = {
    OverlayType.TEXT: QT_TRANSLATE_NOOP("Layers", "Text"),
    OverlayType.IMAGE: QT_TRANSLATE_NOOP("Layers", "Picture"),
    OverlayType.SHAPE: QT_TRANSLATE_NOOP("Layers", "Shape"),
}
LONGEST = 40
"""A text overlay's words are cut to this many characters in its description."""


def kind_words(overlay: Overlay) -> str:
    return translate("Layers", KIND_WORDS[overlay.type])


def shape_words(kind: ShapeKind | None) -> str:
    return translate("Layers", SHAPE_WORDS[kind or ShapeKind.RECT])


def describe(overlay: Overlay) -> str:
    """The layer list's line for an overlay."""
    if overlay.name and overlay.name.strip():
        return overlay.name.strip()
    if overlay.type == OverlayType.TEXT:
        words = " ".join((overlay.text or "").split())
        if len(words) > LONGEST:
            words = words[: LONGEST - 1] + "…"
        what = words or translate("Layers", "(empty)")
    elif overlay.type == OverlayType.IMAGE:
        source = overlay.local_file or overlay.url or ""
        what = PurePath(source).name if source else translate("Layers", "no file chosen")
    else:
        what = shape_words(overlay.shape)
    return translate("Layers", "{kind}: {what}").format(kind=kind_words(overlay), what=what)
