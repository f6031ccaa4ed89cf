"""Choosing another route inside the Submit dialog recomputes all it says: what the route
leaves out (every line), the warning count, the files to upload; and the v3 preview, like
the v3 video, has no logo."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from composer.brand.kit import BrandKit
from composer.model.document import PROJECT
from composer.resources import example_project
from composer.ui.main_window import MainWindow
from tests.support.editor_window import shown_window


def example_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    shutil.copytree(example_project().parent, tmp_path, dirs_exist_ok=True)
    window = shown_window(qtbot, MainWindow())
    assert window.files.open_path(tmp_path / example_project().name)
    window.validation.run_now()
    return window


def uploads(dialog: object) -> list[str]:
    listed = dialog.upload_list  # type: ignore[attr-defined]
    return [listed.item(i).text().split(" (")[0] for i in range(listed.count())]


def warnings_shown(window: MainWindow) -> int:
    """The warnings the window itself lists once the project is on its route."""
    window.validation.run_now()
    return sum(1 for p in window.validation.problems if not p.is_error)


def test_switching_to_v3_in_the_dialog_recomputes_losses_warnings_and_uploads(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    window = example_window(qtbot, tmp_path)
    dialog = window.submitting.confirm_submit_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.findChild(QComboBox, "submitRoute")
    assert combo.currentData() == "v2"
    assert uploads(dialog) == ["launch-stage.jpg"]
    v2_warnings = warnings_shown(window)
    assert dialog.warning_note.isVisibleTo(dialog) == bool(v2_warnings)

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "v3"
    losses = dialog.losses.text()
    for line in (
        "3 scenes lose their text overlay",
        "1 scene loses the image behind the presenter",
        "1 scene loses the video behind the presenter",
        "1 scene loses the close-up style",
    ):
        assert line in losses, losses
    assert uploads(dialog) == []  # the image behind the presenter is left out: not uploaded
    assert not dialog.upload_list.isVisibleTo(dialog)
    QApplication.processEvents()
    shown = dialog.losses  # every line of the longer list is shown whole, none cut off
    assert shown.height() >= shown.heightForWidth(shown.width()), (shown.height(), shown.width())
    dialog.grab().save(str(artifacts_dir / "submit-switched-to-v3.png"))
    window.edits.set_values(PROJECT, {"route": "v3"}, "Route")
    v3_warnings = warnings_shown(window)
    assert v3_warnings != v2_warnings
    assert f"{v3_warnings} warnings in the problems list" in dialog.warning_note.text()


def test_the_v3_preview_draws_no_logo(qtbot: QtBot, tmp_path: Path) -> None:
    window = example_window(qtbot, tmp_path)
    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#00FF00"))
    image.save(str(logo))
    window.brand.save(BrandKit(logo=str(logo), logo_corner="top-left"), embed=False)

    def logo_shown() -> bool:
        window.preview.repaint()
        frame = window.preview.frame_rect()
        probe = QPoint(
            round(frame.x() + frame.width() * 0.1), round(frame.y() + frame.height() * 0.12)
        )
        return window.preview.grab().toImage().pixelColor(probe) == QColor("#00FF00")

    assert logo_shown()  # v2: drawn (and said not to be sent)
    window.edits.set_values(PROJECT, {"route": "v3"}, "Route")
    assert not logo_shown()
