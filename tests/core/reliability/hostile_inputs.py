"""Attacks tried as an attacker would, each over real HTTP on loopback: a shared project
naming files outside its folder (absolute, `../`, a symlink to a secret, a mislabelled
file), a server redirecting elsewhere, answering 1 GB or endlessly, echoing the key,
handing out hostile video ids and formula cells, a second server or account asking for
what the first one's answers filled the caches with. Counts what leaked (must be 0) and
the client's peak memory for the huge answers (must stay under 300 MB), and runs the
hostile-media corpus (bombs, a WebM claiming 31 years, 1 Hz audio, a huge SRT, garbage,
truncated files) through every decode path (none may crash or pass 400 MB)."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from composer.heygen.client import HeyGenClient
from composer.heygen.errors import HeyGenError
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.core.reliability.figures import Figure
from tests.support.batch_data import personal_project, write_table
from tests.support.builders import valid_project
from tests.support.hostile_server import HostileServer
from tests.support.leaks import files_with_key, key_bytes_in
from tests.support.memory_probe import probe
from tests.support.shared_project import (
    JPEG,
    outside_jpeg,
    secret_file,
    shared_project,
    symlink_in_project,
)

REPO = Path(__file__).resolve().parents[3]
KEY = "sk-live-71bd-HOSTILE-c4e9a2f0"
MEMORY_LIMIT_MB = 300
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Tally:
    root: Path
    env: dict[str, str]
    attacks: int = 0
    files_leaked: int = 0  # outside/secret/mislabelled files whose bytes reached a server
    key_bytes: int = 0  # bytes of the key (or pieces of it) found where they must not be
    written_outside: int = 0  # files a hostile video id put outside the download folder
    formula_cells: int = 0  # results CSV cells that would run in a spreadsheet
    peak_mb: float = 0.0
    media_crashes: int = 0  # decode paths that raised on a hostile media file
    media_over_memory: int = 0  # decode paths that took more than 400 MB on one
    cache_reused: int = 0  # speech or clips one server/account made, used for another
    caches_primed: bool = False  # that one's speech and clips were cached, found by it
    notes: list[str] = field(default_factory=list)

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "composer", *args],
            capture_output=True,
            text=True,
            timeout=120,
            env=self.env,
        )
        output = done.stdout + done.stderr
        self.key_bytes += key_bytes_in(output, KEY)
        return output


def _shared_files(tally: Tally) -> None:
    """Four projects someone could send: each file must stay on this computer."""
    with SandboxServer(render_seconds=0.2) as sandbox:
        for case, make in {
            "absolute": lambda p: str(outside_jpeg(tally.root / "a")),
            "dot-dot": lambda p: "../../a/elsewhere/holiday.jpg",
            "symlink to a secret": lambda p: symlink_in_project(
                p, "photo.jpg", secret_file(tally.root / "b")
            ),
            "symlink to an outside photo": lambda p: symlink_in_project(
                p, "photo2.jpg", outside_jpeg(tally.root / "c")
            ),
            "a sibling folder named like the project's": lambda p: _sibling(p),
            "mislabelled": lambda p: _write(p, "notes.jpg", b"Q3 salaries\n"),
        }.items():
            project = shared_project(tally.root / case, ["placeholder"])
            shared_project(tally.root / case, [make(project)])
            before = sandbox.store.asset_bytes()
            tally.cli("submit", str(project), "--base-url", sandbox.base_url)
            tally.attacks += 1
            if sent := sandbox.store.asset_bytes() - before:
                tally.files_leaked += 1
                tally.notes.append(f"{case}: {sent} bytes uploaded")


def _sibling(project: Path) -> str:
    """A real photo in `shared-old/` beside the project's folder `shared/`: inside it only
    to a check that compares the paths' text."""
    photo = project.parent.parent / f"{project.parent.name}-old" / "photo.jpg"
    photo.parent.mkdir(parents=True, exist_ok=True)
    photo.write_bytes(JPEG)
    return f"../{photo.parent.name}/photo.jpg"


