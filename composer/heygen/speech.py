"""HeyGen's text-to-speech (`POST /v3/voices/speech`, HeyGen's v3 API): one script spoken by
one voice, returned as a link to the audio, its duration and word timings. HeyGen speaks
only with voices its starfish engine serves (`GET /v3/voices?engine=starfish`); a scene's
locale goes along (with its base language), as the schema offers."""

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
SPEECH_ENGINE = "starfish"


@dataclass(frozen=True)
class SpeechReply:
    audio_url: str
    duration: float | None
    word_timestamps: list[dict[str, Any]] = field(default_factory=list)


def synthesize(
    client: HeyGenClient,
    voice_id: str,
    text: str,
    speed: float = 1.0,
    locale: str | None = None,
) -> SpeechReply:
    """Ask HeyGen to speak `text`; raises the client's typed HeyGenError on refusal."""
    low, high = SPEED_RANGE
    body: dict[str, Any] = {"text": text, "voice_id": voice_id, "speed": min(max(speed, low), high)}
    if locale:
        body["locale"] = locale
        body["language"] = locale.split("-")[0].lower()
    url = client.base_url + SPEECH_PATH
    try:
        response = client._send("POST", url, json=body)  # the client's key and session
    except requests.RequestException as exc:
        raise client._network_error(exc) from None
    return parse_speech(client._data(response))


def parse_speech(data: Any) -> SpeechReply:
    """HeyGen's speech answer; UnexpectedResponse when it has no audio link."""
    if not isinstance(data, dict) or not isinstance(data.get("audio_url"), str):
        raise UnexpectedResponse("HeyGen's speech answer had no audio link.")
    duration = data.get("duration")
    timestamps = data.get("word_timestamps")
    return SpeechReply(
        data["audio_url"],
        number(duration, 0.0, 24 * 3600),
        [t for t in timestamps if isinstance(t, dict)] if isinstance(timestamps, list) else [],
    )
