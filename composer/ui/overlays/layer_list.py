"""The layer list's view: a row per layer with an eye (shown or hidden) and a lock for
overlays; rows are reordered by drag and drop (the model moves the overlay); the rows
selected are the shared OverlaySelection (the preview shows the same), and choosing the
presenter's or the scene text's row selects that item in the preview."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from composer.ui.i18n import translate
from composer.ui.overlays.layer_model import (
    OVERLAY,
    HiddenRole,
    KindRole,
    LayerListModel,
    LockedRole,
    OverlayIdRole,
)
from composer.ui.overlays.selection import OverlaySelection
from composer.ui.widgets.icons import icon

Index = QModelIndex | QPersistentModelIndex
ICON = 16
ROW_HEIGHT = 28
GAP = 8


def toggle_rects(row: QRect) -> tuple[QRect, QRect]:
    """Where the eye and the lock are drawn in a row (right-aligned)."""
    top = row.top() + (row.height() - ICON) // 2
    lock = QRect(row.right() - GAP - ICON, top, ICON, ICON)
    eye = QRect(lock.left() - GAP - ICON, top, ICON, ICON)
    return eye, lock


class LayerDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * (ICON + GAP), max(size.height(), ROW_HEIGHT))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, option.palette.highlight())  # type: ignore[attr-defined]
        if index.data(KindRole) == OVERLAY:
            option.rect = rect.adjusted(0, 0, -2 * (ICON + GAP) - GAP, 0)  # type: ignore[attr-defined]
        super().paint(painter, option, index)
        if index.data(KindRole) != OVERLAY:
            return
        eye, lock = toggle_rects(rect)
        hidden, locked = bool(index.data(HiddenRole)), bool(index.data(LockedRole))
        painter.save()
        painter.setOpacity(0.45 if hidden else 1.0)
        icon("eye-off" if hidden else "eye").paint(painter, eye)
        painter.setOpacity(1.0 if locked else 0.45)
        icon("lock" if locked else "unlock").paint(painter, lock)
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A click on the eye or the lock toggles it (and does not select the row)."""
        kinds = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)
        if event.type() not in kinds or index.data(KindRole) != OVERLAY:
            return super().editorEvent(event, model, option, index)
        assert isinstance(event, QMouseEvent)
        pos = event.position().toPoint()
        eye, lock = toggle_rects(option.rect)  # type: ignore[attr-defined]
        for rect, role in ((eye, HiddenRole), (lock, LockedRole)):
            if rect.adjusted(-3, -3, 3, 3).contains(pos):
                if event.type() == QEvent.Type.MouseButtonRelease:
                    model.setData(index, not index.data(role), role)
                return True
        return super().editorEvent(event, model, option, index)


class LayerList(QListView):
    part_chosen = Signal(str)
    """The presenter's or the scene text's row was chosen (canvas.AVATAR or TEXT)."""

    def __init__(self, model: LayerListModel, selection: OverlaySelection) -> None:
        super().__init__()
        self.setObjectName("layerList")
        self.setAccessibleName(translate("Layers", "Layers"))
        self.setModel(model)
        self.overlay_selection = selection
        self.setItemDelegate(LayerDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setUniformItemSizes(True)
        self._syncing = False
        self.selectionModel().selectionChanged.connect(self._view_selected)
        selection.changed.connect(self.show_selection)
        model.modelReset.connect(self.show_selection)

    def layer_model(self) -> LayerListModel:
        model = self.model()
        assert isinstance(model, LayerListModel)
        return model

    def _view_selected(self, *_args: QItemSelection) -> None:
        if self._syncing:
            return
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        model = self.layer_model()
        ids = [model.index(r).data(OverlayIdRole) for r in rows]
        self.overlay_selection.select([i for i in ids if i])
        fixed = [model.index(r).data(KindRole) for r in rows if not ids[rows.index(r)]]
        if fixed and len(rows) == 1:
            self.part_chosen.emit(fixed[0])

    def show_selection(self) -> None:
        """Select the rows of the overlays selected (in the preview, or by the menu)."""
        model, chosen = self.layer_model(), set(self.overlay_selection.ids)
        kept = {i.row() for i in self.selectionModel().selectedRows()} if not chosen else set()
        picked = QItemSelection()
        for row in range(model.rowCount()):
            overlay_id = model.index(row).data(OverlayIdRole)
            if overlay_id in chosen or (not overlay_id and row in kept):
                picked.select(model.index(row), model.index(row))
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.selectionModel().select(picked, flags)
        finally:
            self._syncing = False
