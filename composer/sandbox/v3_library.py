"""The sandbox's v3 catalogue and account: looks, voices (public library and the account's
clones, filtered by engine, paged with `limit`/`token`), `GET /v3/users/me` in each of
HeyGen's billing types, and text to speech (starfish voices only, as HeyGen requires).
Shapes: HeyGen's CLI (gen/avatar.go, gen/voice.go, gen/user.go), checked on the way out by
v3_contract."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from composer.sandbox.api import Reply
from composer.sandbox.catalogue import looks_data, v3_voices_data, voice_engines
from composer.sandbox.faults import Faults
from composer.sandbox.speech import SpeechStore, check_speech_body, word_timestamps
from composer.sandbox.v3_contract import INVALID_CODE, Call, v3_error, v3_ok

DEFAULT_LIMIT = 20
SPEECH_ENGINE = "starfish"
USD_PER_CREDIT = 0.5
"""What a wallet in dollars shows: the sandbox's credits at this price."""


class Library:
    def __init__(
        self, faults: Faults, base_url: Callable[[], str], balance: Callable[[], float]
    ) -> None:
        self.faults = faults
        self._base_url = base_url
        self._balance = balance
        self.speech_clips = SpeechStore()

    def looks(self, call: Call) -> Reply:
        query = call.request.query
        items = [
            look
            for look in looks_data(self._base_url())
            if query.get("avatar_type") in (None, look["avatar_type"])
            and query.get("group_id") in (None, look["group_id"])
        ]
        return _page(items, query)

    def look(self, call: Call) -> Reply:
        look_id = call.params["look_id"]
        for look in looks_data(self._base_url()):
            if look["id"] == look_id:
                return v3_ok(look)
        return v3_error(404, "avatar_look_not_found", f"Look not found: {look_id}", "look_id")

    def voices(self, call: Call) -> Reply:
        query = call.request.query
        kind = query.get("type", "public")
        items = [
            voice
            for voice in v3_voices_data(self._base_url(), kind, self.faults.extra_voices)
            if query.get("engine") in (None, *voice_engines(voice["voice_id"]))
            and query.get("language") in (None, voice["language"])
            and query.get("gender") in (None, voice["gender"])
        ]
        return _page(items, query)

    def me(self, call: Call) -> Reply:
        """The account in the billing type `faults.account` names (wallet in credits by
        default); the balance falls as videos are made."""
        balance = self._balance()
        kind = self.faults.account or "wallet-credits"
        data: dict[str, Any] = {
            "username": "sandbox",
            "email": "sandbox@example.com",
            "first_name": "Sandy",
            "last_name": None,
        }
        if kind.startswith("wallet"):
            usd = kind == "wallet-usd"
            remaining = round(balance * USD_PER_CREDIT, 2) if usd else balance
            wallet = {"currency": "usd" if usd else "credits", "remaining_balance": remaining}
            data.update(billing_type="wallet", wallet=wallet)
        elif kind == "subscription":
            premium = {"remaining": int(balance), "resets_at": "2026-12-31T00:00:00Z"}
            credits = {"premium_credits": premium, "add_on_credits": {"remaining": 25}}
            data.update(
                billing_type="subscription", subscription={"plan": "pro", "credits": credits}
            )
        else:
            usage = {"included_credits": 500.0, "remaining_credits": balance}
            data.update(billing_type="usage_based", usage_based=usage)
        return v3_ok(data)

    def speech(self, call: Call) -> Reply:
        """A WAV as long as the words take to say, and their timings; only for a voice the
        starfish engine serves (HeyGen's rule for this endpoint)."""
        body = call.body
        problem = check_speech_body(body)
        if problem:
            return v3_error(400, INVALID_CODE, problem)
        if SPEECH_ENGINE not in voice_engines(body["voice_id"]):
            message = "This voice does not support the starfish engine used for speech."
            return v3_error(400, INVALID_CODE, message, "voice_id")
        clip_id, seconds = self.speech_clips.make(body["text"], float(body.get("speed", 1)))
        data = {
            "audio_url": f"{self._base_url()}/files/speech/{clip_id}.wav",
            "duration": seconds,
            "request_id": clip_id,
            "word_timestamps": word_timestamps(body["text"], seconds),
        }
        return v3_ok(data)


def _page(items: list[dict[str, Any]], query: Any) -> Reply:
    """One page of `items`: `limit` (HeyGen's default 20) from the offset `token` holds."""
    limit = int(query.get("limit") or DEFAULT_LIMIT)
    token = query.get("token")
    if token is not None and not (token.startswith("p") and token[1:].isdigit()):
        return v3_error(400, INVALID_CODE, "The page token is not valid.", "token")
    start = int(token[1:]) if token else 0
    end = start + limit
    more = end < len(items)
    return v3_ok(items[start:end], has_more=more, next_token=f"p{end}" if more else None)
