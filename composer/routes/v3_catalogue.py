"""The v3 catalogue in the shape the pickers' catalogue store reads (CatalogueSource):
looks of video avatars as avatars, photo-avatar looks as talking photos, v3 voices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.heygen.models import Avatar, TalkingPhoto, VoiceInfo
from composer.heygen.v3_models import Look

if TYPE_CHECKING:
    from composer.heygen.v3 import V3Api

PHOTO = "photo_avatar"


class V3Catalogue:
    def __init__(self, api: V3Api) -> None:
        self.api = api
        self.server = f"{api.server}/v3"  # cached apart from the v2 catalogue
        self.account = api.client.account
        self._looks: list[Look] | None = None

    def list_avatars(self) -> list[Avatar]:
        return [
            Avatar(look.look_id, look.name, None, look.preview_image_url, look.preview_video_url)
            for look in self._all_looks()
            if look.avatar_type != PHOTO
        ]

    def list_talking_photos(self) -> list[TalkingPhoto]:
        return [
            TalkingPhoto(look.look_id, look.name, look.preview_image_url)
            for look in self._all_looks()
            if look.avatar_type == PHOTO
        ]

    def list_voices(self) -> list[VoiceInfo]:
        return [
            VoiceInfo(
                v.voice_id,
                v.name,
                v.language,
                v.gender,
                v.preview_audio_url,
                support_pause=v.support_pause,
            )
            for v in self.api.voices()
        ]

    def _all_looks(self) -> list[Look]:
        """One fetch of the looks serves both lists."""
        if self._looks is None:
            self._looks = self.api.looks()
        return self._looks
