"""A pseudo-translation: every string that goes through Qt's translation functions comes
back as "⟦source⟧", so any visible text still in plain English came from a literal that
never went through them. Collects every text a user can see or hear (labels, buttons,
titles, tool tips, placeholders, accessible names, menu entries, list and combo items,
table headers, tab names) from widgets and actions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

OPEN, CLOSE = "⟦", "⟧"
_INNERMOST = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_SHORTCUT = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta|Esc|Space|Del|Enter|Return|F\d+)\b")
_SIZE = re.compile(r"\d\s*(?:KB|MB|GB|bytes)\b")
"""File sizes: numbers and units, not words."""


class PseudoTranslator(QTranslator):
    """Every source text, in every context, comes back marked."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


def leftover(text: str, data: Iterable[str]) -> str:
    """What of `text` is neither translated (inside ⟦…⟧, nested by .format) nor data."""
    rest = text
    while True:
        stripped = _INNERMOST.sub(" ", rest)
        if stripped == rest:
            break
        rest = stripped
    for value in sorted(data, key=len, reverse=True):
        if value:
            rest = re.sub(re.escape(value), " ", rest, flags=re.IGNORECASE)
    rest = _SIZE.sub(" ", _SHORTCUT.sub(" ", rest))
    return rest if re.search(r"[A-Za-z]{2,}", rest) else ""


def _model_texts(model: QAbstractItemModel | None, where: str) -> Iterator[tuple[str, str]]:
    if model is None:
        return
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for section in range(columns):
        yield f"{where} header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), 50)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where} item", value


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for everything `widget` shows or says to a screen reader."""
    kind = f"{type(widget).__name__}:{widget.objectName()}"
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield f"{kind} title", widget.windowTitle()
    yield f"{kind} tooltip", widget.toolTip()
    yield f"{kind} accessible name", widget.accessibleName()
    yield f"{kind} accessible description", widget.accessibleDescription()
    yield f"{kind} status tip", widget.statusTip()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield f"{kind} text", widget.text()
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield f"{kind} title", widget.title()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        yield f"{kind} suffix", widget.suffix()
        yield f"{kind} prefix", widget.prefix()
    if isinstance(widget, QAbstractSpinBox):
        yield f"{kind} special value", widget.specialValueText()
    if isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            yield f"{kind} item", widget.itemText(index)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield f"{kind} tab", widget.tabText(index)
            yield f"{kind} tab tooltip", widget.tabToolTip(index)
    if isinstance(widget, QAbstractItemView) and not _in_combo_box(widget):
        yield from _model_texts(widget.model(), kind)
    if isinstance(widget, QMenu):
        yield f"{kind} title", widget.title()


def _in_combo_box(widget: QWidget) -> bool:
    """A combo box's drop-down list (its items are checked on the combo box itself)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    kind = f"QAction:{action.objectName()}"
    if action.isSeparator():
        return
    yield f"{kind} text", action.text()
    if action.toolTip() != action.text().replace("&", ""):  # Qt's tip from the text
        yield f"{kind} tooltip", action.toolTip()
    yield f"{kind} status tip", action.statusTip()
    yield f"{kind} icon text", action.iconText()
    menu = action.menu()
    if menu is not None:
        yield f"{kind} menu title", menu.title()
        for child in menu.actions():
            yield from action_texts(child)


def all_texts(root: QWidget, *, visible_only: bool = True) -> list[tuple[str, str]]:
    """Texts of `root`, its descendants (those it shows, when `visible_only`) and their
    actions (menus included, shown or not)."""
    widgets = [root, *root.findChildren(QWidget)]
    if visible_only:
        widgets = [w for w in widgets if w is root or w.isVisibleTo(root)]
    found: list[tuple[str, str]] = []
    seen: set[int] = set()
    for widget in widgets:
        found += [(what, text) for what, text in widget_texts(widget) if text]
        for action in widget.actions():
            if id(action) not in seen:
                seen.add(id(action))
                found += [(what, text) for what, text in action_texts(action) if text]
    return found


def failures(texts: Iterable[tuple[str, str]], data: Iterable[str]) -> list[str]:
    """Each text with English left in it outside ⟦…⟧ and the data."""
    data = list(data)
    return sorted({f"{what}: {text!r}" for what, text in texts if leftover(text, data)})
