"""The app's look: Fusion (the same on every desktop) plus a light style sheet that only
uses palette colours, so it works in light and dark themes. Problem states are styled by
a `problem` property ("error" or "warning") set on editors and message labels."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ERROR = "#D93025"
WARNING = "#B26A00"
WARNING_BORDER = "#E8A317"

STYLE_SHEET = f"""
QLabel#panelTitle, QLabel#sectionTitle {{ font-size: 13pt; font-weight: 600; }}
QLabel#inspectorHeading {{ font-size: 12pt; font-weight: 600; }}
QLabel#dialogHeading {{ font-size: 12pt; font-weight: 600; }}
QLabel#panelBlurb, QLabel#sceneCount, QLabel#charCounter, QLabel#keyStatus,
QLabel#problemsHeading[problem=""] {{ color: palette(placeholder-text); }}
QLabel#groupHeader {{
    font-weight: 600; color: palette(placeholder-text); padding-top: 10px;
    border-bottom: 1px solid palette(mid); margin-bottom: 2px;
}}
QLabel#fieldMessage[problem="error"], QLabel#panelMessage[problem="error"],
QLabel#charCounter[problem="error"], QLabel#problemsHeading[problem="error"] {{ color: {ERROR}; }}
QLabel#fieldMessage[problem="warning"], QLabel#panelMessage[problem="warning"],
QLabel#charCounter[problem="warning"], QLabel#sceneCount[problem="warning"],
QLabel#problemsHeading[problem="warning"] {{ color: {WARNING}; }}
QLabel#problemsHeading {{ font-weight: 600; }}
QFrame#setupBar {{
    background: palette(alternate-base); border: 1px solid palette(highlight);
    border-radius: 6px;
}}
QLabel#setupText, QLabel#galleryHeading {{ font-weight: 600; }}
QLabel#galleryHeading {{ font-size: 13pt; }}
QLabel#rangeMessage {{ color: {ERROR}; }}
QLabel#catalogueNote {{ color: {WARNING}; }}
QLabel#brandWarning {{ color: {WARNING}; }}
QFrame#problemRing {{ border: 2px solid transparent; border-radius: 5px; }}
QFrame#problemRing[problem="error"] {{ border-color: {ERROR}; }}
QFrame#problemRing[problem="warning"] {{ border-color: {WARNING_BORDER}; }}
QListView#sceneList {{ background: palette(window); }}
QListWidget#problemsList {{ border: none; background: palette(base); }}
QListWidget#problemsList::item {{ padding: 4px 6px; }}
QToolBar {{ spacing: 2px; padding: 4px 6px; }}
QToolButton#submitButton {{
    background: palette(highlight); color: palette(highlighted-text);
    border-radius: 6px; padding: 5px 12px; font-weight: 600;
}}
QToolButton#submitButton:disabled {{ background: palette(mid); color: palette(window); }}
QTabWidget#propertyTabs::pane {{ border-top: 1px solid palette(mid); }}
QTabBar::tab {{ padding: 6px 7px; }}
QDockWidget {{ font-weight: 600; }}
QDockWidget::title {{ padding: 6px 12px; background: palette(window); }}
QDockWidget > QWidget {{ font-weight: normal; }}
"""


def apply_style(app: QApplication, *, sheet: bool = True) -> None:
    """Fusion and (unless `sheet` is false) the sheet, set only when not set yet: setting
    either again re-polishes every widget alive, which crashed on a widget an earlier
    window had left half-deleted (seen as a segfault in the test suite in one random order).

    At start-up the sheet is set once the main window is built (composer/ui/app.py): with
    a sheet set, every widget added to a parent has its style worked out again for its
    whole subtree, and the window is built bottom-up (a fifth of its build time)."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    if sheet and app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)
