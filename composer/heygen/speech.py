"""HeyGen's text-to-speech (`POST /v3/voices/speech`, HeyGen's v3 API): one script spoken by
one voice, returned as a link to the audio, its duration and word timings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import requests

from composer.heygen.errors import UnexpectedResponse
from composer.heygen.untrusted import number

if TYPE_CHECKING:
    from composer.heygen.client import HeyGenClient

SPEECH_PATH = "/v3/voices/speech"
SPEED_RANGE = (0.5, 2.0)


@dataclass(frozen=True)
class SpeechReply:
    audio_url: str
    duration: float | None
    word_timestamps: list[dict[str, Any]] = field(default_factory=list)


def synthesize(client: HeyGenClient, voice_id: str, text: str, speed: float = 1.0) -> SpeechReply:
    """Ask HeyGen to speak `text`; raises the client's typed HeyGenError on refusal."""
    low, high = SPEED_RANGE
    body = {"text": text, "voice_id": voice_id, "speed": min(max(speed, low), high)}
    url = client.base_url + SPEECH_PATH
    try:
        response = client._send("POST", url, json=body)  # the client's key and session
    except requests.RequestException as exc:
        raise client._network_error(exc) from None
    data = client._data(response)
    if not isinstance(data, dict) or not data.get("audio_url"):
        raise UnexpectedResponse("HeyGen's speech answer had no audio link.")
    duration = data.get("duration")
    timestamps = data.get("word_timestamps")
    return SpeechReply(
        str(data["audio_url"]),
        number(duration, 0.0, 24 * 3600),
        [t for t in timestamps if isinstance(t, dict)] if isinstance(timestamps, list) else [],
    )
