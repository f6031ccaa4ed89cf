"""Settings: the HeyGen API key (kept in the system keyring), which server to use, and where
finished videos are downloaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from composer.settings.credentials import ENV_VAR, CredentialStore, KeySource
from composer.settings.preferences import HEYGEN, SANDBOX, Preferences, save_preferences
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.widgets.icons import icon

SOURCES = {
    KeySource.KEYRING: QT_TRANSLATE_NOOP(
        "SettingsDialog", "A key is saved in your system keyring. Type a new one to replace it."
    ),
    KeySource.SESSION: QT_TRANSLATE_NOOP(
        "SettingsDialog", "A key is set for this session only (no keyring is available)."
    ),
    KeySource.NONE: QT_TRANSLATE_NOOP(
        "SettingsDialog", "No key yet. Find yours in HeyGen under Settings → API."
    ),
}


class SettingsDialog(QDialog):
    def __init__(
        self, credentials: CredentialStore, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.credentials = credentials
        self.preferences = preferences
        self._forget = False
        form = QGridLayout()  # not QFormLayout: it clips the wrapped key status text
        form.setVerticalSpacing(12)
        form.setColumnStretch(1, 1)
        for row, (text, field) in enumerate(
            (
                (translate("SettingsDialog", "HeyGen API key"), self._key_row()),
                (translate("SettingsDialog", "Send videos to"), self._endpoint_row()),
                (translate("SettingsDialog", "Download videos to"), self._folder_row()),
            )
        ):
            form.addWidget(QLabel(text), row, 0, Qt.AlignmentFlag.AlignTop)
            form.addWidget(field, row, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)
        # Sized to its content, wrapped status text included (a resizable layout clips it).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    def _key_row(self) -> QWidget:
        source = self.credentials.source()
        self.key = QLineEdit(objectName="apiKeyField")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(
            translate("SettingsDialog", "•••••••• (saved)")
            if source != KeySource.NONE
            else translate("SettingsDialog", "Paste key")
        )
        self.show_key = self.key.addAction(icon("eye"), QLineEdit.ActionPosition.TrailingPosition)
        self.show_key.setObjectName("showKeyAction")
        self.show_key.setCheckable(True)
        self.show_key.setToolTip(translate("SettingsDialog", "Show the key"))
        self.show_key.toggled.connect(self._reveal)
        self.forget = QPushButton(
            translate("SettingsDialog", "Forget key"), objectName="forgetKeyButton"
        )
        self.forget.setEnabled(source in (KeySource.KEYRING, KeySource.SESSION))
        self.forget.clicked.connect(self._forget_key)
        self.key_status = QLabel(objectName="keyStatus", wordWrap=True)
        if source == KeySource.ENVIRONMENT:
            self.key.setEnabled(False)
            self.forget.setEnabled(False)
            self.key_status.setText(
                translate(
                    "SettingsDialog", "Using the key from the {name} environment variable."
                ).format(name=ENV_VAR)
            )
        else:
            problem = self.credentials.keyring_problem
            words = translate("SettingsDialog", SOURCES[source])
            problem_words = translate("Settings", problem) if problem else ""  # NO_KEYRING
            self.key_status.setText(words + (f"\n{problem_words}" if problem else ""))
        line = QHBoxLayout()
        line.addWidget(self.key, 1)
        line.addWidget(self.forget)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.key_status)
        return row

    def _endpoint_row(self) -> QWidget:
        self.heygen = QRadioButton(
            translate("SettingsDialog", "HeyGen (uses your credits)"), objectName="heygenEndpoint"
        )
        self.sandbox = QRadioButton(
            translate("SettingsDialog", "Practice server (no credits): nothing is sent to HeyGen"),
            objectName="sandboxEndpoint",
        )
        group = QButtonGroup(self)
        group.addButton(self.heygen)
        group.addButton(self.sandbox)
        (self.sandbox if self.preferences.endpoint == SANDBOX else self.heygen).setChecked(True)
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heygen)
        layout.addWidget(self.sandbox)
        return row

    def _folder_row(self) -> QWidget:
        self.folder = QLineEdit(str(self.preferences.download_folder()), objectName="folderField")
        browse = QPushButton(translate("SettingsDialog", "Browse…"), objectName="folderBrowse")
        browse.clicked.connect(self._browse)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.folder, 1)
        layout.addWidget(browse)
        return row

    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key.setEchoMode(mode)
        self.show_key.setToolTip(
            translate("SettingsDialog", "Hide the key")
            if shown
            else translate("SettingsDialog", "Show the key")
        )

    def _forget_key(self) -> None:
        self._forget = True
        self.key.clear()
        self.key.setPlaceholderText(translate("SettingsDialog", "Paste key"))
        self.key_status.setText(
            translate("SettingsDialog", "The key will be removed when you save.")
        )
        self.forget.setEnabled(False)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, translate("SettingsDialog", "Download videos to"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        """Keep the key in the keyring and the rest in the preferences file."""
        key = self.key.text().strip()
        if self._forget and not key:
            self.credentials.forget()
        if key:
            self.credentials.save(key)
        self.preferences.endpoint = SANDBOX if self.sandbox.isChecked() else HEYGEN
        folder = self.folder.text().strip()
        self.preferences.download_dir = str(Path(folder).expanduser()) if folder else None
        save_preferences(self.preferences)
        super().accept()
