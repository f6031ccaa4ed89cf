"""Composing the exact layout from cached clips: a 60 s 1920x1080 video, as a ratio to
real time (target >= 1x) and the composing process's peak RSS (target <= 400 MB).

Four 15 s scenes as the example has them (a presenter on a colour with a headline, a
close-up on a photo, a circle, a presenter over a looping video), their clips made by the
sandbox's clip maker and kept in a cache folder between runs. Each run is a fresh
`scene-composer compose` process (as a user runs it), timed from start to exit, its peak
RSS read from the kernel's accounting of that child."""

from __future__ import annotations

import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from benchmarks.measure import PEAK_KIB, Figure
from composer.media.clips import ClipCache, resolution_for
from composer.model.enums import BackgroundType, PlayStyle
from composer.model.project import Background, Project
from composer.projectfile import load_project, save_project
from composer.resources import example_project
from composer.sandbox.clipmedia import ClipSpec, render_clip

SCENE_SECONDS = 15.0
ASPECT = 9 / 16  # the sandbox looks' picture shape


def loop_video(path: Path, seconds: float = 4.0, fps: int = 25) -> Path:
    """A 1280x720 moving background."""
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 1280, 720, "yuv420p"
        xx = np.arange(1280, dtype=np.int32)[None, :]
        yy = np.arange(720, dtype=np.int32)[:, None]
        for index in range(round(seconds * fps)):
            frame = np.empty((720, 1280, 3), np.uint8)
            frame[..., 0] = (xx // 5 + index * 3) % 256
            frame[..., 1] = (yy // 3) % 256
            frame[..., 2] = 128
            video = av.VideoFrame.from_ndarray(frame, format="rgb24")
            video.pts, video.time_base = index, Fraction(1, fps)
            container.mux(stream.encode(video))
        container.mux(stream.encode(None))
    return path


def minute_project(folder: Path, seconds: float) -> Project:
    project = load_project(example_project())
    project.scenes[1].character.scale = 0.5  # a close-up from a 1080p clip
    video = copy.deepcopy(project.scenes[0])
    video.name = "Over a video"
    video.character.scale = 1.0
    video.background = Background(
        BackgroundType.VIDEO, local_file=str(loop_video(folder / "loop.mp4")),
        play_style=PlayStyle.LOOP,
    )  # fmt: skip
    project.scenes[2].background = Background(BackgroundType.COLOR, value="#22223B")
    project.scenes.append(video)
    for index, scene in enumerate(project.scenes):
        scene.voice.input_text = f"Benchmark scene {index + 1}, {seconds:g} seconds."
    return project


def fill_clips(project: Project, clips: ClipCache, seconds: float) -> None:
    for scene in project.scenes:
        if clips.find(scene, project.height) is None:
            resolution = resolution_for(scene, project.height)
            height = {"720p": 720, "1080p": 1080, "4k": 2160}[resolution]
            spec = ClipSpec(round(height * ASPECT / 2) * 2, height, seconds)
            clips.store(scene, resolution, render_clip(spec), None)


COMPOSE_WITH_PEAK = (
    "import sys; from composer.cli import main; code = main(sys.argv[1:]); "
    f"print({PEAK_KIB}, file=sys.stderr); sys.exit(code)"
)
"""`scene-composer compose`, then its own peak RSS (KiB) as the last line on stderr."""


def run_once(project_file: Path, clips: Path, out: Path) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds of one `scene-composer compose`."""
    command = [sys.executable, "-c", COMPOSE_WITH_PEAK, "compose", str(project_file),
               "-o", str(out), "--clips", str(clips)]  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    peak_kib = process.stderr.read().strip().splitlines()[-1:]
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"scene-composer compose exited {process.returncode}")
    return elapsed, int(peak_kib[0]) / 1024, usage.ru_utime + usage.ru_stime


def figures(
    seconds: float = SCENE_SECONDS, repeat: int = 3, cache: Path | None = None
) -> list[Figure]:
    import platformdirs

    folder = cache or platformdirs.user_cache_path("scene-composer") / "benchmark"
    folder.mkdir(parents=True, exist_ok=True)
    project = minute_project(folder, seconds)
    clips = ClipCache(folder / f"clips-{seconds:g}s")
    fill_clips(project, clips, seconds)
    length = seconds * len(project.scenes)
    with tempfile.TemporaryDirectory() as work:
        project_file = Path(work) / "minute.scene.json"
        save_project(project, project_file)
        runs = [run_once(project_file, clips.folder, Path(work) / "out.mp4") for _ in range(repeat)]
    load = os.getloadavg()[1]  # other work on the machine slows composing down
    times = [elapsed for elapsed, _, _ in runs]
    peaks = [peak for _, peak, _ in runs]
    cpu = statistics.median(cpu for _, _, cpu in runs)
    what = f"{length:g} s of 1920x1080 from cached clips"
    return [
        Figure(f"compose: {what}, speed vs real time", length / statistics.median(times), "x", 1,
               f"{statistics.median(times):.1f} s, median of {repeat}, {cpu:.0f} CPU-s, "
               f"machine load {load:.1f}",
               at_least=True),
        Figure(f"compose: {what}, peak RSS", statistics.median(peaks), "MB", 400,
               f"median of {repeat}, max {max(peaks):.0f} MB"),
    ]  # fmt: skip
