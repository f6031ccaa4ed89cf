"""Speech for a rehearsal from HeyGen's text-to-speech: which scripts still need audio, what
fetching them costs, and fetching them into the speech cache (run off the GUI thread).
HeyGen speaks only with starfish voices (`speech_voices`): scripts of other voices are not
fetched, and the rehearsal says them with this computer's voice."""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from composer.billing.lengths import default_speech, voice_speed
from composer.billing.rules import BillingRules, load_rules
from composer.billing.speech import (
    MAX_SPEECH_BYTES,
    SpeechCache,
    SpeechRefused,
    verify_speech,
    word_count,
)
from composer.heygen.client import HeyGenClient
from composer.heygen.speech import SPEECH_ENGINE, synthesize
from composer.model.enums import VoiceType
from composer.model.project import Project


@dataclass(frozen=True)
class Script:
    voice_id: str
    speed: float
    text: str
    locale: str | None = None


def speech_voices(client: HeyGenClient) -> set[str]:
    """The voices HeyGen's speech works with (its starfish engine's, library and clones)."""
    from composer.heygen.v3 import V3Api

    return V3Api(client).voice_ids(SPEECH_ENGINE)


def speakable(scripts: list[Script], voices: set[str]) -> list[Script]:
    """The scripts HeyGen can speak: those whose voice its speech engine serves."""
    return [script for script in scripts if script.voice_id in voices]


def scripts_to_fetch(project: Project, speech: SpeechCache | None = None) -> list[Script]:
    """Scripts with a voice whose speech is not cached yet (each once)."""
    speech = speech or default_speech()
    wanted: dict[tuple[str, float, str], Script] = {}
    for scene in project.scenes:
        voice = scene.voice
        text = (voice.input_text or "").strip()
        if voice.type != VoiceType.TEXT or not voice.voice_id or not text:
            continue
        script = Script(voice.voice_id, voice_speed(voice), voice.input_text or "", voice.locale)
        if speech.get(script.voice_id, script.speed, script.text) is None:
            wanted.setdefault((script.voice_id, script.speed, text), script)
    return list(wanted.values())


def fetch_cost(scripts: list[Script], rules: BillingRules | None = None) -> tuple[float, str]:
    """(amount, unit) HeyGen charges for speaking `scripts`, by the billing rule."""
    rules = rules or load_rules()
    seconds = sum(word_count(s.text) / (rules.words_per_minute * s.speed) * 60 for s in scripts)
    return seconds / 60 * rules.speech_rate_per_minute, rules.speech_unit


def fetch_speech(
    client: HeyGenClient,
    scripts: list[Script],
    speech: SpeechCache,
    progress: Callable[[tuple[int, int]], None] | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Speak each script with HeyGen and keep the audio in `speech`, the cache of the
    client's server and account; returns how many were fetched."""
    if speech.source != client.source:
        raise ValueError("speech is kept under the server and account that spoke it")
    done = 0
    for script in scripts:
        if cancel is not None and cancel.is_set():
            break
        reply = synthesize(client, script.voice_id, script.text, script.speed, script.locale)
        suffix = Path(urlsplit(reply.audio_url).path).suffix or ".mp3"
        with tempfile.TemporaryDirectory() as folder:
            try:
                file = client.download(
                    reply.audio_url, Path(folder) / "speech", max_bytes=MAX_SPEECH_BYTES,
                    verify=verify_speech,
                )  # fmt: skip
            except SpeechRefused:
                continue  # not audio: nothing kept, not counted as fetched
            entry = speech.store(
                script.voice_id,
                script.speed,
                script.text,
                file.read_bytes(),
                suffix,
                reply.word_timestamps,
            )
        done += entry is not None
        if progress is not None:
            progress((done, len(scripts)))
    return done
