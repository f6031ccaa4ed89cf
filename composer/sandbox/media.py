"""What a finished sandbox render serves: the hook for new kinds of media.

`finished_file(body)` picks, from the request body of a render, which shipped file its
video link serves (and the link's extension). To serve something else for some bodies
(say a WebM with alpha for v3 `type: "avatar"` with `output_format: "webm"`), add a rule
to RULES and the file to api.SHIPPED_FILES.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from composer.sandbox import avatar_clips

Rule = tuple[Callable[[dict[str, Any]], bool], str, str]  # test, shipped file, extension
DEFAULT_FILE = ("sample.mp4", "mp4")
RULES: list[Rule] = [
    (avatar_clips.is_webm, avatar_clips.AVATAR_CLIP, "webm"),
    (avatar_clips.is_avatar, avatar_clips.AVATAR_CLIP, "mp4"),
]
"""First matching rule wins; no match: the sample MP4."""
SECONDS_PER_SCENE = 2


def finished_file(body: dict[str, Any]) -> tuple[str, str]:
    for test, name, extension in RULES:
        if test(body):
            return name, extension
    return DEFAULT_FILE


def subtitles(body: dict[str, Any]) -> str:
    """An SRT with one cue per scene that has a script (v3 always returns a sidecar SRT)."""
    cues: list[str] = []
    scenes = body.get("scenes") or [body]
    for index, scene in enumerate(scenes):
        text = scene.get("script") or (scene.get("input") or {}).get("script")
        if text:
            start, end = index * SECONDS_PER_SCENE, (index + 1) * SECONDS_PER_SCENE
            cues.append(f"{len(cues) + 1}\n{_time(start)} --> {_time(end)}\n{text.strip()}\n")
    return "\n".join(cues)


def _time(seconds: int) -> str:
    minutes, second = divmod(seconds, 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours:02d}:{minute:02d}:{second:02d},000"
