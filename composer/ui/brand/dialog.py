"""The brand kit dialog: colours, fonts, presenter, voice and logo, saved for the user
(and, if asked, in the project); "Apply to all scenes" dresses every scene in one step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from composer.brand.kit import COLOUR_FIELDS, LOGO_CORNERS, BrandKit
from composer.model.colours import to_hex
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.widgets.color_edit import ColorEdit
from composer.ui.widgets.file_picker import FilePicker

IMAGES = QT_TRANSLATE_NOOP("BrandDialog", "Images (*.png *.jpg *.jpeg *.webp *.svg);;All files (*)")
COLOUR_LABELS = {
    "primary": QT_TRANSLATE_NOOP("BrandDialog", "Primary"),
    "secondary": QT_TRANSLATE_NOOP("BrandDialog", "Secondary"),
    "background": QT_TRANSLATE_NOOP("BrandDialog", "Background"),
    "text": QT_TRANSLATE_NOOP("BrandDialog", "Text"),
}
COLOUR_NAMES = {
    "primary": QT_TRANSLATE_NOOP("BrandDialog", "Primary colour"),
    "secondary": QT_TRANSLATE_NOOP("BrandDialog", "Secondary colour"),
    "background": QT_TRANSLATE_NOOP("BrandDialog", "Background colour"),
    "text": QT_TRANSLATE_NOOP("BrandDialog", "Text colour"),
}
CORNER_LABELS = {
    "top-right": QT_TRANSLATE_NOOP("BrandDialog", "Top right"),
    "top-left": QT_TRANSLATE_NOOP("BrandDialog", "Top left"),
    "bottom-right": QT_TRANSLATE_NOOP("BrandDialog", "Bottom right"),
    "bottom-left": QT_TRANSLATE_NOOP("BrandDialog", "Bottom left"),
}
Chooser = Callable[[str, str | None], str | None]
Namer = Callable[[str, str | None], str]


class BrandKitDialog(QDialog):
    apply_requested = Signal(object)
    """The user asked to apply the kit (a BrandKit) to every scene."""

    def __init__(
        self,
        kit: BrandKit,
        embedded: bool,
        chooser: Chooser,
        namer: Namer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("brandKit")
        self.setWindowTitle(translate("BrandDialog", "Brand kit"))
        self.chooser = chooser
        self.namer = namer
        self._ids: dict[str, str | None] = {"avatar": kit.presenter_id, "voice": kit.voice_id}
        self.colours: dict[str, ColorEdit] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(QLabel(translate("BrandDialog", "Colours"), objectName="groupHeader"))
        for name in COLOUR_FIELDS:
            edit = ColorEdit()
            edit.setObjectName(f"brand:{name}")
            edit.set_text(getattr(kit, name))
            edit.line.setAccessibleName(translate("BrandDialog", COLOUR_NAMES[name]))
            self.colours[name] = edit
            form.addRow(translate("BrandDialog", COLOUR_LABELS[name]), edit)
        self.colour_problem = QLabel(objectName="fieldMessage", wordWrap=True)
        self.colour_problem.setProperty("problem", "error")
        form.addRow("", self.colour_problem)
        self.colour_problem.hide()
        form.addRow(QLabel(translate("BrandDialog", "Fonts"), objectName="groupHeader"))
        self.title_font = self._font(
            "brand:title_font", kit.title_font, translate("BrandDialog", "Title font")
        )
        self.body_font = self._font(
            "brand:body_font", kit.body_font, translate("BrandDialog", "Body font")
        )
        form.addRow(translate("BrandDialog", "Titles"), self.title_font)
        form.addRow(translate("BrandDialog", "Body text"), self.body_font)
        form.addRow(
            QLabel(translate("BrandDialog", "Presenter and voice"), objectName="groupHeader")
        )
        self.presenter = self._pick_row("avatar", translate("BrandDialog", "Presenter"))
        self.voice = self._pick_row("voice", translate("BrandDialog", "Voice"))
        form.addRow(translate("BrandDialog", "Presenter"), self.presenter)
        form.addRow(translate("BrandDialog", "Voice"), self.voice)
        form.addRow(QLabel(translate("BrandDialog", "Logo"), objectName="groupHeader"))
        self.logo = FilePicker(translate("BrandDialog", IMAGES))
        self.logo.setObjectName("brand:logo")
        self.logo.set_path(kit.logo)
        self.logo.line.setAccessibleName(translate("BrandDialog", "Logo image"))
        self.corner = QComboBox(objectName="brand:logo_corner")
        for corner in LOGO_CORNERS:
            self.corner.addItem(translate("BrandDialog", CORNER_LABELS[corner]), corner)
        self.corner.setCurrentIndex(LOGO_CORNERS.index(kit.logo_corner))
        self.corner.setAccessibleName(translate("BrandDialog", "Logo corner"))
        self.size = QSpinBox(objectName="brand:logo_size", suffix=" %", minimum=2, maximum=50)
        self.size.setValue(round(kit.logo_size * 100))
        self.size.setAccessibleName(translate("BrandDialog", "Logo width, % of the frame"))
        placement = QHBoxLayout()
        placement.addWidget(self.corner, 1)
        placement.addWidget(QLabel(translate("BrandDialog", "width")))
        placement.addWidget(self.size)
        form.addRow(translate("BrandDialog", "Image"), self.logo)
        form.addRow(translate("BrandDialog", "Placement"), placement)
        self.logo_note = QLabel(
            translate(
                "BrandDialog",
                "The logo shows in the preview. HeyGen's v2 and v3 APIs have no logo "
                "field, so on those routes it is not sent with the video.",
            ),
            objectName="brandWarning",
            wordWrap=True,
        )
        form.addRow("", self.logo_note)
        self.embed = QCheckBox(
            translate("BrandDialog", "Keep this kit in the project file (to share it)")
        )
        self.embed.setObjectName("brand:embed")
        self.embed.setChecked(embedded)
        self.apply_button = QPushButton(
            translate("BrandDialog", "Apply to all scenes"), objectName="applyBrandKit"
        )
        self.apply_button.setToolTip(
            translate(
                "BrandDialog",
                "Background and text colours, fonts, presenter and voice, in one undo step",
            )
        )
        self.apply_button.clicked.connect(self._apply)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("BrandDialog", "Your brand, applied in one click. New scenes follow it."),
                objectName="dialogHeading",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.embed)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _save(self) -> None:
        if self._colours_readable():
            self.accept()

    def _apply(self) -> None:
        if self._colours_readable():
            self.apply_requested.emit(self.kit())

    def _colours_readable(self) -> bool:
        """A colour that is not one is said beside the fields (never dropped silently);
        the focus goes to the first."""
        unreadable = [
            (name, edit)
            for name, edit in self.colours.items()
            if edit.line.text().strip() and to_hex(edit.line.text()) is None
        ]
        self.colour_problem.setVisible(bool(unreadable))
        if not unreadable:
            return True
        self.colour_problem.setText(
            "\n".join(
                translate(
                    "BrandDialog",
                    "{field}: “{text}” is not a colour. Type a name such as cornflowerblue, "
                    "or #RRGGBB.",
                ).format(field=translate("BrandDialog", COLOUR_NAMES[name]), text=edit.line.text())
                for name, edit in unreadable
            )
        )
        unreadable[0][1].line.setFocus()
        self.adjustSize()
        return False

    def _font(self, name: str, family: str | None, accessible: str) -> QFontComboBox:
        fonts = QFontComboBox(objectName=name)
        fonts.setEditable(True)
        fonts.lineEdit().setPlaceholderText(translate("BrandDialog", "(HeyGen's default)"))
        if family:
            fonts.setCurrentFont(QFont(family))
        fonts.setEditText(family or "")
        fonts.setAccessibleName(accessible)
        return fonts

    def _pick_row(self, kind: str, noun: str) -> QWidget:
        row = QWidget(objectName=f"brand:{kind}")
        name = QLineEdit(readOnly=True, objectName="brandChoice")
        name.setAccessibleName(noun)
        name.setPlaceholderText(translate("BrandDialog", "Not set"))
        choose = QPushButton(translate("BrandDialog", "Choose…"), objectName="chooseButton")
        choose.setAccessibleName(
            translate("BrandDialog", "Choose {what}").format(what=noun.lower())
        )
        clear = QPushButton(translate("BrandDialog", "Clear"), objectName="clearButton")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(name, 1)
        layout.addWidget(choose)
        layout.addWidget(clear)
        choose.clicked.connect(lambda: self._choose(kind, name))
        clear.clicked.connect(lambda: self._set(kind, None, name))
        self._set(kind, self._ids[kind], name)
        return row

    def _choose(self, kind: str, field: QLineEdit) -> None:
        chosen = self.chooser(kind, self._ids[kind])
        if chosen:
            self._set(kind, chosen, field)

    def _set(self, kind: str, item_id: str | None, field: QLineEdit) -> None:
        self._ids[kind] = item_id
        field.setText(self.namer(kind, item_id) if item_id else "")
        field.setToolTip(translate("BrandDialog", "id {id}").format(id=item_id) if item_id else "")

    def kit(self) -> BrandKit:
        """The kit as the dialog shows it."""
        return BrandKit.from_json(
            {
                **{name: edit.line.text().strip() for name, edit in self.colours.items()},
                "title_font": self.title_font.currentText().strip(),
                "body_font": self.body_font.currentText().strip(),
                "presenter_id": self._ids["avatar"],
                "voice_id": self._ids["voice"],
                "logo": self.logo.line.text().strip(),
                "logo_corner": self.corner.currentData(),
                "logo_size": self.size.value() / 100,
            }
        )
