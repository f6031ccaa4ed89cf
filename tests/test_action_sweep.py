"""Every action of the main window, triggered as a click does.

The sweep walks every QAction in the menus (submenus included), the toolbars and the
widgets' own context menus of a window on the example project, triggers each with
`trigger()` (so the `checked` flag reaches the slot as a menu click sends it), answers the
file dialogs with paths in tmp_path and every modal dialog with a timer, and checks what
each produced. An action that is not in EXPECTED fails the sweep: a new action needs its
expected effect written down here. Any exception in a slot or Qt warning fails the test
(pytest-qt, configured in pyproject.toml).

Run with `-s -n 0` to see the action → result list printed at the end.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
    QWidgetAction,
)
from pytestqt.qtbot import QtBot

from composer.model.document import PROJECT
from composer.projectfile import load_project
from composer.resources import example_project
from composer.settings.paths import data_dir
from composer.ui.batch.batch_dialog import BatchDialog
from composer.ui.dialogs.account_check import AccountCheckDialog
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.main_window import MainWindow
from composer.ui.scene_list.transitions import TransitionMenu
from tests.support.editor_window import shown_window


@dataclass
class ModalLog:
    """Answers every modal dialog that opens (Cancel / reject) and remembers what it was."""

    seen: list[str] = field(default_factory=list)

    def start(self, parent: QWidget) -> QTimer:
        timer = QTimer(parent, interval=20)
        timer.timeout.connect(self._answer)
        timer.start()
        return timer

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or not box.isVisible():
            return
        self.seen.append(box.objectName() or type(box).__name__)
        draft = box.findChild(QPushButton, "sendDraft")
        if draft is not None and draft.isDefault():
            self.seen.append("draft chosen")
        if isinstance(box, QMessageBox):
            self.seen.append(box.text())
        box.reject()

    def take(self) -> list[str]:
        seen, self.seen = self.seen, []
        return seen


@dataclass
class Sweep:
    window: MainWindow
    tmp: Path
    modals: ModalLog
    monkeypatch: pytest.MonkeyPatch
    qtbot: QtBot

    @property
    def project_file(self) -> Path:
        return self.tmp / "launch.scene.json"

    def names(self) -> list[str]:
        return [scene.name for scene in self.window.doc.scenes]

    def reopen(self) -> None:
        """The example project, opened from its file in tmp_path, first scene selected."""
        shutil.copytree(example_project().parent, self.tmp, dirs_exist_ok=True)  # its media
        shutil.copy(example_project(), self.project_file)
        assert self.window.files.open_path(self.project_file)
        self.window.scenes.select([0])


Check = Callable[[Sweep], str]
"""Runs before the trigger, returns a function that runs after it and says what happened."""


def _file_dialog(sweep: Sweep, name: str, answer: object) -> list[tuple]:
    asked: list[tuple] = []

    def fake(*args: object, **_kwargs: object) -> object:
        asked.append(args)
        return answer

    sweep.monkeypatch.setattr(QFileDialog, name, fake)
    return asked


def _new(sweep: Sweep) -> Callable[[], str]:
    def after() -> str:
        seen = sweep.modals.take()
        assert "templateGallery" in seen, seen
        assert sweep.window.files.path == sweep.project_file  # cancelled: nothing replaced
        return "the template gallery (cancelled: the project stays)"

    return after


def _open(sweep: Sweep) -> Callable[[], str]:
    other = sweep.tmp / "other.scene.json"
    shutil.copy(example_project(), other)
    asked = _file_dialog(sweep, "getOpenFileName", (str(other), ""))

    def after() -> str:
        assert asked and sweep.window.files.path == other
        assert len(sweep.window.doc) == len(load_project(other).scenes)
        return f"asked for a file, opened {other.name}"

    return after


def _edit_title(sweep: Sweep) -> None:
    title = (sweep.window.doc.project.title or "") + " (edited)"
    sweep.window.edits.set_values(PROJECT, {"title": title}, "Title")


def _save(sweep: Sweep) -> Callable[[], str]:
    _edit_title(sweep)
    assert sweep.window.files.is_modified()

    def after() -> str:
        assert not sweep.window.files.is_modified()
        assert load_project(sweep.project_file).title.endswith("(edited)")
        return f"wrote {sweep.project_file.name} with the edit"

    return after


def _save_as(sweep: Sweep) -> Callable[[], str]:
    target = sweep.tmp / "copy.scene.json"
    _file_dialog(sweep, "getSaveFileName", (str(target), ""))

    def after() -> str:
        assert sweep.window.files.path == target
        assert len(load_project(target).scenes) == len(sweep.window.doc)
        return f"asked where, wrote {target.name}"

    return after


def _save_template(sweep: Sweep) -> Callable[[], str]:
    sweep.monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("Sweep template", True))

    def after() -> str:
        made = list((data_dir() / "templates").glob("*.json"))
        assert made, "no template file written"
        return f"asked for a name, wrote templates/{made[0].name}"

    return after


def _modal(name: str, words: str, absent: str = "") -> Check:
    def check(sweep: Sweep) -> Callable[[], str]:
        def after() -> str:
            seen = sweep.modals.take()
            assert name in seen, (seen, sweep.window.statusBar().currentMessage())
            assert absent not in seen or not absent, seen
            return words

        return after

    return check


def _undo(sweep: Sweep) -> Callable[[], str]:
    before = sweep.window.doc.project.title
    _edit_title(sweep)

    def after() -> str:
        assert sweep.window.doc.project.title == before
        return "took the last edit back"

    return after


def _redo(sweep: Sweep) -> Callable[[], str]:
    _edit_title(sweep)
    edited = sweep.window.doc.project.title
    sweep.window.stack.undo()

    def after() -> str:
        assert sweep.window.doc.project.title == edited
        return "did the undone edit again"

    return after


def _count_change(delta: int, words: str, select: int = 0) -> Check:
    def check(sweep: Sweep) -> Callable[[], str]:
        sweep.window.scenes.select([select])
        before = len(sweep.window.doc)

        def after() -> str:
            assert len(sweep.window.doc) == before + delta
            return words.format(before=before, after=len(sweep.window.doc))

        return after

    return check


def _move(up: bool) -> Check:
    def check(sweep: Sweep) -> Callable[[], str]:
        sweep.window.scenes.select([1])
        before = sweep.names()

        def after() -> str:
            moved = sweep.names()
            swapped = (0, 1) if up else (1, 2)
            expected = list(before)
            expected[swapped[0]], expected[swapped[1]] = before[swapped[1]], before[swapped[0]]
            assert moved == expected, (before, moved)
            return f"scene 2 moved {'up' if up else 'down'}"

        return after

    return check


def _transition(sweep: Sweep) -> Callable[[], str]:
    sweep.window.scenes.select([1])

    def after() -> str:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, TransitionMenu) and menu.row == 1, menu
        menu.close()
        return "the transition menu of scene 2, under its chip"

    return after


def _rehearse(sweep: Sweep) -> Callable[[], str]:
    def after() -> str:
        panel = sweep.window.spend.rehearsal
        assert panel.isVisible()
        panel.stop()
        return "the rehearsal bar under the preview, playing"

    return after


def _batch(sweep: Sweep) -> Callable[[], str]:
    def after() -> str:
        dialogs = [d for d in sweep.window.findChildren(BatchDialog) if d.isVisible()]
        assert dialogs
        for dialog in dialogs:
            dialog.close()
        return "the spreadsheet dialog"

    return after


def _check_account(sweep: Sweep) -> Callable[[], str]:
    def after() -> str:
        [dialog] = [d for d in sweep.window.findChildren(AccountCheckDialog) if d.isVisible()]
        sweep.qtbot.waitUntil(lambda: "API key" in dialog.report.text())
        dialog.close()
        return "the account check, saying no API key is set yet"

    return after


def _storyboard(sweep: Sweep) -> Callable[[], str]:
    target = sweep.tmp / "board.pdf"
    _file_dialog(sweep, "getSaveFileName", (str(target), ""))

    def after() -> str:
        assert target.read_bytes().startswith(b"%PDF")
        return f"asked where, wrote {target.name} ({target.stat().st_size // 1024} KB)"

    return after


def _stills(sweep: Sweep) -> Callable[[], str]:
    folder = sweep.tmp / "stills"
    folder.mkdir()
    _file_dialog(sweep, "getExistingDirectory", str(folder))

    def after() -> str:
        pictures = sorted(folder.glob("*.png"))
        assert len(pictures) == len(sweep.window.doc), pictures
        return f"asked for a folder, wrote {len(pictures)} PNGs"

    return after


def _jobs_dock(sweep: Sweep) -> Callable[[], str]:
    shown = sweep.window.jobs_dock.isVisible()

    def after() -> str:
        assert sweep.window.jobs_dock.isVisible() != shown
        sweep.window.jobs_dock.setVisible(shown)
        return "hid the Jobs panel" if shown else "showed the Jobs panel"

    return after


def _recent(sweep: Sweep) -> Callable[[], str]:
    sweep.window.files.path = None  # another project is open; the recent entry reopens it

    def after() -> str:
        assert sweep.window.files.path is not None and sweep.window.files.path.exists()
        return f"reopened {sweep.window.files.path.name}"

    return after


def _no_recent(sweep: Sweep) -> Callable[[], str]:
    raise AssertionError("'No recent files' is disabled: it is never triggered")


def _quit(sweep: Sweep) -> Callable[[], str]:
    _edit_title(sweep)
    asked: list[bool] = []

    def ask() -> SaveChoice:
        asked.append(True)
        return SaveChoice.DISCARD

    sweep.window.files.ask_save_changes = ask  # type: ignore[method-assign]

    def after() -> str:
        assert asked and not sweep.window.isVisible()
        return "asked about the unsaved edit, closed the window"

    return after


def _overlays(sweep: Sweep) -> list:
    return sweep.window.doc.scenes[0].overlays


def _layers_added(count: int, words: str, picture: bool = False) -> Check:
    def check(sweep: Sweep) -> Callable[[], str]:
        before = len(_overlays(sweep))
        asked = []
        if picture:
            logo = sweep.tmp / "logo.jpg"
            shutil.copy(example_project().parent / "media" / "launch-stage.jpg", logo)
            asked = _file_dialog(sweep, "getOpenFileName", (str(logo), ""))

        def after() -> str:
            assert len(_overlays(sweep)) == before + count
            assert not picture or (asked and _overlays(sweep)[-1].local_file.endswith("logo.jpg"))
            assert sweep.window.preview.overlay_items.selection.ids  # the new ones
            return words

        return after

    return check


def _with_layers(sweep: Sweep, chosen: list[int]) -> list[str]:
    """Three shapes in scene 1, those at `chosen` selected; their ids, bottom first."""
    from composer.model import presets

    shapes = [presets.shape(1920, 1080) for _ in range(3)]
    for i, shape in enumerate(shapes):  # apart, of different sizes: nothing lines up yet
        shape.position.x, shape.position.y = 0.1 + 0.25 * i, 0.1 + 0.2 * i
        shape.size.width, shape.size.height = 0.2 + 0.05 * i, 0.1 + 0.05 * i
    sweep.window.layers.actions.add(shapes)
    ids = [o.id for o in _overlays(sweep)]
    sweep.window.preview.overlay_items.selection.select([ids[i] for i in chosen])
    return ids


def _layers_changed(
    chosen: list[int], expect: Callable[[list, list[str]], bool], words: str
) -> Check:
    """`expect(overlays after, ids before)` says the action did its job."""

    def check(sweep: Sweep) -> Callable[[], str]:
        ids = _with_layers(sweep, chosen)

        def after() -> str:
            assert expect(_overlays(sweep), ids), [o.id for o in _overlays(sweep)]
            return words

        return after

    return check


def _ids(overlays: list) -> list[str]:
    return [o.id for o in overlays]


LAYER_ACTIONS: dict[str, Check] = {
    "actionAddText": _layers_added(1, "added a text layer"),
    "actionAddPicture": _layers_added(1, "asked for a picture, added it", picture=True),
    "actionAddShape": _layers_added(1, "added a shape layer"),
    "actionAddLowerThird": _layers_added(2, "added a lower third (band and words)"),
    "actionAddTitleCard": _layers_added(2, "added a title card (card and title)"),
    "actionAddLogoCorner": _layers_added(1, "asked for a logo, put it top right", picture=True),
    "actionDuplicateLayer": _layers_changed(
        [0], lambda o, ids: len(o) == 4 and _ids(o)[0] == ids[0], "duplicated the layer"
    ),
    "actionDeleteLayer": _layers_changed([0], lambda o, ids: _ids(o) == ids[1:], "deleted it"),
    "actionBringForward": _layers_changed(
        [0], lambda o, ids: _ids(o) == [ids[1], ids[0], ids[2]], "brought the layer forward"
    ),
    "actionSendBackward": _layers_changed(
        [2], lambda o, ids: _ids(o) == [ids[0], ids[2], ids[1]], "sent the layer backward"
    ),
    "actionBringToFront": _layers_changed(
        [0], lambda o, ids: _ids(o)[-1] == ids[0], "brought the layer to the front"
    ),
    "actionSendToBack": _layers_changed(
        [2], lambda o, ids: _ids(o)[0] == ids[2], "sent the layer to the back"
    ),
    **{
        f"actionAlign{side}": _layers_changed(
            [0, 1], lambda o, ids, side=side: _aligned(o[:2], side), f"aligned 2 layers: {side}"
        )
        for side in ("Left", "Centre", "Right", "Top", "Middle", "Bottom")
    },
    "actionDistributeAcross": _layers_changed(
        [0, 1, 2], lambda o, ids: _equal_gaps(o), "spread 3 layers with equal gaps"
    ),
    "actionDistributeDown": _layers_changed(
        [0, 1, 2], lambda o, ids: _equal_gaps(o, down=True), "spread 3 layers down"
    ),
}


def _aligned(overlays: list, side: str) -> bool:
    def edge(o) -> float:
        x, y, w, h = o.position.x, o.position.y, o.size.width, o.size.height
        return {
            "Left": x, "Centre": x + w / 2, "Right": x + w,
            "Top": y, "Middle": y + h / 2, "Bottom": y + h,
        }[side]  # fmt: skip

    return abs(edge(overlays[0]) - edge(overlays[1])) < 0.002


def _equal_gaps(overlays: list, down: bool = False) -> bool:
    xs = sorted(
        (o.position.y, o.size.height) if down else (o.position.x, o.size.width) for o in overlays
    )
    gaps = [xs[i + 1][0] - sum(xs[i]) for i in range(2)]
    return abs(gaps[0] - gaps[1]) < 0.002


EXPECTED: dict[str, Check] = {
    "actionNew": _new,
    "actionOpen": _open,
    "actionSave": _save,
    "actionSaveAs": _save_as,
    "actionSaveTemplate": _save_template,
    "actionSettings": _modal("settingsDialog", "the Settings dialog"),
    "actionUndo": _undo,
    "actionRedo": _redo,
    "actionAddScene": _count_change(1, "added a scene ({before} → {after})"),
    "actionDuplicate": _count_change(1, "duplicated scene 1 ({before} → {after})"),
    "actionDelete": _count_change(-1, "deleted scene 1 ({before} → {after})"),
    "actionMoveUp": _move(up=True),
    "actionMoveDown": _move(up=False),
    "actionTransition": _transition,
    "actionRehearse": _rehearse,
    "actionSubmit": _modal(
        "submitDialog", "the Submit dialog (cancelled: nothing sent)", absent="draft chosen"
    ),
    "actionSendDraft": _modal("draft chosen", "the Submit dialog with the free draft chosen"),
    "actionBatch": _batch,
    "actionCheckAccount": _check_account,
    "actionStoryboard": _storyboard,
    "actionStills": _stills,
    "View/Jobs": _jobs_dock,
    "Open Recent/launch.scene.json": _recent,
    **LAYER_ACTIONS,
    "actionQuit": _quit,  # last: it closes the window
}


def _key(action: QAction, menu_path: str) -> str:
    return action.objectName() or f"{menu_path}/{action.text().replace('&', '')}"


def _menu_actions(menu: QMenu, path: str) -> list[tuple[str, QAction]]:
    menu.aboutToShow.emit()  # menus filled when shown (Open Recent) are filled as shown
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            found += _menu_actions(action.menu(), action.menu().title().replace("&", ""))
        elif action.isEnabled():
            found.append((_key(action, path), action))
    return found


def every_action(window: MainWindow) -> dict[str, QAction]:
    """The enabled actions of the menus, toolbars and context menus, by name."""
    found = []
    for top in window.menuBar().actions():
        found += _menu_actions(top.menu(), top.text().replace("&", ""))
    for toolbar in window.findChildren(QToolBar):
        found += [
            (_key(a, toolbar.objectName()), a)
            for a in toolbar.actions()
            if not a.isSeparator() and not isinstance(a, QWidgetAction)
        ]
    bar = window.menuBar()
    for widget in window.findChildren(QWidget):  # context menus and buttons' actions
        if isinstance(widget, QMenu | QToolBar) or widget is bar or bar.isAncestorOf(widget):
            continue
        found += [
            (_key(a, widget.objectName()), a)
            for a in widget.actions()
            if not a.menu() and not a.isSeparator()
        ]
    return dict(found)


def test_every_action_does_what_its_click_should(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown_window(qtbot, MainWindow())
    modals = ModalLog()
    modals.start(window)
    sweep = Sweep(window, tmp_path, modals, monkeypatch, qtbot)
    sweep.reopen()
    actions = every_action(window)
    unlisted = sorted(set(actions) - set(EXPECTED))
    assert not unlisted, f"actions with no expected effect in EXPECTED: {unlisted}"
    context = [a.objectName() for a in window.scene_view.actions() if not a.isSeparator()]
    assert context == [
        "actionAddScene",
        "actionDuplicate",
        "actionDelete",
        "actionMoveUp",
        "actionMoveDown",
        "actionTransition",
    ]
    results: list[str] = []
    for name, check in EXPECTED.items():
        sweep.reopen()
        after = check(sweep)  # first: an action may need a selection (the Layers menu's)
        action = every_action(window).get(name)
        assert action is not None, f"{name} is not in any menu, toolbar or context menu"
        assert action.isEnabled(), f"{name} is disabled on the example project"
        action.trigger()
        qtbot.wait(30)  # a modal's answer, a queued repaint
        try:
            results.append(f"{name}: {after()}")
        except AssertionError as error:
            raise AssertionError(f"{name}: {error}") from None
        assert not [s for s in modals.seen if s == "errorBox"], modals.seen
    print("\nAction sweep (action → result):\n" + "\n".join(results))
