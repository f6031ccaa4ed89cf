"""The Layers menu and the toolbar's Add button: add a text, a picture, a shape or a
preset (composer.model.presets); duplicate, delete, restack, align and distribute the
selected overlays (composer/ui/overlays/arrange.py).

Delete, Ctrl+D and the restacking keys are the scene list's too (Delete, Ctrl+D): while
the preview or the layer list has focus and overlays are selected, `LayerKeys` claims
them for the overlays (a ShortcutOverride), so the scenes are never touched by mistake.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from composer.model import presets
from composer.model.document import ProjectDocument
from composer.model.overlay_editing import Align, Axis
from composer.model.rich import Overlay
from composer.ui.commands import UndoableEdits
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.overlays.arrange import Arranger
from composer.ui.overlays.selection import OverlaySelection
from composer.ui.widgets.actions import make_action
from composer.ui.widgets.folders import start_folder

IMAGES = QT_TRANSLATE_NOOP("Layers", "Pictures (*.png *.jpg *.jpeg *.webp *.svg);;All files (*)")
EXACT = QKeySequence.SequenceMatch.ExactMatch
ALIGN_WORDS = {
    Align.LEFT: QT_TRANSLATE_NOOP("Layers", "Align left"),
    Align.CENTRE: QT_TRANSLATE_NOOP("Layers", "Align centre"),
    Align.RIGHT: QT_TRANSLATE_NOOP("Layers", "Align right"),
    Align.TOP: QT_TRANSLATE_NOOP("Layers", "Align top"),
    Align.MIDDLE: QT_TRANSLATE_NOOP("Layers", "Align middle"),
    Align.BOTTOM: QT_TRANSLATE_NOOP("Layers", "Align bottom"),
}


class LayerActions(QObject):
    def __init__(
        self,
        doc: ProjectDocument,
        edits: UndoableEdits,
        selection: OverlaySelection,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.doc, self.edits, self.selection = doc, edits, selection
        self.arranger = Arranger(doc, edits, selection)
        self.choose_picture: Callable[[], str | None] = self._ask_picture
        """Asks for a picture file (tests answer it)."""
        self.add_actions = self._build_add(parent)
        self.arrange_actions = self._build_arrange(parent)
        self.align_actions = [
            make_action(
                parent,
                f"actionAlign{how.value.title()}",
                translate("Layers", ALIGN_WORDS[how]),
                None,
                partial(self.arranger.align, how),
            )
            for how in Align
        ]
        self.distribute_actions = [
            make_action(
                parent,
                "actionDistributeAcross",
                translate("Layers", "Distribute across"),
                None,
                lambda: self.arranger.distribute(Axis.ACROSS),
            ),
            make_action(
                parent,
                "actionDistributeDown",
                translate("Layers", "Distribute down"),
                None,
                lambda: self.arranger.distribute(Axis.DOWN),
            ),
        ]
        selection.changed.connect(self.refresh)
        doc.changed.connect(lambda *_args: self.refresh())
        self.refresh()

    def _build_add(self, parent: QWidget) -> list[QAction]:
        size = self._size
        rows = [
            ("actionAddText", QT_TRANSLATE_NOOP("Layers", "Text"), "text",
             lambda: self.add([presets.text(*size(), translate("Layers", "Your text"))])),
            ("actionAddPicture", QT_TRANSLATE_NOOP("Layers", "Picture…"), None, self.add_picture),
            ("actionAddShape", QT_TRANSLATE_NOOP("Layers", "Shape"), None,
             lambda: self.add([presets.shape(*size())])),
            ("actionAddLowerThird", QT_TRANSLATE_NOOP("Layers", "Lower third"), None,
             self.add_lower_third),
            ("actionAddTitleCard", QT_TRANSLATE_NOOP("Layers", "Title card"), None,
             self.add_title_card),
            ("actionAddLogoCorner", QT_TRANSLATE_NOOP("Layers", "Logo corner…"), None,
             self.add_logo),
        ]  # fmt: skip
        return [
            make_action(parent, name, translate("Layers", words), icon_name, slot)
            for name, words, icon_name, slot in rows
        ]

    def _build_arrange(self, parent: QWidget) -> list[QAction]:
        arranger = self.arranger
        rows = [
            ("actionDuplicateLayer", QT_TRANSLATE_NOOP("Layers", "Duplicate layer"), "duplicate",
             arranger.duplicate, "Ctrl+D"),
            ("actionDeleteLayer", QT_TRANSLATE_NOOP("Layers", "Delete layer"), "delete",
             arranger.delete, "Del"),
            ("actionBringForward", QT_TRANSLATE_NOOP("Layers", "Bring forward"), "move-up",
             lambda: arranger.restack("forward"), "Ctrl+]"),
            ("actionSendBackward", QT_TRANSLATE_NOOP("Layers", "Send backward"), "move-down",
             lambda: arranger.restack("backward"), "Ctrl+["),
            ("actionBringToFront", QT_TRANSLATE_NOOP("Layers", "Bring to front"), None,
             lambda: arranger.restack("front"), "Ctrl+Shift+]"),
            ("actionSendToBack", QT_TRANSLATE_NOOP("Layers", "Send to back"), None,
             lambda: arranger.restack("back"), "Ctrl+Shift+["),
        ]  # fmt: skip
        actions = []
        for name, words, icon_name, slot, key in rows:
            action = make_action(parent, name, translate("Layers", words), icon_name, slot, key)
            # the key works through LayerKeys (the scene list owns Delete and Ctrl+D)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            actions.append(action)
        return actions

    def _size(self) -> tuple[int, int]:
        return self.doc.project.width, self.doc.project.height

    # ---- adding
    def add(self, overlays: list[Overlay]) -> None:
        """Put `overlays` on top of the shown scene's, one undo step, and select them."""
        scene_index = self.selection.scene_index
        if not overlays or not 0 <= scene_index < len(self.doc):
            return
        at = len(self.doc.scenes[scene_index].overlays)
        self.edits.insert_overlays(scene_index, at, overlays, translate("Layers", "Add layer"))
        self.selection.select([o.id for o in overlays])

    def add_lower_third(self) -> None:
        made = presets.lower_third(
            *self._size(), translate("Layers", "Your name"), translate("Layers", "Your title")
        )
        names = (translate("Layers", "Lower third band"), translate("Layers", "Lower third text"))
        self.add(_named(made, names))

    def add_title_card(self) -> None:
        made = presets.title_card(*self._size(), translate("Layers", "Your title"))
        self.add(_named(made, (translate("Layers", "Title card"), translate("Layers", "Title"))))

    def add_picture(self) -> None:
        path = self.choose_picture()
        if path:
            self.add([presets.picture(*self._size(), path)])

    def add_logo(self) -> None:
        path = self.choose_picture()
        if path:
            self.add(
                _named(presets.logo_corner(*self._size(), path), (translate("Layers", "Logo"),))
            )

    def _ask_picture(self) -> str | None:
        parent = self.parent()
        widget = parent if isinstance(parent, QWidget) else None
        path, _ = QFileDialog.getOpenFileName(
            widget,
            translate("Layers", "Choose a picture"),
            str(start_folder(widget)),
            translate("Layers", IMAGES),
        )
        return path or None

    # ---- state
    def refresh(self) -> None:
        scene_ok = 0 <= self.selection.scene_index < len(self.doc)
        for action in self.add_actions:
            action.setEnabled(scene_ok)
        count = len(self.selection.indices())
        for action in self.arrange_actions:
            single = action.objectName() not in ("actionDuplicateLayer", "actionDeleteLayer")
            action.setEnabled(count == 1 if single else count >= 1)
        for action in self.align_actions:
            action.setEnabled(count >= 1)
        for action in self.distribute_actions:
            action.setEnabled(count >= 3)

    def menu(self, parent: QWidget) -> QMenu:
        """The Layers menu: Add, then arranging, aligning and distributing."""
        menu = QMenu(translate("Layers", "&Layers"), parent)
        menu.setObjectName("layersMenu")
        menu.addMenu(self.add_menu(menu))
        menu.addSeparator()
        menu.addActions(self.arrange_actions)
        menu.addSeparator()
        menu.addActions(self.align_actions)
        menu.addSeparator()
        menu.addActions(self.distribute_actions)
        return menu

    def add_menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(translate("Layers", "Add"), parent)
        menu.setObjectName("addLayerMenu")
        menu.addActions(self.add_actions[:3])
        menu.addSeparator()
        menu.addActions(self.add_actions[3:])
        return menu


def _named(overlays: list[Overlay], names: tuple[str, ...]) -> list[Overlay]:
    """A preset's overlays named in the user's language (presets.py names them in English)."""
    for overlay, name in zip(overlays, names, strict=True):
        overlay.name = name
    return overlays


class LayerKeys(QObject):
    """Gives the Layers menu's keys to the overlays while `widget` has focus and
    overlays are selected (see module docstring)."""

    def __init__(self, actions: LayerActions, widget: QWidget) -> None:
        super().__init__(widget)
        self.actions = actions
        widget.installEventFilter(self)

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        if not self.actions.selection.ids:
            return None
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions.arrange_actions:
            keys = [action.shortcut()]
            if action.objectName() == "actionDeleteLayer":
                keys.append(QKeySequence("Backspace"))
            if action.isEnabled() and any(k.matches(pressed) == EXACT for k in keys):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        action = self._action_for(event)  # type: ignore[arg-type]
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes as a KeyPress instead of a window shortcut
            return True
        action.trigger()
        return True
