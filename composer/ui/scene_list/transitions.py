"""The transitions strip: a chip between two scene cards saying how the next scene begins
("Cut", "Fade 0.5 s", "Slide left 0.8 s"); clicking it opens a small menu to choose the
kind and the length. The first scene has no chip (nothing comes before it).

Chips sit over the gap between two cards, beside the thumbnails, where a card has no
words, so the cards keep their size and drag-and-drop its geometry. They are drawn by the
view after the cards (from a cached sprite each) and every edit goes through the document:
choosing a kind is one undo step, and a run of length changes merges into one.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QMenu, QWidget, QWidgetAction

from composer.model.project import Scene
from composer.model.rich import Transition, TransitionType
from composer.model.transitions import DEFAULT_SECONDS
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate

CHIP_HEIGHT = 18
CHIP_LEFT = 148
"""The chip's left edge in the view: past the number and the thumbnail (delegate.py)."""
CHIP_PADDING = 8
MOST_SECONDS = 5.0
NAMES = {
    TransitionType.CUT: QT_TRANSLATE_NOOP("Transitions", "Cut"),
    TransitionType.CROSSFADE: QT_TRANSLATE_NOOP("Transitions", "Fade"),
    TransitionType.SLIDE_LEFT: QT_TRANSLATE_NOOP("Transitions", "Slide left"),
    TransitionType.SLIDE_UP: QT_TRANSLATE_NOOP("Transitions", "Slide up"),
    TransitionType.WIPE: QT_TRANSLATE_NOOP("Transitions", "Wipe"),
}


def kind_of(transition: Transition | None) -> TransitionType:
    if transition is None or transition.type not in NAMES:
        return TransitionType.CUT
    return TransitionType(transition.type)


def seconds_of(transition: Transition | None) -> float:
    if transition is None or not transition.seconds or transition.seconds <= 0:
        return DEFAULT_SECONDS
    return float(transition.seconds)


def chip_text(transition: Transition | None) -> str:
    """What the chip says: "Cut", or the kind and its length ("Fade 0.5 s")."""
    kind = kind_of(transition)
    name = translate("Transitions", NAMES[kind])
    if kind == TransitionType.CUT:
        return name
    return translate("Transitions", "{name} {seconds} s").format(
        name=name, seconds=f"{seconds_of(transition):g}"
    )


def chip_rect(card_top: int, text_width: int) -> QRect:
    """The chip over the gap above a card whose visual rect starts at `card_top`."""
    width = text_width + 2 * CHIP_PADDING
    return QRect(CHIP_LEFT, card_top - CHIP_HEIGHT // 2, width, CHIP_HEIGHT)


def paint_chip(painter: QPainter, rect: QRect, text: str, palette: QPalette, font: QFont) -> None:
    """A rounded pill with the words; a cut is quieter than a real transition."""
    cut = text == translate("Transitions", NAMES[TransitionType.CUT])
    highlight = palette.color(QPalette.ColorRole.Highlight)
    fill = QColor(palette.color(QPalette.ColorRole.Window if cut else QPalette.ColorRole.Base))
    border = palette.color(QPalette.ColorRole.Mid) if cut else highlight
    painter.setPen(QPen(border, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    painter.setFont(font)
    role = QPalette.ColorRole.PlaceholderText if cut else QPalette.ColorRole.Text
    painter.setPen(palette.color(role))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class TransitionMenu(QMenu):
    """The chip's menu for the scene at `row`: the kinds (checked: the current one) and its
    length in seconds."""

    def __init__(self, edits: UndoableEdits, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transitionMenu")
        self.edits = edits
        self.row = row
        scene = self.scene()
        current = kind_of(scene.transition_in)
        self.addSection(translate("Transitions", "Into scene {number}").format(number=row + 1))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.kinds: dict[TransitionType, QAction] = {}
        for kind, name in NAMES.items():
            action = self.addAction(translate("Transitions", name))
            action.setCheckable(True)
            action.setChecked(kind == current)
            action.setObjectName(f"transition:{kind.value}")
            action.triggered.connect(lambda _=False, k=kind: self.choose(k))
            group.addAction(action)
            self.kinds[kind] = action
        self.seconds = QDoubleSpinBox()
        self.seconds.setObjectName("transitionSeconds")
        self.seconds.setRange(0.1, MOST_SECONDS)
        self.seconds.setSingleStep(0.1)
        self.seconds.setDecimals(1)
        self.seconds.setSuffix(translate("Transitions", " s"))
        self.seconds.setValue(seconds_of(scene.transition_in))
        self.seconds.setEnabled(current != TransitionType.CUT)
        self.seconds.setAccessibleName(translate("Transitions", "Transition length in seconds"))
        self.seconds.valueChanged.connect(self._seconds_changed)
        self.addAction(self._length_row())

    def _length_row(self) -> QWidgetAction:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(QLabel(translate("Transitions", "Length")))
        layout.addWidget(self.seconds)
        action = QWidgetAction(self)
        action.setDefaultWidget(row)
        return action

    def scene(self) -> Scene:
        return self.edits.doc.scenes[self.row]

    def choose(self, kind: TransitionType) -> None:
        """One undo step: the scene begins with `kind` (at the length shown)."""
        if kind == kind_of(self.scene().transition_in):
            return
        seconds = None if kind == TransitionType.CUT else self.seconds.value()
        self.edits.set_values(
            self.row,
            {"transition_in": Transition(kind, seconds)},
            translate("Transitions", "Change transition"),
        )
        self.seconds.setEnabled(kind != TransitionType.CUT)

    def _seconds_changed(self, seconds: float) -> None:
        """Length changes in a row are one undo step (a held arrow key makes many)."""
        if kind_of(self.scene().transition_in) == TransitionType.CUT:
            return
        self.edits.set_values(
            self.row,
            {"transition_in.seconds": round(seconds, 1)},
            translate("Transitions", "Change transition length"),
            merge_key=f"transition length {self.scene().id}",
        )


def open_menu(edits: UndoableEdits, row: int, parent: QWidget, at: QPoint) -> TransitionMenu:
    menu = TransitionMenu(edits, row, parent)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(at)
    return menu
