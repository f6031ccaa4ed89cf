"""A project folder as an attacker would share it: media that point outside the folder (an
absolute path, `../`, a symlink) or that are not what their name says."""

from __future__ import annotations

import json
import os
from pathlib import Path

from composer.model.enums import BackgroundType
from composer.projectfile import save_project
from composer.resources import resource
from tests.support.builders import valid_project

JPEG = resource("examples", "media", "launch-stage.jpg").read_bytes()
SECRET = b"-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"


def shared_project(root: Path, names: list[str], title: str = "Test") -> Path:
    """`root/shared/p.scene.json` whose scene i has the image background `names[i]`, written
    into the file as is (relative names are relative to the project's folder)."""
    folder = root / "shared"
    (folder / "media").mkdir(parents=True, exist_ok=True)
    project = valid_project(len(names))
    project.title = title
    for scene in project.scenes:
        scene.background.type, scene.background.value = BackgroundType.IMAGE, None
        scene.background.local_file = str(folder / "placeholder.jpg")
    path = folder / "p.scene.json"
    save_project(project, path)
    document = json.loads(path.read_text("utf-8"))
    for scene, name in zip(document["scenes"], names, strict=True):
        scene["background"]["local_file"] = name
    path.write_text(json.dumps(document), "utf-8")
    return path


def outside_jpeg(root: Path) -> Path:
    """A real JPEG outside the project's folder (so only the folder rule stops it)."""
    path = root / "elsewhere" / "holiday.jpg"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(JPEG)
    return path


def secret_file(root: Path) -> Path:
    path = root / "home" / ".ssh" / "id_rsa"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(SECRET)
    return path


def symlink_in_project(project: Path, name: str, target: Path) -> str:
    """`media/NAME` inside the project's folder, a symlink to `target`; returns its name."""
    link = project.parent / "media" / name
    os.symlink(target, link)
    return f"media/{name}"
