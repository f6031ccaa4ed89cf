"""Friendly units for the layout fields, and the way back to the API's values.

The document stores what HeyGen takes (`offset.x` 0.25, `scale` 0.8, `position.y` 0.1);
the editor shows what a marketer thinks in: the presenter's centre as % of the frame
from its left or top edge, the presenter's height as % of the frame's height, the text
box's corner as % of the frame. Each `Unit` converts both ways and says what a shown
value means in pixels of the output video (for tool tips).

The conversions follow composer/model/layout.py (offset from the centre as a fraction of
the frame; scale 1 = the frame's height), so the panel, the preview and the request agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer.model.tr_noop import QT_TRANSLATE_NOOP, Words, english


@dataclass(frozen=True)
class Unit:
    """`shown = api * factor + shift`; `decimals` of the shown value; `axis` is the frame
    side ("width" or "height") a shown % is of; `template` says a shown value in pixels of
    the output video ({px} and {side} filled in), for tool tips."""

    name: str
    factor: float
    shift: float
    suffix: str
    decimals: int
    api_decimals: int
    axis: str
    template: str

    def shown(self, api: float) -> float:
        return round(api * self.factor + self.shift, self.decimals)

    def api(self, shown: float) -> float:
        return round((shown - self.shift) / self.factor, self.api_decimals)

    def pixels(self, shown: float, width: int, height: int, words: Words = english) -> str:
        """What `shown` is in the output video ("480 px from the left of 1920")."""
        side = width if self.axis == "width" else height
        return words(self.template).format(px=f"{shown / 100 * side:,.0f}", side=f"{side:,}")


CENTRE_ACROSS = Unit(
    "centre-across",
    100,
    50,
    " %",
    1,
    3,
    "width",
    QT_TRANSLATE_NOOP("Amounts", "centre {px} px from the left edge of the {side} px wide video"),
)
"""`character.offset.x` (−0.5 left edge … 0.5 right edge) as 0 % … 100 % from the left."""
CENTRE_DOWN = Unit(
    "centre-down",
    100,
    50,
    " %",
    1,
    3,
    "height",
    QT_TRANSLATE_NOOP("Amounts", "centre {px} px from the top of the {side} px high video"),
)
"""`character.offset.y` (−0.5 top … 0.5 bottom) as 0 % … 100 % from the top."""
HEIGHT = Unit(
    "height",
    100,
    0,
    " %",
    0,
    2,
    "height",
    QT_TRANSLATE_NOOP("Amounts", "{px} px tall in the {side} px high video"),
)
"""`character.scale` (1 = the frame's height) as % of the frame's height."""
EDGE_ACROSS = Unit(
    "edge-across",
    100,
    0,
    " %",
    1,
    3,
    "width",
    QT_TRANSLATE_NOOP("Amounts", "left edge {px} px from the left of the {side} px wide video"),
)
"""`text.position.x` (a fraction of the width) as %."""
EDGE_DOWN = Unit(
    "edge-down",
    100,
    0,
    " %",
    1,
    3,
    "height",
    QT_TRANSLATE_NOOP("Amounts", "top edge {px} px from the top of the {side} px high video"),
)
"""`text.position.y` (a fraction of the height) as %."""

UNITS = {u.name: u for u in (CENTRE_ACROSS, CENTRE_DOWN, HEIGHT, EDGE_ACROSS, EDGE_DOWN)}


def font_share(font_px: float, height: int, words: Words = english) -> str:
    """How big a text size is in the video: "64 px, 6% of the 1,080 px height"."""
    share = font_px / height * 100 if height else 0
    template = QT_TRANSLATE_NOOP("Amounts", "{px} px: {share}% of the video's {height} px height")
    return words(template).format(px=f"{font_px:,.0f}", share=f"{share:.0f}", height=f"{height:,}")


def readout(item: str, x: float, y: float, words: Words = english) -> str:
    """The preview's read-out while the avatar ("character") or text ("text") moves."""
    if item == "character":
        template = QT_TRANSLATE_NOOP("Amounts", "Across {x} %   Down {y} %")
        return words(template).format(
            x=f"{CENTRE_ACROSS.shown(x):g}", y=f"{CENTRE_DOWN.shown(y):g}"
        )
    template = QT_TRANSLATE_NOOP("Amounts", "Left {x} %   Top {y} %")
    return words(template).format(x=f"{EDGE_ACROSS.shown(x):g}", y=f"{EDGE_DOWN.shown(y):g}")


def scale_readout(scale: float, words: Words = english) -> str:
    template = QT_TRANSLATE_NOOP("Amounts", "Height {height} % of the frame")
    return words(template).format(height=f"{HEIGHT.shown(scale):g}")
