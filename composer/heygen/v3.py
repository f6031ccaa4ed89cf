"""HeyGen's v3 API: every v3 path and request shape lives here (checked against HeyGen's
published schemas, composer/heygen/schemas); the HTTP plumbing (session, key, timeouts,
retries of GETs, redaction, downloads) is HeyGenClient's, shared, not copied.

Creates (`POST /v3/videos`, `POST /v3/assets`) carry an `Idempotency-Key`: HeyGen replays
the first answer to a repeat of the key within 24 h and answers 409 `request_in_progress`
while the first is still being handled. So a read timeout or a dropped connection is not
"unknown" here: the same request is sent again with the same key (bounded, with back-off)
and cannot make a second video. The direct-upload steps carry no key (HeyGen honours it
there only for batches): beginning twice only reserves a second upload slot, and
`complete` is idempotent by itself. A completed upload is used only once HeyGen's status
for it has left "processing".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

from composer.heygen.client import HeyGenClient
from composer.heygen.download import Progress
from composer.heygen.errors import (
    HeyGenError,
    NetworkError,
    RateLimited,
    ServerError,
    UnexpectedResponse,
)
from composer.heygen.replies import retry_after
from composer.heygen.schemas import endpoint
from composer.heygen.transport import AnswerTooSlow
from composer.heygen.untrusted import clean_tree
from composer.heygen.v3_errors import RequestInProgress, v3_error_from_reply
from composer.heygen.v3_models import (
    Account,
    Look,
    V3Asset,
    V3Video,
    V3Voice,
    parse_account,
    parse_asset,
    parse_look,
    parse_upload_statuses,
    parse_video,
    parse_voice,
)

log = logging.getLogger(__name__)

VIDEOS_PATH = "/v3/videos"
ASSETS_PATH = "/v3/assets"
DIRECT_UPLOADS_PATH = "/v3/assets/direct-uploads"
UPLOAD_STATUSES_PATH = "/v3/assets/statuses"
LOOKS_PATH = "/v3/avatars/looks"
VOICES_PATH = "/v3/voices"
ME_PATH = "/v3/users/me"
MULTIPART_LIMIT = 32 * 1024 * 1024
IN_PROGRESS_WAIT = 1.0
"""At least this long between asks while HeyGen answers 409 request_in_progress."""
MAX_ITEMS = 20_000
"""A catalogue list stops here (HeyGen's voice library passed 1,000 long ago)."""
UPLOAD_POLL = (0.25, 2.0)
UPLOAD_WAIT = 300.0
"""A finished upload's status is asked again after 0.25 s, doubling up to every 2 s, for at
most UPLOAD_WAIT seconds while HeyGen is still processing it."""
AGAIN = (RequestInProgress, RateLimited, ServerError, AnswerTooSlow)
"""Answers after which the same idempotent request is sent again (after a wait)."""


class V3Api:
    """One HeyGen account's v3 endpoints, on a HeyGenClient's connection."""

    def __init__(
        self,
        client: HeyGenClient,
        *,
        direct_upload_above: int = MULTIPART_LIMIT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Resends follow the client's retry settings: up to `max_retries + 2` tries,
        waits growing from `backoff_factor` seconds (or HeyGen's Retry-After), capped at
        its `max_retry_after`."""
        self.client = client
        self.attempts = client.max_retries + 2
        self.backoff = client.backoff_factor
        self.max_wait = client.max_retry_after
        self.direct_upload_above = direct_upload_above
        self._sleep = sleep

    @property
    def server(self) -> str:
        return self.client.server

    # --- videos ---

    def create_video(self, body: dict[str, Any], key: str) -> str:
        """Start a render; returns its video id. Resent with the same key until answered."""
        data = self._idempotent("POST", VIDEOS_PATH, key, json=body)
        video_id = data.get("video_id")
        if not video_id:
            raise UnexpectedResponse("HeyGen accepted the video but sent no video id.")
        return str(video_id)

    def video(self, video_id: str) -> V3Video:
        return parse_video(self._get(f"{VIDEOS_PATH}/{video_id}"), video_id)

    def download(
        self,
        url: str,
        dest: Path,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        **guards: Any,
    ) -> Path:
        """HeyGenClient.download (`guards`: its `max_bytes` and `verify`)."""
        return self.client.download(url, dest, progress, cancel, **guards)

    # --- assets ---

    def upload_file(self, path: Path, content_type: str, key: str) -> V3Asset:
        """Upload a local file: multipart up to 32 MB, else HeyGen's direct-upload flow."""
        size = path.stat().st_size
        if size > self.direct_upload_above:
            return self._direct_upload(path, content_type, size)
        with path.open("rb") as handle:
            files = {"file": (path.name, handle, content_type)}
            data = self._idempotent("POST", ASSETS_PATH, key, files=files, rewind=handle)
        return parse_asset(data)

    def _direct_upload(self, path: Path, content_type: str, size: int) -> V3Asset:
        """Begin (presigned URL) -> PUT the bytes -> complete. Each step is idempotent."""
        request = {"filename": path.name, "content_type": content_type, "size_bytes": size}
        begun = self._idempotent("POST", DIRECT_UPLOADS_PATH, None, json=request)
        try:
            asset_id, upload_url = str(begun["asset_id"]), str(begun["upload_url"])
        except KeyError:
            raise UnexpectedResponse("HeyGen's upload answer had no upload link.") from None
        headers = {str(k): str(v) for k, v in (begun.get("upload_headers") or {}).items()}
        self._put(upload_url, path, headers)
        done = self._idempotent("POST", f"{ASSETS_PATH}/{asset_id}/complete", None, json={})
        if str(done.get("status") or "completed") != "completed":
            self._wait_processed(asset_id)
        return parse_asset({"asset_id": asset_id, **done})

    def _wait_processed(self, asset_id: str) -> None:
        """Ask the upload's status until HeyGen has processed it (bounded)."""
        waited, asks = 0.0, 0
        while True:
            page = self._get_body(UPLOAD_STATUSES_PATH, asset_ids=asset_id)
            found = [s for s in parse_upload_statuses(page.get("data")) if s.asset_id == asset_id]
            status = found[0].status if found else "not_found"
            if status == "completed":
                return
            if status not in ("queued", "processing"):
                raise UnexpectedResponse(f"HeyGen could not take the uploaded file ({status}).")
            if waited >= UPLOAD_WAIT:
                raise NetworkError(
                    "HeyGen was still processing the uploaded file after "
                    f"{UPLOAD_WAIT:.0f} s. Send the video again later.",
                    detail="asset still processing",
                )
            pause = min(UPLOAD_POLL[0] * 2**asks, UPLOAD_POLL[1])
            self._sleep(pause)
            waited += pause
            asks += 1

    def _put(self, url: str, path: Path, headers: dict[str, str]) -> None:
        """PUT the file to a presigned URL: no API key (the URL is the permission, and it
        may be another host). Safe to repeat, so retried like the idempotent calls."""
        for attempt in range(self.attempts + 1):
            try:
                with path.open("rb") as handle:
                    # The shared session (HeyGenClient's), without its key-adding _send.
                    response = self.client._session.put(
                        url,
                        data=handle,
                        headers=headers,
                        timeout=self.client.timeout,
                        allow_redirects=False,
                        stream=True,  # only the status matters: a huge answer is never read
                    )
                    response.close()
                if response.status_code < 400:
                    return
                kind = ServerError if response.status_code >= 500 else UnexpectedResponse
                failure: HeyGenError = kind(
                    f"The file could not be uploaded (HTTP {response.status_code}).",
                    status=response.status_code,
                )
                if response.status_code < 500:
                    raise failure
            except requests.RequestException as exc:
                failure = self.client._network_error(exc)
            if attempt == self.attempts:
                raise failure
            self._sleep(self._backoff(attempt, None))

    # --- catalogue and account ---

    def looks(self) -> list[Look]:
        return self._pages(LOOKS_PATH, parse_look)

    def voices(self) -> list[V3Voice]:
        """HeyGen's library and the account's own cloned voices."""
        return [
            *self._pages(VOICES_PATH, parse_voice),
            *self._pages(VOICES_PATH, parse_voice, type="private"),
        ]

    def voice_ids(self, engine: str) -> set[str]:
        """The voices (library and clones) that work with `engine` ("starfish" for speech,
        "elevenlabs" for ElevenLabs settings), as `GET /v3/voices?engine=` lists them."""
        return {
            voice.voice_id
            for kind in ("public", "private")
            for voice in self._pages(VOICES_PATH, parse_voice, type=kind, engine=engine)
        }

    def me(self) -> Account:
        return parse_account(self._get(ME_PATH))

    # --- plumbing ---

    def _idempotent(
        self, method: str, path: str, key: str | None, *, rewind: Any = None, **kwargs: Any
    ) -> dict[str, Any]:
        """Send until answered: a lost answer, 409 in progress, 429 or 5xx -> wait, resend
        with the same `key` (HeyGen replays the first answer, so nothing is made twice).
        `key` None: no header (the request is safe to repeat by itself, or its body carries
        its own idempotency key)."""
        headers = {"Idempotency-Key": key} if key else {}
        failure: HeyGenError | None = None
        for attempt in range(self.attempts + 1):
            if rewind is not None:
                rewind.seek(0)
            retry_after: float | None = None
            try:
                url = self.client.base_url + path
                response = self.client._send(method, url, headers=headers, **kwargs)
                return _object(self._body(response))
            except requests.RequestException as exc:
                failure = self.client._network_error(exc)
                log.info("%s %s: %s; resending with the same key", method, path, failure.detail)
            except AGAIN as exc:
                failure = exc
                retry_after = getattr(exc, "retry_after", None)
                if isinstance(exc, RequestInProgress):  # the first try is still running
                    retry_after = max(retry_after or 0.0, IN_PROGRESS_WAIT)
                log.info("%s %s: %s; resending with the same key", method, path, exc.kind)
            if attempt < self.attempts:
                self._sleep(self._backoff(attempt, retry_after))
        assert failure is not None
        raise _not_confirmed(failure, self.attempts + 1)

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        wait = retry_after if retry_after is not None else self.backoff * 2**attempt
        return min(wait, self.max_wait)

    def _get(self, path: str) -> dict[str, Any]:
        return _object(self._get_body(path))

    def _get_body(self, path: str, **params: Any) -> dict[str, Any]:
        url = self.client.base_url + path
        try:
            response = self.client._send("GET", url, params=params or None)
        except requests.RequestException as exc:
            raise self.client._network_error(exc) from None
        return self._body(response)

    def _body(self, response: requests.Response) -> dict[str, Any]:
        """The reply (`{"data": ...}`, with paging keys), or the typed v3 error it stands for."""
        try:  # server text is untrusted: every string cut of the key and control characters
            body = clean_tree(response.json(), self.client._key)
        except ValueError:
            body = None
        error = v3_error_from_reply(
            response.status_code, body, secret=self.client._key, retry_after=retry_after(response)
        )
        if error is not None:
            raise error
        if not isinstance(body, dict) or "data" not in body:
            raise UnexpectedResponse(
                f"HeyGen sent an answer Scene Composer does not understand (HTTP "
                f"{response.status_code}).",
                status=response.status_code,
            )
        return body

    def _pages(self, path: str, parse: Callable[[dict[str, Any]], Any], **query: str) -> list[Any]:
        """Every item of a paged list, following `next_token` (at most MAX_ITEMS), at the
        largest page size HeyGen's schema allows for it."""
        size = endpoint(f"GET {path}")["query"]["limit"]["maximum"]
        items: list[Any] = []
        token: str | None = None
        for _ in range(-(-MAX_ITEMS // size)):
            params: dict[str, Any] = {**query, "limit": size, **({"token": token} if token else {})}
            page = self._get_body(path, **params)
            data = page.get("data")
            for item in data if isinstance(data, list) else []:
                try:
                    items.append(parse(item))
                except UnexpectedResponse:
                    log.warning("skipped a malformed catalogue item")
            token = page.get("next_token") if isinstance(page.get("next_token"), str) else None
            if page.get("has_more") is not True or not token:
                return items
        log.warning("%s: stopped after %d items", path, len(items))
        return items


def _object(body: dict[str, Any]) -> dict[str, Any]:
    data = body.get("data")
    if not isinstance(data, dict):
        raise UnexpectedResponse("HeyGen's answer had no data.")
    return data


def _not_confirmed(failure: HeyGenError, tries: int) -> HeyGenError:
    """After the last try: no answer, or still "in progress", is a NetworkError whose words
    say that asking again (same key) is safe; anything else is HeyGen's own answer."""
    if isinstance(failure, NetworkError | RequestInProgress):
        reason = str(failure) if isinstance(failure, RequestInProgress) else failure.detail
        return NetworkError(
            f"HeyGen did not confirm the request after {tries} tries ({reason}). Nothing was "
            "made twice: every try carried the same request key, so asking again is safe.",
            detail=failure.detail,
        )
    return failure
