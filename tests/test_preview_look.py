"""Before a clip is rendered, the preview draws the look's catalogue picture at the look's
real size, cut out of its backdrop when HeyGen renders the look with matting (the scene's
background shows around the presenter), with its backdrop otherwise; and a finished exact
job shows its clip on the scene cards at once."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QPixmap, QUndoStack

from composer.compose.clips import default_folder
from composer.heygen.v3 import V3Api
from composer.jobs.connection import Connections
from composer.jobs.state import JobRecord, JobState
from composer.model.document import ProjectDocument
from composer.model.project import Offset
from composer.paint.look_picture import LookPictures
from composer.paint.scene_painter import ScenePainter
from composer.sandbox.catalogue import DIGITAL_TWINS, LOOK_SIZES
from composer.sandbox.clipmedia import SKIN
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.commands import UndoableEdits
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.main_window import MainWindow
from composer.ui.preview.looks import V3Looks
from composer.ui.preview.presenter import ClipPictures
from composer.ui.preview.preview_widget import PreviewWidget
from tests.conftest import ARTIFACTS
from tests.support.builders import valid_project
from tests.support.clips import fill_cache
from tests.support.sandbox_fixture import client_for
from tests.test_main_window import make_window
from tests.test_preview_clip import near

BACKGROUND = (0x11, 0x22, 0x33)
PICTURE_SKIN = (0xF1, 0xCF, 0xA9)
MATTING = "Daisy-inskirt-20220818"  # a studio avatar: HeyGen gives it a WebM with alpha
PLAIN = DIGITAL_TWINS[0][0]  # a custom look: cut out by HeyGen's background removal


def picture_of(sandbox: SandboxServer, look_id: str) -> QPixmap:
    """The look's preview picture, downloaded from the sandbox as the pickers do."""
    look = next(x for x in V3Api(client_for(sandbox)).looks() if x.look_id == look_id)
    assert look.preview_image_url
    pixmap = QPixmap()
    assert pixmap.loadFromData(requests.get(look.preview_image_url, timeout=5).content)
    return pixmap


def show(qtbot, sandbox: SandboxServer, tmp_path: Path, look_id: str) -> PreviewWidget:
    project = valid_project(1)
    character = project.scenes[0].character
    character.avatar_id, character.scale, character.offset = look_id, 0.9, Offset(0.1, 0.05)
    doc = ProjectDocument(project)
    looks = V3Looks(lambda: [sandbox.base_url], lambda _server: client_for(sandbox))
    picture = picture_of(sandbox, look_id)
    with qtbot.waitSignal(looks.changed, timeout=5000):
        assert looks.look(character) is None  # asked: the looks arrive in the background
    shaped = LookPictures(lambda _character: picture, looks.look)
    pictures = ClipPictures(lambda: doc.project, shaped, folder=tmp_path / "clips")
    widget = PreviewWidget(painter=ScenePainter(pictures))
    widget.set_document(doc, UndoableEdits(doc, QUndoStack()))
    widget.resize(980, 600)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def backdrop_point(widget: PreviewWidget) -> QPointF:
    """Inside the presenter's box, in the picture's backdrop above the head."""
    box = widget.avatar_box()
    return QPointF(box.center().x(), box.top() + box.height() * 0.04)


def face_point(widget: PreviewWidget) -> QPointF:
    box = widget.avatar_box()
    return QPointF(box.center().x(), box.top() + box.height() * 0.35)


@pytest.mark.parametrize("look_id", [MATTING, PLAIN])
def test_the_presenter_box_has_the_looks_real_shape(qtbot, sandbox, tmp_path, look_id) -> None:
    widget = show(qtbot, sandbox, tmp_path, look_id)
    box = widget.avatar_box()
    width, height = LOOK_SIZES["avatar"]  # the downloaded picture itself is square
    assert box.width() / box.height() == pytest.approx(width / height, rel=0.02)


