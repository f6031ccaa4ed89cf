"""Every hostile file of tests/support/hostile_media.py through every decode path of the
app, in one fresh process, with each run's peak memory (VmHWM, reset before each run
through /proc/self/clear_refs) and time: `python -m tests.trust.media_corpus [FOLDER]`
prints the table; `run()` gives the rows (a subprocess, so the peak is its own).

A path either refuses the file with a message (composer.media.safety and the caches) or
uses it within bounds; an exception other than a refusal is a crash and counts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MEMORY_LIMIT_MB = 400
SIZE = (160, 90)
"""The test project's frame: small, so composing stays quick (time follows output)."""


@dataclass(frozen=True)
class Row:
    file: str
    path: str
    outcome: str  # "refused: why", "ok: what", or "CRASH: ..."
    seconds: float
    peak_mb: float

    @property
    def crashed(self) -> bool:
        return self.outcome.startswith("CRASH")


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as handle:  # 5: reset the peak RSS
        handle.write("5")


def _project(scene_change: Callable[[object], None] | None = None):  # -> Project
    from composer.model.enums import VoiceType
    from composer.model.project import Dimension
    from tests.support.builders import valid_project

    project = valid_project(1)
    project.dimension = Dimension(*SIZE)
    scene = project.scenes[0]
    scene.voice.type, scene.voice.duration = VoiceType.SILENCE, "1"
    if scene_change is not None:
        scene_change(scene)
    return project


def _clip_cache(folder: Path, project, clip: Path | None):  # -> ClipCache
    """A cache holding `clip` (copied, unchecked: as if damaged after it was kept) or a
    real 1 s clip for the project's scene."""
    from composer.media.clips import ClipCache, resolution_for
    from composer.sandbox.clipmedia import ClipSpec, render_clip

    cache = ClipCache(folder / "clips")
    scene = project.scenes[0]
    dest = cache.path_for(scene, resolution_for(scene, project.height), None)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(clip.read_bytes() if clip else render_clip(ClipSpec(64, 96, 1.0)))
    return cache


def _background(kind: str, file: Path) -> Callable[[object], None]:
    from composer.model.enums import BackgroundType
    from composer.model.project import Background

    def change(scene) -> None:
        scene.background = Background(type=BackgroundType(kind), local_file=str(file))

    return change


def compose_clip(file: Path, work: Path) -> str:
    from composer.compose.compositor import compose

    project = _project()
    out = work / "clip.mp4"
    compose(project, _clip_cache(work, project, file), out, preset="ultrafast")
    return f"ok: {_length(out)}"


def compose_background(file: Path, work: Path) -> str:
    from composer.compose.compositor import compose

    project = _project(_background("video", file))
    out = work / "background.mp4"
    compose(project, _clip_cache(work, project, None), out, preset="ultrafast")
    return f"ok: {_length(out)}"


def _length(path: Path) -> str:
    from composer.media.video import probe

    return f"{probe(path).seconds:.1f} s video"


def still_clip(file: Path, work: Path) -> str:
    from composer.compose.still_export import save_still

    project = _project()
    saved = save_still(project, 0, 0.5, _clip_cache(work, project, file), work / "s.png")
    return f"ok: still {'saved' if saved else 'not saved'}"


def preview_background(file: Path, work: Path) -> str:
    """The preview's painter (paint_still: the same ScenePainter) on the file as an image
    and as a video background."""
    from composer.paint.scene_moment import paint_still

    for kind in ("image", "video"):
        project = _project(_background(kind, file))
        paint_still(project.scenes[0], *SIZE, 0.5, None, 1.0)
    return "ok: painted (placeholder when refused)"


def preview_poster(file: Path, work: Path) -> str:
    from composer.paint.video_poster import encoded_frame

    data = encoded_frame(str(file), 0.5, "JPG", 480)
    return "refused: no frame" if data is None else f"ok: {data.size()} bytes"


def card(file: Path, work: Path) -> str:
    from PySide6.QtCore import QSize

    from composer.paint.thumbnails import ThumbnailCache

    project = _project(_background("image", file))
    pixmap = ThumbnailCache().render(project.scenes[0], project, QSize(160, 90))
    return f"ok: card {pixmap.width()}x{pixmap.height()}"


def billing_audio(file: Path, work: Path) -> str:
    from composer.media.audio_length import audio_seconds

    seconds = audio_seconds(file)
    return "refused: not audio" if seconds is None else f"ok: {seconds:.1f} s"


