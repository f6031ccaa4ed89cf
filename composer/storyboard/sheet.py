"""The words of a storyboard: a cover (title, route, size, length, cost, date) and one
entry per scene (name, presenter and voice by name, full script, background, overlay text,
length)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from composer.billing.credits import Estimate
from composer.billing.lengths import length_text, project_length, total_text
from composer.billing.money import amount_text
from composer.catalogue.lookup import cached_names
from composer.model.enums import BackgroundType, CharacterType, VoiceType
from composer.model.project import Character, Project, Scene, Voice, background_of


@dataclass(frozen=True)
class SceneSheet:
    number: int
    name: str
    presenter: str
    voice: str
    script: str
    background: str
    overlay: str
    length: str


@dataclass(frozen=True)
class Sheet:
    title: str
    route: str
    size: str
    total_length: str
    cost: str
    date: str
    scenes: list[SceneSheet]


def build_sheet(
    project: Project, cost: Estimate, route_label: str, today: dt.date | None = None
) -> Sheet:
    """The sheet of `project` sent on the route called `route_label`, costing `cost`
    (composer.routes.pricing.route_estimate)."""
    names = cached_names()
    lengths = project_length(project)
    cost_words = f"≈ {amount_text(cost.amount, cost.unit)}"
    if lengths.unknown:
        cost_words += f" (+ {lengths.unknown} scene(s) with audio of unknown length)"
    return Sheet(
        title=project.title or "Untitled video",
        route=route_label,
        size=f"{project.width} × {project.height}",
        total_length=total_text(lengths),
        cost=cost_words,
        date=(today or dt.date.today()).strftime("%d %B %Y").lstrip("0"),
        scenes=[
            SceneSheet(
                number=i + 1,
                name=scene.name.strip() or f"Scene {i + 1}",
                presenter=presenter_text(scene.character, names),
                voice=voice_text(scene.voice, names),
                script=script_text(scene.voice),
                background=background_text(scene),
                overlay=(scene.text.text or "").strip() if scene.text else "",
                length=length_text(length),
            )
            for i, (scene, length) in enumerate(zip(project.scenes, lengths.scenes, strict=True))
        ],
    )


def unnamed(noun: str, item_id: str) -> str:
    """An id whose name this computer has not seen: long hex ids are shortened (the name
    appears once the catalogue has been opened in the window)."""
    if len(item_id) > 24 and item_id.isalnum():
        return f"A {noun} not in the catalogue yet (…{item_id[-6:]})"
    return item_id


def presenter_text(character: Character, names: dict[tuple[str, str], str]) -> str:
    photo = character.type == CharacterType.TALKING_PHOTO
    kind = "talking_photo" if photo else "avatar"
    item_id = character.talking_photo_id if photo else character.avatar_id
    noun = "Talking photo" if photo else "Avatar"
    if not item_id:
        return f"{noun} (not chosen yet)"
    return f"{names.get((kind, item_id)) or unnamed(noun.lower(), item_id)} ({noun.lower()})"


def voice_text(voice: Voice, names: dict[tuple[str, str], str]) -> str:
    if voice.type == VoiceType.SILENCE:
        return "Silence"
    if voice.type == VoiceType.AUDIO:
        source = voice.local_file or voice.audio_url or voice.audio_asset_id or "not chosen yet"
        return f"Recorded audio: {Path(source).name if voice.local_file else source}"
    if not voice.voice_id:
        return "Voice not chosen yet"
    speed = f", speed {voice.speed:g}×" if voice.speed not in (None, 1, 1.0) else ""
    return f"{names.get(('voice', voice.voice_id)) or unnamed('voice', voice.voice_id)}{speed}"


def script_text(voice: Voice) -> str:
    if voice.type == VoiceType.TEXT:
        return (voice.input_text or "").strip() or "(no script yet)"
    if voice.type == VoiceType.SILENCE:
        return "(silence)"
    return "(recorded audio)"


def background_text(scene: Scene) -> str:
    bg = background_of(scene)
    if bg.type == BackgroundType.COLOR:
        return f"Colour {bg.value or 'white'}"
    source = Path(bg.local_file).name if bg.local_file else bg.url or "uploaded file"
    noun = "Image" if bg.type == BackgroundType.IMAGE else "Video"
    return f"{noun}: {source}"
