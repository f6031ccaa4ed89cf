"""The v3 avatar body of each presenter clip one exact layout job asks for
(composer/routes/exact.py's `prepare`): the scene's presenter and voice as v3 studio maps
them, without a background (composed here), `aspect_ratio: "auto"` at the resolution the
clip plan chose, captions as SRT. A silent scene speaks a silent WAV of its length,
written into the clip cache and uploaded once a length."""

from __future__ import annotations

import copy
import io
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.billing.lengths import silence_length
from composer.model.enums import VoiceType
from composer.model.project import Scene
from composer.routes.base import JobContext
from composer.routes.v3_engines import CatalogueFacts
from composer.routes.v3_mapping import presenter_body

if TYPE_CHECKING:  # the HTTP stack loads when a job runs
    from composer.heygen.v3 import V3Api

SILENCE_RATE = 16_000


def _silent_wav(seconds: float) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SILENCE_RATE)
        out.writeframes(b"\0\0" * round(seconds * SILENCE_RATE))
    return buffer.getvalue()


class ClipBodies:
    """The bodies of one job's clips, on the account's catalogue `facts`; the silences
    kept in `folder` (the clip cache)."""

    def __init__(self, api: V3Api, folder: Path, facts: CatalogueFacts, job: JobContext) -> None:
        self.api = api
        self.folder = folder
        self.facts = facts
        self.job = job
        self._silences: dict[float, str] = {}
        """Seconds -> the asset id of the silent WAV of that length, uploaded."""

    def body(self, scene: Scene, resolution: str) -> dict[str, Any]:
        spoken = copy.deepcopy(scene)
        if scene.voice.type == VoiceType.SILENCE:
            seconds = silence_length(scene.voice.duration)
            if seconds not in self._silences:
                self._silences[seconds] = self._upload_silence(seconds)
            spoken.voice.type = VoiceType.AUDIO
            spoken.voice.audio_asset_id, spoken.voice.audio_url = self._silences[seconds], None
        body = presenter_body(spoken, self.facts)
        body.pop("background", None)
        body.update(aspect_ratio="auto", resolution=resolution, caption={"file_format": "srt"})
        return body

    def _upload_silence(self, seconds: float) -> str:
        self.job.check_cancel()
        path = self.folder / "silence" / f"silence-{seconds:g}s.wav"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            path.write_bytes(_silent_wav(seconds))
        key = f"scene-composer-silence-{seconds:g}s-{SILENCE_RATE}"
        return self.api.upload_file(path, "audio/wav", key).asset_id