def _media_corpus(tally: Tally) -> None:
    """The hostile-media corpus through every decode path (tests/trust/media_corpus.py):
    each run that crashes or passes 400 MB counts."""
    from tests.trust import media_corpus

    rows = media_corpus.run(srt_cues=60_000)
    tally.attacks += len(rows)
    tally.media_crashes += sum(row.crashed for row in rows)
    over = [row for row in rows if row.peak_mb > media_corpus.MEMORY_LIMIT_MB]
    tally.media_over_memory += len(over)
    tally.notes += [f"media: {r.file} via {r.path}: {r.outcome}" for r in rows if r.crashed]
    tally.notes += [f"media: {r.file} via {r.path}: peak {r.peak_mb} MB" for r in over]
    tally.notes.append(
        f"media corpus: {len(rows)} runs, peak {max(r.peak_mb for r in rows)} MB, "
        f"longest {max(r.seconds for r in rows)} s"
    )


def _write(project: Path, name: str, content: bytes) -> str:
    (project.parent / "media" / name).write_bytes(content)
    return f"media/{name}"


def _redirect(tally: Tally) -> None:
    with HostileServer() as elsewhere, HostileServer("redirect") as api:
        api.redirect_to = elsewhere.base_url
        client = HeyGenClient(KEY, base_url=api.base_url, upload_url=api.base_url)
        for call in (
            lambda: client.video_status("v-1"),
            lambda: client.generate_video({"video_inputs": []}),
            lambda: client.upload_asset(JPEG, "image/jpeg"),
        ):
            tally.attacks += 1
            try:
                call()
            except HeyGenError as exc:
                tally.key_bytes += key_bytes_in(str(exc), KEY)
        received = sum(key_bytes_in(repr(seen), KEY) for seen in elsewhere.seen)
        tally.key_bytes += received
        if received:
            tally.notes.append(f"redirect: the other host received {received} key bytes")


def _huge_answers(tally: Tally) -> None:
    for mode in ("huge_json", "endless_chunked"):
        with HostileServer(mode) as api:
            outcome = probe(api.base_url)
        tally.attacks += 1
        tally.peak_mb = max(tally.peak_mb, outcome["peak_mb"])
        tally.notes.append(
            f"{mode}: {outcome['kind']} in {outcome['seconds']} s, peak {outcome['peak_mb']} MB"
        )


def _echoed_key(tally: Tally) -> None:
    project = tally.root / "echo" / "p.scene.json"
    save_project(valid_project(), project)
    with SandboxServer(render_seconds=0.2) as sandbox:
        base = ("--base-url", sandbox.base_url, "--poll-interval", "0.05")
        for faults in (
            {"notice": f"Deprecated for {KEY.upper()}"},
            {"notice": None, "fail_render": f"bad key {KEY[3:15]}\x1b[2J"},
            {"fail_render": None, "auth_fail_next": 1},
            {"reject_next": 1, "reject_message": f"header\r\n{KEY}"},
        ):
            sandbox.faults.update(faults)
            tally.cli("submit", str(project), "--download", str(project.parent), *base)
            tally.attacks += 1


def _hostile_ids_and_cells(tally: Tally) -> None:
    """One batch: each row's video gets a hostile id, and its cells start like formulas."""
    project = tally.root / "batch" / "p.scene.json"
    save_project(personal_project(), project)
    ids = ["../../escaped", "/../../x", "a\x1b[31mb", "=1+2"]
    rows = [["first_name", "company", "discount"]]
    rows += [[f"=A{i}", f"+{i}", f"@SUM({i})"] for i in range(len(ids))]
    table = write_table(tally.root / "batch" / "people.csv", rows)
    videos = tally.root / "batch" / "videos"
    with HostileServer() as api:
        api.answers["/v2/video/generate"] = [{"data": {"video_id": i}} for i in ids]
        api.answers["/v1/video_status.get"] = {
            "code": 100,
            "data": {"status": "completed", "video_url": api.base_url + "/files/v.mp4"},
        }
        tally.cli(
            "batch", str(project), str(table), "--download", str(videos), "--base-url",
            api.base_url, "--poll-interval", "0.05",
        )  # fmt: skip
    tally.attacks += len(ids) + 1
    inside = set(videos.glob("*.mp4"))
    if len(inside) != len(ids):
        tally.notes.append(f"hostile ids: {len(inside)} of {len(ids)} videos downloaded")
    every = set(tally.root.rglob("*.mp4")) - set((tally.root / "echo").rglob("*.mp4"))
    tally.written_outside += len(every - inside)
    with (table.parent / "people-results.csv").open(newline="", encoding="utf-8") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    tally.formula_cells += sum(cell.startswith(FORMULA_STARTS) for cell in cells)


