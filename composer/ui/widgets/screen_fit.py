"""A dialog whose body can be long (the Submit dialog's list of what a route leaves out)
on a small screen: the body scrolls, the heading and the buttons stay in sight, and the
dialog is sized to show everything where the screen has room, never more than the room."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

from composer.ui.widgets.named import named


def scrolling_body(layout: QLayout) -> QScrollArea:
    """`layout` in a frameless scroll area: its wrapped labels take the width there is and
    grow in height; it scrolls up and down where the window is shorter than they are."""
    body = named(QWidget(), "dialogBody")
    body.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)  # in line with the heading and the buttons
    scroll = named(QScrollArea(), "dialogScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the first field has it; Tab scrolls to each
    scroll.setWidget(body)
    return scroll


def fit_to_screen(window: QWidget, scroll: QScrollArea, width: int | None = None) -> None:
    """Resize `window` to `width` (None: its width now, less a scroll bar shown; widened
    to what its body needs, at most its screen's available width) and to the height that
    shows all of `scroll`'s body there, at most the screen's available height less the
    window's frame: below that, the body scrolls, with room for its scroll bar."""
    bar = scroll.verticalScrollBar()
    if width is None:
        width = window.width() - (bar.width() if bar.isVisible() else 0)
    room = _room(window)
    body, layout = scroll.widget(), window.layout()
    assert body is not None and layout is not None  # scrolling_body's, in a laid-out window
    margins = layout.contentsMargins()
    sides = margins.left() + margins.right() + 2 * scroll.frameWidth()
    width = min(max(width, body.minimumSizeHint().width() + sides), room.width())
    hfw = body.hasHeightForWidth()
    wanted = body.heightForWidth(width - sides) if hfw else body.sizeHint().height()
    rest = window.sizeHint().height() - scroll.sizeHint().height()  # heading, buttons, margins
    height = rest + wanted + 2 * scroll.frameWidth()
    if height > room.height():
        width = min(width + bar.sizeHint().width(), room.width())
    window.resize(width, min(height, room.height()))


def _room(window: QWidget) -> QSize:
    """The screen's available size less the window's frame (its title bar, once shown)."""
    window.winId()  # the native window made now: its frame (the title bar) is known
    frame = window.frameGeometry().size() - window.geometry().size()
    return window.screen().availableGeometry().size() - frame
