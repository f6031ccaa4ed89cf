"""GUI figures: cold start, preview drags, scene-list reorder and thumbnails, responsiveness
during a submit, and memory with 50 image backgrounds. Offscreen, this process's Qt.
Each is measured in 3 runs and the median run reported (`median_of_runs`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.core import fifty_scene_project
from benchmarks.measure import PEAK_KIB, Figure, median, median_of_runs, percentile
from composer.model.enums import BackgroundType, Fit
from composer.projectfile import save_project

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        QTimer.singleShot(0, lambda: setattr(self, "painted", True))

app = QApplication(sys.argv)
w = Window(); w.resize(1440, 900); w.show()
while not w.painted:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
print(f"painted {time.time():.6f}")
"""
"""A bare window, timed like the app's `--smoke-test`: painted, then the timer after it."""


def _painted_after(args: list[str]) -> dict[str, float]:
    """Seconds from just before the process is started to each `name EPOCH` line it prints."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    start = time.time()
    out = subprocess.run(
        args, check=True, capture_output=True, text=True, timeout=120, env=env
    ).stdout
    marks = (line.split() for line in out.splitlines() if line.startswith(("painted", "ready")))
    return {name: float(epoch) - start for name, epoch in marks}


def cold_start(project_file: Path, repeat: int = 5) -> Figure:
    """Process start → main window painted with the project, against a bare QMainWindow
    started and painted the same way by the same interpreter, the two started in turn (so
    a busy moment of the machine weighs on both). Bytecode caches are allowed (as in any
    installed app): the first, untimed run of each writes them. The window's Qt parts
    alone, with none of the app (`start_floor.py`), are started in the same turns: the
    floor any app showing this window stands on."""
    bare = [sys.executable, "-c", BARE_WINDOW]
    floor = [sys.executable, str(Path(__file__).with_name("start_floor.py"))]
    app = [sys.executable, "-m", "composer", "--smoke-test", str(project_file)]
    starts: dict[str, list[dict[str, float]]] = {"bare": [], "floor": [], "app": []}
    commands = {"bare": bare, "floor": floor, "app": app}
    for command in commands.values():
        _painted_after(command)  # warm the file cache and bytecode
    for _ in range(repeat):
        for name, command in commands.items():
            starts[name].append(_painted_after(command))
    bare_s, floor_s, app_s = (
        median([run["painted"] for run in starts[name]]) for name in ("bare", "floor", "app")
    )
    ready_s = median([run["ready"] for run in starts["app"]])
    return Figure(
        "cold start (50 scenes) / bare QMainWindow",
        app_s / bare_s,
        "x",
        2.0,
        f"first paint {app_s * 1000:.0f} ms vs {bare_s * 1000:.0f} ms, all panels built at "
        f"{ready_s * 1000:.0f} ms; the window's Qt parts alone {floor_s * 1000:.0f} ms "
        f"({floor_s / bare_s:.2f}x); median of {repeat} interleaved starts",
    )


def image_project(folder: Path, count: int = 50):
    """The 50-scene project with `count` distinct 1920×1080 JPEG backgrounds."""
    from PySide6.QtGui import QColor, QImage

    project = fifty_scene_project()
    for i, scene in enumerate(project.scenes):
        image = QImage(1920, 1080, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv((i * 7) % 360, 160, 200))
        path = folder / f"bg{i % count}.jpg"
        if not path.exists():
            image.save(str(path), "JPG", 85)
        scene.background.type = BackgroundType.IMAGE
        scene.background.value = scene.background.url = None
        scene.background.local_file = str(path)
        scene.background.fit = Fit.COVER
    return project


def dispose(window: object) -> None:
    """Close and delete a run's window, so that nothing of it (timers, background work)
    runs into the next run's measurements: each run measures one app, as a user has."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    window.stack.setClean()  # type: ignore[attr-defined]  # nothing to save: no question
    window.close()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def open_window(project_file: Path):
    from PySide6.QtWidgets import QApplication

    from composer.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    window.files.open_path(project_file)
    while not window.inspector.fully_built:
        QApplication.processEvents()
    return window


def preview_drags(project_file: Path, events: int = 500) -> list[Figure]:
    """Frame time of a drag in the preview of the main window: one mouse move given to
    the window as the platform gives it (QTest on the window's QWindow: Qt finds the
    preview under the pointer and grabs the mouse for it), handled and everything it
    changes painted (the preview; the scene's card and the property fields when their
    timers fall in the move: every 80 and 100 ms). FAIL if the drag did not move what was
    dragged in the document."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = open_window(project_file)
    handle, widget = window.windowHandle(), window.preview
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    figures = []
    for name, box in (("avatar", widget.avatar_box), ("text", widget.text_box)):
        before = _placement(window, name)
        start = widget.mapTo(window, box().center().toPoint())
        QTest.mousePress(handle, left, none, start)
        times = []
        for i in range(events):
            began = time.perf_counter()
            QTest.mouseMove(handle, start + QPoint(i % 240, (i * 7) % 120))
            QApplication.processEvents()
            times.append((time.perf_counter() - began) * 1000)
        QTest.mouseRelease(handle, left, none, start + QPoint(120, 60))
        QApplication.processEvents()
        after = _placement(window, name)
        figures.append(
            Figure(
                f"preview: drag {name} over a 1920x1080 image, p99 frame",
                percentile(times, 99),
                "ms",
                4,
                f"p50 {percentile(times, 50):.2f} ms over {events} moves through the window; "
                f"{name} moved from {before} to {after}",
                broken="" if after != before else f"the drag did not move the {name}",
            )
        )
    dispose(window)
    return figures


def _placement(window: object, name: str) -> tuple[float, float]:
    """Where the current scene's presenter (its offset) or text (its position) is."""
    row = window.scene_view.currentIndex().row()  # type: ignore[attr-defined]
    scene = window.doc.project.scenes[row]  # type: ignore[attr-defined]
    at = scene.character.offset if name == "avatar" else scene.text.position
    return (round(at.x, 4), round(at.y, 4))