def _another_server_or_account(tally: Tally) -> None:
    """Speech one practice server spoke and clips it rendered for one key, then asked for by
    another key there and by another practice server: each must be fetched or rendered
    again (a script or clip found cached for them counts)."""
    from composer.billing.speech import SpeechCache
    from composer.projectfile.io import load_any
    from composer.rehearsal.voices import fetch_speech, scripts_to_fetch
    from composer.resources import example_project
    from composer.routes.exact_plan import renders_needed
    from tests.support.clips import fill_cache

    project, folder, clips = load_any(example_project()), tally.root / "sp", tally.root / "clips"
    for index, scene in enumerate(project.scenes):
        scene.voice.input_text = f"Scene {index + 1} says this."
    with SandboxServer(render_seconds=0.2) as first, SandboxServer(render_seconds=0.2) as second:
        mine = HeyGenClient(KEY, base_url=first.base_url)
        speech = SpeechCache(folder, mine.source)
        fetched = fetch_speech(mine, scripts_to_fetch(project, speech), speech)
        fill_cache(project, clips, seconds=0.2, source=mine.source)
        kept = renders_needed(project, mine.source, clips) == 0 and not scripts_to_fetch(
            project, SpeechCache(folder, mine.source)
        )
        tally.caches_primed = fetched == len(project.scenes) and kept
        for other in (HeyGenClient(KEY + "-b", base_url=first.base_url),
                      HeyGenClient(KEY, base_url=second.base_url)):  # fmt: skip
            scripts = len(scripts_to_fetch(project, SpeechCache(folder, other.source)))
            renders = renders_needed(project, other.source, clips)
            tally.attacks += 2
            tally.cache_reused += len(project.scenes) * 2 - scripts - renders
    if tally.cache_reused:
        tally.notes.append(f"caches: {tally.cache_reused} answers used for another account")


SCENARIOS: list[Callable[[Tally], None]] = [
    _shared_files,
    _redirect,
    _huge_answers,
    _echoed_key,
    _hostile_ids_and_cells,
    _media_corpus,
    _another_server_or_account,
]


def run() -> Figure:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        env = {**os.environ, "HEYGEN_API_KEY": KEY, "PYTHONPATH": str(REPO)}
        for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(root / "app" / var.lower())
        tally = Tally(root, env)
        for scenario in SCENARIOS:
            scenario(tally)
        written = files_with_key(root, KEY)
        tally.key_bytes += sum(written.values())
        tally.notes += [f"key in {name}: {count} bytes" for name, count in written.items()]
    figure = Figure(
        "hostile inputs",
        {
            "attacks tried": tally.attacks,
            "files leaked": tally.files_leaked,
            "key bytes leaked": tally.key_bytes,
            "files written outside the download folder": tally.written_outside,
            "formula cells": tally.formula_cells,
            "peak MB": tally.peak_mb,
            "answers over 300 MB": int(tally.peak_mb >= MEMORY_LIMIT_MB),
            "media decodes that crashed": tally.media_crashes,
            "media decodes over 400 MB": tally.media_over_memory,
            "cached answers used for another server or account": tally.cache_reused,
        },
        must_be_zero=(
            "files leaked",
            "key bytes leaked",
            "files written outside the download folder",
            "formula cells",
            "answers over 300 MB",
            "media decodes that crashed",
            "media decodes over 400 MB",
            "cached answers used for another server or account",
        ),
        notes=tally.notes,
    )
    figure.require("one account's speech and clips cached and found by it", tally.caches_primed)
    return figure
