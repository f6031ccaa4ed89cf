"""The captions style panel: font, size in pixels, colours, place (bottom, top or a point
given in % of the frame) and word highlighting, with a live sample painted by the same
function that burns captions into the video (composer.paint.captions), so the sample is
what the video shows. Every change is a document edit; a run of changes to one number is
one undo step."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from composer.model.document import PROJECT, ProjectDocument
from composer.model.fields import Position
from composer.model.rich import CaptionPlace, CaptionsStyle
from composer.paint.captions import paint_caption
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.widgets.color_edit import ColorEdit
from composer.ui.widgets.naming import named

SAMPLE_WORDS = QT_TRANSLATE_NOOP("CaptionsPanel", "Every word you say, on screen.")
CUSTOM = "custom"
PLACES = (
    (CaptionPlace.BOTTOM.value, QT_TRANSLATE_NOOP("CaptionsPanel", "Bottom")),
    (CaptionPlace.TOP.value, QT_TRANSLATE_NOOP("CaptionsPanel", "Top")),
    (CUSTOM, QT_TRANSLATE_NOOP("CaptionsPanel", "Custom")),
)
DEFAULT_POINT = Position(x=0.5, y=0.8)


class CaptionSample(QWidget):
    """A frame of the project's shape with a caption in the current style."""

    def __init__(self, doc: ProjectDocument) -> None:
        super().__init__()
        self.setObjectName("captionSample")
        self.doc = doc
        self.setAccessibleName(translate("CaptionsPanel", "Caption sample"))

    def sizeHint(self) -> QSize:
        return QSize(280, 158)

    def heightForWidth(self, width: int) -> int:
        project = self.doc.project
        return round(width * project.height / max(1, project.width))

    def hasHeightForWidth(self) -> bool:
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        project = self.doc.project
        width, height = project.width, project.height
        scale = min(self.width() / width, self.height() / height)
        frame = QRectF(0, 0, width * scale, height * scale)
        frame.moveCenter(QRectF(self.rect()).center())
        painter = QPainter(self)
        gradient = QLinearGradient(frame.topLeft(), frame.bottomRight())
        gradient.setColorAt(0, QColor("#5B7083"))
        gradient.setColorAt(1, QColor("#D9E2EC"))
        painter.fillRect(frame, gradient)
        painter.translate(frame.topLeft())
        painter.scale(scale, scale)
        words = translate("CaptionsPanel", SAMPLE_WORDS)
        paint_caption(painter, words, width, height, project.captions_style)
        painter.end()


