"""The sound of a composed video (composer/media/mixing.py): music under the voices,
ducked, and the whole brought to -16 LUFS, for a 24 s video (4 scenes) and a 10-minute one
(100 scenes) of the practice server's 6 s presenter clips, with a 30 s piece of music
looped under them. Each run is a fresh process that reads the voice track as the
compositor does, calls `mix` (the loudness pass) and takes the whole track a video frame
at a time (the playing pass), timing both; its peak RSS is what it reports of itself
(VmHWM), next to its RSS before mixing. Medians of 3 runs."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from benchmarks.measure import PEAK_KIB, Figure
from composer.sandbox.clipmedia import ClipSpec, render_clip
from tests.support.audio_files import STEREO_RATE, write_stereo

SCENE_SECONDS = 6.0
MUSIC_SECONDS = 30.0
VIDEOS = ((4, 5.0), (100, 30.0))
"""Scenes, and the target in seconds for the mix of the whole video (both passes)."""

RUN = """
import json, sys, time
from pathlib import Path
from composer.media.audio import RATE, AudioTrack
from composer.media.mixing import mix
from composer.model.project import Project
from composer.model.rich import Music
clip, music, scenes, seconds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
rss = lambda: int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0])
before = rss()
project = Project(music=Music(local_file=music, volume=0.3))
step, frames = RATE // 25, round(seconds * 25)
samples = scenes * frames * step
def voices():  # as the compositor's: each scene's sound a video frame at a time
    for _scene in range(scenes):
        sound = AudioTrack(clip)
        for _frame in range(frames):
            yield sound.take(step)
        sound.close()
start, cpu = time.perf_counter(), time.process_time()
sound = mix(voices, project, samples)
measured = time.perf_counter()
with sound:
    for _ in range(samples // step):
        sound.take(step)
done = time.perf_counter()
print(json.dumps({"measure": measured - start, "play": done - measured, "before": before,
                  "cpu": time.process_time() - cpu, "peak": PEAK_KIB}))
""".replace("PEAK_KIB", PEAK_KIB)


def music_file(path: Path, seconds: float = MUSIC_SECONDS) -> Path:
    """A 30 s stereo 48 kHz WAV: a chord over soft noise (music stands in for any sound)."""
    t = np.arange(round(seconds * STEREO_RATE)) / STEREO_RATE
    chord = sum(np.sin(2 * np.pi * f * t) for f in (220.0, 277.2, 329.6)) / 3
    noise = np.random.default_rng(1).normal(0, 0.05, t.size)
    return write_stereo(path, 0.4 * (chord + noise))


def run(clip: Path, music: Path, scenes: int, seconds: float) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", RUN, str(clip), str(music), str(scenes),
                          str(seconds)], capture_output=True, text=True, check=True,
                         timeout=900).stdout  # fmt: skip
    return json.loads(out.strip().splitlines()[-1])


def figures(
    repeat: int = 3, videos: tuple[tuple[int, float], ...] = VIDEOS, seconds: float = SCENE_SECONDS
) -> list[Figure]:
    results = []
    with tempfile.TemporaryDirectory() as work:
        clip = Path(work) / "clip.mp4"
        clip.write_bytes(render_clip(ClipSpec(68, 120, seconds, key=(0, 177, 64))))
        music = music_file(Path(work) / "music.wav")
        for scenes, target in videos:
            runs = [run(clip, music, scenes, seconds) for _ in range(repeat)]
            total = statistics.median(r["measure"] + r["play"] for r in runs)
            middle = sorted(runs, key=lambda r: r["measure"] + r["play"])[len(runs) // 2]
            length = scenes * seconds
            what = f"{length / 60:g} min" if length >= 60 else f"{length:g} s"
            times = ", ".join(f"{r['measure']:.1f}+{r['play']:.1f}" for r in runs)
            peak = statistics.median(r["peak"] for r in runs) / 1024
            results += [
                Figure(f"mix: {what} video with music, loudness pass + playing pass", total, "s",
                       target, f"median of {repeat} (measure+play s: {times}; CPU s "
                       f"{statistics.median(r['cpu'] for r in runs):.1f}); load "
                       f"{os.getloadavg()[0]:.1f}"),
                Figure(f"mix: {what} video with music, peak RSS", peak, "MB", 400,
                       f"median of {repeat}; {middle['before'] / 1024:.0f} MB before mixing"),
            ]  # fmt: skip
    return results


if __name__ == "__main__":
    for figure in figures():
        print(figure.line(), flush=True)
