"""Every label, message box and tool tip shows plain text: a project title, a template's
name, a CSV cell or a server's failure message that reads `<img src='file:///dev/zero'>`
would otherwise be rendered as HTML by Qt (which guesses "rich text" from the first
tag), and Qt would read /dev/zero for the picture until the process aborts.

`install(app)` puts one filter on the application: each QLabel (the labels inside
message boxes and dialogs too) is switched to `Qt.PlainText` before it is first shown,
and each tool tip (a widget's, or an item's in a list or tree) is shown as escaped
text. Labels whose text is set before they are shown are made plain where they are
created too (`plain_label`), so nothing is ever laid out as HTML.

Building and showing the main window sends the filter thousands of events before the
first frame (a third of the window's build time, issue 22); `paused(window)` takes the
filter off for such work, which opens no dialog, and makes the window's labels plain at
its end. A label made on purpose
with markup (only words of the app's own, never data) sets the `trustedRichText`
property."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QToolTip,
    QWidget,
)

TRUSTED = "trustedRichText"


def plain_tip(text: str) -> str:
    """`text` as a tool tip that shows it literally: escaped, in a paragraph (so Qt takes
    it as markup, and the escaped tags as words), line breaks kept."""
    if not text:
        return ""
    from html import escape  # its entity tables are loaded when a tip is first shown

    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"


def plain_label(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class _PlainText(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            label = isinstance(watched, QLabel) and not watched.property(TRUSTED)
            if label or isinstance(watched, QMessageBox):
                watched.setTextFormat(Qt.TextFormat.PlainText)  # type: ignore[attr-defined]
        elif kind == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            try:
                tip = _tip_of(watched, event)  # type: ignore[arg-type]
                if tip is None:
                    return False
                if tip:
                    where = event.globalPos()  # type: ignore[attr-defined]
                    QToolTip.showText(where, plain_tip(tip), watched)
                else:
                    QToolTip.hideText()
            except Exception:
                QToolTip.hideText()
            return True
        return False


def _tip_of(widget: QWidget, event: QHelpEvent) -> str | None:
    """The tool tip Qt would show for this event (None: not one this filter knows)."""
    view = widget.parent()
    if isinstance(view, QAbstractItemView) and view.viewport() is widget:
        index = view.indexAt(event.pos())
        tip = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
        return str(tip) if tip else ""
    if isinstance(widget, QAbstractItemView):
        return None
    return widget.toolTip()


_filter: _PlainText | None = None
_paused = 0


def install(app: QApplication) -> None:
    """Once per application."""
    global _filter
    if _filter is None:
        _filter = _PlainText(app)
        if not _paused:
            app.installEventFilter(_filter)


def make_plain(root: QWidget) -> None:
    """Every label in `root` (unless trusted) shows plain text, as the filter would."""
    for label in root.findChildren(QLabel):
        if not label.property(TRUSTED):
            label.setTextFormat(Qt.TextFormat.PlainText)


@contextmanager
def paused(root: QWidget) -> Iterator[None]:
    """Build or show `root` unwatched, then make its labels plain. Only around work that
    opens no dialog: what is shown inside is not filtered."""
    global _paused
    app = QApplication.instance()
    _paused += 1
    if _paused == 1 and _filter is not None and app is not None:
        app.removeEventFilter(_filter)
    try:
        yield
    finally:
        _paused -= 1
        make_plain(root)
        if _paused == 0 and _filter is not None and app is not None:
            app.installEventFilter(_filter)
