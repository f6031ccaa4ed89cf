"""Compose a project from its cached presenter clips into one MP4.

Scenes are put together in order, frame by frame (nothing is held but the current
scene's still layers and one frame; during a transition, the two scenes' in step:
`sequence.py`), with the clip's voice (or the scene's recording, or silence) as the sound
(`voices.py`), the project's music under it and the whole brought to -16 LUFS
(composer/media/mixing.py); a transition blends the end of a scene with the start of the next
(composer.model.transitions), so the video is the scenes' lengths minus the overlaps.
The file is H.264 yuv420p + AAC with `+faststart`, at the project's size and 25 frames
a second, and appears only when complete. `progress` is told after every frame;
`cancel()` returning True stops between frames (nothing is written). Each scene's frames
are composed by an FFmpeg filter graph (`frames.py`). With captions on, the clips'
captions are burned in (and merged into one SRT beside the video)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from composer.assets.online import missing_media, missing_pictures
from composer.brand.kit import kit_for
from composer.compose import srt_cues
from composer.compose.frames import SceneFrames
from composer.compose.lengths import clip_seconds
from composer.compose.painted import caption_patch, scene_layers
from composer.compose.sequence import in_sequence
from composer.compose.voices import scene_sound, voice_track
from composer.media.audio import RATE
from composer.media.clips import ClipCache, ClipFile
from composer.media.heap import give_back_free_memory, give_back_large_buffers
from composer.media.mixing import mix
from composer.media.prefetch import Prefetch
from composer.media.transition_frames import blended
from composer.media.video import MediaError, probe
from composer.media.writer import PRESET, Mp4Writer
from composer.model import transitions
from composer.model.project import Project, Scene, background_of

if TYPE_CHECKING:
    import av

    from composer.paint.layers import Patch

FPS = 25
RENDER_HINT = 'Submit with "Exact layout (composed on this computer)" to render them.'


class ComposeError(Exception):
    """Why the video can't be composed, in plain words naming the scene(s)."""


class Cancelled(Exception):
    pass


@dataclass(frozen=True)
class Progress:
    scene: int  # 1-based
    scenes: int
    frames_done: int
    frames_total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.frames_done / max(1, self.frames_total)

    def __str__(self) -> str:
        return f"scene {self.scene} of {self.scenes}, {self.percent:.0f}%"


@dataclass(frozen=True)
class ScenePlan:
    index: int
    scene: Scene
    clip: ClipFile
    seconds: float
    frames: int


def scene_title(index: int, scene: Scene) -> str:
    return f"Scene {index + 1}" + (f" ({scene.name})" if scene.name else "")


def plan(project: Project, clips: ClipCache, fps: int = FPS) -> list[ScenePlan]:
    """Every scene with its clip and length; ComposeError names the scenes whose clip is
    missing or damaged."""
    for what, unshown in (
        ("The background of ", missing_media(project)),
        ("The picture layer of ", missing_pictures(project)),
    ):
        if unshown:  # a placeholder is never composed into a video
            raise ComposeError(
                what + ", ".join(unshown) + " is not on this computer (an online one is "
                "downloaded when the video is sent); choose its file or send it again."
            )
    plans, missing, damaged = [], [], []
    for index, scene in enumerate(project.scenes):
        clip = clips.find(scene, project.height)
        if clip is None:
            missing.append(scene_title(index, scene))
            continue
        try:
            seconds = clip_seconds(scene, clip)
        except MediaError:
            clips.drop(clip)  # kept, it would fail every later send the same way
            damaged.append(scene_title(index, scene))
            continue
        plans.append(ScenePlan(index, scene, clip, seconds, max(1, round(seconds * fps))))
    problems = []
    if missing:
        problems.append("No presenter clip yet for " + ", ".join(missing) + ".")
    if damaged:
        problems.append(
            "The presenter clip of " + ", ".join(damaged) + " was damaged and has been "
            "removed: the next send renders it again."
        )
    if problems:
        raise ComposeError(" ".join(problems) + " " + RENDER_HINT)
    if not plans:
        raise ComposeError("The project has no scenes.")
    return plans


