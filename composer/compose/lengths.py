"""How long a scene lasts before and after its presenter clip exists, and how much of a
clip a scene may use (Qt-free: the clip cache and the compositor ask)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.billing.lengths import scene_length
from composer.media.safety import MAX_SECONDS
from composer.media.video import probe
from composer.model.project import Scene

if TYPE_CHECKING:
    from composer.media.clips import ClipFile


def estimated_seconds(scene: Scene) -> float:
    """The scene's length before its clip exists, as the price counts it (the silence's
    duration, the recording's length, or the script at the rule file's pace); a second
    when it can't be known."""
    return scene_length(scene).seconds or 1.0


def needed_seconds(scene: Scene) -> float:
    """The longest a scene's presenter clip can be used: twice its estimated length plus
    half a minute (speech is never that much slower than estimated), at most the longest
    video HeyGen renders. A clip claiming more (a WebM whose last packet says 31 years)
    is trimmed to it, so composing takes time in proportion to the scene."""
    return min(MAX_SECONDS, 2 * min(estimated_seconds(scene), MAX_SECONDS) + 30)


def clip_seconds(scene: Scene, clip: ClipFile) -> float:
    """How long the scene plays its clip: the clip's length, trimmed to what the scene
    needs."""
    return min(probe(clip.path).seconds, needed_seconds(scene))
