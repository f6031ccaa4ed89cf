"""The selected overlay's properties, in a marketer's words: its words, font size (px),
colour, opacity (%), when it shows (s), whether it is behind the presenter, its picture
file or its shape. Each field edits through UndoableEdits; typing in one field is one
undo step (a merge key per overlay and field)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.model.document import ProjectDocument
from composer.model.layout import DEFAULT_FONT_SIZE
from composer.model.rich import MAX_SECONDS, Overlay, OverlayType, ShapeKind
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate
from composer.ui.overlays.actions import IMAGES
from composer.ui.overlays.selection import OverlaySelection
from composer.ui.overlays.words import describe, shape_words
from composer.ui.widgets.color_edit import ColorEdit
from composer.ui.widgets.file_picker import FilePicker
from composer.ui.widgets.named import named

KINDS = {
    "text": (OverlayType.TEXT,),
    "font_size": (OverlayType.TEXT,),
    "local_file": (OverlayType.IMAGE,),
    "shape": (OverlayType.SHAPE,),
    "color": (OverlayType.TEXT, OverlayType.SHAPE),
}
"""The fields shown only for some kinds of overlay (the rest are for all)."""


class OverlayProperties(QWidget):
    """Hidden unless exactly one overlay is selected."""

    def __init__(
        self, doc: ProjectDocument, edits: UndoableEdits, selection: OverlaySelection
    ) -> None:
        super().__init__()
        self.setObjectName("overlayProperties")
        self.doc, self.edits, self.selection = doc, edits, selection
        self._loading = False
        self._built = False
        selection.changed.connect(self.refresh)
        doc.changed.connect(self._changed)
        self.refresh()

    def _build(self) -> None:
        """The fields, made when an overlay is first selected (not at start-up)."""
        self._built = True
        self.heading = named(QLabel(), "panelTitle")
        self.name = named(QLineEdit(), "layerName")
        self.words = named(QPlainTextEdit(), "layerText")
        self.words.setFixedHeight(64)
        self.font_size = named(QSpinBox(minimum=4, maximum=1000), "layerFontSize")
        self.font_size.setSuffix(translate("Layers", " px"))
        self.color = ColorEdit()
        self.color.setObjectName("layerColour")
        self.opacity = named(QSpinBox(minimum=0, maximum=100), "layerOpacity")
        self.opacity.setSuffix(translate("Layers", " %"))
        self.start = self._seconds("layerStart", translate("Layers", "Scene start"))
        self.end = self._seconds("layerEnd", translate("Layers", "Scene end"))
        self.behind = named(QCheckBox(translate("Layers", "Behind the presenter")), "layerBehind")
        self.picture = FilePicker(translate("Layers", IMAGES))
        self.picture.setObjectName("layerPicture")
        self.shape = named(QComboBox(), "layerShape")
        for kind in ShapeKind:
            self.shape.addItem(shape_words(kind), kind.value)
        self.form = QFormLayout()
        self.rows: dict[str, QWidget] = {}
        for field, label, widget in (
            ("name", translate("Layers", "Name"), self.name),
            ("text", translate("Layers", "Words"), self.words),
            ("font_size", translate("Layers", "Font size"), self.font_size),
            ("local_file", translate("Layers", "Picture"), self.picture),
            ("shape", translate("Layers", "Shape"), self.shape),
            ("color", translate("Layers", "Colour"), self.color),
            ("opacity", translate("Layers", "Opacity"), self.opacity),
            ("start", translate("Layers", "Starts at"), self.start),
            ("end", translate("Layers", "Ends at"), self.end),
            ("behind_presenter", "", self.behind),
        ):
            self.form.addRow(label, widget)
            self.rows[field] = widget
            for part in [widget, *widget.findChildren(QLineEdit)] if label else []:
                part.setAccessibleName(label)  # what a screen reader says on focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        self._connect_fields()

    def _seconds(self, name: str, unset: str) -> QDoubleSpinBox:
        box = named(QDoubleSpinBox(minimum=0.0, maximum=float(MAX_SECONDS)), name)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(translate("Layers", " s"))
        box.setSpecialValueText(unset)  # at 0: from the scene's start / to its end
        return box

    def _connect_fields(self) -> None:
        self.name.textEdited.connect(lambda text: self._set("name", text.strip() or None))
        self.words.textChanged.connect(lambda: self._set("text", self.words.toPlainText()))
        self.font_size.valueChanged.connect(lambda v: self._set("font_size", float(v)))
        self.color.edited.connect(lambda value: self._set("color", value))
        self.opacity.valueChanged.connect(lambda v: self._set("opacity", v / 100))
        self.start.valueChanged.connect(lambda v: self._set("start", v or None))
        self.end.valueChanged.connect(lambda v: self._set("end", v or None))
        self.behind.toggled.connect(lambda on: self._set("behind_presenter", on or None))
        self.picture.edited.connect(lambda path: self._set("local_file", path))
        self.shape.currentIndexChanged.connect(
            lambda _i: self._set("shape", ShapeKind(self.shape.currentData()))
        )

    def overlay(self) -> tuple[int, Overlay] | None:
        indices = self.selection.indices()
        if len(indices) != 1:
            return None
        return indices[0], self.selection.overlays()[indices[0]]

    def _set(self, field: str, value: Any) -> None:
        chosen = self.overlay()
        if self._loading or chosen is None:
            return
        index, overlay = chosen
        words = translate("Layers", "Edit layer")
        key = f"layer-{overlay.id}-{field}"  # typing in one field: one undo step
        self.edits.set_values(
            self.selection.scene_index, {f"overlays[{index}].{field}": value}, words, key
        )

    def _changed(self, scene_index: int, path: str) -> None:
        """Show an edit made elsewhere (undo, the layer list); a drag in the preview
        moves a box, which no field here shows."""
        if scene_index != self.selection.scene_index or not path.startswith("overlays"):
            return
        if path.split(".")[-2:-1] not in (["position"], ["size"]):
            self.refresh()

    def refresh(self) -> None:
        chosen = self.overlay()
        self.setVisible(chosen is not None)
        if chosen is None:
            return
        if not self._built:
            self._build()
        overlay = chosen[1]
        self._loading = True
        try:
            self._load(overlay)
        finally:
            self._loading = False

    def _load(self, overlay: Overlay) -> None:
        self.heading.setText(describe(overlay))
        for field, widget in self.rows.items():
            shown = overlay.type in KINDS.get(field, tuple(OverlayType))
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        if self.name.text() != (overlay.name or ""):
            self.name.setText(overlay.name or "")
        if self.words.toPlainText() != (overlay.text or ""):
            self.words.setPlainText(overlay.text or "")
        self.font_size.setValue(round(overlay.font_size or DEFAULT_FONT_SIZE))
        self.color.set_text(overlay.color)
        self.opacity.setValue(round(100 * (overlay.opacity if overlay.opacity is not None else 1)))
        self.start.setValue(overlay.start or 0.0)
        self.end.setValue(overlay.end or 0.0)
        self.behind.setChecked(bool(overlay.behind_presenter))
        self.picture.set_path(overlay.local_file)
        self.shape.setCurrentIndex(
            max(0, self.shape.findData((overlay.shape or ShapeKind.RECT).value))
        )
