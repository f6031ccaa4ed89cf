"""Where the shipped resources (icons, example projects, the sandbox's sample video) live.

In a source checkout or editable install they are in the repository's top-level
`resources/`; in a PyInstaller bundle they are unpacked beside the executable
(`sys._MEIPASS`). `SCENE_COMPOSER_RESOURCES` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("SCENE_COMPOSER_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def example_project() -> Path:
    return resource("examples", "product-launch.scene.json")
