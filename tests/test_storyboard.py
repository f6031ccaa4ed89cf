"""The storyboard PDF (cover + a page per scene with its frame and full script as real text)
and stills, from the command line and from the window."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from composer.cli import main
from composer.model.project import Project
from composer.projectfile import load_project, save_project
from composer.resources import example_project
from tests.support.builders import valid_project
from tests.test_main_window import make_window


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’:-]+", text)


def _pages(path: Path) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(path).pages)


def _assert_storyboard(path: Path, project: Project) -> None:
    pages = _pages(path)
    cover = " ".join(_words(pages[0].extract_text()))
    assert project.title and " ".join(_words(project.title)) in cover
    for expected in ("Approval", "Route", "Total length", "Estimated cost", "1920 1080"):
        assert expected in cover
    assert len(pages[0].images) == 0
    scene_pages = pages[1:]
    assert len(scene_pages) == len(project.scenes)  # short scripts: one page each
    for page, scene in zip(scene_pages, project.scenes, strict=True):
        assert len(page.images) == 1  # the frame
        text = _words(page.extract_text())
        assert (
            _words(scene.voice.input_text or "")
            == text[-len(_words(scene.voice.input_text or "")) :]
        )
        assert scene.name in " ".join(text)


def test_storyboard_command_writes_the_pdf_and_stills(qapp: QApplication, tmp_path: Path) -> None:
    """(`qapp` first: in this process the command must find the test's QApplication rather
    than make a QGuiApplication that later widget tests could not use.)"""
    pdf, stills = tmp_path / "board.pdf", tmp_path / "stills"
    assert (
        main(["storyboard", str(example_project()), "-o", str(pdf), "--stills", str(stills)]) == 0
    )
    project = load_project(example_project())
    _assert_storyboard(pdf, project)
    pictures = sorted(stills.glob("*.png"))
    assert [p.name for p in pictures] == [
        "scene-01-hello.png",
        "scene-02-why-it-matters.png",
        "scene-03-call-to-action.png",
    ]
    assert QImage(str(pictures[0])).size().toTuple() == (1920, 1080)


def test_a_long_script_continues_on_the_next_page(qapp: QApplication, tmp_path: Path) -> None:
    project = valid_project(2)
    long_script = " ".join(f"word{i}" for i in range(900))
    project.scenes[0].voice.input_text = long_script
    source, pdf = tmp_path / "long.scene.json", tmp_path / "long.pdf"
    save_project(project, source)
    assert main(["storyboard", str(source), "-o", str(pdf)]) == 0
    pages = _pages(pdf)
    assert len(pages) > 3 and sum(len(p.images) for p in pages) == 2
    squashed = re.sub(r"\s+", "", "".join(p.extract_text() for p in pages))
    assert re.findall(r"word\d+", squashed) == long_script.split()  # each word once, in order


def test_unreadable_project_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.scene.json"
    bad.write_text("{")
    assert main(["storyboard", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_export_actions_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, load_project(example_project()))
    assert window.spend.action_storyboard.objectName() == "actionStoryboard"
    assert window.spend.action_storyboard in window.video_menu.actions()
    pdf = window.spend.exports.storyboard(tmp_path / "sign-off.pdf")
    assert pdf is not None
    _assert_storyboard(pdf, window.doc.project)
    assert "Storyboard saved as sign-off.pdf" in window.statusBar().currentMessage()
    written = window.spend.exports.stills(tmp_path / "stills")
    assert len(written) == 3 and all(p.stat().st_size > 0 for p in written)


def test_presenter_and_voice_are_named_from_the_cached_catalogue() -> None:
    from composer.billing.credits import estimate
    from composer.catalogue.store import Catalogue, CatalogueItem, save
    from composer.storyboard.sheet import build_sheet

    project = load_project(example_project())
    voice_id = project.scenes[0].voice.voice_id or ""
    avatar_id = project.scenes[0].character.avatar_id or ""
    unnamed = build_sheet(project, estimate(project, "v2"), "v2 scenes").scenes[0]
    assert "not in the catalogue yet" in unnamed.voice and voice_id not in unnamed.voice
    save(
        Catalogue(
            server="api.example.com",
            fetched_at=0.0,
            avatars=[CatalogueItem("avatar", avatar_id, "Daisy in a skirt")],
            voices=[CatalogueItem("voice", voice_id, "Sara (warm)")],
        )
    )
    named = build_sheet(project, estimate(project, "v2"), "v2 scenes").scenes[0]
    assert (named.presenter, named.voice) == ("Daisy in a skirt (avatar)", "Sara (warm)")
    assert named.script == project.scenes[0].voice.input_text
