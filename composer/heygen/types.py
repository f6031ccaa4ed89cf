"""The result types of `HeyGenClient` (dataclasses; defined with their parsers in `models`)."""

from __future__ import annotations

from composer.heygen.models import (
    Asset,
    Avatar,
    GenerateResult,
    Quota,
    StatusError,
    TalkingPhoto,
    VideoStatus,
    VoiceInfo,
)

__all__ = [
    "Asset",
    "Avatar",
    "GenerateResult",
    "Quota",
    "StatusError",
    "TalkingPhoto",
    "VideoStatus",
    "VoiceInfo",
]
