"""What v3 studio keeps of a project, said before anything is sent.

v3 owns the layout: every scene is whole-frame and centre-cropped to the output's aspect.
`losses(project)` lists, per scene and field, what will not survive, each with a short
`what` ("their text overlay") that the Submit dialog counts ("3 scenes lose their text
overlay"); `check(project)` is the v3 route's problem list: the document's own problems
(minus those about fields v3 drops anyway), these losses as warnings, and errors for
scenes v3 cannot render.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from composer.model.enums import AvatarStyle, BackgroundType, CharacterType, Fit, TalkingPhotoStyle
from composer.model.project import Project, Scene, background_of
from composer.model.validate import ERROR, WARNING, Problem
from composer.routes.checks import checked
from composer.routes.rich_losses import all_losses, moot
from composer.routes.v3_mapping import (
    AVATAR_VIDEO,
    ELEVENLABS_V3,
    IMAGE,
    VIDEO,
    NotMappable,
    has_presenter,
    output_for,
    scene_body,
    scene_kind,
    speaks,
)

PRESENTER_IDS = ("character.avatar_id", "character.talking_photo_id")
DROPPED_PREFIXES = (
    "character.offset",
    "character.scale",
    "character.avatar_style",
    "character.talking_photo_style",
    "character.circle_background_color",
    "character.talking_style",
    "character.expression",
    "character.matting",
    "character.super_resolution",
    "character.keep_original_prompt",
    "voice.emotion",
    "background.fit",
    "text",
)
"""Fields v3 cannot carry: the document's own problems about them are moot on v3."""


Found = tuple[str, str, str]  # field, what, message
STYLE_WORDS: dict[str, str] = {AvatarStyle.CLOSE_UP: "close-up", AvatarStyle.CIRCLE: "circle"}


@dataclass(frozen=True)
class Loss:
    scene_index: int | None  # None: the whole video
    field: str
    what: str  # counted in the Submit summary: "N scenes lose <what>"
    message: str  # plain words, beside the field


def losses(project: Project) -> list[Loss]:
    found = list(_project_losses(project))
    for index, scene in enumerate(project.scenes):
        found.extend(Loss(index, field, what, message) for field, what, message in _scene(scene))
    found.extend(Loss(*loss) for loss in all_losses(project, "v3 studio"))
    return found


def summary_lines(found: list[Loss]) -> list[str]:
    """ "3 scenes lose their text overlay", most common first; project-wide ones as said."""
    counts = Counter(loss.what for loss in found if loss.scene_index is not None)
    lines = [
        f"{count} scene{'s' if count > 1 else ''} lose{'' if count > 1 else 's'} {what}"
        for what, count in counts.most_common()
    ]
    lines.extend(loss.message for loss in found if loss.scene_index is None)
    return lines


def check(project: Project) -> list[Problem]:
    kept = [p for p in checked(project) if not _moot(p, project)]
    dropped = [Problem(WARNING, x.scene_index, x.field, x.message) for x in losses(project)]
    refused = []
    for index, scene in enumerate(project.scenes):
        try:
            scene_body(index, scene)
        except NotMappable as exc:
            refused.append(Problem(ERROR, index, exc.field, str(exc)))
    return [*kept, *refused, *dropped]


def _moot(problem: Problem, project: Project) -> bool:
    """A document problem that does not matter on v3: about a field v3 drops, or a missing
    presenter where v3 shows the image or video background whole-frame instead."""
    if moot(problem.field):
        return True
    if problem.scene_index is None:
        return False
    if problem.field.startswith(DROPPED_PREFIXES):
        return True
    scene = project.scenes[problem.scene_index]
    kind = scene_kind(scene)
    if kind == VIDEO and problem.field.startswith("voice."):
        return True  # a video scene's voice-over is left out (a named loss)
    return problem.field in PRESENTER_IDS and kind in (IMAGE, VIDEO)


def _project_losses(project: Project) -> Iterator[Loss]:
    if project.folder_id:
        yield Loss(
            None,
            "folder_id",
            "folder",
            "v3 has no folders: the video goes to your HeyGen library, not into the folder "
            "this project names.",
        )
    output = output_for(project.width, project.height)
    if not output.exact:
        yield Loss(
            None,
            "dimension",
            "size",
            f"v3 renders only preset sizes: this {project.width}×{project.height} video will "
            f"be {output.resolution} at {output.aspect_ratio}, the nearest preset.",
        )


