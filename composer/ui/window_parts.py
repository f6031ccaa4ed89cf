"""The main window's big parts: the docks' titles, and names for assistive technology on
the parts a screen reader lands on by Tab."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QMainWindow, QWidget

from composer.ui.i18n import QT_TRANSLATE_NOOP, translate

DOCK_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Scenes"),
    QT_TRANSLATE_NOOP("MainWindow", "Properties"),
    QT_TRANSLATE_NOOP("MainWindow", "Jobs"),
)
"""The docks' titles, marked for lupdate: `dock` translates them."""

PART_NAMES = {
    "sceneList": QT_TRANSLATE_NOOP("WindowParts", "Scenes"),
    "preview": QT_TRANSLATE_NOOP("WindowParts", "Scene preview"),
    "problemsList": QT_TRANSLATE_NOOP("WindowParts", "Problems"),
    "propertyTabs": QT_TRANSLATE_NOOP("WindowParts", "Properties"),
    "jobsPanel": QT_TRANSLATE_NOOP("WindowParts", "Jobs"),
}


def dock(
    window: QMainWindow, title: str, name: str, widget: QWidget, *, fixed: bool
) -> QDockWidget:
    """A dock holding `widget`; `fixed`: always there, no title bar (the panel has its own
    header)."""
    made = QDockWidget(translate("MainWindow", title), window)  # DOCK_TITLES
    made.setObjectName(name)
    made.setWidget(widget)
    if fixed:
        made.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        made.setTitleBarWidget(QWidget())
    else:
        made.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
    return made


def name_parts(window: QMainWindow) -> None:
    """Accessible names for the parts a screen reader lands on by Tab (their words are
    what a sighted user reads in the panel headings)."""
    for name, words in PART_NAMES.items():
        part = window.findChild(QWidget, name)
        if part is not None:
            part.setAccessibleName(translate("WindowParts", words))
            for scroll in part.findChildren(QAbstractScrollArea):
                if not scroll.accessibleName():
                    scroll.setAccessibleName(translate("WindowParts", words))
