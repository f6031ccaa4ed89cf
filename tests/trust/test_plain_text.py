"""Text from a project, a template, the job history or a server is shown as plain text
everywhere: `<img src='file:///dev/zero'>` (which Qt would read until the process aborts)
and `<a href=…>` are shown as the characters they are, in labels, the problem list and its
tool tips, the jobs panel (from a jobs.json written before the window starts), the
template gallery, message boxes, the status bar and the catalogue's names.

A label fails this test when it holds the hostile text in any format but plain (for the
one label allowed markup, the gallery's, when its text holds the tags unescaped), or when
the text shown loses its tags."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from composer.catalogue.store import Catalogue, CatalogueItem
from composer.jobs.history import JobHistory
from composer.jobs.state import JobRecord, JobState
from composer.model.project import TextOverlay
from composer.projectfile import save_project
from composer.templates.library import save_as_template
from composer.ui import plain_text
from composer.ui.dialogs.prompts import show_error
from composer.ui.main_window import MainWindow
from composer.ui.pickers.catalogue_picker import CataloguePicker
from composer.ui.pickers.service import CatalogueService
from composer.ui.plain_text import TRUSTED
from composer.ui.templates.gallery import TemplateGallery
from tests.support.builders import valid_project
from tests.support.editor_window import in_modal, shown_window

IMG = "<img src='file:///dev/zero'>"
LINK = "<a href='https://evil.example/'>click</a>"
HOSTILE = f"{IMG} {LINK}"


def _labels_with_tags(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if "<img" in label.text()]


def _assert_plain(labels: list[QLabel]) -> None:
    for label in labels:
        if label.property(TRUSTED):
            assert IMG not in label.text(), label.objectName()
        else:
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def _hostile_project(folder: Path) -> Path:
    project = valid_project(2)
    project.title = HOSTILE
    project.scenes[0].name = HOSTILE
    project.scenes[0].character.avatar_style = HOSTILE  # unknown: a problem naming it
    project.scenes[1].text = TextOverlay(text=HOSTILE)
    path = folder / "hostile.scene.json"
    save_project(project, path)
    return path


def _stored_failed_job() -> None:
    record = JobRecord.new(HOSTILE, "http://127.0.0.1:9", Path("/tmp"))
    JobHistory().save(
        record.moved(JobState.FAILED, f"HeyGen could not render it: {HOSTILE}", failure="render")
    )


def _tooltip_of_problem(window: MainWindow, qtbot: QtBot) -> str:
    """Hover the first problem (a ToolTip event on the list's viewport, as Qt sends)."""
    view = window.problems
    rect = view.visualItemRect(view.item(0))
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    return QToolTip.text()


def test_hostile_text_is_shown_as_plain_text_everywhere(
    qtbot: QtBot, tmp_path: Path, isolated_app_dirs: Path
) -> None:
    _stored_failed_job()  # in jobs.json before the window starts
    window = shown_window(qtbot, MainWindow())
    assert window.files.open_path(_hostile_project(tmp_path))
    window.validation.run_now()
    window.statusBar().showMessage(HOSTILE)
    qtbot.wait(50)

    labels = _labels_with_tags(window)
    _assert_plain(labels)
    names = {label.objectName() for label in labels}
    assert {"jobTitle", "jobMessage"} <= names, names  # the stored job, shown at start
    assert all(IMG in label.text() for label in labels)  # shown literally, tags and all
    problems = [window.problems.item(i).text() for i in range(window.problems.count())]
    assert any(IMG in text for text in problems), problems
    assert window.statusBar().currentMessage() == HOSTILE
    tip = _tooltip_of_problem(window, qtbot)
    assert "&lt;img" in tip and "<img" not in tip  # escaped: shown as written


def test_message_boxes_and_the_gallery_show_tags_literally(
    qtbot: QtBot, isolated_app_dirs: Path
) -> None:
    window = shown_window(qtbot, MainWindow())
    seen: list[tuple[Qt.TextFormat, str]] = []

    def read_box(box: QMessageBox) -> None:
        seen.append((box.textFormat(), box.text()))
        _assert_plain(_labels_with_tags(box))
        box.accept()

    in_modal(QMessageBox, read_box)
    show_error(window, "Title", f"The server said: {HOSTILE}")
    assert seen == [(Qt.TextFormat.PlainText, f"The server said: {HOSTILE}")]

    save_as_template(valid_project(1), HOSTILE)
    about: list[str] = []

    def read_gallery(gallery: TemplateGallery) -> None:
        row = next(i for i, name in enumerate(gallery.names()) if "<img" in name)
        gallery.list.setCurrentRow(row)
        about.append(gallery.about.text())
        _assert_plain(_labels_with_tags(gallery))
        gallery.reject()

    in_modal(TemplateGallery, read_gallery)
    window.files.action_new.trigger()
    assert len(about) == 1
    assert "&lt;img" in about[0] and "<img" not in about[0]


def test_the_catalogue_picker_shows_a_server_s_names_literally(qtbot: QtBot) -> None:
    """A server names a look `<img …>` and gives it an id with a link: the picker shows
    both as written (its list draws plain text; the hover tip is escaped)."""
    service = CatalogueService(lambda: None, "127.0.0.1:9")  # type: ignore[arg-type,return-value]
    service.refresh = lambda: None  # type: ignore[method-assign]
    item = CatalogueItem("avatar", LINK, HOSTILE, language=IMG)
    service.catalogue = Catalogue("127.0.0.1:9", 0.0, avatars=[item])
    picker = CataloguePicker(service, "avatar", current_id=None)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    plain_text.install(QApplication.instance())  # type: ignore[arg-type]
    index = picker.model.index(0)
    assert index.data() == HOSTILE
    rect = picker.view.visualRect(index)
    viewport = picker.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "&lt;a href" in QToolTip.text() and "<a href" not in QToolTip.text()
    _assert_plain(_labels_with_tags(picker))
