"""Every word the window shows goes through Qt's translation functions: under a
pseudo-translator that marks each translated string "⟦…⟧", the main window on the example
project (menus, every panel with Advanced open, the problems list, the jobs dock) and its
dialogs (settings, submit, brand kit, template gallery, voice picker, batch) and the
rehearsal show no English outside the marks, except data: the project's own words and ids,
the product names, and the names users type (CSS colours, ElevenLabs model ids)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from composer.jobs.state import JobRecord, JobState
from composer.model.colours import NAMED
from composer.model.enums import ElevenLabsModel
from composer.resources import resource
from composer.ui.main_window import MainWindow
from tests.support.pseudo_translation import PseudoTranslator, all_texts, failures

EXAMPLE = resource("examples", "product-launch.scene.json")
PRODUCT_NAMES = ("Scene Composer", "HeyGen", "ElevenLabs")
"""Names, not words: they read the same in every language."""
NAMES_USERS_TYPE = (*NAMED, *(model.value for model in ElevenLabsModel))
"""CSS colour names (the colour fields take them as typed: "orange") and ElevenLabs' model
ids (HeyGen's API names, chosen as they are)."""


def project_words(value: Any) -> Iterator[str]:
    """Every string in the project file: the user's own words, ids, colours, file names."""
    if isinstance(value, str):
        yield value
        yield Path(value).name
        yield str((EXAMPLE.parent / value).resolve())
    elif isinstance(value, dict):
        for item in value.values():
            yield from project_words(item)
    elif isinstance(value, list):
        for item in value:
            yield from project_words(item)


DATA = (
    *PRODUCT_NAMES,
    *NAMES_USERS_TYPE,
    EXAMPLE.name,
    EXAMPLE.name.split(".")[0],
    *project_words(json.loads(EXAMPLE.read_text())),
)


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, pseudo: PseudoTranslator) -> MainWindow:
    """The example project open, every panel built, every Advanced group open (the
    translator is installed first: words are translated when widgets are made)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1440, 900)
    assert window.files.open_path(EXAMPLE)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.inspector.fully_built)
    for panel in window.inspector.panels:
        panel.advanced.setChecked(True)
    return window


def every_tab_texts(window: MainWindow) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for index in range(window.inspector.tabs.count()):
        window.inspector.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        texts += all_texts(window, visible_only=False)
    return texts


def dialog_texts(dialog: QWidget, qtbot: QtBot) -> list[tuple[str, str]]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = all_texts(dialog)
    dialog.close()
    return texts


def test_the_main_window_shows_no_untranslated_words(window: MainWindow) -> None:
    texts = every_tab_texts(window)
    texts += all_texts(window.menuBar(), visible_only=False)
    assert len(texts) > 300, "the walk found too little to judge"
    failed = failures(texts, DATA)
    print("\n".join(failed))
    assert failed == []


def test_the_jobs_dock_shows_no_untranslated_words(window: MainWindow) -> None:
    for number, state in enumerate((JobState.PROCESSING, JobState.COMPLETED, JobState.FAILED)):
        record = JobRecord.new(f"Launch {number}", "http://127.0.0.1:9", Path("/tmp"))
        window.jobs._add(record)
        window.jobs._change(
            JobRecord(**{**record.__dict__, "state": state, "video_id": f"v{number}"})
        )
    failed = failures(all_texts(window.jobs), (*DATA, *(f"Launch {n}" for n in range(3))))
    print("\n".join(failed))
    assert failed == []


def test_the_rehearsal_shows_no_untranslated_words(window: MainWindow, qtbot: QtBot) -> None:
    window.spend.action_rehearse.trigger()
    panel = window.spend.rehearsal
    qtbot.waitUntil(panel.isVisible)
    panel.player.pause()
    failed = failures(all_texts(panel), DATA)
    panel.close()
    print("\n".join(failed))
    assert failed == []


def test_the_dialogs_show_no_untranslated_words(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from composer.ui.dialogs.settings_dialog import SettingsDialog
    from composer.ui.pickers.catalogue_picker import CataloguePicker

    texts = dialog_texts(
        SettingsDialog(window.settings.credentials, window.preferences, window), qtbot
    )
    texts += dialog_texts(window.submitting.confirm_submit_dialog(), qtbot)
    texts += dialog_texts(window.brand.dialog(), qtbot)
    texts += dialog_texts(window.templates.gallery(), qtbot)
    texts += dialog_texts(
        CataloguePicker(
            window.settings.catalogue_service(), "voice", None, window, set_key=lambda: False
        ),
        qtbot,
    )
    batch = window.submitting.open_batch()
    table = tmp_path / "people.csv"
    table.write_text("first_name\nAda\nGrace\n", "utf-8")
    batch.load(table)
    texts += dialog_texts(batch, qtbot)
    assert len(texts) > 100, "the walk found too little to judge"
    failed = failures(texts, (*DATA, table.name, "first_name", "Ada", "Grace"))
    print("\n".join(failed))
    assert failed == []
