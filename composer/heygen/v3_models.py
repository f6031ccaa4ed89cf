"""What the v3 API returns, as small typed records (shapes from HeyGen's CLI, gen/*.go).
Parsing tolerates missing and null fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

QUEUED = frozenset({"pending", "waiting", "queued"})
CREDIT_KEYS = ("remaining_credits", "credits", "remaining_balance", "balance", "remaining")


@dataclass(frozen=True)
class V3Video:
    video_id: str
    status: str  # pending | processing | completed | failed
    video_url: str | None = None
    captioned_video_url: str | None = None
    subtitle_url: str | None = None
    thumbnail_url: str | None = None
    duration: float | None = None
    failure_code: str | None = None
    failure_message: str | None = None

    @property
    def is_queued(self) -> bool:
        return self.status in QUEUED


@dataclass(frozen=True)
class V3Asset:
    asset_id: str
    url: str | None
    mime_type: str | None
    size_bytes: int | None


@dataclass(frozen=True)
class Look:
    """An avatar look (`avatar_id` on v3): its real image size and engines. HeyGen says
    nothing of matting: whether a look gives a WebM with alpha is learnt by asking
    (composer/routes/look_memory.py)."""

    look_id: str
    name: str
    avatar_type: str  # studio_avatar | video_avatar | photo_avatar
    image_width: int | None = None
    image_height: int | None = None
    preview_image_url: str | None = None
    preview_video_url: str | None = None
    default_voice_id: str | None = None
    supported_api_engines: tuple[str, ...] = ()


@dataclass(frozen=True)
class V3Voice:
    voice_id: str
    name: str
    language: str | None = None
    gender: str | None = None
    preview_audio_url: str | None = None
    support_pause: bool = False
    support_locale: bool = False


@dataclass(frozen=True)
class Account:
    """`GET /v3/user/me`: the CLI documents `billing_type` but no response schema, so the
    remaining credit is looked up under the usual names in the billing object."""

    billing_type: str | None
    credits: float | None


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse_video(data: dict[str, Any], video_id: str) -> V3Video:
    duration = data.get("duration")
    return V3Video(
        video_id=str(data.get("id") or video_id),
        status=str(data.get("status") or "pending"),
        video_url=_text(data, "video_url"),
        captioned_video_url=_text(data, "captioned_video_url"),
        subtitle_url=_text(data, "subtitle_url"),
        thumbnail_url=_text(data, "thumbnail_url"),
        duration=float(duration) if isinstance(duration, int | float) else None,
        failure_code=_text(data, "failure_code"),
        failure_message=_text(data, "failure_message"),
    )


def parse_asset(data: dict[str, Any]) -> V3Asset:
    return V3Asset(
        asset_id=str(data["asset_id"]),
        url=_text(data, "url"),
        mime_type=_text(data, "mime_type"),
        size_bytes=_int(data.get("size_bytes")),
    )


def parse_look(item: dict[str, Any]) -> Look:
    return Look(
        look_id=str(item["id"]),
        name=str(item.get("name") or item["id"]),
        avatar_type=str(item.get("avatar_type") or ""),
        image_width=_int(item.get("image_width")),
        image_height=_int(item.get("image_height")),
        preview_image_url=_text(item, "preview_image_url"),
        preview_video_url=_text(item, "preview_video_url"),
        default_voice_id=_text(item, "default_voice_id"),
        supported_api_engines=tuple(str(e) for e in item.get("supported_api_engines") or ()),
    )


def parse_voice(item: dict[str, Any]) -> V3Voice:
    return V3Voice(
        voice_id=str(item["voice_id"]),
        name=str(item.get("name") or item["voice_id"]),
        language=_text(item, "language"),
        gender=_text(item, "gender"),
        preview_audio_url=_text(item, "preview_audio_url"),
        support_pause=bool(item.get("support_pause")),
        support_locale=bool(item.get("support_locale")),
    )


def parse_account(data: dict[str, Any]) -> Account:
    billing_type = _text(data, "billing_type")
    places = [data.get(billing_type or ""), data]
    for place in places:
        if isinstance(place, dict):
            for key in CREDIT_KEYS:
                value = place.get(key)
                if isinstance(value, int | float) and not isinstance(value, bool):
                    return Account(billing_type, float(value))
    return Account(billing_type, None)
