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
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.panels.field_spec import FieldSpec, Kind
from composer.ui.panels.presenter_fields import AVATAR


def _dimension(current: Dimension | None, size: tuple[int, int]) -> Dimension:
    """Keep the dimension's unknown keys when only its size changes."""
    return replace(current or Dimension(), width=size[0], height=size[1])


MEDIA_FILES = QT_TRANSLATE_NOOP(
    "Fields",
    "Images and videos (*.png *.jpg *.jpeg *.webp *.gif *.mp4 *.mov *.webm);;All files (*)",
)
EDGE = {"low": 0.0, "high": 100.0, "step": 1.0, "decimals": 1, "suffix": " %"}

SCENE_NAME = FieldSpec(
    "name",
    QT_TRANSLATE_NOOP("Fields", "Scene name"),
    Kind.LINE,
    empty="",
    placeholder=QT_TRANSLATE_NOOP("Fields", "Untitled scene"),
)

BACKGROUND = (
    FieldSpec(
        "background.type",
        QT_TRANSLATE_NOOP("Fields", "Type"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Background"),
        BackgroundType,
        required=True,
        reshapes=True,
    ),
    FieldSpec(
        "background.value",
        QT_TRANSLATE_NOOP("Fields", "Colour"),
        Kind.COLOR,
        QT_TRANSLATE_NOOP("Fields", "Background"),
        required=True,
    ),
    FieldSpec(
        "background.local_file",
        QT_TRANSLATE_NOOP("Fields", "File"),
        Kind.FILE,
        QT_TRANSLATE_NOOP("Fields", "Background"),
        file_filter=MEDIA_FILES,
        hint=QT_TRANSLATE_NOOP("Fields", "Uploaded to HeyGen when you submit."),
    ),
    FieldSpec(
        "background.url",
        QT_TRANSLATE_NOOP("Fields", "URL"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Background"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "https://…"),
    ),
    FieldSpec(
        "background.image_asset_id",
        QT_TRANSLATE_NOOP("Fields", "Image asset ID"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        advanced=True,
    ),
    FieldSpec(
        "background.video_asset_id",
        QT_TRANSLATE_NOOP("Fields", "Video asset ID"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        advanced=True,
    ),
    FieldSpec(
        "background.play_style",
        QT_TRANSLATE_NOOP("Fields", "Playback"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Background"),
        PlayStyle,
    ),
    FieldSpec(
        "background.fit",
        QT_TRANSLATE_NOOP("Fields", "Fit"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Background"),
        Fit,
        hint=QT_TRANSLATE_NOOP("Fields", "How the image or video fills the frame; default cover."),
    ),
)

TEXT = (
    FieldSpec(
        "text.text",
        QT_TRANSLATE_NOOP("Fields", "Text"),
        Kind.PARAGRAPH,
        QT_TRANSLATE_NOOP("Fields", "Overlay"),
        empty="",
        placeholder=QT_TRANSLATE_NOOP("Fields", "Headline text"),
    ),
    FieldSpec(
        "text.font_family",
        QT_TRANSLATE_NOOP("Fields", "Font"),
        Kind.FONT,
        QT_TRANSLATE_NOOP("Fields", "Style"),
    ),
    FieldSpec(
        "text.font_size",
        QT_TRANSLATE_NOOP("Fields", "Size"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Style"),
        low=1,
        high=1000,
        suffix=QT_TRANSLATE_NOOP("Fields", " px"),
        default_text=QT_TRANSLATE_NOOP("Fields", "48 px (default)"),
        hint=QT_TRANSLATE_NOOP(
            "Fields", "In pixels of the finished video (hover to see its share of the height)."
        ),
    ),
    FieldSpec(
        "text.font_weight",
        QT_TRANSLATE_NOOP("Fields", "Weight"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Style"),
        FontWeight,
    ),
    FieldSpec(
        "text.color",
        QT_TRANSLATE_NOOP("Fields", "Colour"),
        Kind.COLOR,
        QT_TRANSLATE_NOOP("Fields", "Style"),
    ),
    FieldSpec(
        "text.text_align",
        QT_TRANSLATE_NOOP("Fields", "Alignment"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Style"),
        TextAlign,
    ),
    FieldSpec(
        "text.line_height",
        QT_TRANSLATE_NOOP("Fields", "Line height"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Style"),
        low=0.1,
        high=10.0,
        step=0.1,
        decimals=2,
        suffix=" ×",
        required=True,
        hint=QT_TRANSLATE_NOOP(
            "Fields", "Spacing between lines as a multiple of the font size (1.2 is typical)."
        ),
    ),
    FieldSpec(
        "text.width",
        QT_TRANSLATE_NOOP("Fields", "Box width"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Placement"),
        low=1,
        high=8192,
        step=10,
        suffix=QT_TRANSLATE_NOOP("Fields", " px"),
    ),
    FieldSpec(
        "text.position.x",
        QT_TRANSLATE_NOOP("Fields", "From left"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Placement"),
        **EDGE,
        unit="edge-across",
        hint=QT_TRANSLATE_NOOP(
            "Fields", "The text box's left edge, as a share of the frame's width from the left."
        ),
    ),
    FieldSpec(
        "text.position.y",
        QT_TRANSLATE_NOOP("Fields", "From top"),
        Kind.NUMBER,
        QT_TRANSLATE_NOOP("Fields", "Placement"),
        **EDGE,
        unit="edge-down",
        hint=QT_TRANSLATE_NOOP(
            "Fields", "The text box's top edge, as a share of the frame's height from the top."
        ),
    ),
)

PROJECT = (
    FieldSpec(
        "route",
        QT_TRANSLATE_NOOP("Fields", "Render with"),
        Kind.CHOICE,
        QT_TRANSLATE_NOOP("Fields", "Video"),
        choices=RouteName,
        hint=QT_TRANSLATE_NOOP(
            "Fields",
            "v2 scenes keeps your whole layout, but HeyGen has retired it (support ended "
            "31 October 2026; Studio users were kept on until v3 took over). v3 studio is "
            "HeyGen's current API: each scene fills the frame, and the problems list says what "
            "it leaves out. (default) is v2.",
        ),
    ),
    FieldSpec(
        "title",
        QT_TRANSLATE_NOOP("Fields", "Title"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Video"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "Shown in your HeyGen library"),
    ),
    FieldSpec(
        "dimension",
        QT_TRANSLATE_NOOP("Fields", "Size"),
        Kind.DIMENSION,
        QT_TRANSLATE_NOOP("Fields", "Video"),
        compose=_dimension,
    ),
    FieldSpec(
        "caption",
        QT_TRANSLATE_NOOP("Fields", "Captions"),
        Kind.CHECK,
        QT_TRANSLATE_NOOP("Fields", "Video"),
        tristate=False,
        hint=QT_TRANSLATE_NOOP(
            "Fields", "Burn captions into the video (script voices only). Default: off."
        ),
    ),
    FieldSpec(
        "folder_id",
        QT_TRANSLATE_NOOP("Fields", "Folder ID"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "HeyGen folder id"),
        advanced=True,
    ),
    FieldSpec(
        "callback_id",
        QT_TRANSLATE_NOOP("Fields", "Callback ID"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "Your own id"),
        advanced=True,
    ),
    FieldSpec(
        "callback_url",
        QT_TRANSLATE_NOOP("Fields", "Callback URL"),
        Kind.LINE,
        QT_TRANSLATE_NOOP("Fields", "Advanced"),
        placeholder=QT_TRANSLATE_NOOP("Fields", "https://…"),
        advanced=True,
        hint=QT_TRANSLATE_NOOP("Fields", "HeyGen calls this address when the video is ready."),
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
        text=translate("Fields", "Your headline"),
        font_size=64,
        font_weight=FontWeight.BOLD,
        color="#FFFFFF",
        position=Position(0.06, 0.1),
        text_align=TextAlign.LEFT,
        line_height=1.2,
        width=900,
    )
