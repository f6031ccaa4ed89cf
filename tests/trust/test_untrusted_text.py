"""Server text is untrusted: an echoed key (whole, in other case, or a piece of it) and
escape codes never reach the history, a results CSV, a download name or the terminal;
a hostile video id writes only inside the download folder; no spreadsheet cell can run.
Real HTTP: the sandbox with fault switches and a hostile server on loopback."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.batch.table import inert
from composer.heygen.client import HeyGenClient
from composer.heygen.untrusted import redact
from composer.heygen.v3 import V3Api
from composer.projectfile import save_project
from composer.sandbox.server import SandboxServer
from tests.support.batch_data import personal_project, write_table
from tests.support.builders import valid_project
from tests.support.hostile_server import SAMPLE, HostileServer
from tests.support.leaks import files_with_key, key_bytes_in
from tests.support.sandbox_fixture import KEY

FORMULAS = ['=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "\tx", "\rx"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "HEYGEN_API_KEY": KEY},
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (f"key {KEY} refused", "key *** refused"),
        (f"KEY {KEY.upper()}!", "KEY ***!"),
        (f"starts {KEY[:10]}, ends {KEY[-9:]}", "starts ***, ends ***"),
        (f"short {KEY[3:10]} is fine", f"short {KEY[3:10]} is fine"),
        ("red \x1b[31mtext\x1b[0m\nnext line\x07", "red [31mtext[0m next line"),
        ("right-to-left \u202eexe.jpg", "right-to-left exe.jpg"),
        (f"soft {KEY[:6]}\u00ad{KEY[6:]} hyphen", "soft *** hyphen"),
        (f"cgj {KEY[:5]}\u034f{KEY[5:12]}\u034f{KEY[12:]} joiner", "cgj *** joiner"),
        (f"tags {''.join(c + chr(0xE0041) for c in KEY)} end", "tags *** end"),
        (
            f"wide {''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in KEY)}",
            "wide ***",
        ),
        (f"zero width {KEY[:9]}\u200b\u2060{KEY[9:]}.", "zero width ***."),
    ],
)
def test_redaction(text: str, shown: str) -> None:
    assert redact(text, KEY) == shown


def test_an_echoed_key_reaches_no_file_and_no_output(
    sandbox: SandboxServer, tmp_path: Path, isolated_app_dirs: Path
) -> None:
    project = tmp_path / "p.scene.json"
    save_project(valid_project(), project)
    base = ("--base-url", sandbox.base_url, "--poll-interval", "0.05")
    outputs = []
    sandbox.faults.update({"notice": f"Deprecated for {KEY.upper()} \x1b]0;owned\x07"})
    outputs.append(cli("submit", str(project), "--download", str(tmp_path / "videos"), *base))
    sandbox.faults.update({"notice": None, "fail_render": f"bad key {KEY[2:14]}\x1b[2J"})
    outputs.append(cli("submit", str(project), "--wait", *base))
    sandbox.faults.update({"fail_render": None, "auth_fail_next": 1})
    outputs.append(cli("submit", str(project), *base))
    sandbox.faults.update({"reject_next": 1, "reject_message": f"header\r\n{KEY}"})
    outputs.append(cli("submit", str(project), *base))
    assert [o.returncode for o in outputs] == [0, 4, 3, 1]
    assert "HeyGen says: Deprecated for ***" in outputs[0].stderr
    assert "bad key ***" in outputs[1].stderr
    text = "".join(o.stdout + o.stderr for o in outputs)
    assert key_bytes_in(text, KEY) == 0 and "\x1b" not in text and "\x07" not in text
    assert files_with_key(isolated_app_dirs, KEY) == {}
    assert files_with_key(tmp_path, KEY) == {}
    history = next(isolated_app_dirs.rglob("jobs.json")).read_text("utf-8")
    assert "\\u001b" not in history and "***" in history


@pytest.mark.parametrize(
    "video_id", ["../../escaped", "/../../x", "a\x1b[31mb", "..", "x" * 300, "=1+1"]
)
def test_a_hostile_video_id_writes_only_inside_the_download_folder(
    tmp_path: Path, video_id: str
) -> None:
    project = tmp_path / "work" / "p.scene.json"
    save_project(valid_project(), project)
    videos = tmp_path / "out" / "videos"
    with HostileServer() as api:
        api.answers["/v2/video/generate"] = {"data": {"video_id": video_id}}
        api.answers["/v1/video_status.get"] = {
            "code": 100,
            "data": {"status": "completed", "video_url": api.base_url + "/files/v.mp4"},
        }
        done = cli("submit", str(project), "--download", str(videos), "--base-url", api.base_url)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout + done.stderr
    written = [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix == ".mp4"]
    assert len(written) == 1 and written[0].parent == videos
    assert written[0].read_bytes() == SAMPLE


def test_results_csv_cells_cannot_run(tmp_path: Path) -> None:
    project = tmp_path / "p.scene.json"
    save_project(personal_project(), project)
    rows = [["first_name", "company", "discount", "=cmd"]]
    rows += [[f"Ana {i}", formula, "10%", formula] for i, formula in enumerate(FORMULAS)]
    table = write_table(tmp_path / "people.csv", rows)
    with HostileServer() as api:
        api.answers["/v2/video/generate"] = {"data": {"video_id": "=2+3"}}
        api.answers["/v1/video_status.get"] = {
            "code": 100,
            "data": {"status": "failed", "error": {"message": "@SUM(1) -bad"}},
        }
        done = cli("batch", str(project), str(table), "--wait", "--base-url", api.base_url)
    assert done.returncode == 4, done.stderr
    with (tmp_path / "people-results.csv").open(newline="", encoding="utf-8") as handle:
        written = list(csv.reader(handle))
    cells = [cell for row in written for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert written[0][3] == "'=cmd"
    assert [row[1] for row in written[1:]] == [inert(f) for f in FORMULAS]
    assert all(f"'{f}" == inert(f) for f in FORMULAS)
    assert {row[written[0].index("video_id")] for row in written[1:]} == {"'=2+3"}
    assert json.dumps(written).count("'=2+3") == len(FORMULAS)


def test_v3_answers_are_cleaned_too() -> None:
    with HostileServer() as api:
        api.answers["/v3/videos/v-1"] = {
            "data": {
                "id": "v-1",
                "status": "failed",
                "failure_message": f"key {KEY.lower()} refused\x1b[2J\nfake line",
            }
        }
        client = HeyGenClient(KEY, base_url=api.base_url, upload_url=api.base_url)
        video = V3Api(client).video("v-1")
    assert video.failure_message == "key *** refused[2J fake line"