def rehearsal_speech(file: Path, work: Path) -> str:
    from composer.billing.speech import SpeechCache

    data = file.read_bytes()[: 60 * 1024 * 1024]
    entry = SpeechCache(work / "speech", "practice").store("v", 1.0, "Hello", data, file.suffix)
    return "refused: not kept" if entry is None else f"ok: {entry.seconds:.1f} s kept"


def look_picture(file: Path, work: Path) -> str:
    """As the catalogue shows a look (read at most 1024 px, cut out) and as the exact
    route picks a key colour from it."""
    from composer.media.keying import choose_key
    from composer.media.video import MediaError, first_frame
    from composer.paint.look_picture import cut_out_image
    from composer.paint.safe_images import read_image
    from composer.ui.pickers.service import PREVIEW_SIDE

    image = read_image(file, PREVIEW_SIDE)
    shown = "refused" if image.isNull() else f"{cut_out_image(image).width()} px"
    try:
        key = str(choose_key(first_frame(file, 256)))
    except MediaError as exc:
        key = f"refused ({exc})"
    return f"ok: shown {shown}, key {key}"


def logo(file: Path, work: Path) -> str:
    from composer.brand.kit import LogoSpec
    from composer.paint.logo import LogoLayer

    found = LogoLayer(lambda: LogoSpec(str(file))).image()
    return "refused: no logo drawn" if found is None else f"ok: {found[1].width()} px"


def captions(file: Path, work: Path) -> str:
    from composer.compose import srt_cues as srt

    try:
        srt.verify_srt(file)
    except srt.CaptionError as exc:
        return f"refused: {exc}"
    found = srt.cues(srt.read_srt(file))
    clean = not any(ch in words for _a, _b, words in found for ch in "\x1b\x07\u202e")
    return f"ok: {len(found)} cues, {'clean' if clean else 'CONTROL CHARACTERS KEPT'}"


PATHS: dict[str, Callable[[Path, Path], str]] = {
    "compose (clip)": compose_clip,
    "compose (background video)": compose_background,
    "still": still_clip,
    "preview": preview_background,
    "preview poster": preview_poster,
    "scene card": card,
    "billing audio length": billing_audio,
    "rehearsal speech": rehearsal_speech,
    "look picture": look_picture,
    "logo": logo,
    "captions": captions,
}


def _measure(name: str, file: Path, path: str, work: Path) -> Row:
    from composer.heygen.errors import HeyGenError
    from composer.media.safety import MediaError
    from tests.support.memory_probe import peak_kib

    _reset_peak()
    start = time.perf_counter()
    try:
        outcome = PATHS[path](file, work)
    except (MediaError, HeyGenError) as exc:
        outcome = f"refused: {exc}"
    except Exception as exc:
        name_ = type(exc).__name__
        outcome = "refused: " + str(exc) if name_ == "ComposeError" else f"CRASH: {name_}: {exc}"
    return Row(name, path, outcome[:140], round(time.perf_counter() - start, 2),
               round(peak_kib() / 1024, 1))  # fmt: skip


def child(folder: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from composer.paint.offscreen import ensure_gui
    from tests.support.hostile_media import make_corpus

    ensure_gui()
    corpus = make_corpus(
        folder / "corpus", srt_cues=int(os.environ.get("CORPUS_SRT_CUES", "200000"))
    )
    for index, (name, file) in enumerate(corpus.items()):
        for number, path in enumerate(PATHS):
            work = folder / f"work-{index}-{number}"
            work.mkdir()
            print(json.dumps(asdict(_measure(name, file, path, work))), flush=True)


def run(srt_cues: int = 200_000, timeout: float = 300) -> list[Row]:
    """The table, measured in a fresh process."""
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [sys.executable, "-m", "tests.trust.media_corpus", folder],
            capture_output=True, text=True, timeout=timeout, cwd=REPO,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "CORPUS_SRT_CUES": str(srt_cues),
                 "PYTHONPATH": str(REPO)},
        )  # fmt: skip
    rows = [Row(**json.loads(line)) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not rows:
        raise AssertionError(f"the corpus run failed: {done.stderr[-2000:]}")
    return rows


def render(rows: list[Row]) -> str:
    lines = ["| file | decode path | outcome | s | peak MB |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {r.file} | {r.path} | {r.outcome} | {r.seconds} | {r.peak_mb} |" for r in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        child(Path(sys.argv[1]))
    else:
        print(render(run()))
