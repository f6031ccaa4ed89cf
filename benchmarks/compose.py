"""Composing the exact layout from cached clips, against a peer: the same scenes as a
hand-written FFmpeg filter graph run by the `ffmpeg` command (benchmarks/peer.py).

Four 6 s scenes as the example has them (a presenter on a colour with a headline, a
close-up on a photo, a circle, a presenter over a looping 720p video), at 1920x1080 and
at 1080x1920 (9:16), 25 fps, x264 ultrafast CRF 18 for both. Each run of the app is a
fresh `scene-composer compose` process (as a user runs it: start-up and painting
included), timed from start to exit, its peak RSS what it reports of itself (VmHWM); the
app and the peer are run in turn (interleaved), 3 times each, and the medians compared.
Then a 10-minute video (100 scenes) at a small frame size, its memory sampled as it goes:
what must stay flat is the RSS from the end of the first minute to the end."""

from __future__ import annotations

import copy
import json
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

from benchmarks import peer
from benchmarks.measure import PEAK_KIB, Figure
from composer.media.clips import ClipCache, resolution_for
from composer.media.video import probe
from composer.model.enums import BackgroundType, PlayStyle
from composer.model.project import Background, Dimension, Project
from composer.projectfile import load_project, save_project
from composer.resources import example_project
from composer.sandbox.clipmedia import ClipSpec, render_clip

