"""Mid-transition frames of the composed video against the preview widget at the same
moment (the scrubber inside the transition): PSNR on 8-bit RGB, target >= 35 dB, for a
crossfade, a slide left, a wipe and a slide up, each half-way through. The oracle is the window's
real preview, not the geometry function both use; a video composed with the geometry
mirrored (the incoming scene from the wrong side, a fade that cuts) scores far below.
The video lasts the scenes' summed lengths minus the transitions, its sound as long, and
the voices overlap by the transition."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import av
import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from composer.cli import main
from composer.compose import compositor
from composer.compose.compositor import FPS, frame_timeline, plan
from composer.media.clips import ClipCache, default_folder, resolution_for
from composer.media.video import VideoFrames, probe
from composer.model import transitions
from composer.model.enums import BackgroundType
from composer.model.project import Background, Dimension, Offset, Position, Project, TextOverlay
from composer.model.rich import Transition, TransitionType
from composer.projectfile import load_any, save_project
from composer.sandbox.clipmedia import ClipSpec, render_clip
from composer.ui.main_window import MainWindow
from composer.ui.preview.canvas import MARGIN
from tests.support.builders import valid_scene
from tests.support.clips import fill_cache
from tests.support.editor_window import shown_window
from tests.test_preview_wysiwyg import grab_frame, psnr

TARGET_DB = 35.0
SECONDS = 0.4  # 10 frames; the clips last 1 s
MIDDLE = 5  # frame 5 of the 10: p = 0.5
OFFSETS = [-0.25, 0.25, -0.3, -0.25, 0.2]
RIGHT = transitions.moment
KINDS = {
    1: TransitionType.CROSSFADE,
    2: TransitionType.SLIDE_LEFT,
    3: TransitionType.WIPE,
    4: TransitionType.SLIDE_UP,
}


def project_with_transitions(folder: Path) -> Project:
    """Five scenes that look unlike each other (colours, an image, text, the presenter
    placed differently), joined by a crossfade, a slide left, a wipe and a slide up."""
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E86AB"))
    for x in range(0, 640, 64):
        for y in range(360):
            image.setPixelColor(x, y, QColor("#F6AE2D"))
    image.save(str(folder / "stripes.png"))
    colours = ["#112233", None, "#7A1F5C", "#E8E1D0", "#1B4332"]
    scenes = []
    for index, colour in enumerate(colours):
        scene = valid_scene(f"Scene {index + 1}")
        if colour is None:
            scene.background = Background(
                BackgroundType.IMAGE, local_file=str(folder / "stripes.png")
            )
        else:
            scene.background = Background(BackgroundType.COLOR, value=colour)
        scene.character.offset = Offset(OFFSETS[index], 0.1)  # in sight mid-slide
        scene.character.scale = 0.7
        scene.text = TextOverlay(text=f"Part {index + 1}", font_size=64, color="#FFFFFF",
                                 position=Position(0.55, 0.1))  # fmt: skip
        if index in KINDS:
            scene.transition_in = Transition(KINDS[index], SECONDS)
        scenes.append(scene)
    return Project(title="Transitions", dimension=Dimension(960, 540), scenes=scenes,
                   route="exact")  # fmt: skip


def measure(shown: dict[int, np.ndarray], video: Path, moments: list[int]) -> list[float]:
    """PSNR of each preview grab against the video's frame at its moment (frame number)."""
    with VideoFrames(video) as reader:
        return [psnr(shown[i], reader.at(n / FPS)) for i, n in zip(KINDS, moments, strict=True)]


def words(figures: list[float]) -> str:
    return ", ".join(
        f"{kind.value}: {db:.1f} dB" for kind, db in zip(KINDS.values(), figures, strict=True)
    )


def mirrored(kind: TransitionType, p: float, width: int, height: int) -> transitions.Moment:
    """The wrong geometry: slides and wipes from the other side, a fade that cuts."""
    right = RIGHT(kind, p, width, height)
    if kind == TransitionType.CROSSFADE:
        return transitions.Moment((0, 0), (0, 0), 1.0, width)
    if kind == TransitionType.WIPE:
        return transitions.Moment((width - right.reveal, 0), (0, 0), 1.0, width - right.reveal)
    (ox, oy), (ix, iy) = right.outgoing, right.incoming
    return transitions.Moment((-ox, -oy), (-ix, -iy), 1.0, width)


