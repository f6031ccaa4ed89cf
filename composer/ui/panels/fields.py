"""The field tables: one row per editable field of the seed request, driving the panels.

Each `FieldSpec` (field_spec.py) names the model path, the kind of editor and the seed's
range. The panels build their editors from these tables, so adding a field to the editor
is adding a row here (or, for the Avatar and Voice panels, in presenter_fields.py).
"""

from __future__ import annotations

from dataclasses import replace

from composer.model.enums import (
    BackgroundType,
    Fit,
    FontWeight,
    PlayStyle,
    TextAlign,
)
from composer.model.project import Dimension, Position, TextOverlay
from composer.routes.registry import RouteName
from composer.ui.panels.field_spec import FieldSpec, Kind
from composer.ui.panels.presenter_fields import AVATAR


def _dimension(current: Dimension | None, size: tuple[int, int]) -> Dimension:
    """Keep the dimension's unknown keys when only its size changes."""
    return replace(current or Dimension(), width=size[0], height=size[1])


MEDIA_FILES = (
    "Images and videos (*.png *.jpg *.jpeg *.webp *.gif *.mp4 *.mov *.webm);;All files (*)"
)
EDGE = {"low": 0.0, "high": 100.0, "step": 1.0, "decimals": 1, "suffix": " %"}

SCENE_NAME = FieldSpec("name", "Scene name", Kind.LINE, empty="", placeholder="Untitled scene")

BACKGROUND = (
    FieldSpec(
        "background.type",
        "Type",
        Kind.CHOICE,
        "Background",
        BackgroundType,
        required=True,
        reshapes=True,
    ),
    FieldSpec("background.value", "Colour", Kind.COLOR, "Background", required=True),
    FieldSpec(
        "background.local_file",
        "File",
        Kind.FILE,
        "Background",
        file_filter=MEDIA_FILES,
        hint="Uploaded to HeyGen when you submit.",
    ),
    FieldSpec("background.url", "URL", Kind.LINE, "Background", placeholder="https://…"),
    FieldSpec("background.image_asset_id", "Image asset ID", Kind.LINE, "Advanced", advanced=True),
    FieldSpec("background.video_asset_id", "Video asset ID", Kind.LINE, "Advanced", advanced=True),
    FieldSpec("background.play_style", "Playback", Kind.CHOICE, "Background", PlayStyle),
    FieldSpec(
        "background.fit",
        "Fit",
        Kind.CHOICE,
        "Background",
        Fit,
        hint="How the image or video fills the frame; default cover.",
    ),
)

TEXT = (
    FieldSpec(
        "text.text", "Text", Kind.PARAGRAPH, "Overlay", empty="", placeholder="Headline text"
    ),
    FieldSpec("text.font_family", "Font", Kind.FONT, "Style"),
    FieldSpec(
        "text.font_size",
        "Size",
        Kind.NUMBER,
        "Style",
        low=1,
        high=1000,
        suffix=" px",
        default_text="48 px (default)",
        hint="In pixels of the finished video (hover to see its share of the height).",
    ),
    FieldSpec("text.font_weight", "Weight", Kind.CHOICE, "Style", FontWeight),
    FieldSpec("text.color", "Colour", Kind.COLOR, "Style"),
    FieldSpec("text.text_align", "Alignment", Kind.CHOICE, "Style", TextAlign),
    FieldSpec(
        "text.line_height",
        "Line height",
        Kind.NUMBER,
        "Style",
        low=0.1,
        high=10.0,
        step=0.1,
        decimals=2,
        suffix=" ×",
        required=True,
        hint="Spacing between lines as a multiple of the font size (1.2 is typical).",
    ),
    FieldSpec(
        "text.width",
        "Box width",
        Kind.NUMBER,
        "Placement",
        low=1,
        high=8192,
        step=10,
        suffix=" px",
    ),
    FieldSpec(
        "text.position.x",
        "From left",
        Kind.NUMBER,
        "Placement",
        **EDGE,
        unit="edge-across",
        hint="The text box's left edge, as a share of the frame's width from the left.",
    ),
    FieldSpec(
        "text.position.y",
        "From top",
        Kind.NUMBER,
        "Placement",
        **EDGE,
        unit="edge-down",
        hint="The text box's top edge, as a share of the frame's height from the top.",
    ),
)

PROJECT = (
    FieldSpec(
        "route",
        "Render with",
        Kind.CHOICE,
        "Video",
        choices=RouteName,
        hint="v2 scenes keeps your whole layout, but HeyGen has retired it (support ended "
        "31 October 2026; Studio users were kept on until v3 took over). v3 studio is "
        "HeyGen's current API: each scene fills the frame, and the problems list says what "
        "it leaves out. (default) is v2.",
    ),
    FieldSpec("title", "Title", Kind.LINE, "Video", placeholder="Shown in your HeyGen library"),
    FieldSpec("dimension", "Size", Kind.DIMENSION, "Video", compose=_dimension),
    FieldSpec(
        "caption",
        "Captions",
        Kind.CHECK,
        "Video",
        tristate=False,
        hint="Burn captions into the video (script voices only). Default: off.",
    ),
    FieldSpec(
        "folder_id",
        "Folder ID",
        Kind.LINE,
        "Advanced",
        placeholder="HeyGen folder id",
        advanced=True,
    ),
    FieldSpec(
        "callback_id",
        "Callback ID",
        Kind.LINE,
        "Advanced",
        placeholder="Your own id",
        advanced=True,
    ),
    FieldSpec(
        "callback_url",
        "Callback URL",
        Kind.LINE,
        "Advanced",
        placeholder="https://…",
        advanced=True,
        hint="HeyGen calls this address when the video is ready.",
    ),
)


FRIENDLY_PATHS = frozenset(spec.path for table in (AVATAR, TEXT) for spec in table if spec.unit)
"""Fields shown in a friendly unit (their raw twin, if any, sits under Advanced)."""


def object_name(spec: FieldSpec) -> str:
    """The editor's object name: `field:<path>`, `:api` for the raw twin of a unit field."""
    raw_twin = spec.advanced and spec.path in FRIENDLY_PATHS
    return f"field:{spec.path}{':api' if raw_twin else ''}"


def new_text_overlay() -> TextOverlay:
    """What "Show text overlay" adds: a headline top left, ready to edit."""
    return TextOverlay(
        text="Your headline",
        font_size=64,
        font_weight=FontWeight.BOLD,
        color="#FFFFFF",
        position=Position(0.06, 0.1),
        text_align=TextAlign.LEFT,
        line_height=1.2,
        width=900,
    )
