"""Help → Check my HeyGen account… as a click does it: the dialog opens at once, the check
runs in the background against the practice server (GETs only), and the report shows names
and plain words; ids appear only under Details. Rendered to a PNG to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from composer.projectfile.io import save_project
from composer.ui.dialogs.account_check import AccountCheckDialog
from tests.test_exact_real_looks import PHOTO, STUDIO, TWIN, project
from tests.test_v3_window import window_and_sandbox  # noqa: F401 (a fixture)


def help_action(window):
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    help_menu = next(m for m in menus if m.title() == "&Help")
    return next(a for a in help_menu.actions() if a.objectName() == "actionCheckAccount")


def test_check_my_account_shows_the_report_in_marketer_words(
    qtbot: QtBot,
    window_and_sandbox,  # noqa: F811
    artifacts_dir: Path,
    tmp_path: Path,
) -> None:
    window, sandbox = window_and_sandbox
    save_project(project((STUDIO, TWIN, PHOTO)), tmp_path / "three-looks.scene.json")
    assert window.files.open_path(tmp_path / "three-looks.scene.json")
    before = len(sandbox.request_log())
    action = help_action(window)
    assert action.text() == "Check my HeyGen &account…"
    action.trigger()
    dialog = window.findChild(AccountCheckDialog)
    assert dialog is not None and dialog.isVisible()
    report = dialog.findChild(QLabel, "accountCheckReport")
    qtbot.waitUntil(lambda: "Your API key works." in report.text(), timeout=10_000)
    text = report.text()
    # Shown as a list with headings (its own markup), not as the tags themselves
    assert report.textFormat() == Qt.TextFormat.RichText
    assert "Balance: 1,000 credits left" in text
    assert "Daisy in skirt (HeyGen studio avatar)" in text
    assert "Scene 1: Daisy in skirt - transparent clip (webm), if your plan allows" in text
    assert "Scene 2: Mara - transparent clip asked first, else background removal (+$" in text
    assert "Daisy-inskirt-20220818" not in text and "/v3/" not in text  # ids: Details only
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts_dir / "account-check.png"))
    details = dialog.findChild(type(dialog.details), "accountCheckDetails")
    assert not details.isVisible()
    dialog.show_details.setChecked(True)
    assert details.isVisible() and "look id Daisy-inskirt-20220818" in details.toPlainText()
    calls = [e for e in sandbox.request_log()[before:] if not e["path"].startswith("/files/")]
    assert calls and {e["method"] for e in calls} == {"GET"}
    QApplication.processEvents()
    assert dialog.grab().save(str(artifacts_dir / "account-check-details.png"))
    dialog.close()
