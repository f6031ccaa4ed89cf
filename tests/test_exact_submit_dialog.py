"""The Submit dialog on the exact layout route says how many HeyGen renders it will take."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from composer.media.clips import default_folder
from composer.projectfile.io import load_any
from composer.resources import example_project
from composer.ui.dialogs.submit_dialog import SubmitDialog
from tests.conftest import ARTIFACTS
from tests.support.clips import fill_cache


def note(dialog: SubmitDialog) -> str:
    return dialog.findChild(QLabel, "routeNote").text()


def test_the_dialog_counts_new_renders_and_says_when_none_are_needed(qtbot) -> None:
    project = load_any(example_project())
    project.route = "exact"
    dialog = SubmitDialog(project, "Launch", "Local sandbox", lambda _route: 0)
    qtbot.addWidget(dialog)
    assert dialog.routes.combo.currentText() == "Exact layout (composed on this computer)"
    assert note(dialog) == "3 new HeyGen renders, then composing locally"
    fill_cache(project, default_folder(), seconds=0.2)
    project.scenes[0].text.text = "A new headline"  # text edits need no new render
    dialog = SubmitDialog(project, "Launch", "Local sandbox", lambda _route: 0)
    qtbot.addWidget(dialog)
    assert note(dialog) == "0 new HeyGen renders, composing locally"
    assert dialog.upload_list.count() == 0  # backgrounds stay here
    assert not dialog.upload_list.isVisibleTo(dialog)
    dialog.routes.combo.setCurrentIndex(dialog.routes.combo.findData("v3"))
    assert not dialog.findChild(QLabel, "routeNote").isVisibleTo(dialog)  # v3: nothing to add
    dialog.routes.combo.setCurrentIndex(dialog.routes.combo.findData("exact"))
    dialog.show()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(Path(ARTIFACTS) / "submit-exact.png"))
