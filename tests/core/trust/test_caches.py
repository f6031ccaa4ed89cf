"""Caches are keyed and verified: file names from hashes, never a server's ids (a look id
with `../` writes nothing outside the cache); clips keyed by server and account; nothing
kept that can't be used (a non-picture look picture, non-audio speech); captions fetched
only when they are on (tests/test_exact_route.py), bounded and stripped of control
characters. Real HTTP on loopback (a hostile server)."""

from __future__ import annotations

import re
from pathlib import Path

from composer.billing.speech import SpeechCache
from composer.compose import srt_cues
from composer.heygen.client import HeyGenClient
from composer.heygen.hosts import source_of
from composer.heygen.v3 import V3Api
from composer.heygen.v3_models import Look
from composer.media.clips import ClipCache, resolution_for
from composer.routes.exact_key_colour import KEY_COLOUR, key_colour
from composer.sandbox.clipmedia import ClipSpec, render_clip
from composer.sandbox.server import SandboxServer
from tests.support.builders import valid_project
from tests.support.hostile_media import hostile_srt
from tests.support.hostile_server import HostileServer
from tests.support.sandbox_fixture import KEY


def test_a_look_id_with_dot_dots_writes_nothing_outside_and_junk_is_not_kept(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "cache" / "clips"
    with HostileServer() as server:
        api = V3Api(HeyGenClient(KEY, base_url=server.base_url))
        look = Look("../../../escaped", "L", "studio_avatar",
                    preview_image_url=server.base_url + "/files/picture.png")  # fmt: skip
        assert key_colour(api, folder, look) == KEY_COLOUR  # the bytes are not a picture
        assert [s.path for s in server.seen] == ["/files/picture.png"]
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert written == []  # neither under a name from the id, nor a damaged copy


def test_a_real_look_picture_is_kept_under_a_hashed_name(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    folder = tmp_path / "cache" / "clips"
    api = V3Api(HeyGenClient(KEY, base_url=sandbox.base_url))
    look = Look("../../../escaped", "L", "studio_avatar",
                preview_image_url=sandbox.base_url + "/files/preview/avatar.jpg")  # fmt: skip
    key_colour(api, folder, look)
    written = [p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) == 1 and written[0].parent == Path("cache/clips/looks")
    assert re.fullmatch(r"[0-9a-f]{32}\.img", written[0].name)


def test_clips_are_found_only_for_the_server_and_account_that_rendered_them(
    tmp_path: Path,
) -> None:
    scene = valid_project(1).scenes[0]
    mine = source_of("http://127.0.0.1:8765", KEY)
    assert mine != source_of("http://127.0.0.1:8765", KEY + "x")
    assert mine != source_of("https://api.heygen.com", KEY)
    assert KEY not in mine
    clip = render_clip(ClipSpec(64, 96, 1.0))
    ClipCache(tmp_path, source=mine).store(scene, resolution_for(scene, 1080), clip, None)
    other = source_of("https://api.heygen.com", KEY)
    assert ClipCache(tmp_path, source=mine).find(scene, 1080) is not None
    assert ClipCache(tmp_path, source=other).find(scene, 1080) is None
    assert ClipCache(tmp_path).find(scene, 1080) is not None  # the preview shows any


def test_speech_that_is_not_audio_is_not_kept_nor_counted(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "speech", source_of("http://127.0.0.1:8765", KEY))
    assert cache.store("v", 1.0, "Hello", b"<html>not audio</html>" * 1000, ".mp3") is None
    assert list((tmp_path / "speech").iterdir()) == []
    assert cache.store("v", 1.0, "Hello", b"x", "/../../x") is None  # a server's suffix


def test_captions_are_bounded_and_stripped(tmp_path: Path) -> None:
    small = hostile_srt(tmp_path / "a.srt", 20)
    found = srt_cues.cues(srt_cues.read_srt(small))
    assert len(found) == 20
    assert all(not set(words) & set("\x1b\x07\u202e\u202c") for _a, _b, words in found)
    merged = srt_cues.merge([(small, 0.0)], tmp_path / "out.srt")
    assert merged is not None and "\x1b" not in merged.read_text("utf-8")
    flood = hostile_srt(tmp_path / "b.srt", 40_000)  # 2.6 MB: larger than any clip's
    try:
        srt_cues.verify_srt(flood)
        raise AssertionError("a 2.6 MB SRT was accepted")
    except srt_cues.CaptionError as exc:
        assert "larger than 2 MB" in str(exc)
    assert len(srt_cues.cues(flood.read_text("utf-8"))) == srt_cues.MAX_CUES
