"""The Submit dialog on a small screen, measured as the user meets it: a v3 project that
loses a lot, Submit triggered on its window, and what the dialog then shows. Run as
`python -m tests.support.submit_fit` (under a Qt screen of the size to check) it prints
the measures as JSON."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QScrollArea, QWidget

from composer.model import enums as kinds
from composer.model.project import (
    Background,
    Character,
    Dimension,
    ElevenLabsSettings,
    Project,
    Scene,
    Voice,
)
from composer.model.rich import CaptionsStyle, Music, Overlay, Transition, TransitionType
from composer.projectfile.io import load_any
from composer.resources import example_project
from composer.ui.dialogs.submit_dialog import SubmitDialog
from composer.ui.main_window import MainWindow


def losing_much() -> Project:
    """The example on v3 with a folder, an odd size, music, a caption style and talking
    photos set up as v2 allows: 19 lines of what v3 leaves out."""
    project = load_any(example_project())
    project.route, project.folder_id = "v3", "folder-1"
    project.dimension = Dimension(1000, 700)
    project.music = Music(local_file=str(example_project().parent / "media" / "launch-stage.jpg"))
    project.captions_style = CaptionsStyle(font_size=40, color="#FFFFFF")
    first = project.scenes[0]
    first.character.scale, first.voice.emotion = 0.7, kinds.Emotion.EXCITED
    first.voice.elevenlabs_settings = ElevenLabsSettings(model=kinds.ElevenLabsModel.MONOLINGUAL_V1)
    first.overlays = [Overlay(text="Hi")]
    for n in range(6):
        project.scenes.append(
            Scene(
                name=f"Photo {n}",
                character=Character(
                    type=kinds.CharacterType.TALKING_PHOTO,
                    talking_photo_id="tp-5a1c0f2e9d",
                    talking_photo_style=kinds.TalkingPhotoStyle.CIRCLE,
                    circle_background_color="#FF0000",
                    talking_style=kinds.TalkingStyle.EXPRESSIVE,
                    expression=kinds.Expression.HAPPY,
                    matting=True,
                    super_resolution=True,
                ),
                voice=Voice(voice_id="v", input_text="Hello there"),
                background=Background(value="#202040"),
                transition_in=Transition(type=TransitionType.CROSSFADE),
            )
        )
    project.scenes[1].background = Background(
        type=kinds.BackgroundType.IMAGE,
        url="https://media.example/stage.jpg",
        fit=kinds.Fit.CONTAIN,
    )
    return project


def submit_measured(window: MainWindow, bound: QSize | None, picture: str) -> dict[str, Any]:
    """Trigger Submit on `window`; of the dialog it opens (resized to within `bound`, as a
    small screen's window manager would, unless None): what `measure` says. Then Cancel."""
    seen: dict[str, Any] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, SubmitDialog), dialog
            if bound is not None:  # the window's frame (its title bar) within the bound too
                frame = dialog.frameGeometry().size() - dialog.size()
                dialog.resize(dialog.size().boundedTo(bound - frame))
            QApplication.processEvents()
            dialog.grab().save(picture)
            seen.update(measure(dialog))
        finally:
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, look)
    window.submitting.action_submit.trigger()
    return seen


def measure(dialog: SubmitDialog) -> dict[str, Any]:
    frame, room = dialog.frameGeometry().size(), dialog.screen().availableGeometry().size()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    return {
        "frame": [frame.width(), frame.height()],
        "screen": [room.width(), room.height()],
        "buttons": [_inside(button, dialog) for button in (dialog.submit_button, cancel)],
        "clipped": _clipped(dialog),
        "losses": dialog.losses.text(),
        "reach": _reach(dialog.losses),
        "focus": dialog.focusWidget().objectName() if dialog.focusWidget() else None,
    }


def _clipped(dialog: QWidget) -> list[str]:
    """The labels shown smaller than their text needs."""
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        hint = label.sizeHint()
        needs = label.heightForWidth(label.width()) if label.wordWrap() else hint.height()
        if label.height() < needs or (not label.wordWrap() and label.width() < hint.width()):
            cut.append(label.text())
    return cut


def _inside(widget: QWidget, dialog: QWidget) -> bool:
    placed = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and dialog.rect().contains(placed)


def _reach(label: QLabel) -> list[bool]:
    """Does the scrolled body fit across? Scrolled to the top and to the end, are the
    list's first and last pixel rows in sight? All three: every line can be read."""
    scroll = label.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is None:
        return [False, False, False]
    bar, port = scroll.verticalScrollBar(), scroll.viewport()
    ends = [scroll.widget().width() <= port.width()]  # nothing hidden past the right edge
    for value, row in ((bar.minimum(), 0), (bar.maximum(), label.height() - 1)):
        bar.setValue(value)
        QApplication.processEvents()
        y = label.mapTo(port, label.rect().topLeft()).y() + row
        ends.append(0 <= y < port.height())
    return ends


def main(picture: str) -> None:
    from composer.ui.dialogs.prompts import SaveChoice
    from composer.ui.widgets.style import apply_style

    app = QApplication([])
    apply_style(app)
    window = MainWindow()
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.resize(1440, 900)
    window.show()
    window.files.load(losing_much(), None)
    print(json.dumps(submit_measured(window, None, picture)))
    window.close()


if __name__ == "__main__":
    import sys

    main(sys.argv[1])
