"""The bar that asks for what a template leaves open: a presenter and a voice, chosen
once for every scene that has none (one undo step each)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from composer.model.document import ProjectDocument
from composer.templates.library import needs_choosing
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import translate

Chooser = Callable[[str, str | None], str | None]

CHOSEN_FIELDS = frozenset(
    {
        "character.type",
        "character.avatar_id",
        "character.talking_photo_id",
        "voice.type",
        "voice.voice_id",
    }
)
"""The fields `needs_choosing` reads."""


class SetupBar(QFrame):
    def __init__(self, doc: ProjectDocument, edits: UndoableEdits, chooser: Chooser) -> None:
        super().__init__(objectName="setupBar")
        self.doc = doc
        self.edits = edits
        self.chooser = chooser
        self.text = QLabel(objectName="setupText", wordWrap=True)
        self.presenter = QPushButton(
            translate("SetupBar", "Choose presenter…"), objectName="choosePresenter"
        )
        self.voice = QPushButton(translate("SetupBar", "Choose voice…"), objectName="chooseVoice")
        self.presenter.clicked.connect(lambda: self.choose("avatar"))
        self.voice.clicked.connect(lambda: self.choose("voice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.presenter)
        layout.addWidget(self.voice)
        doc.reset.connect(self.refresh)
        doc.inserted.connect(self.refresh)
        doc.removed.connect(self.refresh)
        doc.changed.connect(self._changed)
        self.hide()
        QTimer.singleShot(0, self.refresh)  # once it is in the window: never a window itself

    def missing(self) -> tuple[list[int], list[int]]:
        """Rows of the scenes without a presenter, and without a voice."""
        needs = [needs_choosing(scene) for scene in self.doc.scenes]
        return (
            [i for i, (presenter, _v) in enumerate(needs) if presenter],
            [i for i, (_p, voice) in enumerate(needs) if voice],
        )

    def _changed(self, _scene: int, path: str) -> None:
        """Only edits that can give or take a presenter or voice: not a drag's moves."""
        if not path or path in ("character", "voice") or path in CHOSEN_FIELDS:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        presenters, voices = self.missing()
        wanted = [
            w
            for w, rows in (
                (translate("SetupBar", "a presenter"), presenters),
                (translate("SetupBar", "a voice"), voices),
            )
            if rows
        ]
        self.presenter.setVisible(bool(presenters))
        self.voice.setVisible(bool(voices))
        self.setVisible(bool(wanted))
        if wanted:
            self.text.setText(
                translate(
                    "SetupBar",
                    "To send this video, choose {what}: every scene without one gets it.",
                ).format(what=translate("SetupBar", " and ").join(wanted))
            )

    def choose(self, kind: str) -> None:
        """Pick from the catalogue and give it to every scene that has none: one undo step."""
        chosen = self.chooser(kind, None)
        if chosen:
            self.apply(kind, chosen)

    def apply(self, kind: str, item_id: str) -> None:
        presenters, voices = self.missing()
        rows = presenters if kind == "avatar" else voices
        what = (
            translate("SetupBar", "presenter")
            if kind == "avatar"
            else translate("SetupBar", "voice")
        )
        self.edits.stack.beginMacro(
            translate("SetupBar", "Choose {what} for every scene").format(what=what)
        )
        for row in rows:
            if kind == "avatar" and self.doc.scenes[row].character.type != "avatar":
                continue  # a talking-photo scene keeps asking for its photo in its panel
            path = "voice.voice_id" if kind == "voice" else "character.avatar_id"
            self.edits.set_values(row, {path: item_id}, what)
        self.edits.stack.endMacro()