def compose(
    project: Project,
    clips: ClipCache,
    out: Path,
    *,
    fps: int = FPS,
    progress: Callable[[Progress], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    preset: str = PRESET,
) -> list[Path]:
    """The MP4 at `out`, and with captions on, the merged SRT beside it: the files."""
    plans = plan(project, clips, fps)
    give_back_large_buffers()  # memory stays flat scene after scene
    counts = [item.frames for item in plans]
    line = frame_timeline(plans, fps)
    total = sum(counts) - sum(line.overlaps)
    sounds = [partial(scene_sound, item.scene, item.clip.path) for item in plans]
    voices = partial(voice_track, sounds, counts, line.overlaps, fps)
    samples = RATE // fps
    try:
        sound = mix(voices, project, total * samples)  # the music under them; -16 LUFS
    except MediaError as exc:  # the music can't be used (before anything is written)
        raise ComposeError(str(exc)) from None
    pictures = in_sequence(counts, line.overlaps, partial(_Playing, project, plans, fps),
                           partial(_crossed, plans, project.width, project.height))  # fmt: skip
    try:
        with sound, Mp4Writer(out, project.width, project.height, fps, preset=preset) as writer:
            for done, (index, frame) in enumerate(pictures, 1):
                if cancel is not None and cancel():
                    raise Cancelled
                writer.write(frame, sound.take(samples))
                if progress is not None:
                    progress(Progress(index + 1, len(plans), done, total))
    finally:
        pictures.close()
    files = [out]
    if project.caption:
        starts = [start / fps for start in line.starts]
        parts = [
            (p.clip.path.with_suffix(".srt"), start) for p, start in zip(plans, starts, strict=True)
        ]
        srt = srt_cues.merge(parts, out.with_suffix(".srt"))
        files += [srt] if srt else []
    return files


class _Captions:
    """The clip's captions burned in, painted by composer/paint when they change."""

    def __init__(self, item: ScenePlan, project: Project, fps: int) -> None:
        self.cues = srt_cues.clip_cues(item.clip.path)
        self.size = (project.width, project.height)
        self.style = project.captions_style
        self.fps = fps
        self._patches: dict[str, Patch | None] = {}

    def patch(self, number: int) -> Patch | None:
        """The caption on frame `number` (the same object while it stays on screen)."""
        words = srt_cues.words_at(self.cues, number / self.fps)
        if words not in self._patches:  # only the words on screen are kept (one patch)
            self._patches = {words: caption_patch(words, *self.size, self.style)}
        return self._patches[words]


def _scene_frames(project: Project, item: ScenePlan, fps: int) -> SceneFrames:
    info = probe(item.clip.path)
    logo = kit_for(project).logo_spec()  # the brand kit's logo is composed with the text
    aspect = info.width / info.height
    layers = scene_layers(item.scene, project.width, project.height, aspect, logo, item.seconds)
    background = background_of(item.scene)
    return SceneFrames(
        layers, item.clip, fps, item.seconds, background.play_style, background.fit, item.frames
    )


def _next_frame(made: Iterator[av.VideoFrame], _number: int) -> av.VideoFrame:
    return next(made)


class _Playing:
    """A scene's composed frames in order. Composed on a worker thread while the frames
    before are encoded; captions are painted by Qt as they change, so with captions on
    the frames are composed on this thread."""

    def __init__(self, project: Project, plans: list[ScenePlan], fps: int, index: int) -> None:
        item = plans[index]
        self.frames = _scene_frames(project, item, fps)
        burn = _Captions(item, project, fps).patch if project.caption else None
        self.made = self.frames.frames(burn)
        self.ahead = None if burn else Prefetch(partial(_next_frame, self.made), range(item.frames))

    def next(self) -> av.VideoFrame:
        return next(self.made) if self.ahead is None else self.ahead.next()

    def close(self) -> None:
        if self.ahead is not None:
            self.ahead.close()
        self.made.close()
        self.frames.close()
        give_back_free_memory()


@dataclass(frozen=True)
class FrameLine:
    """The scenes on the video's timeline, in frames (composer.model.transitions)."""

    starts: list[int]
    overlaps: list[int]


def frame_timeline(plans: list[ScenePlan], fps: int) -> FrameLine:
    lengths = [item.frames / fps for item in plans]
    line = transitions.timeline([item.scene.transition_in for item in plans], lengths, fps)
    return FrameLine(
        [round(start * fps) for start in line.starts], [round(o * fps) for o in line.overlaps]
    )


def _crossed(
    plans: list[ScenePlan],
    width: int,
    height: int,
    outgoing: av.VideoFrame,
    incoming: av.VideoFrame,
    j: int,
    k: int,
    index: int,
) -> av.VideoFrame:
    """Frame j of the k frames of the transition into scene `index`."""
    kind = plans[index].scene.transition_in
    assert kind is not None  # a transition of frames is never a cut
    p = transitions.progress(j, k)
    return blended(outgoing, incoming, transitions.moment(kind.type, p or 0.0, width, height))