def test_a_matting_look_is_cut_out_of_its_backdrop(qtbot, sandbox, tmp_path) -> None:
    widget = show(qtbot, sandbox, tmp_path, MATTING)
    image = widget.grab().toImage()
    image.save(str(ARTIFACTS / "preview-look-matting.png"))
    assert near(image.pixelColor(backdrop_point(widget).toPoint()), BACKGROUND, 6)
    assert near(image.pixelColor(face_point(widget).toPoint()), PICTURE_SKIN)


def test_a_custom_look_is_cut_out_too(qtbot, sandbox, tmp_path) -> None:
    """The exact layout composes every look cut out (background removal for custom
    looks), so the preview shows the scene's background around it as well."""
    widget = show(qtbot, sandbox, tmp_path, PLAIN)
    image = widget.grab().toImage()
    image.save(str(ARTIFACTS / "preview-look-custom.png"))
    assert near(image.pixelColor(backdrop_point(widget).toPoint()), BACKGROUND, 6)
    assert near(image.pixelColor(face_point(widget).toPoint()), PICTURE_SKIN)


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def card_shows_skin(window) -> bool:
    card = window.scene_view.grab().toImage()
    return any(
        near(card.pixelColor(x, y), SKIN, 30)
        for x in range(0, card.width(), 2)
        for y in range(0, card.height(), 2)
    )


def test_a_finished_exact_job_shows_its_clip_on_the_cards_at_once(qtbot) -> None:
    project = valid_project(2)
    project.route = "exact"
    project.scenes[0].character.scale = 0.8
    window = make_window(qtbot, project)
    qtbot.wait(50)
    assert not card_shows_skin(window)  # no clip yet: the silhouette
    fill_cache(window.doc.project, default_folder(), seconds=0.6)  # the job's clips land
    paints = Paints()
    window.scene_view.viewport().installEventFilter(paints)
    record = JobRecord.new("Test", "http://127.0.0.1", default_folder(), route="exact")
    window.controller.job_changed.emit(record.moved(JobState.COMPLETED, "Done"))
    qtbot.waitUntil(lambda: paints.count > 0, timeout=1000)  # well before LOOK_AGAIN
    assert card_shows_skin(window)
    window.scene_view.viewport().removeEventFilter(paints)


def test_the_cut_out_keeps_backdrop_coloured_parts_inside_the_figure() -> None:
    import numpy as np

    from composer.media.cutout import cut_out

    picture = np.full((40, 30, 3), (58, 111, 165), np.uint8)  # the sandbox's backdrop
    picture[10:40, 8:22] = (36, 52, 77)  # a jacket reaching the bottom edge
    picture[20:30, 12:18] = (58, 111, 165)  # a shirt of the backdrop's colour inside it
    alpha = cut_out(picture)[..., 3]
    assert alpha[2, 2] == 0 and alpha[25, 2] == 0  # the backdrop
    assert alpha[15, 10] == 255 and alpha[39, 15] == 255  # the jacket
    assert alpha[25, 15] == 255  # enclosed: not reached from the edges


def test_in_the_window_the_catalogue_picture_is_cut_out(qtbot, sandbox, tmp_path) -> None:
    """The window's wiring: the sandbox's catalogue and looks arrive in the background and
    the preview then draws the matting look cut out, in the look's real shape."""
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path))
    window = MainWindow(
        preferences=preferences,
        connections=Connections(CredentialStore(), preferences, sandbox=sandbox),
    )
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.show()
    qtbot.waitExposed(window)
    project = valid_project(1)
    project.scenes[0].character.avatar_id = MATTING
    window.files.load(project, None)
    window.settings.catalogue_service().refresh()
    width, height = LOOK_SIZES["avatar"]

    def cut_out_in_real_shape() -> bool:
        box = window.preview.avatar_box()
        if abs(box.width() / box.height() - width / height) > 0.02:
            return False
        seen = window.preview.grab().toImage().pixelColor(backdrop_point(window.preview).toPoint())
        return near(seen, BACKGROUND, 6)

    qtbot.waitUntil(cut_out_in_real_shape, timeout=10_000)
    window.grab().save(str(ARTIFACTS / "window-look-matting.png"))
