"""The sandbox's text-to-speech (`POST /v3/voices/speech`, as in HeyGen's v3 API): a WAV
whose length follows the words (150 words a minute at speed 1, divided by the speed), with
word timestamps, served from /files/speech/."""

from __future__ import annotations

import io
import math
import secrets
import struct
import threading
import wave
from typing import Any

WORDS_PER_MINUTE = 150
SAMPLE_RATE = 16_000
TONE_HZ = 220.0
MAX_TEXT = 5000


def speech_seconds(text: str, speed: float) -> float:
    return len(text.split()) / (WORDS_PER_MINUTE * speed) * 60


def wav_bytes(seconds: float, rate: int = SAMPLE_RATE) -> bytes:
    """A quiet, softly pulsing tone of `seconds` (mono 16-bit PCM)."""
    frames = max(1, round(seconds * rate))
    samples = (
        int(2000 * math.sin(2 * math.pi * TONE_HZ * i / rate) * (0.6 + 0.4 * math.sin(i / 800)))
        for i in range(frames)
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(struct.pack(f"<{frames}h", *samples))
    return buffer.getvalue()


def word_timestamps(text: str, seconds: float) -> list[dict[str, Any]]:
    words = text.split()
    step = seconds / len(words) if words else 0.0
    return [
        {"word": w, "start": round(i * step, 3), "end": round((i + 1) * step, 3)}
        for i, w in enumerate(words)
    ]


class SpeechStore:
    """Clips made so far, by id (thread-safe)."""

    def __init__(self) -> None:
        self._clips: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def make(self, text: str, speed: float) -> tuple[str, float]:
        seconds = speech_seconds(text, speed)
        clip_id = secrets.token_hex(12)
        data = wav_bytes(seconds)
        with self._lock:
            self._clips[clip_id] = data
        return clip_id, seconds

    def get(self, clip_id: str) -> bytes | None:
        with self._lock:
            return self._clips.get(clip_id)


def check_speech_body(body: Any) -> str | None:
    """What is wrong with a speech request, in HeyGen's words; None if nothing."""
    if not isinstance(body, dict):
        return "The body must be a JSON object"
    text, voice = body.get("text"), body.get("voice_id")
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
        return f"text must be 1-{MAX_TEXT} characters"
    if not isinstance(voice, str) or not voice:
        return "voice_id is required"
    speed = body.get("speed", 1)
    if not isinstance(speed, int | float) or not 0.5 <= speed <= 2.0:
        return "speed must be between 0.5 and 2.0"
    return None