class CaptionsStylePanel(QGroupBox):
    def __init__(self, doc: ProjectDocument, edits: UndoableEdits) -> None:
        super().__init__(translate("CaptionsPanel", "Captions style"))
        self.setObjectName("captionsStylePanel")
        self.doc, self.edits = doc, edits
        self.font_box = named(QFontComboBox(), "captions:font")
        if (line := self.font_box.lineEdit()) is not None:  # editable: the name is typed
            line.setAccessibleName(translate("CaptionsPanel", "Captions font"))
        self.font_size = named(QSpinBox(), "captions:size")
        self.font_size.setMaximum(300)
        self.font_size.lineEdit().setAccessibleName(translate("CaptionsPanel", "Captions size"))
        self.font_size.setSuffix(translate("CaptionsPanel", " px"))
        self.font_size.setSpecialValueText(translate("CaptionsPanel", "Automatic"))
        self.font_size.setMinimum(7)  # 7 shows "Automatic": the size follows the frame
        self.color = ColorEdit()
        self.color.setObjectName("captions:color")
        self.background = ColorEdit()
        self.background.setObjectName("captions:background")
        self.color.line.setAccessibleName(translate("CaptionsPanel", "Captions text colour"))
        self.background.line.setAccessibleName(translate("CaptionsPanel", "Captions box colour"))
        self.place = named(QComboBox(), "captions:position")
        for value, words in PLACES:
            self.place.addItem(translate("CaptionsPanel", words), value)
        self.point_x = named(QSpinBox(), "captions:x")
        self.point_y = named(QSpinBox(), "captions:y")
        for box in (self.point_x, self.point_y):
            box.setRange(0, 100)
            box.setSuffix(" %")
        point = QWidget()
        point_row = QHBoxLayout(point)
        point_row.setContentsMargins(0, 0, 0, 0)
        self.point_x.setPrefix(translate("CaptionsPanel", "across "))
        self.point_y.setPrefix(translate("CaptionsPanel", "down "))
        self.point_x.lineEdit().setAccessibleName(
            translate("CaptionsPanel", "Captions across, % of the width")
        )
        self.point_y.lineEdit().setAccessibleName(
            translate("CaptionsPanel", "Captions down, % of the height")
        )
        point_row.addWidget(self.point_x)
        point_row.addWidget(self.point_y)
        self.point = point
        self.highlight = named(
            QCheckBox(translate("CaptionsPanel", "Highlight the words being spoken")),
            "captions:highlight",
        )
        self.reset = named(
            QPushButton(translate("CaptionsPanel", "Back to HeyGen's look")), "captions:reset"
        )
        self.sample = CaptionSample(doc)
        form = QFormLayout(self)
        form.addRow(self.sample)
        form.addRow(translate("CaptionsPanel", "Font"), self.font_box)
        form.addRow(translate("CaptionsPanel", "Size"), self.font_size)
        form.addRow(translate("CaptionsPanel", "Colour"), self.color)
        form.addRow(translate("CaptionsPanel", "Background"), self.background)
        form.addRow(translate("CaptionsPanel", "Place"), self.place)
        form.addRow("", point)
        form.addRow("", self.highlight)
        form.addRow("", self.reset)
        self.form = form
        self._connect()
        doc.changed.connect(self._changed)
        doc.reset.connect(self.refresh)
        self.refresh()

    def _connect(self) -> None:
        words = translate("CaptionsPanel", "Change captions style")
        self.font_box.currentFontChanged.connect(
            lambda font: self._set("font_family", font.family(), words)
        )
        self.font_size.valueChanged.connect(
            lambda px: self._set("font_size", px if px >= 8 else None, words)
        )
        self.color.edited.connect(lambda value: self._set("color", value, words))
        self.background.edited.connect(lambda value: self._set("background", value, words))
        self.place.currentIndexChanged.connect(lambda _: self._place_changed())
        self.point_x.valueChanged.connect(lambda _: self._place_changed())
        self.point_y.valueChanged.connect(lambda _: self._place_changed())
        self.highlight.toggled.connect(lambda on: self._set("highlight_words", on, words))
        self.reset.clicked.connect(
            lambda: self.edits.set_values(
                PROJECT,
                {"captions_style": None},
                translate("CaptionsPanel", "Captions back to HeyGen's look"),
            )
        )

    def captions_style(self) -> CaptionsStyle:
        return self.doc.project.captions_style or CaptionsStyle()

    def _place_changed(self) -> None:
        chosen = self.place.currentData()
        value: CaptionPlace | Position = (
            Position(x=self.point_x.value() / 100, y=self.point_y.value() / 100)
            if chosen == CUSTOM
            else CaptionPlace(chosen)
        )
        self.point.setVisible(chosen == CUSTOM)
        self._set("position", value, translate("CaptionsPanel", "Move the captions"))

    def _set(self, field: str, value: Any, words: str) -> None:
        if getattr(self.captions_style(), field) == value:
            return
        values: dict[str, Any] = {f"captions_style.{field}": value}
        if self.doc.project.captions_style is None:  # undone, the project has no style again
            values = {"captions_style": replace(CaptionsStyle(), **{field: value})}
        self.edits.set_values(PROJECT, values, words, merge_key=f"captions {field}")

    def _changed(self, scene_index: int, path: str) -> None:
        if scene_index == PROJECT and (not path or path.startswith(("captions_style", "dim"))):
            self.refresh()

    def refresh(self) -> None:
        style = self.captions_style()
        place = style.position
        custom = isinstance(place, Position)
        point = place if isinstance(place, Position) else DEFAULT_POINT
        widgets: list[QWidget] = [self.font_box, self.font_size, self.color, self.background]
        widgets += [self.place, self.point_x, self.point_y, self.highlight]
        for widget in widgets:
            widget.blockSignals(True)
        self.font_box.setCurrentFont(QFont(style.font_family or self.sample.font().family()))
        self.font_size.setValue(round(style.font_size) if style.font_size else 7)
        self.color.set_text(style.color)
        self.background.set_text(style.background)
        self.place.setCurrentIndex(
            self.place.findData(CUSTOM if custom else (place or CaptionPlace.BOTTOM))
        )
        self.point_x.setValue(round((point.x if point.x is not None else 0.5) * 100))
        self.point_y.setValue(round((point.y if point.y is not None else 0.8) * 100))
        self.highlight.setChecked(bool(style.highlight_words))
        for widget in widgets:
            widget.blockSignals(False)
        self.point.setVisible(custom)
        self.sample.update()