SCENE_SECONDS = 6.0
SHAPES = ((1920, 1080), (1080, 1920))
LONG = (320, 180, 100)
"""The 10-minute video: frame size and scenes (of SCENE_SECONDS)."""
ASPECT = 9 / 16  # the sandbox looks' picture shape
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def loop_video(path: Path, size: tuple[int, int] = (1280, 720), fps: int = 25) -> Path:
    """A 4 s moving background."""
    w, h = size
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
        xx, yy = np.arange(w)[None, :], np.arange(h)[:, None]
        for index in range(4 * fps):
            frame = np.empty((h, w, 3), np.uint8)
            frame[..., 0] = (xx // 5 + index * 3) % 256
            frame[..., 1] = (yy // 3) % 256
            frame[..., 2] = 128
            video = av.VideoFrame.from_ndarray(frame, format="rgb24")
            video.pts, video.time_base = index, Fraction(1, fps)
            container.mux(stream.encode(video))
        container.mux(stream.encode(None))
    return path


def scenes_project(folder: Path, size: tuple[int, int], scenes: int = 4) -> Project:
    """The example's scenes (the third on a colour) and one over a looping video, in turn."""
    project = load_project(example_project())
    project.dimension = Dimension(*size)
    project.scenes[1].character.scale = 0.5  # a close-up from a 1080p clip
    video = copy.deepcopy(project.scenes[0])
    video.name = "Over a video"
    video.character.scale = 1.0
    small = size[0] * size[1] < 1280 * 720
    clip = loop_video(folder / f"loop{'-small' if small else ''}.mp4",
                      (320, 180) if small else (1280, 720))  # fmt: skip
    video.background = Background(BackgroundType.VIDEO, local_file=str(clip),
                                  play_style=PlayStyle.LOOP)  # fmt: skip
    project.scenes[2].background = Background(BackgroundType.COLOR, value="#22223B")
    base = [*project.scenes, video]
    project.scenes = [copy.deepcopy(base[i % len(base)]) for i in range(scenes)]
    for index, scene in enumerate(project.scenes):
        scene.voice.input_text = f"Benchmark scene {index % len(base) + 1}."
    return project


def fill_clips(project: Project, clips: ClipCache, seconds: float, small: bool = False) -> None:
    """Sandbox clips for every scene (`small`: tiny pictures, only memory is measured)."""
    for scene in project.scenes:
        if clips.find(scene, project.height) is None:
            resolution = resolution_for(scene, project.height)
            height = 120 if small else {"720p": 720, "1080p": 1080, "4k": 2160}[resolution]
            spec = ClipSpec(round(height * ASPECT / 2) * 2, height, seconds)
            clips.store(scene, resolution, render_clip(spec), None)


COMPOSE_WITH_PEAK = (
    "import sys; from composer.cli import main; code = main(sys.argv[1:]); "
    f"print({PEAK_KIB}, file=sys.stderr); sys.exit(code)"
)
"""`scene-composer compose`, then its own peak RSS (KiB) as the last line on stderr."""


def run_app(project_file: Path, clips: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one `scene-composer compose`."""
    command = [sys.executable, "-c", COMPOSE_WITH_PEAK, "compose", str(project_file),
               "-o", str(out), "--clips", str(clips)]  # fmt: skip
    start = time.perf_counter()
    done = subprocess.run(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, timeout=900)  # fmt: skip
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"scene-composer compose exited {done.returncode}: {done.stderr}")
    return elapsed, int(done.stderr.strip().splitlines()[-1]) / 1024


def run_peer(args: list[str]) -> float:
    start = time.perf_counter()
    peer.check(args)
    return time.perf_counter() - start


def versus_peer(folder: Path, size: tuple[int, int], seconds: float, repeat: int) -> list[Figure]:
    project = scenes_project(folder, size)
    clips = ClipCache(folder / f"clips-{seconds:g}s")
    fill_clips(project, clips, seconds)
    with tempfile.TemporaryDirectory() as work:
        root = Path(work)
        project_file = root / "scenes.scene.json"
        save_project(project, project_file)
        args = peer.command(peer.ffmpeg_binary(), peer.export(project, clips, root), size,
                            root / "peer.mp4")  # fmt: skip
        app_runs, peer_runs = [], []
        for _ in range(repeat):  # in turn: a busy moment of the machine weighs on both
            app_runs.append(run_app(project_file, clips.folder, root / "app.mp4"))
            peer_runs.append(run_peer(args))
        lengths = (probe(root / "app.mp4").seconds, probe(root / "peer.mp4").seconds)
    app_s = statistics.median(t for t, _ in app_runs)
    peer_s = statistics.median(peer_runs)
    peaks = [peak for _, peak in app_runs]
    what = f"{len(project.scenes)} scenes x {seconds:g} s at {size[0]}x{size[1]}"
    runs = ", ".join(f"{t:.1f}/{p:.1f}" for (t, _), p in zip(app_runs, peer_runs, strict=True))
    return [
        Figure(f"compose: {what}, time / hand-written FFmpeg graph", app_s / peer_s, "x", 1.1,
               f"app {app_s:.1f} s vs ffmpeg {peer_s:.1f} s, medians of {repeat} interleaved "
               f"runs (app/ffmpeg s: {runs}); load {os.getloadavg()[0]:.1f}",
               broken=_same_length(*lengths)),
        Figure(f"compose: {what}, peak RSS", statistics.median(peaks), "MB", 400,
               f"median of {repeat}, max {max(peaks):.0f} MB"),
    ]  # fmt: skip


def _same_length(app: float, peer: float) -> str:
    """What is wrong if the two videos are not the same length (then they did not compose
    the same scenes)."""
    if abs(app - peer) < 0.1:
        return ""
    return f"the app's video lasts {app:.2f} s, the peer's {peer:.2f} s"


LONG_RUN = """
import json, sys
from pathlib import Path
from composer.media.clips import ClipCache
from composer.compose.compositor import compose
from composer.projectfile import load_project
samples = []
def progress(p):
    if p.frames_done % max(1, p.frames_total // 40) == 0:
        rss = int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0])
        samples.append((p.frames_done, rss))
compose(load_project(Path(sys.argv[1])), ClipCache(Path(sys.argv[2])), Path(sys.argv[3]),
        progress=progress)
print(json.dumps({"samples": samples, "peak": PEAK_KIB}))
""".replace("PEAK_KIB", PEAK_KIB)


def long_video(folder: Path, seconds: float, scenes: int) -> tuple[float, float, float]:
    """RSS growth (MB) from a tenth of the way in to the end, and RSS there and at the end."""
    w, h, _ = LONG
    project = scenes_project(folder, (w, h), scenes)
    clips = ClipCache(folder / f"clips-small-{seconds:g}s")
    fill_clips(project, clips, seconds, small=True)
    with tempfile.TemporaryDirectory() as work:
        project_file = Path(work) / "long.scene.json"
        save_project(project, project_file)
        out = subprocess.run([sys.executable, "-c", LONG_RUN, str(project_file),
                              str(clips.folder), str(Path(work) / "long.mp4")],
                             env=ENV, capture_output=True, text=True, check=True,
                             timeout=1800).stdout  # fmt: skip
    samples = json.loads(out.strip().splitlines()[-1])["samples"]
    start = samples[len(samples) // 10][1] / 1024
    end = samples[-1][1] / 1024
    return end - start, start, end


def figures(
    seconds: float = SCENE_SECONDS,
    repeat: int = 3,
    cache: Path | None = None,
    long_scenes: int = LONG[2],
    shapes: tuple[tuple[int, int], ...] = SHAPES,
) -> list[Figure]:
    import platformdirs

    folder = cache or platformdirs.user_cache_path("scene-composer") / "benchmark"
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    for size in shapes:
        results += versus_peer(folder, size, seconds, repeat)
    runs = [long_video(folder, seconds, long_scenes) for _ in range(repeat)]
    growth, start, end = sorted(runs)[len(runs) // 2]
    minutes = long_scenes * seconds / 60
    results.append(
        Figure(f"compose: {minutes:g} min video at {LONG[0]}x{LONG[1]} ({long_scenes} scenes), "
               "RSS growth after the first tenth", growth, "MB", 20,
               f"{start:.0f} MB then {end:.0f} MB at the end; median of {len(runs)} runs: "
               + ", ".join(f"{g:.1f}" for g, _, _ in runs))
    )  # fmt: skip
    return results
