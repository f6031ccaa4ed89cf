"""An avatar, talking photo or voice field: the catalogue's name with a picture (or a ▶
sample button for voices), the id on hover and one click from the clipboard.

The id stays typeable: clicking into the field shows the id to edit, leaving it shows the
name again. An id the catalogue does not know is shown as it is, and said so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from composer.ui.i18n import translate
from composer.ui.panels.editors import LineEditor
from composer.ui.panels.field_spec import FieldSpec, shown
from composer.ui.widgets.icons import icon

if TYPE_CHECKING:
    from composer.catalogue.store import CatalogueItem
    from composer.ui.pickers.names import CatalogueNames

PICTURE = QSize(40, 40)


class CatalogueEditor(LineEditor):
    choose_requested = Signal()

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.names: CatalogueNames | None = None
        self.item: CatalogueItem | None = None
        self._id: str | None = None
        self.picture = QLabel(objectName="catalogueThumb")
        self.picture.setFixedSize(PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.line.insertWidget(0, self.picture)  # parented first: never a window of its own
        self.picture.setVisible(spec.catalogue != "voice")
        self.sample = QToolButton(objectName="sampleButton", text="▶")
        self.sample.setToolTip(translate("CatalogueEditor", "Play a sample of this voice"))
        self.sample.setAccessibleName(translate("CatalogueEditor", "Play a sample of this voice"))
        self.sample.setVisible(False)
        self.sample.clicked.connect(self._play)
        self.line.addWidget(self.sample)
        self.copy = QToolButton(objectName="copyIdButton")
        self.copy.setIcon(icon("duplicate"))
        self.copy.setToolTip(translate("CatalogueEditor", "Copy the id"))
        self.copy.setAccessibleName(
            translate("CatalogueEditor", "Copy the {field} id").format(
                field=shown(spec.label).lower()
            )
        )
        self.copy.setAutoRaise(True)
        self.copy.clicked.connect(self._copy_id)
        self.line.addWidget(self.copy)
        choose = QPushButton(translate("CatalogueEditor", "Choose…"), objectName="chooseButton")
        choose.setToolTip(
            translate("CatalogueEditor", "Pick from your HeyGen account, with previews")
        )
        choose.setAccessibleName(
            translate("CatalogueEditor", "Choose {field}").format(field=shown(spec.label).lower())
        )
        choose.clicked.connect(self.choose_requested)
        self.line.addWidget(choose)
        self.note = QLabel(objectName="catalogueNote", wordWrap=True)
        self.note.hide()
        self.column.addWidget(self.note)
        self.text_field.installEventFilter(self)
        self.player: Any = None

    def display(self, value: Any) -> None:
        self._id = None if value is None else str(value)
        names = self.names
        self.item = names.find(self.spec.catalogue, self._id) if names else None
        self._show_text()
        self._show_picture()
        self.copy.setEnabled(bool(self._id))
        self.sample.setVisible(bool(self.item and self.item.preview_audio_url))
        unknown = bool(self._id) and self.item is None and bool(names and names.has_catalogue())
        self.note.setText(
            translate(
                "CatalogueEditor",
                "“{id}” is not in your HeyGen catalogue: check the id or choose again.",
            ).format(id=self._id)
            if unknown
            else ""
        )
        self.note.setVisible(unknown)
        tip = shown(self.spec.hint)
        if self._id:
            name = self.item.name if self.item else translate("CatalogueEditor", "Unknown")
            tip = (
                translate("CatalogueEditor", "{name} · id {id}").format(name=name, id=self._id)
                + "\n"
                + tip
            )
        self.text_field.setToolTip(tip)

    def _show_text(self) -> None:
        """The name when there is one, the id while the field is being edited."""
        editing = self.text_field.hasFocus()
        text = self.item.name if self.item and not editing else (self._id or "")
        if self.text_field.text().strip() != text:
            self.text_field.setText(text)

    def _show_picture(self) -> None:
        if self.spec.catalogue == "voice":
            return
        picture = self.names.picture(self.item) if self.names and self.item else None
        if picture is None or picture.isNull():
            self.picture.setPixmap(icon("avatar").pixmap(QSize(24, 24)))
            return
        dpr = self.devicePixelRatioF()
        scaled = picture.scaled(
            PICTURE * dpr,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(dpr)
        self.picture.setPixmap(QPixmap(scaled))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_field and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ):
            self._show_text()
            if event.type() == QEvent.Type.FocusIn:
                self.text_field.selectAll()
        return False

    def _copy_id(self) -> None:
        if self._id:
            QGuiApplication.clipboard().setText(self._id)

    def _play(self) -> None:
        if self.item is None or self.names is None:
            return
        from composer.ui.pickers.audio import PreviewPlayer

        if self.player is None:
            self.player = PreviewPlayer(self)
        self.names.play_sample(self.item, self.player.play)
