"""The HeyGen API client: every endpoint path and response shape lives in this module.

HeyGen calls `/v2/video/generate` legacy; when a newer endpoint replaces it, this is the one
module to change. Retries: GETs are retried by urllib3 (connection errors, 429 with
Retry-After, 5xx). The generate POST has no idempotency key, so a resent POST can bill a
second video: urllib3 only retries it when no connection was made (it never sees a read error
for a POST as retryable), this module retries it after a 429, and anything else that breaks
after the request may have gone out raises `SubmissionUnknown` and is never resent.

The plumbing it shares with the v3 client lives beside it: the session and its retry policy
(composer.heygen.session), reading an answer bounded in size and time
(composer.heygen.transport), what an answer stands for (composer.heygen.replies) and what a
request that got none means (composer.heygen.failures).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from composer.heygen.deadline import Deadline, DeadlinePassed
from composer.heygen.download import DownloadLimits, Progress, Verify, fetch
from composer.heygen.errors import (
    DownloadExpired,
    NetworkError,
    RateLimited,
    ServerError,
    UnexpectedResponse,
    redact,
)
from composer.heygen.failures import network_error, post_failure
from composer.heygen.hosts import DEFAULT_BASE_URL, DEFAULT_UPLOAD_URL, account_key, source_of
from composer.heygen.models import (
    Asset,
    Avatar,
    GenerateResult,
    Quota,
    TalkingPhoto,
    VideoStatus,
    VoiceInfo,
    parse_asset,
    parse_avatar,
    parse_status,
    parse_talking_photo,
    parse_voice,
)
from composer.heygen.replies import catalogue_items, data_object, notice, reply_data
from composer.heygen.session import api_session
from composer.heygen.transport import (
    CATALOGUE_LIMIT,
    JSON_LIMIT,
    MB,
    AnswerTooLarge,
    AnswerTooSlow,
    check_video_link,
    read_bounded,
    redirect_error,
    too_slow,
    unreadable_create,
)
from composer.heygen.untrusted import LARGEST, whole

log = logging.getLogger(__name__)

GENERATE_PATH = "/v2/video/generate"
STATUS_PATH = "/v1/video_status.get"
AVATARS_PATH = "/v2/avatars"
VOICES_PATH = "/v2/voices"
QUOTA_PATH = "/v2/user/remaining_quota"
UPLOAD_PATH = "/v1/asset"
DEFAULT_RETRY_AFTER = 1.0
EXPIRED_STATUSES = frozenset({403, 404, 410})


class HeyGenClient:
    """One HeyGen account on one server. Thread-safe enough to share between workers."""

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        upload_url: str = DEFAULT_UPLOAD_URL,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        backoff_factor: float = 0.5,
        max_retries: int = 4,
        max_retry_after: float = 120.0,
        answer_deadline: float = 120.0,
        upload_deadline: float = 3600.0,
        max_download_bytes: int = 8 * 1024 * MB,
        stall_seconds: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """`answer_deadline`: the longest any API request may take from start to the last
        byte of its answer (`upload_deadline` for uploads); `max_download_bytes` and
        `stall_seconds` bound a video download (see composer.heygen.download)."""
        self._key = api_key.strip()
        self.base_url = base_url.rstrip("/")
        self.upload_url = upload_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.max_retry_after = max_retry_after
        self.answer_deadline = answer_deadline
        self.upload_deadline = upload_deadline
        self.max_download_bytes = max_download_bytes
        self.stall_seconds = stall_seconds
        self._sleep = sleep
        self._session = api_session(max_retries, backoff_factor)

    def __repr__(self) -> str:
        return f"HeyGenClient(base_url={self.base_url!r}, api_key='***')"

    @property
    def server(self) -> str:
        """Host and port of the API server (keys per-server caches such as uploaded assets)."""
        return urlsplit(self.base_url).netloc

    @property
    def account(self) -> str:
        """Which account this client speaks for, as per-account caches key it (a salted
        hash of the key: the key itself is never stored)."""
        return account_key(self._key)

    @property
    def source(self) -> str:
        """This server and account, as the caches of what it made (clips, speech) key
        them: composer.heygen.hosts.source_of."""
        return source_of(self.base_url, self._key)

    def close(self) -> None:
        self._session.close()

    def redact(self, text: str) -> str:
        """`text` (from a server) without this client's key or control characters."""
        return redact(text, self._key)

    # --- endpoints -------------------------------------------------------------------------

    def generate_video(self, body: dict[str, Any]) -> GenerateResult:
        """Start a render. Never sends the same POST twice unless HeyGen provably did not get it."""
        url = self.base_url + GENERATE_PATH
        refusals = 0
        while True:
            try:
                response = self._send("POST", url, json=body)
            except requests.RequestException as exc:
                raise post_failure(exc, self.base_url, self._key) from None
            except (AnswerTooLarge, AnswerTooSlow) as exc:
                raise unreadable_create(str(exc)) from None
            try:
                data = self._data(response)
            except UnexpectedResponse as exc:
                if response.ok:  # a 200 we can't read: HeyGen may have started the video
                    raise unreadable_create(str(exc)) from None
                raise
            except RateLimited as exc:
                refusals += 1
                if refusals > self.max_retries or not self._may_wait(exc.retry_after):
                    raise
                wait = DEFAULT_RETRY_AFTER if exc.retry_after is None else exc.retry_after
                log.info("generate: 429, retrying in %s s", wait)
                self._sleep(wait)
                continue
            video_id = data.get("video_id") if isinstance(data, dict) else None
            if not video_id:
                raise unreadable_create("HeyGen accepted the video but sent no video id.")
            told = notice(response)
            return GenerateResult(str(video_id), told and self.redact(told))

    def video_status(self, video_id: str) -> VideoStatus:
        data = self._get(self.base_url + STATUS_PATH, params={"video_id": video_id})
        return parse_status(data_object(data), video_id)

    def list_avatars(self) -> list[Avatar]:
        return catalogue_items(self._avatars_data().get("avatars"), parse_avatar)

    def list_talking_photos(self) -> list[TalkingPhoto]:
        return catalogue_items(self._avatars_data().get("talking_photos"), parse_talking_photo)

    def list_voices(self) -> list[VoiceInfo]:
        voices = self._get(self.base_url + VOICES_PATH, limit=CATALOGUE_LIMIT)
        return catalogue_items(data_object(voices).get("voices"), parse_voice)

    def remaining_quota(self) -> Quota:
        data = data_object(self._get(self.base_url + QUOTA_PATH))
        try:
            quota = whole(data["remaining_quota"], -int(LARGEST))
            if quota is None:
                raise ValueError("not a whole number in range")
            return Quota(quota)
        except (KeyError, TypeError, ValueError):
            raise UnexpectedResponse("HeyGen's quota answer had no remaining quota.") from None

    def upload_asset(self, data: bytes | Path, content_type: str) -> Asset:
        """Upload raw bytes (or a file's bytes) as an asset; use `.id` in the request."""
        url = self.upload_url + UPLOAD_PATH
        headers = {"Content-Type": content_type}
        slow = self.upload_deadline
        try:
            if isinstance(data, Path):
                with data.open("rb") as handle:  # streamed, not read into memory
                    response = self._send("POST", url, data=handle, headers=headers, deadline=slow)
            else:
                response = self._send("POST", url, data=data, headers=headers, deadline=slow)
        except requests.RequestException as exc:
            raise self._network_error(exc) from None
        reply = data_object(self._data(response))
        try:
            return parse_asset(reply)
        except (KeyError, TypeError):
            raise UnexpectedResponse("HeyGen's upload answer had no asset id.") from None

    def upload_file(self, path: Path, content_type: str) -> str:
        """`composer.assets.uploads.Uploader`: upload a local file, return its asset id."""
        return self.upload_asset(Path(path), content_type).id

    def download(
        self,
        url: str,
        dest: Path,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        *,
        max_bytes: int = 8 * 1024 * MB,
        verify: Verify | None = None,
    ) -> Path:
        """Stream `url` into `dest` (via a temporary file beside it, `verify`d before it is
        renamed into place). No API key is sent: video URLs are pre-signed and may point at
        another host. Only http(s) links, and with real HeyGen only HeyGen's hosts, at every
        redirect hop (UntrustedLink); at most `max_bytes`, stalls detected."""
        api_host = urlsplit(self.base_url).netloc
        limits = DownloadLimits(min(self.max_download_bytes, max_bytes), self.stall_seconds)
        try:
            response = fetch(
                self._session, url, Path(dest), lambda link: check_video_link(link, api_host),
                timeout=self.timeout, limits=limits, progress=progress, cancel=cancel,
                verify=verify,
            )  # fmt: skip
        except requests.RequestException as exc:
            raise self._network_error(exc) from None
        if response.status_code in EXPIRED_STATUSES:
            raise DownloadExpired(
                f"The video link has expired (HTTP {response.status_code}).",
                status=response.status_code,
            )
        if response.status_code >= 400:
            failure = ServerError if response.status_code >= 500 else UnexpectedResponse
            raise failure(
                f"The video could not be downloaded (HTTP {response.status_code}).",
                status=response.status_code,
            )
        return Path(dest)

    # --- plumbing --------------------------------------------------------------------------

    def _avatars_data(self) -> dict[str, Any]:
        return data_object(self._get(self.base_url + AVATARS_PATH, limit=CATALOGUE_LIMIT))

    def _send(
        self,
        method: str,
        url: str,
        *,
        limit: int = JSON_LIMIT,
        deadline: float | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        """One request with the key added here only (never a session default, so downloads
        from other hosts do not carry it). Redirects are not followed (Redirected); the
        answer is read at once, at most `limit` bytes within `deadline` seconds of the start
        (default `answer_deadline`), so `.json()` and `.content` are safe to use."""
        headers = {**kwargs.pop("headers", {}), "x-api-key": self._key}
        log.debug("%s %s", method, urlsplit(url).path)
        seconds = self.answer_deadline if deadline is None else deadline
        with Deadline(seconds) as watchdog:
            try:
                response = self._session.request(
                    method,
                    url,
                    headers=headers,
                    timeout=self.timeout,
                    stream=True,
                    allow_redirects=False,
                    **kwargs,
                )
                with response:
                    if response.is_redirect:
                        raise redirect_error(response, self.redact)
                    response._content = read_bounded(response, limit, watchdog.ends)
            except (requests.RequestException, DeadlinePassed):
                if watchdog.expired:
                    raise too_slow(urlsplit(url).netloc, None) from None
                raise
        if watchdog.expired:  # a socket shut mid-answer can look like a short, whole one
            raise too_slow(urlsplit(url).netloc, response.status_code)
        return response

    def _get(self, url: str, **kwargs: Any) -> Any:
        try:
            response = self._send("GET", url, **kwargs)
        except requests.RequestException as exc:
            raise self._network_error(exc) from None
        return self._data(response)

    def _data(self, response: requests.Response) -> Any:
        """The reply's `data`, redacted, or the typed error it stands for: reply_data."""
        return reply_data(response, self._key)

    def _may_wait(self, retry_after: float | None) -> bool:
        return retry_after is None or retry_after <= self.max_retry_after

    def _network_error(self, exc: requests.RequestException) -> NetworkError:
        """`exc` as the user reads it (composer.heygen.failures), for this server and key."""
        return network_error(exc, self.base_url, self._key)
