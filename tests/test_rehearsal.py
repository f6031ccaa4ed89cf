"""Rehearse: the example played in the preview with the sandbox's HeyGen speech, timed to
the frame; keys; the script shown as it is spoken."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from composer.jobs.connection import Connections
from composer.projectfile import load_project
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.sandbox.speech import speech_seconds
from composer.settings.credentials import CredentialStore
from composer.settings.preferences import SANDBOX, Preferences
from composer.ui.dialogs.prompts import SaveChoice
from composer.ui.main_window import MainWindow
from composer.ui.rehearsal.subtitles import subtitle_html
from composer.ui.rehearsal.voice_out import VoiceOutput
from composer.ui.scene_list.duration import scene_duration_text
from composer.ui.scene_list.model import DurationRole
from composer.ui.widgets.style import apply_style

FRAME = 1 / 30  # one frame of a 30 fps video


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(render_seconds=0.5) as server:
        yield server


@pytest.fixture
def window(qtbot: QtBot, sandbox: SandboxServer, tmp_path: Path) -> MainWindow:
    apply_style(QApplication.instance())  # type: ignore[arg-type]
    preferences = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path))
    connections = Connections(CredentialStore(), preferences, sandbox=sandbox)
    window = MainWindow(preferences=preferences, connections=connections)
    qtbot.addWidget(window)
    window.files.ask_save_changes = lambda: SaveChoice.DISCARD  # type: ignore[method-assign]
    window.show()
    qtbot.waitExposed(window)
    window.files.load(load_project(example_project()), None)
    return window


def _with_heygen_voices(window: MainWindow, qtbot: QtBot, asked: list[str]) -> None:
    panel = window.spend.rehearsal
    panel.ask_fetch = lambda count, cost: asked.append(f"{count} {cost}") or True  # type: ignore[method-assign]
    panel.heygen_voices.click()
    segments = lambda: panel.timeline.segments  # noqa: E731
    qtbot.waitUntil(lambda: all(s.audio is not None for s in segments()), timeout=10_000)


def test_playhead_reaches_each_scene_at_the_summed_durations(
    window: MainWindow, qtbot: QtBot, sandbox: SandboxServer
) -> None:
    window.findChild(type(window.spend.action_rehearse), "actionRehearse").trigger()
    panel = window.spend.rehearsal
    assert panel.isVisible() and panel.player.playing
    panel.player.pause()
    asked: list[str] = []
    _with_heygen_voices(window, qtbot, asked)
    assert asked and asked[0].startswith("3 $")  # the cost was shown before anything was spent
    assert sandbox.count("POST", "/v3/voices/speech") == 3
    scenes = window.doc.scenes
    expected = [speech_seconds(s.voice.input_text, s.voice.speed or 1.0) for s in scenes]
    assert [s.seconds for s in panel.timeline.segments] == pytest.approx(expected, abs=0.001)
    # real audio now replaces the estimate everywhere
    assert [scene_duration_text(s) for s in scenes] == [f"{e:.1f} s" for e in expected]
    model = window.scene_model  # the cards too (they keep each scene's length in words)
    cards = [model.index(row).data(DurationRole) for row in range(len(scenes))]
    assert cards == [f"{e:.1f} s" for e in expected]
    assert "≈" not in window.summary.text()

    clips = _listen(panel.voice)
    starts: list[tuple[int, float, float, int]] = []
    clock = QElapsedTimer()
    panel.player.scene_changed.connect(
        lambda index, at: starts.append(
            (index, at, clock.nsecsElapsed() / 1e9, window.preview.scene_index)
        )
    )
    panel.voice.clip_started.connect(lambda *_: clips[-1].append(clock.nsecsElapsed() / 1e9))
    panel.player.seek(0.0)
    clock.start()
    panel.player.play()
    qtbot.waitUntil(lambda: not panel.player.playing, timeout=int(sum(expected) * 1000) + 5000)
    changes = [s for s in starts if s[1] > 0]  # the start itself is not a change
    summed = [sum(expected[:i]) for i in range(1, len(expected))]
    assert [c[0] for c in changes] == [1, 2]
    errors = [(abs(c[1] - due), abs(c[2] - due)) for c, due in zip(changes, summed, strict=True)]
    print(f"rehearsal: scene starts off by at most {max(max(e) for e in errors) * 1000:.1f} ms")
    for (index, at, wall, shown), due in zip(changes, summed, strict=True):
        assert shown == index  # the preview shows the scene when the playhead enters it
        assert abs(at - due) <= FRAME, f"scene {index + 1} started at {at:.3f} s, due {due:.3f} s"
        assert abs(wall - due) <= FRAME, (
            f"scene {index + 1} started {wall:.3f} s in, due {due:.3f} s"
        )
    assert panel.player.position() == pytest.approx(sum(expected), abs=0.001)  # WAV samples
    # each scene's WAV was started from its beginning (within a frame) as its scene began
    files = [str(s.audio) for s in panel.timeline.segments]
    assert [file for file, _offset, _wall in clips] == files
    assert all(0 <= offset <= FRAME * 1000 for _file, offset, _wall in clips)
    for (_file, _offset, wall), due in zip(clips, [0.0, *summed], strict=True):
        assert abs(wall - due) <= FRAME, f"a clip started {wall:.3f} s in, due {due:.3f} s"
    for file, seconds in zip(files, expected, strict=True):  # read apart from the app's code
        with wave.open(file) as clip:
            assert clip.getnframes() / clip.getframerate() == pytest.approx(seconds, abs=0.001)


def _listen(voice: VoiceOutput) -> list[list]:
    """Each clip the voice output started: [file, milliseconds into it] (and the caller
    may append when)."""
    clips: list[list] = []
    voice.clip_started.connect(lambda file, ms: clips.append([file, ms]))
    return clips


def test_without_speakers_nothing_is_played_and_the_bar_says_so(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.spend.action_rehearse.trigger()
    panel = window.spend.rehearsal
    panel.player.pause()
    _with_heygen_voices(window, qtbot, [])
    speakers = bool(QMediaDevices.audioOutputs())
    assert bool(panel.voice.players) == speakers  # no media player to play to nothing
    if not speakers:
        assert panel.voice_label.text().endswith("(no speakers found on this computer)")


def test_without_heygen_audio_the_speech_engine_says_the_script(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.spend.rehearsal
    panel.speech_engine = "mock"  # Qt's silent engine; users get the system's real one
    engine = panel.voice.speech
    assert engine is not None and engine.engine() == "mock"
    said: list[str] = []
    states: list[str] = []
    engine.sayingWord.connect(lambda word, *_: said.append(word))
    engine.stateChanged.connect(lambda state: states.append(state.name))
    window.spend.action_rehearse.trigger()
    assert panel.voice_label.text() == "Voices: this computer's speech engine"
    first, second = ([w.strip(".,:;!?") for w in s.words] for s in panel.timeline.segments[:2])
    qtbot.waitUntil(lambda: said[:3] == first[:3], timeout=5000)
    assert "Speaking" in states
    qtbot.keyClick(panel, Qt.Key.Key_Right)  # the next scene's script is said instead
    qtbot.waitUntil(lambda: said[-2:] == second[:2], timeout=5000)
    assert panel.voice.sounding is None  # no audio clip to play
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: states[-1] == "Ready", timeout=5000)


def test_keys_play_pause_step_and_close(window: MainWindow, qtbot: QtBot) -> None:
    window.spend.action_rehearse.trigger()
    panel = window.spend.rehearsal
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert not panel.player.playing
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert window.preview.scene_index == 1
    assert panel.player.position() == pytest.approx(panel.timeline.segments[1].start)
    qtbot.keyClick(window.preview, Qt.Key.Key_Right)  # the preview's arrows step scenes too
    assert window.preview.scene_index == 2
    qtbot.keyClick(panel, Qt.Key.Key_Left)
    assert window.preview.scene_index == 1
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.player.playing
    qtbot.keyClick(panel, Qt.Key.Key_Escape)
    assert not panel.isVisible() and not panel.player.playing
    assert window.preview.scene_index == window.current_row() == 0
    assert window.preview.decorations == []


def test_the_script_is_shown_as_it_is_spoken(
    window: MainWindow, qtbot: QtBot, artifacts_dir: Path
) -> None:
    window.spend.action_rehearse.trigger()
    panel = window.spend.rehearsal
    panel.player.pause()
    _with_heygen_voices(window, qtbot, [])
    second = panel.timeline.segments[1]
    panel.player.seek(second.start + second.seconds / 2)
    html = subtitle_html(second, second.seconds / 2)
    said, coming = html.split("</span>")[0], html.split("</span>")[1]
    half = len(second.words) // 2
    assert second.words[half - 1] in said and second.words[half + 1] in coming
    assert panel.time_label.text().endswith(f"/ 0:{panel.timeline.total:04.1f}")
    assert window.preview.scene_index == 1
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.spend.balance.label.isVisible(), timeout=10_000)
    qtbot.wait(50)
    window.grab().save(str(artifacts_dir / "rehearsal.png"))


def test_a_jump_into_a_scene_plays_its_audio_from_there(window: MainWindow, qtbot: QtBot) -> None:
    window.spend.action_rehearse.trigger()
    panel = window.spend.rehearsal
    panel.player.pause()
    _with_heygen_voices(window, qtbot, [])
    clips = _listen(panel.voice)
    second = panel.timeline.segments[1]
    half_ms = second.seconds * 500
    assert half_ms > 1000
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    panel.player.seek(second.start + second.seconds / 2)
    clips.clear()
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert clips == [[str(second.audio), round(half_ms)]]  # from the middle, not its start
    assert panel.voice.sounding == second.audio
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # pause: the voice stops too
    assert panel.voice.sounding is None
    stopped = QMediaPlayer.PlaybackState.StoppedState
    assert all(p.playbackState() == stopped for p in panel.voice.players)
