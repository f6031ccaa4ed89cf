"""The scene list view: extended selection, inline rename, drag-and-drop reordering.

The drag is started here in Python (so the picture of the dragged cards is ours and
nothing is removed after the drop), and the drop position and its indicator line are
computed here too: the model's `dropMimeData` then makes one undo step of the move.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
)

from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.scene_list.delegate import SceneDelegate
from composer.ui.scene_list.model import SceneListModel, TransitionRole
from composer.ui.scene_list.transitions import CHIP_HEIGHT, chip_rect, open_menu, paint_chip

MAX_DRAG_CARDS = 3
EMPTY_HINT = QT_TRANSLATE_NOOP("SceneList", "No scenes yet.\nClick + below to add the first one.")


class SceneListView(QListView):
    def __init__(self, model: SceneListModel) -> None:
        super().__init__()
        self.setObjectName("sceneList")
        self.action_transition = QAction(
            translate("SceneList", "Transition into this scene…"), self, enabled=False
        )
        self.action_transition.setObjectName("actionTransition")
        self.action_transition.triggered.connect(
            lambda: self.open_transition(self.currentIndex().row())
        )
        self.setModel(model)
        self.setItemDelegate(SceneDelegate(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # drawn by paintEvent, between cards
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setUniformItemSizes(True)
        # one column of cards as wide as the list: laid out again when the width changes
        # (a vertical scroll bar appearing), never scrolled sideways
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.drop_row: int | None = None

    def dataChanged(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()
    ) -> None:
        """Repaint only the rows that changed. QListView repaints its whole viewport for
        any change (every card, every thumbnail): while the avatar is dragged in the
        preview that was most of each frame. With an editor open, Qt's own handling
        (which also refreshes the editor) is kept."""
        if self.state() == QAbstractItemView.State.EditingState:
            super().dataChanged(top_left, bottom_right, list(roles))
            return
        first, last = top_left.row(), bottom_right.row()
        model = self.model()
        top = self.visualRect(model.index(first, 0))
        bottom = self.visualRect(model.index(last, 0))
        chip = -CHIP_HEIGHT if TransitionRole in roles else 0  # it reaches over the card above
        self.viewport().update(top.united(bottom).adjusted(0, chip, 0, 0))

    def scene_model(self) -> SceneListModel:
        model = self.model()
        assert isinstance(model, SceneListModel)
        return model

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedRows())

    def drop_row_at(self, pos: QPoint) -> int:
        """The row a drop at `pos` (viewport coordinates) lands before."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() >= rect.center().y() else 0)

    # ---- the transitions strip
    def chips(self) -> list[tuple[int, QRect, str]]:
        """(row, rect, words) of each chip in view: over the gap above every card but the
        first."""
        shown = []
        metrics = self.fontMetrics()
        top_row = self.indexAt(QPoint(0, 0)).row()
        for row in range(max(top_row, 1), self.model().rowCount()):
            index = self.model().index(row, 0)
            rect = self.visualRect(index)
            if rect.top() > self.viewport().height() + CHIP_HEIGHT:
                break
            text = str(index.data(TransitionRole) or "")
            shown.append((row, chip_rect(rect.top(), metrics.horizontalAdvance(text)), text))
        return shown

    def chip_at(self, pos: QPoint) -> int | None:
        """The scene whose transition the chip at `pos` (viewport) shows, if any."""
        return next((row for row, rect, _ in self.chips() if rect.contains(pos)), None)

    def open_transition(self, row: int) -> QMenu | None:
        """The chip's menu for the transition into scene `row` (not the first), as a click
        on its chip opens it (the context menu's action opens it for the current scene)."""
        if not 0 < row < self.model().rowCount():
            return None
        self.scrollTo(self.model().index(row, 0))
        rect = next(rect for r, rect, _ in self.chips() if r == row)
        at = self.viewport().mapToGlobal(rect.bottomLeft())
        return open_menu(self.scene_model().edits, row, self, at)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        self.action_transition.setEnabled(current.isValid() and current.row() > 0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.chip_at(event.position().toPoint())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.open_transition(row)
            event.accept()
            return
        super().mousePressEvent(event)

    def paint_chips(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSizeF(max(1.0, font.pointSizeF() * 0.8))
        for _, rect, text in self.chips():
            paint_chip(painter, rect, text, self.palette(), font)

    # ---- dragging out
    def startDrag(self, supported: Qt.DropAction) -> None:
        indexes = sorted(self.selectionModel().selectedRows(), key=QModelIndex.row)
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        pixmap = self._drag_pixmap(indexes)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(24, 24))
        drag.exec(Qt.DropAction.MoveAction)
        self._end_drop()

    def _drag_pixmap(self, indexes: list[QModelIndex]) -> QPixmap:
        """The first few selected cards, stacked, at the screen's pixel density."""
        shown = indexes[:MAX_DRAG_CARDS]
        width = self.viewport().width()
        height = sum(self.visualRect(i).height() for i in shown)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(int(width * ratio), int(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setOpacity(0.9)
        top = 0
        for index in shown:
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = self.visualRect(index).translated(0, top - self.visualRect(index).top())
            option.state |= QStyle.StateFlag.State_Selected
            self.itemDelegate().paint(painter, option, index)
            top += option.rect.height()
        painter.end()
        return pixmap

    # ---- dropping in
    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return bool(self.scene_model().dragged_rows(event.mimeData()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()  # files go on to the main window, which opens them

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        super().dragMoveEvent(event)  # auto-scrolls near the edges
        self.drop_row = self.drop_row_at(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._end_drop()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        row = self.drop_row_at(event.position().toPoint())
        self.model().dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, row, 0, QModelIndex())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._end_drop()

    def _end_drop(self) -> None:
        self.drop_row = None
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.scene_model().pixel_ratio = self.devicePixelRatioF()  # crisp thumbnails at 2×
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            self._paint_empty_hint()
        painter = QPainter(self.viewport())
        self.paint_chips(painter)
        painter.end()
        if self.drop_row is None:
            return
        y = self._drop_line_y(self.drop_row)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(colour, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(10, y, self.viewport().width() - 10, y)
        painter.end()

    def _paint_empty_hint(self) -> None:
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 0, -24, 0)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            translate("SceneList", EMPTY_HINT),
        )
        painter.end()

    def _drop_line_y(self, row: int) -> int:
        count = self.model().rowCount()
        if count == 0:
            return 2
        if row >= count:
            return self.visualRect(self.model().index(count - 1, 0)).bottom()
        return self.visualRect(self.model().index(row, 0)).top()
