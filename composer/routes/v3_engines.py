"""What the account's catalogue decides in a v3 body: the `engine` a presenter is rendered
with, and whether ElevenLabs `engine_settings` may go with a voice.

- The engine comes from the look's `supported_api_engines` (HeyGen: "check
  supported_api_engines on the avatar look to confirm eligibility"): the one the scene asks
  for (Avatar IV on, or Avatar III) when the look has it, else the first the look has of
  Avatar IV, Avatar V, Avatar III. Never Avatar III for a photo look: on photos it is the
  older Photo Avatar product (no 4k), which newer photo looks refuse.
- ElevenLabs settings go only with a voice that `GET /v3/voices?engine=elevenlabs` lists
  (HeyGen rejects them "if the voice_id is not compatible with the selected engine").
Without the catalogue (offline, or HeyGen did not answer) the choices are the safe ones:
the asked-for engine (Avatar IV for photos) and no ElevenLabs settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the catalogue's looks: not needed to paint the window (see cold start)
    from composer.heygen.v3_models import Look

AVATAR_III, AVATAR_IV, AVATAR_V = "avatar_iii", "avatar_iv", "avatar_v"
PREFERENCE = (AVATAR_IV, AVATAR_V, AVATAR_III)
PHOTO = "photo_avatar"


@dataclass(frozen=True)
class CatalogueFacts:
    """The account's looks by id, and the voices that take ElevenLabs settings (None:
    not known)."""

    looks: dict[str, Look] = field(default_factory=dict)
    elevenlabs_voices: frozenset[str] | None = None

    def takes_elevenlabs(self, voice_id: str | None) -> bool:
        return bool(voice_id) and voice_id in (self.elevenlabs_voices or ())


NO_FACTS = CatalogueFacts()


def engine_for(look: Look | None, photo: bool, wants_iv: bool | None) -> str | None:
    """The engine to send for a presenter (None: send none, HeyGen's default Avatar IV).
    `photo`: the document calls it a talking photo; `wants_iv`: the scene's Avatar IV
    switch (None: not set)."""
    wanted = None if wants_iv is None else (AVATAR_IV if wants_iv else AVATAR_III)
    if look is None:
        return AVATAR_IV if photo and wanted == AVATAR_III else wanted
    allowed = [e for e in look.supported_api_engines if e in PREFERENCE]
    if look.avatar_type == PHOTO or photo:
        allowed = [e for e in allowed if e != AVATAR_III]
    if not allowed:
        return None
    if wanted in allowed:
        return wanted
    if wanted is None and AVATAR_IV in allowed:
        return None  # HeyGen's default is what the look has
    return next(e for e in PREFERENCE if e in allowed)
