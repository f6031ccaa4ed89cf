"""What the API returns, as small typed records. Parsing tolerates missing and null fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from composer.heygen.untrusted import number

QUEUED_STATUSES = frozenset({"pending", "waiting"})
FINISHED_STATUSES = frozenset({"completed", "failed"})
SECONDS_PER_CREDIT = 60


@dataclass(frozen=True)
class GenerateResult:
    video_id: str
    notice: str | None = None
    """A deprecation or other notice HeyGen sent with the answer: show it, never hide it."""


@dataclass(frozen=True)
class StatusError:
    code: Any
    message: str
    detail: str = ""


@dataclass(frozen=True)
class VideoStatus:
    video_id: str
    status: str  # "pending" | "waiting" | "processing" | "completed" | "failed"
    video_url: str | None = None
    thumbnail_url: str | None = None
    caption_url: str | None = None
    video_url_caption: str | None = None
    gif_url: str | None = None
    duration: float | None = None
    created_at: int | None = None
    callback_id: str | None = None
    error: StatusError | None = None

    @property
    def is_queued(self) -> bool:
        return self.status in QUEUED_STATUSES

    @property
    def is_finished(self) -> bool:
        return self.status in FINISHED_STATUSES

    @property
    def failure_message(self) -> str:
        """The render error in plain words (HeyGen's message, else its detail or code)."""
        if self.error is None:
            return "HeyGen reported the render as failed without a reason."
        return self.error.message or self.error.detail or f"error code {self.error.code}"


@dataclass(frozen=True)
class Avatar:
    avatar_id: str
    name: str
    gender: str | None = None
    preview_image_url: str | None = None
    preview_video_url: str | None = None
    premium: bool = False


@dataclass(frozen=True)
class TalkingPhoto:
    talking_photo_id: str
    name: str
    preview_image_url: str | None = None


@dataclass(frozen=True)
class VoiceInfo:
    voice_id: str
    name: str
    language: str | None = None
    gender: str | None = None
    preview_audio: str | None = None
    support_pause: bool = False
    emotion_support: bool = False


@dataclass(frozen=True)
class Asset:
    id: str
    url: str | None = None
    file_type: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Quota:
    remaining: int

    @property
    def credits(self) -> float:
        return self.remaining / SECONDS_PER_CREDIT


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return None if value is None else str(value)


def _number(value: Any) -> float | None:
    """A finite, bounded number (see composer.heygen.untrusted.number), also from text."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    return number(value)


def parse_status(data: dict[str, Any], video_id: str) -> VideoStatus:
    error = data.get("error")
    return VideoStatus(
        video_id=str(data.get("id") or video_id),
        status=str(data.get("status") or "pending"),
        video_url=_text(data, "video_url"),
        thumbnail_url=_text(data, "thumbnail_url"),
        caption_url=_text(data, "caption_url"),
        video_url_caption=_text(data, "video_url_caption"),
        gif_url=_text(data, "gif_url"),
        duration=_number(data.get("duration")),
        created_at=data.get("created_at") if isinstance(data.get("created_at"), int) else None,
        callback_id=_text(data, "callback_id"),
        error=_status_error(error),
    )


def _status_error(error: Any) -> StatusError | None:
    if not error:
        return None
    if isinstance(error, dict):
        return StatusError(
            error.get("code"), str(error.get("message") or ""), str(error.get("detail") or "")
        )
    return StatusError(None, str(error))


def parse_avatar(item: dict[str, Any]) -> Avatar:
    return Avatar(
        avatar_id=str(item["avatar_id"]),
        name=str(item.get("avatar_name") or item["avatar_id"]),
        gender=_text(item, "gender"),
        preview_image_url=_text(item, "preview_image_url"),
        preview_video_url=_text(item, "preview_video_url"),
        premium=bool(item.get("premium")),
    )


def parse_talking_photo(item: dict[str, Any]) -> TalkingPhoto:
    return TalkingPhoto(
        talking_photo_id=str(item["talking_photo_id"]),
        name=str(item.get("talking_photo_name") or item["talking_photo_id"]),
        preview_image_url=_text(item, "preview_image_url"),
    )


def parse_voice(item: dict[str, Any]) -> VoiceInfo:
    return VoiceInfo(
        voice_id=str(item["voice_id"]),
        name=str(item.get("name") or item["voice_id"]),
        language=_text(item, "language"),
        gender=_text(item, "gender"),
        preview_audio=_text(item, "preview_audio"),
        support_pause=bool(item.get("support_pause")),
        emotion_support=bool(item.get("emotion_support")),
    )


def parse_asset(data: dict[str, Any]) -> Asset:
    return Asset(
        id=str(data["id"]),
        url=_text(data, "url"),
        file_type=_text(data, "file_type"),
        name=_text(data, "name"),
    )
