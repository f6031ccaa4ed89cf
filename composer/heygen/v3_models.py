"""What the v3 API returns, as small typed records (shapes: HeyGen's published schemas,
composer/heygen/schemas). Parsing tolerates missing and null fields; an answer that lacks
what a record cannot do without raises UnexpectedResponse (never another exception)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from composer.heygen.errors import UnexpectedResponse
from composer.heygen.untrusted import LARGEST, number, whole

QUEUED = frozenset({"pending", "waiting", "queued"})


@dataclass(frozen=True)
class V3Video:
    video_id: str
    status: str  # pending | processing | completed | failed
    video_url: str | None = None
    captioned_video_url: str | None = None  # with `caption.style`: captions burnt in
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
class UploadStatus:
    """One asset of `GET /v3/assets/statuses` (HeyGen calls its id `video_id` there)."""

    asset_id: str
    status: str  # queued | processing | completed | failed | not_found


@dataclass(frozen=True)
class Look:
    """An avatar look (`avatar_id` on v3): its real image size and engines. HeyGen's looks
    say nothing of matting: whether a look gives a WebM with alpha is learnt by asking
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
    kind: str = "public"  # public (HeyGen's library) | private (the account's clones)


@dataclass(frozen=True)
class Account:
    """`GET /v3/users/me`: what is left, in the unit the billing type counts in: a wallet in
    its `currency` (usd or credits), a subscription's premium plus add-on credits, a
    usage-based plan's remaining credits. `amount` None: HeyGen did not say."""

    billing_type: str | None
    amount: float | None
    unit: str  # "usd" | "credits"


@dataclass(frozen=True)
class BackgroundRemoval:
    """A `POST /v3/background-removals` job: `layers` maps a layer name (foreground, mask,
    background) to its download link once completed."""

    job_id: str
    status: str  # pending | processing | completed | failed | deleted
    layers: dict[str, str]
    duration: float | None = None
    error: str | None = None


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    return None if value is None else str(value)


MAX_PICTURE_SIDE = 16384
"""A look's picture is never wider or taller (a 10^400 or -5 from a server is dropped)."""


def _int(value: Any) -> int | None:
    return whole(value)


def _number(value: Any) -> float | None:
    """A finite number no larger than composer.heygen.untrusted.LARGEST either way (1e400,
    NaN, true and text are None)."""
    return number(value, -LARGEST)


def _object(data: Any, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise UnexpectedResponse(f"HeyGen's {what} answer was not an object.")
    return data


def _id(data: dict[str, Any], key: str, what: str) -> str:
    value = data.get(key)
    if not isinstance(value, str | int) or isinstance(value, bool) or value == "":
        raise UnexpectedResponse(f"HeyGen's {what} answer had no {key}.")
    return str(value)


def parse_video(data: Any, video_id: str) -> V3Video:
    data = _object(data, "video")
    return V3Video(
        video_id=str(data.get("id") or video_id),
        status=str(data.get("status") or "pending"),
        video_url=_text(data, "video_url"),
        captioned_video_url=_text(data, "captioned_video_url"),
        subtitle_url=_text(data, "subtitle_url"),
        thumbnail_url=_text(data, "thumbnail_url"),
        duration=number(data.get("duration")),  # seconds: never below 0
        failure_code=_text(data, "failure_code"),
        failure_message=_text(data, "failure_message"),
    )


def parse_asset(data: Any) -> V3Asset:
    data = _object(data, "upload")
    return V3Asset(
        asset_id=_id(data, "asset_id", "upload"),
        url=_text(data, "url"),
        mime_type=_text(data, "mime_type"),
        size_bytes=_int(data.get("size_bytes")),
    )


def parse_upload_statuses(data: Any) -> list[UploadStatus]:
    if not isinstance(data, list):
        raise UnexpectedResponse("HeyGen's upload status answer was not a list.")
    return [
        UploadStatus(str(item.get("video_id") or ""), str(item.get("status") or ""))
        for item in data
        if isinstance(item, dict)
    ]


def parse_look(item: Any) -> Look:
    item = _object(item, "look")
    look_id = _id(item, "id", "look")
    engines = item.get("supported_api_engines")
    return Look(
        look_id=look_id,
        name=str(item.get("name") or look_id),
        avatar_type=str(item.get("avatar_type") or ""),
        image_width=whole(item.get("image_width"), 1, MAX_PICTURE_SIDE),
        image_height=whole(item.get("image_height"), 1, MAX_PICTURE_SIDE),
        preview_image_url=_text(item, "preview_image_url"),
        preview_video_url=_text(item, "preview_video_url"),
        default_voice_id=_text(item, "default_voice_id"),
        supported_api_engines=tuple(str(e) for e in engines) if isinstance(engines, list) else (),
    )


def parse_voice(item: Any) -> V3Voice:
    item = _object(item, "voice")
    voice_id = _id(item, "voice_id", "voice")
    return V3Voice(
        voice_id=voice_id,
        name=str(item.get("name") or voice_id),
        language=_text(item, "language"),
        gender=_text(item, "gender"),
        preview_audio_url=_text(item, "preview_audio_url"),
        support_pause=item.get("support_pause") is True,
        support_locale=item.get("support_locale") is True,
        kind=str(item.get("type") or "public"),
    )


def parse_account(data: Any) -> Account:
    """The balance per `billing_type` (HeyGen: "exactly one of wallet / subscription /
    usage_based is populated depending on this value")."""
    data = _object(data, "account")
    billing = _text(data, "billing_type")
    wallet, plan, usage = (
        data.get(key) if isinstance(data.get(key), dict) else {}
        for key in ("wallet", "subscription", "usage_based")
    )
    if billing == "wallet" or (billing is None and wallet):
        unit = "usd" if wallet.get("currency") == "usd" else "credits"
        return Account(billing, _number(wallet.get("remaining_balance")), unit)
    if billing == "subscription" or (billing is None and plan):
        pools = plan.get("credits") if isinstance(plan.get("credits"), dict) else {}
        left = [
            _number(pool.get("remaining"))
            for pool in (pools.get("premium_credits"), pools.get("add_on_credits"))
            if isinstance(pool, dict)
        ]
        known = [x for x in left if x is not None]
        return Account(billing, sum(known) if known else None, "credits")
    return Account(billing, _number(usage.get("remaining_credits")), "credits")


def parse_background_removal(data: Any) -> BackgroundRemoval:
    data = _object(data, "background removal")
    layers = data.get("layers") if isinstance(data.get("layers"), dict) else {}
    return BackgroundRemoval(
        job_id=_id(data, "id", "background removal"),
        status=str(data.get("status") or "pending"),
        layers={str(k): str(v) for k, v in layers.items() if isinstance(v, str)},
        duration=number(data.get("duration")),  # seconds: never below 0
        error=_text(data, "error"),
    )
