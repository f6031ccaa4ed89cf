"""A brand kit: the colours, fonts, presenter, voice and logo a project's scenes follow.

Kept per user (`data_dir()/brand-kit.json`) and, when the user chooses, embedded in a
project file under the top-level `"brand_kit"` key, so a shared project carries its kit.
Colours are stored as `#RRGGBB` (names are turned into hex on the way in). An embedded
kit's logo travels with the project: when the user keeps their kit in a saved project it
is copied into a `brand` folder beside the project file (unless it is already beside it),
and the file stores a logo beside it relative to the project.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from composer.model import colours
from composer.model.project import Project
from composer.settings.paths import data_dir
from composer.storage.atomic import write_atomic, write_json_atomic

PROJECT_KEY = "brand_kit"
FILE_NAME = "brand-kit.json"
COLOUR_FIELDS = ("primary", "secondary", "background", "text")
LOGO_CORNERS = ("top-right", "top-left", "bottom-right", "bottom-left")
LOGO_FOLDER = "brand"
"""Beside the project file: where an embedded kit's logo is copied."""


@dataclass(frozen=True)
class LogoSpec:
    """Where and how big the logo is drawn over every scene."""

    path: str
    corner: str = "top-right"
    size: float = 0.12
    """Width as a share of the frame's width."""


@dataclass
class BrandKit:
    primary: str | None = None
    secondary: str | None = None
    background: str | None = None
    text: str | None = None
    title_font: str | None = None
    body_font: str | None = None
    presenter_id: str | None = None
    """An avatar id from the user's catalogue."""
    voice_id: str | None = None
    logo: str | None = None
    """A local image file (absolute path)."""
    logo_corner: str = "top-right"
    logo_size: float = 0.12
    """The logo's width as a share of the frame's width."""

    def palette(self) -> set[str]:
        """The kit's colours as hex (what a scene may use without a warning)."""
        return {c for name in COLOUR_FIELDS if (c := colours.to_hex(getattr(self, name)))}

    def logo_spec(self) -> LogoSpec | None:
        return LogoSpec(self.logo, self.logo_corner, self.logo_size) if self.logo else None

    def is_empty(self) -> bool:
        return self == BrandKit()

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_json(cls, data: Any) -> BrandKit:
        """A kit from stored JSON; unknown keys and values of the wrong type are dropped."""
        if not isinstance(data, dict):
            return cls()
        kit = cls()
        for f in fields(cls):
            value = data.get(f.name)
            if isinstance(value, str) and value.strip() and f.name != "logo_size":
                setattr(kit, f.name, colours.to_hex(value) if f.name in COLOUR_FIELDS else value)
            elif f.name == "logo_size" and isinstance(value, int | float) and 0 < value <= 1:
                kit.logo_size = float(value)
        if kit.logo_corner not in LOGO_CORNERS:
            kit.logo_corner = "top-right"
        return kit


def user_kit_path() -> Path:
    return data_dir() / FILE_NAME


def load_user_kit() -> BrandKit:
    try:
        return BrandKit.from_json(json.loads(user_kit_path().read_text("utf-8")))
    except (OSError, ValueError):
        return BrandKit()


def save_user_kit(kit: BrandKit) -> None:
    write_json_atomic(user_kit_path(), kit.to_json())


def embedded_kit(project: Project) -> BrandKit | None:
    """The kit saved inside the project file, if it has one."""
    data = project.file_extra.get(PROJECT_KEY)
    return BrandKit.from_json(data) if data is not None else None


def embed(project: Project, kit: BrandKit | None) -> None:
    """Keep `kit` in the project file (None: take it out)."""
    if kit is None:
        project.file_extra.pop(PROJECT_KEY, None)
    else:
        project.file_extra[PROJECT_KEY] = kit.to_json()


def kit_for(project: Project) -> BrandKit:
    """The kit a project follows: its own if embedded, else the user's."""
    return embedded_kit(project) or load_user_kit()


def logo_beside(kit: BrandKit, folder: Path) -> BrandKit:
    """`kit` with its logo copied from outside `folder` into `folder/brand/` (a file of
    the same name and other content is not replaced: the copy gets a new name). Done when
    the user keeps their kit in a saved project, never for a logo a project file names
    (that one needs the user's yes, as outside media do). A logo that can't be read is
    left as it is."""
    if not kit.logo or _beside(Path(kit.logo), folder):
        return kit
    try:
        content = Path(kit.logo).read_bytes()
    except OSError:
        return kit
    target = folder / LOGO_FOLDER / Path(kit.logo).name
    number = 1
    while target.exists() and target.read_bytes() != content:
        number += 1
        target = target.with_name(f"{Path(kit.logo).stem}-{number}{Path(kit.logo).suffix}")
    if not target.exists():
        write_atomic(target, content)
    return replace(kit, logo=str(target))


def kit_to_document(data: Any, folder: Path) -> Any:
    """The embedded kit as the project file stores it: its logo relative to `folder`."""
    logo = data.get("logo") if isinstance(data, dict) else None
    if isinstance(logo, str) and _beside(Path(logo), folder):
        return {**data, "logo": Path(os.path.relpath(logo, folder)).as_posix()}
    return data


def kit_from_document(data: Any, folder: Path) -> Any:
    """The embedded kit as read from the file, its relative logo path made whole."""
    logo = data.get("logo") if isinstance(data, dict) else None
    if isinstance(logo, str) and logo and not Path(logo).is_absolute():
        return {**data, "logo": str(folder / Path(logo))}
    return data


def _beside(path: Path, folder: Path) -> bool:
    """Whether `path` is inside `folder` (a relative path already is)."""
    if not path.is_absolute():
        return True
    try:
        path.resolve().relative_to(Path(folder).resolve())
    except (ValueError, OSError):
        return False
    return True
