"""tools/heygen_schemas.py, run as a process on a copy of HeyGen's CLI: the vendored
contract is what the tool makes of the recorded commit, and a changed CLI is reported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from composer.heygen import schemas

REPO = Path(__file__).resolve().parents[2]
TOOL = REPO / "tools" / "heygen_schemas.py"
MIRROR = Path("/work/.mirror/heygen-com+heygen-cli/repo")
VENDORED = REPO / "composer" / "heygen" / "schemas" / "heygen_v3.json"

needs_cli = pytest.mark.skipif(
    not (MIRROR / "HEAD").exists(), reason="no copy of heygen-com/heygen-cli on this machine"
)


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def cli_tree(tmp_path: Path) -> Path:
    """A work tree of the CLI at the vendored commit (gen/ only)."""
    tree = tmp_path / "heygen-cli"
    (tree / "gen").mkdir(parents=True)
    commit = schemas.cli_commit()
    names = subprocess.run(
        ["git", "-C", str(MIRROR), "ls-tree", "--name-only", commit, "gen/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    for name in names:
        text = subprocess.run(
            ["git", "-C", str(MIRROR), "show", f"{commit}:{name}"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        (tree / name).write_text(text, "utf-8")
    return tree


@needs_cli
def test_vendored_contract_is_the_tools_output_for_its_commit(tmp_path: Path) -> None:
    out = tmp_path / "contract.json"
    shutil.copy(VENDORED, out)
    done = run_tool(str(MIRROR), "--rev", schemas.cli_commit(), "--out", str(out), "--check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no changes" in done.stdout


@needs_cli
def test_a_changed_cli_prints_what_changed(cli_tree: Path, tmp_path: Path) -> None:
    video = cli_tree / "gen" / "video.go"
    text = video.read_text("utf-8")
    # HeyGen drops 720p, adds a field to the account, and the voices limit grows to 200
    text = text.replace(
        '\\"4k\\",\\n            \\"1080p\\",\\n            \\"720p\\"',
        '\\"4k\\",\\n            \\"1080p\\"',
        1,
    )
    video.write_text(text, "utf-8")
    user = cli_tree / "gen" / "user.go"
    user.write_text(
        user.read_text("utf-8").replace(
            '\\"username\\": {',
            '\\"team_name\\": {\\"type\\": \\"string\\"},\\n        \\"username\\": {',
            1,
        ),
        "utf-8",
    )
    voice = cli_tree / "gen" / "voice.go"
    head, tail = voice.read_text("utf-8").split("var VoiceList = ", 1)
    voice.write_text(
        head + "var VoiceList = " + tail.replace("intPtr(100)", "intPtr(200)", 1), "utf-8"
    )
    speech = voice  # the speech endpoint disappears: the tool stops rather than drop it
    speech.write_text(
        speech.read_text("utf-8").replace('"/v3/voices/speech"', '"/v3/voices/speak"'), "utf-8"
    )
    out = tmp_path / "contract.json"
    shutil.copy(VENDORED, out)

    gone = run_tool(str(cli_tree), "--out", str(out))
    assert gone.returncode == 2 and "POST /v3/voices/speech" in gone.stderr

    speech.write_text(
        speech.read_text("utf-8").replace('"/v3/voices/speak"', '"/v3/voices/speech"'), "utf-8"
    )
    checked = run_tool(str(cli_tree), "--out", str(out), "--check")
    assert checked.returncode == 1
    lines = checked.stdout.splitlines()
    assert any(
        "POST /v3/videos request" in ln and "resolution enum: added [], removed ['720p']" in ln
        for ln in lines
    ), lines
    assert "+ GET /v3/users/me response: data.team_name (field) = present" in lines
    assert "~ GET /v3/voices query: limit maximum: 100 -> 200" in lines
    assert json.loads(out.read_text("utf-8")) == json.loads(VENDORED.read_text("utf-8"))

    written = run_tool(str(cli_tree), "--out", str(out))
    assert written.returncode == 0, written.stderr
    contract = json.loads(out.read_text("utf-8"))
    assert contract["endpoints"]["GET /v3/voices"]["query"]["limit"]["maximum"] == 200
    assert run_tool(str(cli_tree), "--out", str(out), "--check").returncode == 0


def test_contract_holds_every_endpoint_the_app_uses() -> None:
    contract = schemas.contract()
    assert len(contract["source"]["commit"]) == 40
    for name in (
        "POST /v3/videos", "GET /v3/videos/{video_id}", "GET /v3/avatars/looks",
        "GET /v3/avatars/looks/{look_id}", "GET /v3/avatars", "GET /v3/voices",
        "POST /v3/voices/speech", "GET /v3/users/me", "POST /v3/assets",
        "POST /v3/assets/direct-uploads", "POST /v3/assets/{asset_id}/complete",
        "POST /v3/background-removals", "GET /v3/background-removals/{job_id}",
    ):  # fmt: skip
        assert schemas.endpoint(name)["response"], name
    text = json.dumps(contract)
    assert '"nullable"' not in text and '"description"' not in text and "#/components" not in text


def test_strict_validation_names_the_unknown_field() -> None:
    body = {"type": "studio", "folder_id": "f1", "scenes": [
        {"type": "video", "source": {"type": "url", "url": "https://x/v.mp4"}}]}  # fmt: skip
    found = schemas.problem("POST /v3/videos", "request", body)
    assert found is not None and found.param == "folder_id"
    del body["folder_id"]
    body["title"] = "A field named like a prose keyword is kept"
    assert schemas.problem("POST /v3/videos", "request", body) is None
    body["scenes"][0]["playback"] = {"mode": "loop"}
    assert schemas.problem("POST /v3/videos", "request", body).param == "scenes[0].playback.mode"


def test_discriminated_branches_are_told_apart() -> None:
    """`engine.type` is a bare string in HeyGen's OpenAPI: without the tool's `const` every
    engine object would match all three branches and `oneOf` would refuse them all."""
    base = {"type": "avatar", "avatar_id": "a", "script": "Hi", "voice_id": "v"}
    for engine in ("avatar_iii", "avatar_iv", "avatar_v"):
        assert (
            schemas.problem("POST /v3/videos", "request", {**base, "engine": {"type": engine}})
            is None
        )
    wrong = schemas.problem("POST /v3/videos", "request", {**base, "engine": {"type": "avatar_x"}})
    assert wrong.param == "engine.type" and "avatar_iii" in wrong.message
    mixed = {**base, "engine": {"type": "avatar_iv", "reference_look_id": "l"}}
    assert schemas.problem("POST /v3/videos", "request", mixed).param == "engine.reference_look_id"


def test_query_flags_are_checked() -> None:
    assert schemas.query_problem("GET /v3/voices", {"type": "private", "limit": "100"}) is None
    assert schemas.query_problem("GET /v3/voices", {"limit": "101"}).param == "limit"
    assert schemas.query_problem("GET /v3/voices", {"limit": "x"}).param == "limit"
    assert schemas.query_problem("GET /v3/voices", {"type": "mine"}).param == "type"
    assert schemas.query_problem("GET /v3/voices", {"page": "2"}).param == "page"