def _scene(scene: Scene) -> Iterator[Found]:
    """(field, what, message) for everything of `scene` that v3 does not keep."""
    kind = scene_kind(scene)
    character, background = scene.character, background_of(scene)
    if has_presenter(character) and kind in (IMAGE, VIDEO):
        yield (
            "character",
            "their presenter",
            "The presenter is left out: v3 animates a presenter only while it speaks, so "
            f"this silent scene shows its {background.type} alone.",
        )
    if kind == AVATAR_VIDEO:
        yield from _presenter_losses(scene)
    if kind == AVATAR_VIDEO and background.type in (BackgroundType.IMAGE, BackgroundType.VIDEO):
        yield (
            "background.type",
            f"the {background.type} behind the presenter",
            f"The {background.type} behind the presenter is left out: v3 puts a presenter "
            "only on a plain colour (white here).",
        )
    if background.fit not in (None, Fit.COVER) and kind in (IMAGE, VIDEO):
        yield (
            "background.fit",
            "their background fit",
            f"Fit '{background.fit}' is ignored: v3 fills the frame and crops the centre.",
        )
    yield from _playback_losses(scene, kind)
    yield from _voice_losses(scene)
    if scene.text is not None:
        yield ("text", "their text overlay", "The text overlay is left out: v3 has no overlays.")


def _presenter_losses(scene: Scene) -> Iterator[Found]:
    character = scene.character
    offset = character.offset
    moved = offset is not None and ((offset.x or 0) != 0 or (offset.y or 0) != 0)
    if moved or character.scale not in (None, 1.0):
        yield (
            "character.offset" if moved else "character.scale",
            "the presenter's size and position",
            "The presenter's size and position are left out: v3 frames the presenter itself.",
        )
    style = (
        character.talking_photo_style
        if character.type == CharacterType.TALKING_PHOTO
        else character.avatar_style
    )
    if style in (AvatarStyle.CIRCLE, AvatarStyle.CLOSE_UP, TalkingPhotoStyle.CIRCLE):
        field = (
            "character.talking_photo_style"
            if character.type == CharacterType.TALKING_PHOTO
            else "character.avatar_style"
        )
        name = STYLE_WORDS.get(style, str(style))
        yield (
            field,
            f"the {name} style",
            f"The {name} style is left out: v3 shows the full frame.",
        )
    extras = [
        ("circle_background_color", "circle colour"),
        ("talking_style", "talking style"),
        ("expression", "expression"),
        ("matting", "background removal (matting)"),
        ("super_resolution", "super resolution"),
        ("keep_original_prompt", "'keep original prompt'"),
    ]
    for name, words in extras:
        if getattr(character, name) not in (None, False):
            yield (
                f"character.{name}",
                f"their {words}",
                f"The {words} setting is left out: v3 has no such option.",
            )


def _playback_losses(scene: Scene, kind: str | None) -> Iterator[Found]:
    """v3's video scene is the clip played once at its own length, with its own sound:
    no loop or freeze, and no voice-over."""
    if kind != VIDEO:
        return
    play_style = background_of(scene).play_style
    if play_style is not None:
        yield (
            "background.play_style",
            "their video play style",
            f"Play style '{play_style}' is not in v3: the clip plays once, at its own length.",
        )
    if speaks(scene.voice):
        yield (
            "voice.type",
            "their voice-over",
            "The voice-over is left out: a v3 video scene plays the clip with its own sound "
            "only. Add a presenter to speak it, or use an image background instead.",
        )


def _voice_losses(scene: Scene) -> Iterator[Found]:
    voice = scene.voice
    if voice.emotion is not None and speaks(voice):
        yield (
            "voice.emotion",
            "their voice emotion",
            "The voice emotion is left out: v3 has no emotion setting.",
        )
    eleven = voice.elevenlabs_settings
    if eleven is not None and eleven.model is not None and eleven.model not in ELEVENLABS_V3:
        yield (
            "voice.elevenlabs_settings.model",
            "their ElevenLabs model",
            f"v3 has no {eleven.model}: HeyGen uses the voice's default model.",
        )
