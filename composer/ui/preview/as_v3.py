"""The preview's "as v3 renders it" mode: each scene whole-frame, centre-cropped to the
output's aspect, without overlays, so the user sees what the v3 studio route keeps.

A hook beside the layout preview, not a second painter: the scene is turned into what v3
will render (composer.routes.v3_mapping decides the scene kind) and painted by the same
ScenePainter layers.
"""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter

from composer.model.enums import BackgroundType, Fit
from composer.model.project import Background, Scene, background_of
from composer.paint.scene_painter import ScenePainter
from composer.routes.v3_mapping import AVATAR_VIDEO, BEHIND_PRESENTER, scene_kind
from composer.ui.i18n import QT_TRANSLATE_NOOP, translate
from composer.ui.preview import overlay

BADGE = QT_TRANSLATE_NOOP("Preview", "As v3 renders it: whole frame, no overlays")
CANNOT = QT_TRANSLATE_NOOP("Preview", "v3 cannot render this scene: see the problems list")


def v3_scene(scene: Scene) -> Scene:
    """A presenter scene as v3 frames it: centred, full height, on a plain colour."""
    shown = deepcopy(scene)
    background = background_of(scene)
    colour = background.value if background.type == BackgroundType.COLOR else None
    shown.background = Background(type=BackgroundType.COLOR, value=colour or BEHIND_PRESENTER)
    character = shown.character
    character.scale, character.offset = 1.0, None
    character.avatar_style = character.talking_photo_style = None
    character.circle_background_color = None
    shown.text = None
    shown.overlays = []  # v3 renders no layers (they are listed as losses)
    return shown


def paint_as_v3(
    scene_painter: ScenePainter,
    painter: QPainter,
    frame: QRectF,
    scene: Scene,
    width: int,
    height: int,
) -> None:
    kind = scene_kind(scene)
    if kind == AVATAR_VIDEO:
        scene_painter.paint(painter, frame, v3_scene(scene), width, height)
    elif kind is not None:  # image or video alone, filling the frame
        background = replace(background_of(scene), fit=Fit.COVER)
        size = QSize(max(1, round(frame.width())), max(1, round(frame.height())))
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = scene_painter.backgrounds.pixmap(background, (width, height), size, dpr)
        painter.drawPixmap(frame.topLeft(), pixmap)
    else:
        painter.fillRect(frame, overlay.SURROUND)
        overlay.paint_message(painter, frame, translate("Preview", CANNOT))
        return
    overlay.paint_readout(painter, frame, translate("Preview", BADGE))
