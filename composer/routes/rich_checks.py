"""The disk and length checks of the rich parts (composer.model.rich), beside the pure
`validate_rich`: each layer's picture file and the music file by content, a layer that
starts after its scene ends, and a transition longer than half of a scene it joins (it
is shortened to fit). Scene lengths come from the one length rule (composer.billing)."""

from __future__ import annotations

from collections.abc import Iterator

from composer.assets.media import IMAGE, media_problem
from composer.billing.lengths import scene_length
from composer.media import safety
from composer.media.safety import Kind, MediaError
from composer.model.project import Project, Scene
from composer.model.rich import TransitionType
from composer.model.validate import WARNING, Problem
from composer.model.validate_rich import layer_words
from composer.model.validation_rules import TRANSITION_SHARE_OF_SCENE
from composer.model.wording import ERROR

TRANSITION_WORDS = {
    TransitionType.CROSSFADE: "fade",
    TransitionType.SLIDE_LEFT: "slide",
    TransitionType.SLIDE_UP: "slide",
    TransitionType.WIPE: "wipe",
}


def project_checks(project: Project) -> list[Problem]:
    """The music file (the whole video's) and every transition against its scenes."""
    found = []
    music = project.music
    if music is not None and music.local_file:
        problem = music_problem(music.local_file)
        if problem:
            found.append(Problem(ERROR, None, "music.local_file", f"Music: {problem}"))
    return found + list(_transitions(project))


def music_problem(path: str) -> str | None:
    """Why the sound at `path` can't be mixed under the video (None: it can). Music is
    never uploaded, so it is held to the decoders' safety rules (composer.media.safety:
    MP3, WAV, FLAC, Ogg, AAC...), not to HeyGen's upload types."""
    try:
        safety.seconds(path, Kind.AUDIO)
    except MediaError as error:
        return f"{error}; pick the file again."
    return None


def scene_checks(scene: Scene, index: int) -> Iterator[Problem]:
    """Each layer's picture file, and layers that start after the scene ends."""
    seconds: float | None = None
    for at, overlay in enumerate(scene.overlays):
        who = layer_words(overlay, at)
        if overlay.local_file:
            problem = media_problem(overlay.local_file, IMAGE)
            if problem:
                yield Problem(ERROR, index, f"overlays[{at}].local_file", f"{who}: {problem}")
        if overlay.start:
            seconds = _seconds(scene) if seconds is None else seconds
            if seconds and overlay.start >= seconds:
                yield Problem(
                    WARNING,
                    index,
                    f"overlays[{at}].start",
                    f"{who}: starts at {overlay.start:.1f} s, after the scene ends "
                    f"({seconds:.1f} s), so it never shows.",
                )


def _transitions(project: Project) -> Iterator[Problem]:
    scenes = project.scenes
    for index in range(1, len(scenes)):
        transition = scenes[index].transition_in
        if transition is None or transition.type not in TRANSITION_WORDS:
            continue
        if not transition.seconds or transition.seconds <= 0:
            continue  # the pure rule says so
        for neighbour in (index - 1, index):
            length = _seconds(scenes[neighbour])
            most = (length or 0) * TRANSITION_SHARE_OF_SCENE
            if length and transition.seconds > most:
                words = TRANSITION_WORDS[transition.type]
                yield Problem(
                    WARNING,
                    index,
                    "transition_in.seconds",
                    f"Transition into this scene: the {transition.seconds:.1f} s {words} is "
                    f"longer than half of scene {neighbour + 1} ({length:.1f} s); it will "
                    f"be shortened to {most:.1f} s.",
                )
                break


def _seconds(scene: Scene) -> float | None:
    return scene_length(scene).seconds
