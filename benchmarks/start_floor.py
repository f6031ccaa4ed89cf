"""The floor of a cold start in this stack: the main window's Qt parts as the first frame
shows them (menus, toolbar with icons, 50 scene cards painted by a delegate, the Layers
list, the preview, the Avatar tab's 15 fields, the other tabs, Jobs, the status bar) and
the app's style sheet, with none of the app: no document, model, painter, validation,
file or controller. Printed like the bare window: `painted EPOCH` once its first frame
is finished (benchmarks/gui.py times it beside the bare window and the app).

What it costs above the bare window is what any app showing this window pays before its
own work; the difference to 2× the bare window is what is left for that work."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QModelIndex, QRectF, QSize, QStringListModel, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.ui.widgets.style import STYLE_SHEET  # the sheet only (imports QtWidgets)

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
MENUS = ("File", "Edit", "Scene", "Layers", "Video", "View", "Help")
TOOLS = ("new", "open", "save", "undo", "redo", "add", "duplicate", "add", "eye", "settings")
TABS = ("avatar", "voice", "background", "text", "project")


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


class Card(QStyledItemDelegate):
    """A scene card: a rounded frame, a thumbnail, its number, name and length."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        return QSize(option.rect.width() or 240, 69)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        card = option.rect.adjusted(6, 3, -6, -3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(option.palette.mid().color())
        painter.setBrush(option.palette.base())
        painter.drawRoundedRect(card, 6, 6)
        thumb = QRectF(card.left() + 28, card.top() + 6, 92, 52)
        painter.fillRect(thumb, QColor("#1d1b2e"))
        painter.setBrush(QColor("#6a6fd8"))
        painter.drawEllipse(thumb.adjusted(60, 8, -14, -20))
        painter.setPen(option.palette.text().color())
        painter.drawText(
            card.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, str(index.row() + 1)
        )
        painter.drawText(card.adjusted(130, 8, 0, 0), str(index.data()))
        painter.drawText(card.adjusted(130, 30, 0, 0), "≈ 5 s")


class Preview(QWidget):
    """The frame in the video's aspect with a title and a presenter."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#2b2b30"))
        width = min(self.width() - 32, (self.height() - 32) * 16 / 9)
        frame = QRectF((self.width() - width) / 2, 16, width, width * 9 / 16)
        painter.fillRect(frame, QColor("#1d1b2e"))
        painter.setBrush(QColor("#6a6fd8"))
        painter.drawEllipse(frame.adjusted(frame.width() * 0.65, 60, -frame.width() * 0.1, 0))
        painter.setPen(QColor("white"))
        painter.drawText(frame.adjusted(40, 40, 0, 0), "Introducing Aurora X")


def avatar_tab() -> QScrollArea:
    page = QWidget()
    form = QFormLayout(page)
    form.addRow(QLabel("Avatar", objectName="panelTitle"))
    form.addRow(
        QLabel("Who presents this scene, how they look and where.", objectName="panelBlurb")
    )
    for group, rows in (("Who presents", 2), ("Look", 4), ("Size and position", 3), ("Motion", 6)):
        form.addRow(QLabel(group, objectName="groupHeader"))
        for row in range(rows):
            editor: QWidget
            if row % 3 == 0:
                editor = QComboBox()
                editor.addItems(["Avatar", "Talking photo", "Normal", "Circle", "Closeup"])
            elif row % 3 == 1:
                editor = QDoubleSpinBox(suffix=" %", maximum=1000.0, value=90.0)
            else:
                line = QWidget()
                layout = QHBoxLayout(line)
                layout.addWidget(QLineEdit("Daisy-inskirt-20220818"))
                layout.addWidget(QToolButton(text="Choose…"))
                layout.addWidget(QCheckBox("HeyGen's default"))
                editor = line
            form.addRow(f"{group} {row + 1}", editor)
    form.addRow(QToolButton(text="Advanced (HeyGen API settings)", checkable=True))
    scroll = QScrollArea(widgetResizable=True)
    scroll.setWidget(page)
    return scroll


def dock(window: QMainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    part = QDockWidget(title, window)
    part.setWidget(widget)
    window.addDockWidget(area, part)
    return part


def column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class Window(QMainWindow):
    painted = False

    def __init__(self) -> None:
        super().__init__()
        for title in MENUS:
            menu = self.menuBar().addMenu(title)
            for item in range(8):
                menu.addAction(QAction(f"{title} {item}", self))
        toolbar = self.addToolBar("Main")
        for name in TOOLS:
            toolbar.addAction(icon(name), name.title())
        toolbar.addWidget(QToolButton(text="Submit", objectName="submitButton"))
        scenes = QListView(objectName="sceneList")
        scenes.setItemDelegate(Card(scenes))
        scenes.setModel(QStringListModel([f"Scene {n}" for n in range(1, 51)], scenes))
        buttons = [QToolButton(icon=icon(name)) for name in TOOLS[5:]]
        left = dock(
            self,
            "Scenes",
            column(QLabel("Scenes", objectName="panelTitle"), scenes, *buttons),
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        layers = QListWidget()
        layers.addItems(["Scene text: Introducing Aurora X", "Presenter"])
        lower = dock(
            self,
            "Layers",
            column(QLabel("Layers", objectName="panelTitle"), layers),
            Qt.DockWidgetArea.LeftDockWidgetArea,
        )
        self.splitDockWidget(left, lower, Qt.Orientation.Vertical)
        problems = QListWidget(objectName="problemsList")
        problems.addItem("No problems: the video is ready to submit.")
        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(Preview())
        centre.addWidget(column(QLabel("Ready", objectName="problemsHeading"), problems))
        self.setCentralWidget(centre)
        tabs = QTabWidget(objectName="propertyTabs")
        tabs.addTab(avatar_tab(), icon(TABS[0]), TABS[0].title())
        for name in TABS[1:]:
            tabs.addTab(QScrollArea(), icon(name), name.title())
        heading = QLabel("Scene 1 of 50", objectName="inspectorHeading")
        name = QLineEdit("Scene 1")
        dock(self, "Properties", column(heading, name, tabs), Qt.DockWidgetArea.RightDockWidgetArea)
        jobs = QLabel("No videos yet. Send a project to HeyGen and it shows up here.")
        dock(self, "Jobs", jobs, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.statusBar().addPermanentWidget(QLabel("50 scenes · ≈ 4 min 42 s · 1920 × 1080"))
        self.resize(1440, 900)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        QTimer.singleShot(0, lambda: setattr(self, "painted", True))


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    window = Window()
    app.setStyleSheet(STYLE_SHEET)  # after building, as the app does
    window.show()
    while not window.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    print(f"painted {time.time():.6f}")


if __name__ == "__main__":
    main()
