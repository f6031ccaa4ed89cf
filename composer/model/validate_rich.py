"""Validation of the rich parts of a project (composer.model.rich): layers, transitions
and music, in marketer words naming the layer ('Layer "Lower third": starts after it
ends.'). Pure, like `validate`: whether a file exists and how long a scene runs are
checked in the route layer (composer/routes/checks.py)."""

from __future__ import annotations

from collections.abc import Iterator

from composer.model.project import Project, Scene
from composer.model.rich import Overlay, OverlayType, TransitionType
from composer.model.validation_rules import MUSIC_SHARES, OVERLAY_SHARES, ShareRule
from composer.model.wording import ERROR, WARNING, Found

LAYER_WORDS = {OverlayType.TEXT: "Text", OverlayType.IMAGE: "Picture", OverlayType.SHAPE: "Shape"}


def layer_name(overlay: Overlay, at: int) -> str:
    """How the layer list calls a layer: its name, else its kind and place ("Text 2")."""
    if overlay.name and overlay.name.strip():
        return overlay.name.strip()
    return f"{LAYER_WORDS.get(overlay.type, 'Layer')} {at + 1}"


def layer_words(overlay: Overlay, at: int) -> str:
    return f'Layer "{layer_name(overlay, at)}"'


def scene_rich_problems(scene: Scene, index: int) -> Iterator[Found]:
    for at, overlay in enumerate(scene.overlays):
        yield from _overlay(overlay, at)
    transition = scene.transition_in
    if index > 0 and transition is not None and transition.type != TransitionType.CUT:
        seconds = transition.seconds
        if seconds is not None and seconds <= 0:
            yield (
                ERROR,
                "transition_in.seconds",
                f"Transition into this scene: it must last more than 0 s; it is {seconds:g} s.",
            )


def project_rich_problems(project: Project) -> Iterator[Found]:
    music = project.music
    if music is None:
        return
    yield from _shares(music, MUSIC_SHARES, "music", "Music")
    if not (music.local_file or "").strip():
        yield WARNING, "music.local_file", "Music: no sound file is chosen, so none plays."
    fade = music.fade_out_seconds
    if fade is not None and fade < 0:
        yield ERROR, "music.fade_out_seconds", f"Music: the fade-out can't be {fade:g} s."


def _overlay(overlay: Overlay, at: int) -> Iterator[Found]:
    path = f"overlays[{at}]"
    who = layer_words(overlay, at)
    yield from _shares(overlay, OVERLAY_SHARES, path, who)
    start, end = overlay.start, overlay.end
    if start is not None and end is not None and start >= end:
        yield (
            ERROR,
            f"{path}.start",
            f"{who}: starts after it ends (starts at {start:.1f} s, ends at {end:.1f} s).",
        )
    if overlay.type == OverlayType.IMAGE and not (overlay.local_file or overlay.url):
        yield ERROR, f"{path}.local_file", f"{who}: choose a picture file or a web address."
    if overlay.type == OverlayType.TEXT and not (overlay.text or "").strip():
        yield WARNING, f"{path}.text", f"{who}: has no text, so it shows nothing."


def _shares(obj: object, rules: tuple[ShareRule, ...], path: str, who: str) -> Iterator[Found]:
    for rule in rules:
        value = getattr(obj, rule.field)
        if value is not None and not 0 <= value <= 1:
            yield (
                ERROR,
                f"{path}.{rule.field}",
                f"{who}: {rule.words} must be between 0 % and 100 %; it is {value * 100:.0f} %.",
            )
