"""Pick an avatar, talking photo or voice from the account's catalogue instead of typing ids."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.catalogue.store import CatalogueItem, filter_items
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.operations import run_in_background
from composer.ui.pickers.audio import PreviewPlayer
from composer.ui.pickers.service import CatalogueService

TITLES = {
    "avatar": QT_TRANSLATE_NOOP("CataloguePicker", "Choose an avatar"),
    "talking_photo": QT_TRANSLATE_NOOP("CataloguePicker", "Choose a talking photo"),
    "voice": QT_TRANSLATE_NOOP("CataloguePicker", "Choose a voice"),
}
ICON = QSize(96, 96)
ANY = ""
GENDERS = (ANY, "female", "male")
"""The gender filter's entries, as the catalogue names them."""

Index = QModelIndex | QPersistentModelIndex


class CatalogueListModel(QAbstractListModel):
    """The filtered items; decorations come from the service's preview cache."""

    ItemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, service: CatalogueService, kind: str) -> None:
        super().__init__()
        self.service = service
        self.kind = kind
        self.items: list[CatalogueItem] = []
        service.preview_ready.connect(self._preview_ready)

    def set_items(self, items: list[CatalogueItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [item.id, item.gender, item.language, "premium" if item.premium else ""]
            return " · ".join(d for d in details if d)
        if role == Qt.ItemDataRole.DecorationRole and self.kind != "voice":
            pixmap = self.service.pixmap(item.preview_image_url)
            return QIcon(pixmap) if pixmap else _placeholder_icon()
        if role == self.ItemRole:
            return item
        return None

    def _preview_ready(self, url: str) -> None:
        for row, item in enumerate(self.items):
            if item.preview_image_url == url:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def _placeholder_icon() -> QIcon:
    pixmap = QPixmap(ICON)
    pixmap.fill(QColor("#D9DCE3"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#A7ADBA"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(34, 18, 28, 28)
    painter.drawRoundedRect(22, 52, 52, 44, 20, 20)
    painter.end()
    return QIcon(pixmap)


class CataloguePicker(QDialog):
    def __init__(
        self,
        service: CatalogueService,
        kind: str,
        current_id: str | None = None,
        parent: QWidget | None = None,
        *,
        set_key: Callable[[], bool] | None = None,
    ) -> None:
        """`set_key`: given when no API key is set; it asks for one (True once there is)."""
        super().__init__(parent)
        self.setObjectName("cataloguePicker")
        self.setWindowTitle(translate("CataloguePicker", TITLES[kind]))
        self.service = service
        self.kind = kind
        self.player = PreviewPlayer(self)
        self.model = CatalogueListModel(service, kind)
        self._set_key = set_key
        self._build(current_id)
        service.updated.connect(self._reload)
        self._reload()
        if set_key is not None:
            self._ask_for_key()
        elif service.catalogue is None or not service.refreshing:
            service.refresh()

    def _build(self, current_id: str | None) -> None:
        self.search = QLineEdit(
            placeholderText=translate("CataloguePicker", "Search by name, id or language")
        )
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.gender = self._combo(
            "genderFilter",
            [
                translate("CataloguePicker", "Any gender"),
                translate("CataloguePicker", "Female"),
                translate("CataloguePicker", "Male"),
            ],
        )
        self.language = self._combo(
            "languageFilter", [translate("CataloguePicker", "Any language")]
        )
        self.premium = self._combo(
            "premiumFilter",
            [
                translate("CataloguePicker", "Free and premium"),
                translate("CataloguePicker", "Free only"),
                translate("CataloguePicker", "Premium only"),
            ],
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for combo in (self.gender, self.language, self.premium):
            filters.addWidget(combo)
        self.language.setVisible(self.kind == "voice")
        self.premium.setVisible(self.kind == "avatar")
        self.view = QListView()
        self.view.setObjectName("catalogueList")
        self.view.setModel(self.model)
        if self.kind == "voice":
            self.view.setAlternatingRowColors(True)
        else:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setIconSize(ICON)
            self.view.setGridSize(QSize(ICON.width() + 40, ICON.height() + 44))
            self.view.setResizeMode(QListView.ResizeMode.Adjust)
            self.view.setWordWrap(True)
        self.view.doubleClicked.connect(self.accept)
        self.status = QLabel()
        self.status.setObjectName("catalogueStatus")
        self.key_button = QPushButton(
            translate("CataloguePicker", "Set API key…"), objectName="setApiKeyButton"
        )
        self.key_button.clicked.connect(self._key_clicked)
        self.key_button.hide()
        self.play = QPushButton(translate("CataloguePicker", "▶ Play preview"))
        self.play.setObjectName("playPreview")
        self.play.setVisible(self.kind == "voice")
        self.play.clicked.connect(self._play_selected)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.key_button)
        bottom.addWidget(self.play)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self._apply_filters)
        self._current_id = current_id
        self.resize(720, 520)

    def _ask_for_key(self) -> None:
        """No key: say so at once, with the way to set one (the list shows any cached copy)."""
        self.status.setText(
            {
                "avatar": translate(
                    "CataloguePicker", "No HeyGen API key is set yet: set one to see your avatars."
                ),
                "talking_photo": translate(
                    "CataloguePicker",
                    "No HeyGen API key is set yet: set one to see your talking photos.",
                ),
            }.get(
                self.kind,
                translate(
                    "CataloguePicker", "No HeyGen API key is set yet: set one to see your voices."
                ),
            )
        )
        self.key_button.show()

    def _key_clicked(self) -> None:
        if self._set_key is not None and self._set_key():
            self._set_key = None
            self.key_button.hide()
            self.service.refresh()
            self.status.setText(self.service.status_text())

    def _combo(self, name: str, entries: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItems(entries)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _reload(self) -> None:
        catalogue = self.service.catalogue
        if catalogue is not None and self.kind == "voice":
            languages = sorted({i.language for i in catalogue.voices if i.language})
            current = self.language.currentText()
            self.language.blockSignals(True)
            self.language.clear()
            self.language.addItems([translate("CataloguePicker", "Any language"), *languages])
            self.language.setCurrentText(current)
            self.language.blockSignals(False)
        self._apply_filters()
        if self._set_key is None:
            self.status.setText(self.service.status_text())

    def _apply_filters(self) -> None:
        catalogue = self.service.catalogue
        items = catalogue.items(self.kind) if catalogue else []
        premium = {1: False, 2: True}.get(self.premium.currentIndex())
        self.model.set_items(
            filter_items(
                items,
                text=self.search.text(),
                gender=GENDERS[self.gender.currentIndex()],
                language=self.language.currentText() if self.language.currentIndex() else ANY,
                premium=premium if self.kind == "avatar" else None,
            )
        )
        self._select(self._current_id)

    def _select(self, item_id: str | None) -> None:
        for row, item in enumerate(self.model.items):
            if item.id == item_id:
                self.view.setCurrentIndex(self.model.index(row))
                return

    def selected(self) -> CatalogueItem | None:
        index = self.view.currentIndex()
        return self.model.items[index.row()] if index.isValid() else None

    def selected_id(self) -> str | None:
        item = self.selected()
        return item.id if item else None

    def _play_selected(self) -> None:
        item = self.selected()
        if item is None or not item.preview_audio_url:
            self.status.setText(translate("CataloguePicker", "This voice has no preview clip."))
            return
        url = item.preview_audio_url
        self.status.setText(
            translate("CataloguePicker", "Loading the preview of {name}…").format(name=item.name)
        )
        run_in_background(
            lambda: self.service.preview_audio(url),
            on_success=self._play_file,
            on_failure=lambda e: self.status.setText(
                translate("CataloguePicker", "Can't play preview: {error}").format(error=e)
            ),
            parent=self,
        )

    def _play_file(self, path: object) -> None:
        self.player.play(path)  # type: ignore[arg-type]
        self.status.setText(self.service.status_text())
