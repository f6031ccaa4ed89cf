"""The bridge to composer.paint (QtGui): imported on first use, so that importing the
compositor (the command line, the jobs) loads no Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.brand.kit import LogoSpec
from composer.model.project import Scene
from composer.model.rich import CaptionsStyle

if TYPE_CHECKING:
    from composer.paint.layers import Patch, SceneLayers


def prepare_painting() -> None:
    """Make Qt's offscreen application now, on the main thread, before jobs that compose
    start their worker threads (see composer/paint/offscreen.py for why)."""
    from composer.paint.offscreen import ensure_gui

    ensure_gui()


def scene_layers(
    scene: Scene,
    width: int,
    height: int,
    aspect: float,
    logo: LogoSpec | None = None,
    seconds: float = 0.0,
) -> SceneLayers:
    from composer.paint.layers import scene_layers as paint_layers
    from composer.paint.offscreen import ensure_gui

    ensure_gui()
    return paint_layers(scene, width, height, aspect, logo, seconds)


def caption_patch(
    words: str, width: int, height: int, style: CaptionsStyle | None = None
) -> Patch | None:
    from composer.paint.captions import caption_patch as paint_caption

    return paint_caption(words, width, height, style)
