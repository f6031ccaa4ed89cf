"""The exact layout route over real HTTP to the sandbox: one v3 avatar clip per distinct
presenter (WebM with alpha for matting looks, else MP4 on a key colour), composed here; a
second submit after text/position edits renders nothing new (sandbox request log)."""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import Any

import pytest

from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobRecord, JobState
from composer.media.video import VideoFrames, probe
from composer.model.enums import BackgroundType, VoiceType
from composer.model.project import Background, Offset, Position, Project, Voice
from composer.projectfile.io import load_any
from composer.resources import example_project
from composer.routes.exact import ExactRoute
from composer.routes.exact_plan import clip_folder
from composer.routes.look_memory import memory_for
from composer.routes.registry import route_class
from composer.sandbox.server import SandboxServer
from tests.support.sandbox_fixture import FAST_POLLS, client_for

pytestmark = pytest.mark.usefixtures("qapp")  # the route composes: it paints (composer.paint)
CREATE = ("POST", "/v3/videos")
UPLOAD = ("POST", "/v3/assets")
SCRIPTS = ("Meet Aurora X today.", "It tunes every room.", "Pre-order now.")


def quick_example() -> Project:
    """The example with short scripts and a smaller close-up (quick clips), its online
    video background swapped for a colour."""
    project = load_any(example_project())
    for scene, script in zip(project.scenes, SCRIPTS, strict=True):
        scene.voice.input_text = script
    project.scenes[1].character.scale = 0.5
    project.scenes[2].background = Background(BackgroundType.COLOR, value="#22223B")
    project.route = "exact"
    return project


def submit(sandbox: SandboxServer, tmp_path: Path, project: Project) -> JobRecord:
    history = JobHistory(tmp_path / "jobs.json")
    runner = JobRunner(client_for(sandbox), history, schedule=FAST_POLLS, route="exact")
    progress: list[tuple[float | None, str]] = []
    final = runner.submit(project, "Launch", tmp_path / "out", lambda r: None,
                          lambda f, w: progress.append((f, w)), threading.Event())  # fmt: skip
    assert final.state == JobState.COMPLETED, final.message
    assert any(words.startswith("Composing: scene 1 of 3") for _, words in progress)
    return final


def requests(sandbox: SandboxServer, kind: tuple[str, str]) -> list[dict[str, Any]]:
    return [e for e in sandbox.request_log() if (e["method"], e["path"]) == kind]


def test_the_route_is_listed_with_its_label() -> None:
    assert route_class("exact").label == "Exact layout (composed on this computer)"


def test_first_render_asks_for_presenter_clips_only_and_composes(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project = quick_example()
    assert (
        ExactRoute.submit_note(project, client_for(sandbox).source)
        == "3 new HeyGen renders, then composing locally"
    )
    final = submit(sandbox, tmp_path, project)
    bodies = [entry["body"] for entry in requests(sandbox, CREATE)]
    assert len(bodies) == 3
    # With aspect_ratio auto the resolution names the clip's SHORT edge (a portrait clip's
    # width): presenters drawn 972 and 1,019 px tall need 729 and 764 px wide, so 1080p;
    # the one drawn 917 px tall needs 688, and 720p covers it.
    for body, script, resolution in zip(bodies, SCRIPTS, ["1080p", "1080p", "720p"], strict=True):
        assert body["type"] == "avatar" and body["avatar_id"] == "Daisy-inskirt-20220818"
        assert body["output_format"] == "webm" and "background" not in body  # matting look
        assert body["aspect_ratio"] == "auto" and body["resolution"] == resolution
        assert body["script"] == script
    assert all(e["headers"].get("idempotency-key") for e in requests(sandbox, CREATE))
    info = probe(Path(final.file))
    assert (info.width, info.height, info.has_audio) == (1920, 1080, True)
    assert (
        ExactRoute.submit_note(project, client_for(sandbox).source)
        == "0 new HeyGen renders, composing locally"
    )


def test_text_and_position_edits_render_nothing_new(sandbox: SandboxServer, tmp_path) -> None:
    project = quick_example()
    first = submit(sandbox, tmp_path, project)
    before = len(requests(sandbox, CREATE))
    edited = copy.deepcopy(project)
    edited.scenes[0].text.text = "Aurora X is here"
    edited.scenes[0].text.position = Position(0.5, 0.7)
    edited.scenes[0].character.offset = Offset(-0.25, 0.05)
    edited.scenes[2].character.scale = 0.35
    edited.scenes[0], edited.scenes[1] = edited.scenes[1], edited.scenes[0]
    assert (
        ExactRoute.submit_note(edited, client_for(sandbox).source)
        == "0 new HeyGen renders, composing locally"
    )
    second = submit(sandbox, tmp_path, edited)
    assert len(requests(sandbox, CREATE)) == before  # 0 generate requests
    assert Path(second.file) != Path(first.file) and Path(second.file).exists()
    with VideoFrames(Path(first.file)) as a, VideoFrames(Path(second.file)) as b:
        assert (a.at(0.5) != b.at(0.5)).any()  # the new layout, not the old video


def test_without_webm_or_background_removal_a_plain_key_colour_and_silence_an_uploaded_wav(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    """The plan refuses webm and background removal: a studio avatar is asked on a key
    colour with remove_background, its backdrop measures plain, and it is keyed here."""
    sandbox.faults.update({"v3_webm_plan_refusal": True, "v3_no_background_removal": True})
    project = quick_example()
    for scene in project.scenes[1:]:  # two silent scenes of one presenter: one clip
        scene.voice = Voice(type=VoiceType.SILENCE, duration="1.5")
    final = submit(sandbox, tmp_path, project)
    bodies = [entry["body"] for entry in requests(sandbox, CREATE)]
    assert [body["output_format"] for body in bodies] == ["webm", "mp4", "mp4"]  # learnt
    keyed, silent = bodies[1], bodies[2]
    assert keyed["background"]["type"] == "color" and keyed["remove_background"] is True
    assert len(requests(sandbox, ("POST", "/v3/background-removals"))) == 1  # then remembered
    learnt = memory_for(clip_folder(), sandbox.base_url, {"username": "sandbox"})
    assert learnt.facts("Daisy-inskirt-20220818").webm_refusal == "plan"  # read as such
    assert silent["audio_asset_id"] and "script" not in silent
    assert len(requests(sandbox, UPLOAD)) == 1  # the silence, once
    assert abs(probe(Path(final.file)).seconds - (probe_clip_seconds(keyed) + 3.0)) < 0.1
    fetched = [e["path"] for e in sandbox.request_log() if e["method"] == "GET"]
    assert any(path.startswith("/files/video/") for path in fetched)
    assert not any(path.startswith("/files/subtitle/") for path in fetched)  # captions off


def probe_clip_seconds(body: dict[str, Any]) -> float:
    from composer.sandbox.clipmedia import script_seconds

    frames = -(-script_seconds(body["script"]) * 25 // 1)
    return frames / 25


def test_captions_are_merged_into_one_srt_beside_the_video(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    project = quick_example()
    project.caption = True
    final = submit(sandbox, tmp_path, project)
    srt = Path(final.file).with_suffix(".srt").read_text("utf-8")
    for script in SCRIPTS:
        assert script in srt
    from composer.compose.srt_cues import cues

    starts = [start for start, _end, _words in cues(srt)]
    assert starts[0] == 0 and starts == sorted(starts) and starts[2] > 2.5  # shifted per scene
