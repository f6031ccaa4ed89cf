"""What HeyGen's own layouts (v2 scenes, v3 studio) cannot carry of a rich scene: its
layers, the transition into it, the music and the captions' style. Only the exact-layout
route, which composes every frame on this computer, keeps them; on v2 and v3 they are named
losses, like the brand kit's logo (the Submit dialog then offers the exact route).

v2's one text overlay is the scene's `text`, not these layers: every layer is lost on both.
"""

from __future__ import annotations

from collections.abc import Iterator

from composer.model.project import Project, Scene
from composer.model.rich import TransitionType

Found = tuple[str, str, str]  # field, what, message
RICH_FIELDS = ("overlays", "transition_in", "music", "captions_style")
"""Problems about these fields are moot on a route that leaves them out."""
EXACT_WORDS = "only the exact layout route (composed on this computer) keeps"

TRANSITION_WORDS = {
    TransitionType.CROSSFADE: "fade",
    TransitionType.SLIDE_LEFT: "slide left",
    TransitionType.SLIDE_UP: "slide up",
    TransitionType.WIPE: "wipe",
}


def scene_losses(scene: Scene, index: int, route: str) -> Iterator[Found]:
    """(field, what, message) for the layers of `scene` and the transition into it."""
    if scene.overlays:
        count = len(scene.overlays)
        layers = f"{count} layer{'s' if count > 1 else ''}"
        yield (
            "overlays",
            "their layers",
            f"The scene's {layers} (pictures, texts, shapes) are left out: {route} has no "
            f"such layers; {EXACT_WORDS} them.",
        )
    transition = scene.transition_in
    if index > 0 and transition is not None and transition.type in TRANSITION_WORDS:
        words = TRANSITION_WORDS[transition.type]
        yield (
            "transition_in",
            "their transition",
            f"The {words} into this scene becomes a cut: {route} has no transitions; "
            f"{EXACT_WORDS} them.",
        )


def project_losses(project: Project, route: str) -> Iterator[Found]:
    """(field, what, message) for the video-wide music and captions' style."""
    if project.music is not None and project.music.local_file:
        yield (
            "music",
            "music",
            f"The music is left out: {route} has no music under the voices; {EXACT_WORDS} it.",
        )
    if project.captions_style is not None and _styled(project):
        yield (
            "captions_style",
            "caption style",
            f"The captions' style (font, colours, place) is left out: {route} burns captions "
            f"in its own style; {EXACT_WORDS} it.",
        )


def _styled(project: Project) -> bool:
    """A captions style that says anything (an empty one changes nothing)."""
    style = project.captions_style
    assert style is not None
    fields = (style.font_family, style.font_size, style.color, style.background, style.position)
    return any(value is not None for value in (*fields, style.highlight_words or None))


def all_losses(project: Project, route: str) -> Iterator[tuple[int | None, str, str, str]]:
    """(scene index or None for the whole video, field, what, message), video first."""
    for found in project_losses(project, route):
        yield (None, *found)
    for index, scene in enumerate(project.scenes):
        for found in scene_losses(scene, index, route):
            yield (index, *found)


def moot(field: str) -> bool:
    """A problem on `field` doesn't matter where the rich parts are not sent."""
    return field.startswith(RICH_FIELDS)