def test_mid_transition_frames_are_what_the_preview_shows(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = project_with_transitions(tmp_path)
    fill_cache(project, default_folder(), seconds=1.0)
    path = tmp_path / "transitions.scene.json"
    save_project(project, path)
    video = tmp_path / "composed.mp4"
    assert main(["compose", str(path), "-o", str(video), "--clips", str(default_folder())]) == 0

    plans = plan(load_any(path), ClipCache(default_folder()))
    line = frame_timeline(plans, FPS)
    assert line.overlaps == [0, 10, 10, 10, 10]
    total = sum(p.frames for p in plans) - sum(line.overlaps)
    assert probe(video).seconds == pytest.approx(total / FPS, abs=0.01)
    assert total / FPS == pytest.approx(5 * 1.0 - 4 * SECONDS)
    with av.open(str(video)) as container:
        samples = sum(frame.samples for frame in container.decode(audio=0))
    assert samples / 48_000 == pytest.approx(total / FPS, abs=0.03)

    window = shown_window(qtbot, MainWindow())
    assert window.files.open_path(path)
    window.preview.show_guides = False
    size = (project.width + 2 * int(MARGIN), project.height + 2 * int(MARGIN))
    window.preview.setFixedSize(*size)
    qtbot.waitUntil(lambda: window.preview.frame_rect().width() == project.width)
    shown = {}
    for index in KINDS:
        window.scenes.select([index])
        qtbot.waitUntil(lambda i=index: window.clip_scrubber.clip is not None
                        and window.preview.scene_index == i)  # fmt: skip
        window.clip_scrubber.slider.setValue(MIDDLE)  # as the user scrubs into it
        window.preview.clearFocus()  # the picture without the selection's outline
        shown[index] = grab_frame(window)
        h, w = shown[index].shape[:2]
        picture = QImage(shown[index].data, w, h, 3 * w, QImage.Format.Format_RGB888)
        picture.save(str(artifacts_dir / f"transition-{KINDS[index].value}-preview.png"))
    window.close()

    moments = [line.starts[index] + MIDDLE for index in KINDS]
    figures = measure(shown, video, moments)
    print(f"\nWYSIWYG mid-transition, preview widget vs video: {words(figures)} "
          f"(target >= {TARGET_DB:g})")  # fmt: skip

    monkeypatch.setattr(compositor.transitions, "moment", mirrored)
    wrong = tmp_path / "mirrored.mp4"
    assert main(["compose", str(path), "-o", str(wrong), "--clips", str(default_folder())]) == 0
    mirrored_figures = measure(shown, wrong, moments)
    print(f"against a video composed with the geometry mirrored: {words(mirrored_figures)}")
    assert min(figures) >= TARGET_DB
    assert max(mirrored_figures) < TARGET_DB - 10


def tone_wav(hz: float, seconds: float) -> bytes:
    """A recording: a sine at `hz`, 48 kHz mono 16-bit WAV."""
    t = np.arange(round(seconds * 48_000)) / 48_000
    samples = (0.3 * 32767 * np.sin(2 * np.pi * hz * t)).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(48_000)
        out.writeframes(samples.tobytes())
    return buffer.getvalue()


def loudness(sound: np.ndarray, hz: float, start: float, end: float) -> float:
    """The amplitude of the `hz` sine in the sound (mono, 48 kHz) between start and end."""
    part = sound[round(start * 48_000) : round(end * 48_000)]
    t = np.arange(len(part)) / 48_000
    return float(2 * np.abs(np.sum(part * np.exp(-2j * np.pi * hz * t))) / len(part))


def test_the_voices_overlap_for_the_transition(qapp, tmp_path: Path) -> None:
    """Scene 1 speaks at 1 kHz, scene 2 at 400 Hz, 1 s each, with a 0.4 s fade: scene 2's
    voice starts 0.6 s in, the two crossfading until 1 s, then scene 2's alone."""
    first, second = valid_scene("One"), valid_scene("Two")
    second.voice.input_text = "Something else."  # a clip of its own
    second.transition_in = Transition(TransitionType.CROSSFADE, SECONDS)
    project = Project(title="Voices", dimension=Dimension(640, 360), scenes=[first, second])
    cache = ClipCache(tmp_path / "clips")
    for scene, hz in ((first, 1000.0), (second, 400.0)):
        spec = ClipSpec(270, 360, 1.0, audio=tone_wav(hz, 1.0))
        cache.store(scene, resolution_for(scene, project.height), render_clip(spec), None)
    video = tmp_path / "voices.mp4"
    compositor.compose(project, cache, video)
    with av.open(str(video)) as container:
        sound = np.concatenate([f.to_ndarray()[0] for f in container.decode(audio=0)])
    assert len(sound) / 48_000 == pytest.approx(2.0 - SECONDS, abs=0.03)
    alone_1 = (loudness(sound, 1000, 0.1, 0.5), loudness(sound, 400, 0.1, 0.5))
    both = (loudness(sound, 1000, 0.7, 0.9), loudness(sound, 400, 0.7, 0.9))
    alone_2 = (loudness(sound, 1000, 1.1, 1.5), loudness(sound, 400, 1.1, 1.5))
    print(f"\n1 kHz / 400 Hz amplitude: scene 1 alone {alone_1[0]:.3f} / {alone_1[1]:.3f}, "
          f"transition {both[0]:.3f} / {both[1]:.3f}, scene 2 alone "
          f"{alone_2[0]:.3f} / {alone_2[1]:.3f}")  # fmt: skip
    level = alone_1[0]  # the recordings' 0.3, as the whole video is brought to -16 LUFS
    assert level > 0.1 and alone_1[1] < 0.07 * level
    assert 0.17 * level < both[0] < 0.83 * level  # both voices, crossfading
    assert 0.17 * level < both[1] < 0.83 * level
    assert alone_2[0] < 0.07 * level and alone_2[1] > 0.67 * level
