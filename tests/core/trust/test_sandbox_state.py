"""The practice server keeps bounded state: the request log is a ring with large bodies
cut short, uploads live on disk with no file left open, and unfinished direct uploads
are spooled to disk and expire with their link (tests/trust/sandbox_memory.py measures
the figures in the README)."""

from __future__ import annotations

import pytest
import requests

from composer.sandbox import v3_assets
from composer.sandbox.server import LOG_ENTRIES, SandboxServer
from tests.support.sandbox_fixture import KEY
from tests.trust import sandbox_memory


@pytest.mark.timeout(120)
def test_memory_and_open_files_stay_flat_under_a_flood() -> None:
    figures = sandbox_memory.measure(uploads=200, pending=5)
    print(figures)
    assert figures["open files added by 200 uploads"] <= 0  # one file kept per upload is +200
    assert figures["request log entries"] == LOG_ENTRIES
    # The body being read and its text (10 + 10 MB) may still be held when RSS is read,
    # once twice on a loaded machine (40.0 MB); all three bodies kept would be 60 MB or more.
    assert figures["after 3 x 10 MB JSON MB"] - figures["start MB"] < 50
    assert figures["end MB"] - figures["start MB"] < 60
    assert figures["peak MB"] < 150


def test_a_large_json_body_is_logged_cut_short(sandbox: SandboxServer) -> None:
    body = '{"video_inputs": [], "pad": "' + "x" * 200_000 + '"}'
    requests.post(sandbox.base_url + "/v2/video/generate", data=body, timeout=10,
                  headers={"x-api-key": KEY, "Content-Type": "application/json"})  # fmt: skip
    logged = sandbox.request_log()[-1]["body"]
    assert logged["truncated"] and logged["bytes"] == len(body) and len(logged["first_kb"]) == 1024


def test_unfinished_direct_uploads_are_on_disk_and_expire(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def begin() -> dict[str, str]:
        answer = requests.post(
            sandbox.base_url + "/v3/assets/direct-uploads", headers={"x-api-key": KEY},
            json={"filename": "a.mp4", "content_type": "video/mp4", "size_bytes": 4}, timeout=5,
        )  # fmt: skip
        return answer.json()["data"]

    monkeypatch.setattr(v3_assets, "UPLOAD_SECONDS", -1)  # every link has already run out
    first = begin()
    requests.put(first["upload_url"], data=b"abcd", timeout=5)
    spooled = sandbox.store.folder / f"pending-{first['asset_id']}"
    assert spooled.read_bytes() == b"abcd"
    begin()  # the next upload clears what has expired
    assert not spooled.exists()
    late = requests.put(first["upload_url"], data=b"abcd", timeout=5)
    assert late.status_code == 403
