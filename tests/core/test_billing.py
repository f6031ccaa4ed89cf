"""Length and cost estimates follow the billing rule file (composer.billing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.billing.credits import Estimate, engine_key, estimate, rounded_up, rows_that_fit
from composer.billing.drafts import drafts_today, record_draft
from composer.billing.lengths import length_text, project_length, scene_length, total_text
from composer.billing.money import cost_sentence
from composer.billing.rules import (
    install_user_copy,
    load_rules,
    rule_problem,
    shipped_rules_path,
    user_rules_path,
)
from composer.billing.speech import SpeechCache
from composer.heygen.hosts import source_of
from composer.model.enums import CharacterType, VoiceType
from composer.model.project import Project, Scene
from composer.model.validate import validate
from composer.routes.checks import checked
from composer.routes.pricing import route_estimate
from composer.routes.quote import batch_quote, draft_offer, video_quote
from composer.sandbox.speech import wav_bytes
from tests.support.audio_files import write_wav
from tests.support.builders import valid_project, valid_scene

SOURCE = source_of("https://api.heygen.com", "sk-test-billing")
"""The server and account the estimates are made for."""


def _words(count: int) -> str:
    return " ".join(["word"] * count)


def _silent(seconds: float) -> Scene:
    scene = valid_scene()
    scene.voice.type = VoiceType.SILENCE
    scene.voice.duration = str(seconds)
    return scene


def _project(*scenes: Scene) -> Project:
    project = valid_project(0)
    project.scenes = list(scenes)
    return project


def _edit_user_rules(**changes: object) -> None:
    path = install_user_copy()
    data = json.loads(path.read_text("utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), "utf-8")


def test_a_script_twice_as_long_takes_twice_the_seconds() -> None:
    short, long = valid_scene(), valid_scene()
    short.voice.input_text, long.voice.input_text = _words(40), _words(80)
    assert scene_length(short).seconds == pytest.approx(16.0)  # 40 words at 150 a minute
    assert scene_length(long).seconds == pytest.approx(2 * scene_length(short).seconds)
    long.voice.speed = 0.5
    assert scene_length(long).seconds == pytest.approx(64.0)


def test_the_pace_comes_from_the_rule_file() -> None:
    scene = valid_scene()
    scene.voice.input_text = _words(100)
    assert scene_length(scene).seconds == pytest.approx(40.0)
    _edit_user_rules(words_per_minute=200)
    assert scene_length(scene).seconds == pytest.approx(30.0)


def _v2(project: Project) -> Estimate:
    return estimate(project, "v2")


def test_v2_rounds_the_video_up_to_30_second_increments() -> None:
    # video avatars: 2 credits a minute, charged per started 30 s
    assert _v2(_project(_silent(30))).amount == pytest.approx(1.0)
    assert _v2(_project(_silent(30.4))).amount == pytest.approx(2.0)
    assert _v2(_project(_silent(15), _silent(15))).amount == pytest.approx(1.0)
    assert _v2(_project(_silent(15), _silent(15.2))).billed_seconds == 60
    assert rounded_up(60.000000001, 30) == 60  # float noise is not a new increment


def test_v2_rate_follows_the_presenter_engine() -> None:
    photo = _silent(60)
    photo.character.type = CharacterType.TALKING_PHOTO
    avatar_iv = _silent(60)
    avatar_iv.character.use_avatar_iv_model = True
    assert _v2(_project(photo)).amount == pytest.approx(1.0)
    assert _v2(_project(_silent(60))).amount == pytest.approx(2.0)
    assert _v2(_project(avatar_iv)).amount == pytest.approx(6.0)
    # a mixed video is charged at the length-weighted rate
    assert _v2(_project(photo, _silent(60))).amount == pytest.approx(3.0)


def test_v3_bills_dollars_per_second_by_engine_and_resolution() -> None:
    scene = _silent(10.2)
    project = _project(scene)
    assert engine_key(scene.character, "v3", 1920, 1080) == "avatar_iv:avatar"
    result = estimate(project, "v3")
    assert (result.unit, result.billed_seconds) == ("usd", 11)
    assert result.amount == pytest.approx(11 / 60 * 4.0)
    project.dimension.width, project.dimension.height = 3840, 2160
    assert estimate(project, "v3").amount == pytest.approx(11 / 60 * 5.0)
    scene.character.use_avatar_iv_model = False
    assert engine_key(scene.character, "v3", 1920, 1080) == "avatar_iii:avatar"


def test_exact_layout_counts_only_clips_to_render_each_rounded() -> None:
    project = _project(_silent(2.5), _silent(3.2), _silent(4))
    everything = estimate(project, "exact")
    assert everything.billed_seconds == 3 + 4 + 4
    cached_first_two = estimate(project, "exact", to_render={2})
    assert cached_first_two.billed_seconds == 4
    assert cached_first_two.counted_scenes == 1
    assert cached_first_two.amount == pytest.approx(4 / 60 * 4.0)


def test_audio_files_are_measured_and_beat_estimates(tmp_path: Path) -> None:
    scene = valid_scene()
    scene.voice.type = VoiceType.AUDIO
    scene.voice.local_file = str(write_wav(tmp_path / "v.wav", 5.8))
    length = scene_length(scene)
    assert length.seconds == pytest.approx(5.8, abs=0.01)
    assert length_text(length) == "5.8 s"
    scene.voice.local_file = None
    scene.voice.audio_url = "https://example.com/a.mp3"
    assert length_text(scene_length(scene)) == "audio"
    assert total_text(project_length(_project(scene, _silent(2)))) == "2 s + audio"


def test_real_speech_replaces_the_estimate_and_teaches_the_voice_pace(tmp_path: Path) -> None:
    speech = SpeechCache(tmp_path / "speech", SOURCE)
    rules = load_rules()
    scene = valid_scene()
    scene.voice.input_text = _words(20)
    assert length_text(scene_length(scene, rules, speech)) == "≈ 8 s"
    speech.store("voice-1", 1.0, _words(20), wav_bytes(6.0), ".wav")
    assert length_text(scene_length(scene, rules, speech)) == "6.0 s"
    other = valid_scene()
    other.voice.input_text = _words(40)  # same voice, no audio yet: its measured pace (200/min)
    assert scene_length(other, rules, speech).seconds == pytest.approx(12.0)
    assert SpeechCache(tmp_path / "speech", SOURCE).get("voice-1", 1.0, _words(20)) is not None


def test_over_the_plan_length_is_a_validation_error() -> None:
    project = _project(_silent(100), _silent(100), _silent(100.5))  # 5 min 00.5 s
    problems = [p for p in checked(project) if p.field == "video_inputs"]
    assert [p.is_error for p in problems] == [True]
    assert "5 min 00 s" in problems[0].message and "Pro plan" in problems[0].message
    assert not [p for p in validate(project) if p.field == "video_inputs"]  # reads no file
    _edit_user_rules(plan="scale")
    assert not [p for p in checked(project) if p.field == "video_inputs"]


def test_a_broken_user_copy_is_reported_and_the_shipped_rule_used() -> None:
    assert user_rules_path() != shipped_rules_path()
    _edit_user_rules(plan="gold")
    assert "plan 'gold' is not one of the plans" in (rule_problem() or "")
    assert load_rules().source == shipped_rules_path()
    user_rules_path().write_text('{"format": "scene-composer-billing", "plan": "pro"}')
    assert "'plans'" in (rule_problem() or "")
    assert load_rules().plan == "pro"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested more than 16 levels"),
        ('{"a": ' * 20 + "1" + "}" * 20, "nested more than 16 levels"),
        ('{"x": Infinity}', "Infinity is not a number"),
        ('{"x": NaN}', "NaN is not a number"),
    ],
)
def test_a_hostile_rule_file_is_a_clear_error(text: str, said: str) -> None:
    install_user_copy().write_text(text, "utf-8")
    assert said in (rule_problem() or "")
    assert load_rules().source == shipped_rules_path()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({"words_per_minute": 1e308}, "words_per_minute must be a number below"),
        ({"words_per_minute": True}, "words_per_minute must be a number"),
        ({"speech": {"rate_per_minute": -1e300}}, "rate_per_minute must be a number below"),
    ],
)
def test_absurd_rule_values_are_refused(change: dict[str, object], said: str) -> None:
    _edit_user_rules(**change)
    assert said in (rule_problem() or "")


def test_a_deep_string_does_not_count_as_nesting() -> None:
    _edit_user_rules(about='[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{\\"')
    assert rule_problem() is None


def test_batches_fit_in_order_and_sentences_read_well() -> None:
    assert rows_that_fit([1.5] * 25, 42) == 25
    assert rows_that_fit([2.0] * 25, 42) == 21
    assert rows_that_fit([50.0], 42) == 0
    assert cost_sentence("this video", 1.5, "credits", 42) == "this video ≈ 1.5 credits of 42 left"
    assert cost_sentence("25 videos", 37, "credits", None) == "25 videos ≈ 37 credits"
    assert cost_sentence("this video", 0.68, "usd", 42) == "this video ≈ $0.68 of $42.00 left"


def test_drafts_are_counted_per_day() -> None:
    assert drafts_today() == 0
    record_draft()
    assert record_draft() == 2
    assert drafts_today() == 2


def test_quotes_for_a_video_a_batch_and_a_draft() -> None:
    project = _project(_silent(45))  # 60 s billed at 2 credits a minute
    assert video_quote(project, "v2", 42, SOURCE) == "this video ≈ 2 credits of 42 left"
    audio = valid_scene()
    audio.voice.type = VoiceType.AUDIO
    audio.voice.audio_url = "https://example.com/a.mp3"
    assert "plus 1 scene(s) of audio" in video_quote(
        _project(_silent(10), audio), "v2", None, SOURCE
    )
    batch = batch_quote([project] * 25, "v2", 42, SOURCE)
    assert (batch.total, batch.fits, batch.refused) == (50, 21, True)
    assert batch.sentence().startswith("25 videos ≈ 50 credits of 42 left. Not enough")
    assert "21 of the 25 rows fit" in batch.sentence()
    assert not batch_quote([project] * 21, "v2", 42, SOURCE).refused
    assert "no free draft" in draft_offer(project, "v3", "v3 studio", SOURCE).reason
    offer = draft_offer(project, "v2", "v2 scenes", SOURCE)
    assert offer.available and "0 of 10 drafts used today" in offer.reason
    assert "may cut or refuse" in draft_offer(_project(_silent(61)), "v2", "v2", SOURCE).reason
    for _ in range(10):
        record_draft()
    assert not draft_offer(project, "v2", "v2 scenes", SOURCE).available


def test_exact_layout_bills_one_clip_per_presenter_and_voice_not_cached() -> None:
    from composer.media.clips import ClipCache, resolution_for
    from composer.routes.exact_plan import clip_folder

    project = _project(_silent(4), _silent(6), _silent(4))  # scenes 1 and 3 share a clip
    nobody = _silent(5)
    nobody.character.avatar_id = None  # no presenter: composed locally, never billed
    project.scenes.append(nobody)
    first = route_estimate(project, "exact", source=SOURCE)
    assert [s.counted for s in first.scenes] == [True, True, False, False]
    assert first.billed_seconds == 4 + 6
    scene = project.scenes[0]
    clip = ClipCache(clip_folder(), source=SOURCE).path_for(
        scene, resolution_for(scene, project.height), None
    )
    clip.parent.mkdir(parents=True)
    clip.write_bytes(b"clip")  # only its name counts here
    cached = route_estimate(project, "exact", source=SOURCE)
    assert [s.counted for s in cached.scenes] == [False, True, False, False]
    assert cached.amount == pytest.approx(6 / 60 * 4.0)
    assert "3 scene(s) cost nothing" in video_quote(project, "exact", 42, SOURCE)


def test_exact_layout_counts_the_background_removal_a_look_needs() -> None:
    """A talking photo (a custom look) is counted with a background removal before HeyGen
    has answered; an avatar once HeyGen refused it a WebM (the look memory), and none
    when the account can't have background removals."""
    from composer.routes.exact_plan import clip_folder
    from composer.routes.look_memory import ACCOUNT_WIDE, LookMemory

    avatar, photo = _silent(4), _silent(6)
    photo.character.type = CharacterType.TALKING_PHOTO
    photo.character.avatar_id, photo.character.talking_photo_id = None, "tp-custom"
    project = _project(avatar, photo)
    clips = 4 / 60 * 4.0 + 6 / 60 * 3.0  # avatar IV: avatar, photo
    first = route_estimate(project, "exact", source=SOURCE)
    assert first.removals == 1
    assert first.amount == pytest.approx(clips + 6 / 60 * 1.0)
    assert "background removal for 1 presenter clip(s)" in video_quote(project, "exact", 42, SOURCE)
    memory = LookMemory(clip_folder() / "looks" / "alpha.json", "api.heygen.com", "someone")
    memory.learn(avatar.character.avatar_id, webm=False, webm_refusal="matting")
    learnt = route_estimate(project, "exact", source=SOURCE)
    assert learnt.removals == 2 and learnt.amount == pytest.approx(clips + 10 / 60 * 1.0)
    memory.learn(ACCOUNT_WIDE, background_removal=False)
    assert route_estimate(project, "exact", source=SOURCE).amount == pytest.approx(clips)
