"""One reading of a scene's length: a silence's duration, a script at the billing rule
file's pace and an audio file's length are the same for validation, the price, the v3
body and the exact layout's stills (which once assumed 2.6 words a second)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from composer.billing.lengths import DEFAULT_SILENCE, scene_length, silence_length
from composer.billing.rules import install_user_copy
from composer.compose.still_export import estimated_seconds
from composer.model.enums import BackgroundType, VoiceType
from composer.model.project import Background, Scene
from composer.model.validate import validate
from composer.routes.v3_engines import NO_FACTS
from composer.routes.v3_mapping import scene_body
from tests.support.audio_files import write_wav
from tests.support.builders import valid_project, valid_scene

PACKAGE = Path(__file__).resolve().parents[2] / "composer"


def _silent(duration: str | float | None) -> Scene:
    scene = valid_scene()
    scene.voice.type = VoiceType.SILENCE
    scene.voice.duration = duration
    return scene


def _silence_errors(scene: Scene) -> list[str]:
    project = valid_project(0)
    project.scenes = [scene]
    return [p.message for p in validate(project) if p.field == "voice.duration"]


@pytest.mark.parametrize("duration", ["2.5", 2.5, "7", 40])
def test_a_valid_silence_lasts_the_same_everywhere(duration: str | float) -> None:
    scene = _silent(duration)
    seconds = float(duration)
    assert _silence_errors(scene) == []
    assert scene_length(scene).seconds == seconds  # the price and the timeline
    assert silence_length(scene.voice.duration) == seconds  # the exact route's silent WAV
    assert estimated_seconds(scene) == seconds  # the exact layout's still before its clip
    scene.character.avatar_id = None  # a picture scene on v3 narrates the silence
    scene.background = Background(type=BackgroundType.IMAGE, url="https://example.com/a.png")
    assert scene_body(0, scene, NO_FACTS)["duration"] == seconds


@pytest.mark.parametrize("duration", ["soon", "nan", "inf", ""])
def test_a_silence_that_is_not_a_number_is_refused_and_counted_as_the_default(
    duration: str,
) -> None:
    scene = _silent(duration)
    assert any("must be a number of seconds" in m for m in _silence_errors(scene))
    assert scene_length(scene).seconds == DEFAULT_SILENCE == estimated_seconds(scene)


def test_the_stills_read_a_script_at_the_rule_files_pace() -> None:
    scene = valid_scene()
    scene.voice.input_text = " ".join(["word"] * 150)
    assert estimated_seconds(scene) == pytest.approx(scene_length(scene).seconds or 0)
    path = install_user_copy()
    data = json.loads(path.read_text("utf-8"))
    data["words_per_minute"] = 75
    path.write_text(json.dumps(data), "utf-8")
    assert estimated_seconds(scene) == pytest.approx(120.0)
    assert scene_length(scene).seconds == pytest.approx(120.0)


def test_an_audio_file_is_measured_once_and_an_unreadable_one_does_not_raise(
    tmp_path: Path,
) -> None:
    scene = valid_scene()
    scene.voice.type = VoiceType.AUDIO
    scene.voice.local_file = str(write_wav(tmp_path / "v.wav", 3.5))
    assert estimated_seconds(scene) == pytest.approx(3.5, abs=0.01)
    assert scene_length(scene).seconds == pytest.approx(3.5, abs=0.01)
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF not really")
    scene.voice.local_file = str(broken)
    assert scene_length(scene).seconds is None
    assert estimated_seconds(scene) == 1.0


def _defined(name: str) -> list[str]:
    return [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.FunctionDef | ast.Assign)
        and name in ([node.name] if isinstance(node, ast.FunctionDef) else
                     [t.id for t in node.targets if isinstance(t, ast.Name)])
    ]  # fmt: skip


def test_one_audio_seconds_and_no_second_speech_pace() -> None:
    assert _defined("audio_seconds") == ["media/audio_length.py"]
    # the practice server's own voice may speak at its pace; the app reads the rule file
    assert [p for p in _defined("WORDS_PER_SECOND") if not p.startswith("sandbox/")] == []