def drag_and_drop(view: object, source: int, target: int) -> None:
    """Drag scene card `source` and drop it on card `target` (before it) as the platform's
    drag loop does: enter, move and drop events sent to the list's viewport."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    model, viewport = view.model(), view.viewport()  # type: ignore[attr-defined]
    mime = model.mimeData([model.index(source, 0)])
    at = view.visualRect(model.index(target, 0)).topLeft() + QPoint(40, 4)  # type: ignore[attr-defined]
    move, left, none = (
        Qt.DropAction.MoveAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    events = (
        QDragEnterEvent(at, move, mime, left, none),
        QDragMoveEvent(at, move, mime, left, none),
        QDropEvent(at.toPointF(), move, mime, left, none),
    )
    for event in events:
        QApplication.sendEvent(viewport, event)
    QApplication.processEvents()


def scene_list(project_file: Path, drops: int = 50) -> list[Figure]:
    """A reorder is the whole gesture's events (drag enter, move, drop on the scene list's
    viewport) and the repaint that follows; FAIL if a drop did not move its scene."""
    from PySide6.QtCore import QSize

    from composer.paint.thumbnails import ThumbnailCache
    from composer.projectfile import load_project

    window = open_window(project_file)
    view = window.scene_view
    row_height = max(1, view.visualRect(view.model().index(0, 0)).height())
    visible = max(4, view.viewport().height() // row_height)  # cards on screen
    times, unmoved = [], 0
    for i in range(drops):
        k = (i // 2) % (visible - 3)
        source, target = (k, k + 3) if i % 2 == 0 else (k + 2, k)  # down, then back up
        moved = window.doc.project.scenes[source].id
        began = time.perf_counter()
        drag_and_drop(view, source, target)
        times.append((time.perf_counter() - began) * 1000)
        landed = target if target < source else target - 1
        unmoved += window.doc.project.scenes[landed].id != moved
    dispose(window)
    project = load_project(project_file)
    cache = ThumbnailCache()
    began = time.perf_counter()
    for scene in project.scenes:
        cache.thumbnail(scene, project, QSize(128, 72))
    all_thumbs = (time.perf_counter() - began) * 1000
    return [
        Figure(
            "scene list: reorder by drag and drop (enter, move, drop), 50 scenes",
            median(times),
            "ms",
            16,
            f"median of {drops} gestures through the view's events, max {max(times):.1f} ms",
            broken=f"{unmoved} of {drops} drops did not move their scene" if unmoved else "",
        ),
        Figure(
            "scene list: thumbnails for 50 scenes",
            all_thumbs,
            "ms",
            200,
            "cold cache, 50 distinct image backgrounds",
        ),
    ]


MEMORY = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from composer.ui.main_window import MainWindow
app = QApplication(sys.argv)
w = MainWindow(); w.resize(1440, 900); w.show()
w.files.open_path(Path(sys.argv[1])); app.processEvents()
from PySide6.QtWidgets import QListView
view = w.findChild(QListView, "sceneList")
for row in range(view.model().rowCount()):
    view.setCurrentIndex(view.model().index(row, 0)); app.processEvents()
w.grab()
w.stack.setClean()
print(json.dumps(PEAK_KIB))
w.close()
""".replace("PEAK_KIB", PEAK_KIB)


def memory(project_file: Path) -> Figure:
    out = subprocess.run(
        [sys.executable, "-c", MEMORY, str(project_file)],
        check=True,
        capture_output=True,
        text=True,
        timeout=180,
    ).stdout
    peak_mb = json.loads(out.strip().splitlines()[-1]) / 1024
    return Figure(
        "memory: peak RSS, 50 scenes with 50 image backgrounds",
        peak_mb,
        "MB",
        200,
        "every scene shown once",
    )


def responsiveness() -> Figure:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from composer.jobs.connection import Connections
    from composer.sandbox.server import SandboxServer
    from composer.settings.credentials import CredentialStore
    from composer.settings.preferences import SANDBOX, Preferences
    from composer.ui.controllers.jobs import JobController
    from tests.support.builders import valid_project

    with SandboxServer(render_seconds=1.0) as server, tempfile.TemporaryDirectory() as folder:
        server.faults.update({"latency": 2.0})
        connections = Connections(
            CredentialStore(), Preferences(endpoint=SANDBOX, download_dir=folder), sandbox=server
        )
        controller = JobController(connections)
        done: list[object] = []
        controller.job_changed.connect(
            lambda record: done.append(record) if record.state.is_finished else None
        )
        clock = QElapsedTimer()
        gaps: list[float] = []
        last = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer(interval=5)
        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        controller.submit(valid_project(1), "responsiveness")
        deadline = time.monotonic() + 60
        while not done and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.001)
        timer.stop()
        controller.shutdown()
    return Figure(
        "responsiveness: longest event-loop stall during a submit (2 s latency)",
        max(gaps),
        "ms",
        50,
        f"{len(gaps)} ticks of 5 ms, job {done[0].state}" if done else "job did not finish",
    )


def figures() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        plain = root / "fifty.scene.json"
        save_project(fifty_scene_project(), plain)
        with_images = root / "images.scene.json"
        project = image_project(root)
        save_project(project, with_images)
        results = median_of_runs(lambda: [cold_start(plain)])
        results += median_of_runs(lambda: preview_drags(with_images))
        results += median_of_runs(lambda: scene_list(with_images))
        results += median_of_runs(lambda: [responsiveness()])
        results += median_of_runs(lambda: [memory(with_images)])
    return results
