"""Compose a project from its cached presenter clips into one MP4.

Scenes are put together in order, frame by frame (nothing is held but the current
scene's still layers and one frame), with the clip's voice (or the scene's recording, or
silence) as the sound, the project's music under it and the whole brought to -16 LUFS
(composer/media/mixing.py); the file is H.264 yuv420p + AAC with `+faststart`, at the
project's size and 25 frames a second, and appears only when complete. `progress` is
told after every frame; `cancel()` returning True stops between frames (nothing is
written). Each scene's frames are composed by an FFmpeg filter graph (`frames.py`).
With captions on, the clips' captions are burned in (and merged into one SRT beside the
video)."""

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
from composer.media.audio import RATE, AudioTrack
from composer.media.clips import ClipCache, ClipFile
from composer.media.heap import give_back_free_memory, give_back_large_buffers
from composer.media.mixing import mix
from composer.media.prefetch import Prefetch
from composer.media.video import MediaError, probe
from composer.media.writer import PRESET, Mp4Writer
from composer.model.project import Project, Scene, background_of

if TYPE_CHECKING:
    import av
    import numpy as np

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


def _sound(item: ScenePlan) -> AudioTrack:
    if probe(item.clip.path).has_audio or not item.scene.voice.local_file:
        return AudioTrack(item.clip.path)
    return AudioTrack(Path(item.scene.voice.local_file))


def _voices(plans: list[ScenePlan], samples: int) -> Iterator[np.ndarray]:
    """The voice track: each scene's sound for its frames, `samples` a frame (one scene's
    file open at a time)."""
    for item in plans:
        sound = _sound(item)
        try:
            for _number in range(item.frames):
                yield sound.take(samples)
        finally:
            sound.close()


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
    total, done = sum(item.frames for item in plans), 0
    samples = RATE // fps
    voices = partial(_voices, plans, samples)
    try:
        sound = mix(voices, project, total * samples)  # the music under them; -16 LUFS
    except MediaError as exc:  # the music can't be used (before anything is written)
        raise ComposeError(str(exc)) from None
    with sound, Mp4Writer(out, project.width, project.height, fps, preset=preset) as writer:
        for item in plans:
            frames = _scene_frames(project, item, fps)
            burn = _Captions(item, project, fps).patch if project.caption else None
            made = frames.frames(burn)
            # composed on a worker thread while the frames before are encoded; captions
            # are painted by Qt as they change, so with captions on the frames are
            # composed on this thread
            ahead = None if burn else Prefetch(partial(_next_frame, made), range(item.frames))
            try:
                for _number in range(item.frames):
                    if cancel is not None and cancel():
                        raise Cancelled
                    frame = next(made) if ahead is None else ahead.next()
                    writer.write(frame, sound.take(samples))
                    done += 1
                    if progress is not None:
                        progress(Progress(item.index + 1, len(plans), done, total))
            finally:
                if ahead is not None:
                    ahead.close()
                made.close()
                frames.close()
                give_back_free_memory()
    files = [out]
    if project.caption:
        starts = [sum(p.frames for p in plans[:i]) / fps for i in range(len(plans))]
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
