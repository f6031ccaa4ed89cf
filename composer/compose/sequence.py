"""The scenes one after another on the video's timeline, frame by frame: pictures and
voices walk it the same way. A scene is opened when it starts and closed when it ends;
during a transition into scene i (its first `overlaps[i]` frames, the last ones of scene
i - 1) both scenes are open and their frames are taken in step and crossed, so memory
holds at most two scenes' moving parts, never a scene's frames. A hard cut (0 frames)
opens the next scene only when the one before has closed: it costs nothing extra."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Stream(Protocol[T_co]):
    """One scene's frames (or sound) in order."""

    def next(self) -> T_co: ...

    def close(self) -> None: ...


Cross = Callable[[T, T, int, int, int], T]
"""(outgoing item, incoming item, frame j of the transition, its frames k, the incoming
scene's index) → the output item."""


def in_sequence(
    counts: Sequence[int],
    overlaps: Sequence[int],
    open_scene: Callable[[int], Stream[T]],
    cross: Cross[T],
) -> Generator[tuple[int, T], None, None]:
    """(scene index, item) for each output frame: `counts[i]` frames of scene i, of which
    the first `overlaps[i]` are crossed with the end of scene i - 1."""
    if not counts:
        return
    playing: list[Stream[T]] = []
    try:
        playing.append(open_scene(0))
        shown = 0  # frames of the current scene already given (in the transition into it)
        for index, count in enumerate(counts):
            following = overlaps[index + 1] if index + 1 < len(counts) else 0
            for _frame in range(count - shown - following):
                yield index, playing[0].next()
            if index + 1 == len(counts):
                break
            if following:
                playing.append(open_scene(index + 1))
                for j in range(following):
                    outgoing, incoming = playing[0].next(), playing[1].next()
                    yield index + 1, cross(outgoing, incoming, j, following, index + 1)
            playing.pop(0).close()
            if not following:
                playing.append(open_scene(index + 1))
            shown = following
    finally:
        for stream in playing:
            stream.close()
