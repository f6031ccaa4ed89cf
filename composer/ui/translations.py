"""The window in the user's language: at start, the app's translation for the locale
(`resources/translations/scene_composer_<locale>.qm`, made from scene_composer.ts with
pyside6-lrelease) and, with it, Qt's own (`qtbase_<locale>.qm`, so standard buttons such as
Cancel match). Without a .qm for the locale nothing more is loaded: English costs nothing.
`SCENE_COMPOSER_TRANSLATIONS` names another folder of .qm files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from composer.resources import resource

APP_FILE = "scene_composer"
FOLDER_VARIABLE = "SCENE_COMPOSER_TRANSLATIONS"


def translations_dir() -> Path:
    override = os.environ.get(FOLDER_VARIABLE)
    return Path(override) if override else resource("translations")


def install(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install the app's translation for `locale` (default: the user's) and Qt's; returns
    what was installed (nothing when the app has no translation for the locale)."""
    locale = locale or QLocale()
    folder = folder or translations_dir()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English) or not folder.is_dir():
        return []
    own = QTranslator(app)
    if not own.load(locale, APP_FILE, "_", str(folder)):
        return []
    installed = [own]
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_folder):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed
