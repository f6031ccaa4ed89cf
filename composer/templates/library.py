"""Templates are ordinary project files: the shipped ones in `resources/templates/`, the
user's own in the app's data folder (`data_dir()/templates`). A top-level `"template"`
key names and describes one; a new project made from it gets fresh scene ids and drops
that key, so it is an ordinary untitled project.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from pathlib import Path

from composer.model.project import Character, Project, Scene, default_scene, new_scene_id
from composer.model.tr_noop import QT_TRANSLATE_NOOP
from composer.projectfile import PROJECT_SUFFIX, ProjectFileError, load_project, save_project
from composer.resources import resource
from composer.settings.paths import data_dir

TEMPLATE_KEY = "template"
BLANK = QT_TRANSLATE_NOOP("Templates", "Blank")
BLANK_ABOUT = QT_TRANSLATE_NOOP("Templates", "Start from one empty scene.")
MY_TEMPLATES = QT_TRANSLATE_NOOP("Templates", "My templates")
BLANK_SCRIPT = "Hello! Replace this line with what your presenter should say."
ASPECTS = {(1920, 1080): "16:9", (1080, 1920): "9:16", (1080, 1080): "1:1"}


@dataclass(frozen=True)
class Template:
    name: str
    category: str
    description: str
    path: Path | None  # None: the blank project
    project: Project
    mine: bool = False
    """Saved by the user (else shipped with the app)."""

    @property
    def aspect(self) -> str:
        size = (self.project.width, self.project.height)
        return ASPECTS.get(size, f"{size[0]}×{size[1]}")

    def new_project(self) -> Project:
        """An untitled project to edit: fresh scene ids, no template marker."""
        project = copy.deepcopy(self.project)
        project.file_extra.pop(TEMPLATE_KEY, None)
        project.uploads.clear()
        for scene in project.scenes:
            scene.id = new_scene_id()
        return project


def user_folder() -> Path:
    return data_dir() / "templates"


def blank() -> Template:
    """One scene, its script started, only the presenter and the voice left to choose."""
    scene = default_scene("Scene 1")
    scene.voice.input_text = BLANK_SCRIPT
    return Template(BLANK, BLANK, BLANK_ABOUT, None, Project(scenes=[scene]))


def shipped() -> list[Template]:
    return _load_all(resource("templates"), mine=False)


def mine() -> list[Template]:
    return _load_all(user_folder(), mine=True)


def all_templates() -> list[Template]:
    """Blank first, then the shipped templates, then the user's own."""
    return [blank(), *shipped(), *mine()]


def save_as_template(project: Project, name: str, folder: Path | None = None) -> Path:
    """Keep `project` as a template called `name` (replacing one of that name)."""
    target = folder or user_folder()
    target.mkdir(parents=True, exist_ok=True)
    copy_ = copy.deepcopy(project)
    copy_.file_extra[TEMPLATE_KEY] = {
        "name": name,
        "category": MY_TEMPLATES,
        "description": f"{len(project.scenes)} scene{'s' if len(project.scenes) != 1 else ''}",
    }
    copy_.uploads.clear()  # asset ids belong to an account and a server, not a template
    path = target / f"{_file_stem(name)}{PROJECT_SUFFIX}"
    save_project(copy_, path)
    path.with_name(path.name + ".bak").unlink(missing_ok=True)
    return path


def needs_choosing(scene: Scene) -> tuple[bool, bool]:
    """(presenter missing, voice missing) for a scene made from a template."""
    character: Character = scene.character
    presenter = character.avatar_id if character.type == "avatar" else character.talking_photo_id
    voice = scene.voice.voice_id if scene.voice.type == "text" else "n/a"
    return not presenter, not voice


def _load_all(folder: Path, *, mine: bool) -> list[Template]:
    templates = []
    for path in sorted(folder.glob(f"*{PROJECT_SUFFIX}")):
        try:
            project = load_project(path)
        except ProjectFileError:
            continue  # a broken file is left out of the gallery, not a reason to fail
        about = project.file_extra.get(TEMPLATE_KEY) or {}
        name = str(about.get("name") or project.title or path.stem)
        templates.append(
            Template(
                name,
                str(about.get("category") or (MY_TEMPLATES if mine else name)),
                str(about.get("description") or ""),
                path,
                project,
                mine,
            )
        )
    return templates


def _file_stem(name: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", name).strip().replace(" ", "-")
    return stem.lower() or "template"
