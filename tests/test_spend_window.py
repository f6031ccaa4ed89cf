"""Before spending, in the window: the sandbox's balance in the status bar and the Submit
dialog, batches the balance can't pay for refused (naming how many rows fit), and free
drafts sent with HeyGen's `test` flag, marked and counted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from composer.billing.drafts import drafts_today
from composer.billing.rules import user_rules_path
from composer.jobs.connection import Connections
from composer.projectfile import load_project
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow
from composer.ui.widgets.style import apply_style
from tests.support.batch_data import personal_project, write_table
from tests.support.sandbox_fixture import FAST_POLLS

GENERATE = ("POST", "/v2/video/generate")


def make_window(qtbot: QtBot, sandbox: SandboxServer, folder: Path, credits: int) -> MainWindow:
    apply_style(QApplication.instance())  # type: ignore[arg-type]
    sandbox.store.quota = credits * 60  # v2 reports seconds: credits × 60
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(folder))
    window = MainWindow(
        preferences=preferences,
        connections=Connections(CredentialStore(), preferences, sandbox=sandbox),
    )
    window.controller.schedule = FAST_POLLS
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: window.spend.balance.amount is not None, timeout=10_000)
    return window


def _in_dialog(check: object) -> None:
    """Run `check(dialog)` on the next Submit dialog once it is open."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SubmitDialog):
            QTimer.singleShot(10, run)
            return
        check(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, run)


def test_balance_in_the_status_bar_and_the_submit_dialog(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path, artifacts_dir: Path
) -> None:
    window = make_window(qtbot, sandbox, tmp_path, credits=42)
    assert window.spend.balance.label.isVisible()
    assert window.spend.balance.label.text() == "Balance: 42 credits"
    qtbot.waitUntil(user_rules_path().is_file)  # the billing rule, copied for the user to edit
    window.files.load(load_project(example_project()), None)
    seen: list[str] = []

    def check(dialog: SubmitDialog) -> None:
        seen.append(dialog.findChild(QLabel, "costLabel").text())
        assert dialog.spend.draft_button.isEnabled()
        assert "0 of 10 drafts used today" in dialog.spend.draft_button.toolTip()
        dialog.grab().save(str(artifacts_dir / "submit-dialog-credits.png"))
        dialog.reject()

    _in_dialog(check)
    window.submitting.action_submit.trigger()
    # 17 s of video avatar: one 30 s increment at 2 credits a minute
    assert seen == ["this video ≈ 1 credit of 42 left"]
    assert sandbox.count(*GENERATE) == 0


def test_a_batch_larger_than_the_balance_sends_nothing(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox, tmp_path / "videos", credits=5)
    window.files.load(personal_project(), None)
    rows = [["first_name", "company", "discount"]] + [[f"N{i}", f"C{i}", f"{i}%"] for i in range(8)]
    dialog = window.submitting.open_batch()
    assert dialog.load(write_table(tmp_path / "people.csv", rows))  # every row is fine...
    text = dialog.messages.toPlainText()
    assert "8 videos ≈ 8 credits of 5 left" in text
    assert "5 of the 8 rows fit" in text
    assert not dialog.send.isEnabled()  # ...but the balance pays for 5
    dialog.submit()  # even if asked directly
    qtbot.wait(200)
    assert sandbox.count(*GENERATE) == 0
    assert window.controller.jobs() == []


def test_a_free_draft_is_sent_with_the_test_flag_marked_and_counted(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox, tmp_path, credits=42)
    window.files.load(load_project(example_project()), None)
    qtbot.waitUntil(window.submitting.action_submit.isEnabled, timeout=5000)
    _in_dialog(lambda dialog: dialog.spend.draft_button.click())
    window.spend.action_draft.trigger()
    qtbot.waitUntil(lambda: len(sandbox.generate_bodies()) == 1, timeout=20_000)
    assert sandbox.generate_bodies()[0]["test"] is True
    record = window.controller.jobs()[0]
    assert record.title == "Aurora X launch (draft)"
    assert drafts_today() == 1
    assert record.draft
    badge = window.jobs.findChild(QLabel, "draftBadge")
    assert badge is not None and badge.isVisibleTo(window.jobs)
    assert "test" not in window.doc.project.extra  # the project itself is not a draft
    qtbot.waitUntil(
        lambda: record.job_id and window.controller.jobs()[0].state.is_finished, timeout=20_000
    )
    assert sandbox.store.quota == 42 * 60  # nothing charged


def test_a_route_without_drafts_says_so_in_the_submit_dialog(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.update({"account": "wallet-usd"})  # a v3 wallet in dollars, as v3 bills
    window = make_window(qtbot, sandbox, tmp_path, credits=42)
    project = load_project(example_project())
    project.route = "v3"
    window.files.load(project, None)
    qtbot.waitUntil(lambda: window.spend.balance.unit == "usd", timeout=10_000)
    seen: list[tuple[bool, str, str]] = []

    def check(dialog: SubmitDialog) -> None:
        cost = dialog.findChild(QLabel, "costLabel").text()
        seen.append(
            (dialog.spend.draft_button.isEnabled(), dialog.spend.draft_button.toolTip(), cost)
        )
        dialog.reject()

    _in_dialog(check)
    window.submitting.action_submit.trigger()
    ((enabled, why, cost),) = seen
    assert not enabled and "has no free draft" in why
    assert cost.startswith("this video ≈ $") and cost.endswith(" left")  # v3 bills dollars
