"""The batch dialog: rows checked before sending, any row previewed, one job per row in the
Jobs panel with at most the chosen number rendering at once, and a results CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.jobs.state import JobState
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.main_window import MainWindow
from tests.support.batch_data import personal_project, write_table
from tests.support.sandbox_fixture import FAST_POLLS

ROWS = 25


def make_window(qtbot: QtBot, sandbox: SandboxServer, folder: Path) -> MainWindow:
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(folder))
    window = MainWindow(
        preferences=preferences,
        connections=Connections(CredentialStore(), preferences, sandbox=sandbox),
    )
    window.job_controller.schedule = FAST_POLLS
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.show()
    window.files.load(personal_project(), None)
    return window


def max_overlap(spans: list[tuple[float, float]]) -> int:
    """The most jobs alive at one moment (start..last update)."""
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    alive = peak = 0
    for _time, step in events:
        alive += step
        peak = max(peak, alive)
    return peak


def test_batch_from_the_window(qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path) -> None:
    window = make_window(qtbot, sandbox, tmp_path / "videos")
    rows = [["first_name", "company", "discount"]] + [
        [f"Name{i}", f"Company {i}", f"{i}%"] for i in range(1, ROWS + 1)
    ]
    table = write_table(tmp_path / "customers.csv", rows)
    dialog = window.submitting.open_batch()
    assert dialog.load(table)
    assert dialog.model.rowCount() == ROWS
    assert dialog.send.isEnabled() and dialog.send.text() == f"Send {ROWS} videos"
    dialog.view.selectRow(6)  # the preview shows row 7, filled in
    assert dialog.preview_doc.project.title == "Offer for Company 7"
    dialog.scene_choice.setCurrentIndex(1)
    assert dialog.preview.scene().text.text == "7% off"
    dialog.limit.setValue(3)
    QTest.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(dialog, "results_path"), timeout=90_000)
    finished = [r for r in window.job_controller.jobs() if r.title.startswith("Offer for")]
    assert len(finished) == ROWS
    assert {r.state for r in finished} == {JobState.COMPLETED}
    assert sandbox.count("POST", "/v2/video/generate") == ROWS
    texts = sorted(b["video_inputs"][1]["text"]["text"] for b in sandbox.generate_bodies())
    assert texts == sorted(f"{i}% off" for i in range(1, ROWS + 1))
    assert max_overlap([(r.created_at, r.updated_at) for r in finished]) <= 3
    written = list(csv.DictReader(dialog.results_path.open(encoding="utf-8")))
    assert [row["status"] for row in written] == ["completed"] * ROWS
    assert all(Path(row["file"]).is_file() for row in written)
    window.close()


def test_a_bad_table_reports_rows_and_cannot_be_sent(
    qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = make_window(qtbot, sandbox, tmp_path / "videos")
    table = write_table(
        tmp_path / "bad.csv",
        [["first_name", "company", "discount"], ["Ana", "Acme", "5%"], ["", "Beta", "1%"]],
    )
    dialog = window.submitting.open_batch()
    assert not dialog.load(table)
    assert not dialog.send.isEnabled()
    assert "Row 2: The cell 'first_name' is empty." in dialog.messages.toPlainText()
    assert dialog.model.index(1, 1).data() == "✗ 1 problem"
    assert sandbox.count("POST", "/v2/video/generate") == 0
    window.close()
