"""What a brand kit does to scenes, and which scenes stray from it (Qt-free rules)."""

from __future__ import annotations

import copy

from composer.brand.kit import BrandKit
from composer.model import colours
from composer.model.enums import BackgroundType, CharacterType, VoiceType
from composer.model.layout import font_px, is_circle
from composer.model.project import Project, Scene, background_of
from composer.model.validate import WARNING, Problem

TITLE_PX = 48
"""Overlays this big or bigger are titles (the kit's title font); smaller ones body text."""
BRAND_COLOUR_PATHS = ("background.value", "text.color", "character.circle_background_color")


def apply_kit(scene: Scene, kit: BrandKit) -> Scene:
    """A copy of `scene` dressed in the kit: colour background, text colour and font (title
    or body by size), circle colour, presenter and voice. What the kit leaves empty is left
    as it is, and so are image and video backgrounds."""
    after = copy.deepcopy(scene)
    background = after.background
    if kit.background and background is not None and background.type == BackgroundType.COLOR:
        background.value = kit.background
    if after.text is not None:
        after.text.color = kit.text or after.text.color
        font = kit.title_font if font_px(after.text) >= TITLE_PX else kit.body_font
        after.text.font_family = font or after.text.font_family
    character = after.character
    if kit.primary and is_circle(character):
        character.circle_background_color = kit.primary
    if kit.presenter_id and character.type == CharacterType.AVATAR:
        character.avatar_id = kit.presenter_id
    if kit.voice_id and after.voice.type == VoiceType.TEXT:
        after.voice.voice_id = kit.voice_id
    return after


def fill_from_kit(scene: Scene, kit: BrandKit) -> Scene:
    """A new scene following the kit: the kit's choices where the scene has none yet."""
    after = copy.deepcopy(scene)
    if kit.presenter_id and after.character.type == CharacterType.AVATAR:
        after.character.avatar_id = after.character.avatar_id or kit.presenter_id
    if kit.voice_id and after.voice.type == VoiceType.TEXT:
        after.voice.voice_id = after.voice.voice_id or kit.voice_id
    return after


def off_brand(project: Project, kit: BrandKit) -> list[Problem]:
    """A gentle warning for each colour a scene uses that is not one of the kit's."""
    palette = kit.palette()
    if not palette:
        return []
    named = ", ".join(sorted(palette))
    problems = []
    for index, scene in enumerate(project.scenes):
        for path in BRAND_COLOUR_PATHS:
            value = _colour_at(scene, path)
            if value is not None and value not in palette:
                problems.append(
                    Problem(
                        WARNING,
                        index,
                        path,
                        f"{_what(path)} {value} is not one of your brand colours ({named}).",
                    )
                )
    return problems


def _colour_at(scene: Scene, path: str) -> str | None:
    if path == "background.value":
        background = background_of(scene)
        if background.type != BackgroundType.COLOR:
            return None
        raw = background.value
    elif path == "text.color":
        raw = scene.text.color if scene.text is not None and scene.text.text else None
    else:
        raw = scene.character.circle_background_color if is_circle(scene.character) else None
    return colours.to_hex(raw)


def _what(path: str) -> str:
    return {
        "background.value": "The background colour",
        "text.color": "The text colour",
        "character.circle_background_color": "The circle colour",
    }[path]
