"""The sandbox's v3 assets (gen/asset.go): multipart uploads up to 32 MB, HeyGen's
direct-upload flow (begin -> presigned PUT -> complete) for larger files, an asset's
details, and bulk statuses. A completed direct upload is "processing" for
`faults.asset_processing_polls` status asks, and a video naming it before then is refused,
so a client that uses an upload too early finds out here."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from composer.sandbox.api import Reply, Request
from composer.sandbox.faults import Faults
from composer.sandbox.renders import RenderStore
from composer.sandbox.v3_contract import INVALID_CODE, Call, v3_error, v3_ok

MB = 1024 * 1024
MULTIPART_LIMIT = 32 * MB
DIRECT_UPLOAD_LIMIT = 5 * 1024 * MB
UPLOAD_SECONDS = 3600
MAGIC = [
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF", "application/pdf"),
    (b"\x1a\x45\xdf\xa3", "video/webm"),
    (b"ID3", "audio/mpeg"),
    (b"\xff\xfb", "audio/mpeg"),
    (b"\xff\xf3", "audio/mpeg"),
]


def detect_mime(data: bytes) -> str | None:
    """The MIME type from the bytes (as HeyGen does), or None when not a supported type."""
    for magic, mime in MAGIC:
        if data.startswith(magic):
            return mime
    if data[4:8] == b"ftyp":
        return "video/mp4"
    if data.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return "audio/wav"
    return None


class Assets:
    def __init__(self, store: RenderStore, faults: Faults, base_url: Callable[[], str]) -> None:
        self.store = store
        self.faults = faults
        self._base_url = base_url
        self._pending: dict[str, dict[str, Any]] = {}
        self._processing: dict[str, int] = {}  # asset id -> status asks left
        self._lock = threading.Lock()

    def upload(self, call: Call) -> tuple[Reply, float]:
        request = call.request
        if request.length > MULTIPART_LIMIT:
            message = "The file is larger than 32 MB: use POST /v3/assets/direct-uploads."
            return v3_error(413, "file_too_large", message, "file"), 0.0
        fields = form_fields(request)
        unknown = sorted(set(fields) - {"file"})
        if unknown:
            message = f"Unknown field {unknown[0]!r}: HeyGen's schema does not list it."
            return v3_error(400, INVALID_CODE, message, unknown[0]), 0.0
        data = fields.get("file", b"")
        if not data:
            message = "Send the file as multipart field 'file'."
            return v3_error(400, INVALID_CODE, message, "file"), 0.0
        mime = detect_mime(data)
        if mime is None:
            message = "Unsupported file type: use PNG, JPEG, MP4, WebM, MP3, WAV or PDF."
            return v3_error(400, "unsupported_media_type", message, "file"), 0.0
        asset = self.store.add_asset(data, mime)
        return v3_ok(self._data(asset.id, mime, len(data))), 0.0

    def begin(self, call: Call) -> Reply:
        body = call.body
        size, content_type = body["size_bytes"], body["content_type"]
        if not 0 < size <= DIRECT_UPLOAD_LIMIT:
            return v3_error(400, INVALID_CODE, "size_bytes is out of range.", "size_bytes")
        asset_id = self.store.new_id()
        with self._lock:
            self._expire_pending()
            self._pending[asset_id] = {
                "size": size, "content_type": content_type, "until": time.time() + UPLOAD_SECONDS
            }  # fmt: skip
        data = {
            "asset_id": asset_id,
            "upload_url": f"{self._base_url()}/_upload/{asset_id}?signature={asset_id[:8]}",
            "upload_headers": {"Content-Type": content_type},
            "expires_in_seconds": UPLOAD_SECONDS,
            "max_bytes": size,
            "status": "pending_upload",
        }
        return v3_ok(data)

    def put(self, request: Request) -> Reply:
        """The presigned PUT (no API key: the URL is the permission)."""
        asset_id = request.path.rsplit("/", 1)[-1]
        with self._lock:
            pending = self._pending.get(asset_id)
            if pending is None:
                return Reply(403, b"<Error><Code>AccessDenied</Code></Error>", "application/xml")
            if request.length != pending["size"] or request.body_file.seek(0, 2) != pending["size"]:
                return Reply(400, b"<Error><Code>BadDigest</Code></Error>", "application/xml")
            spooled = self.store.folder / f"pending-{asset_id}"  # on disk, not in memory
            with spooled.open("wb") as out:
                request.body_file.seek(0)
                shutil.copyfileobj(request.body_file, out, MB)
            pending["data"] = spooled
        return Reply(200, b"", "text/plain")

    def _expire_pending(self) -> None:
        """Unfinished direct uploads last as long as their upload link (UPLOAD_SECONDS);
        called with the lock held."""
        now = time.time()
        for asset_id, pending in list(self._pending.items()):
            if pending["until"] < now:
                del self._pending[asset_id]
                if "data" in pending:
                    pending["data"].unlink(missing_ok=True)

    def complete(self, call: Call) -> Reply:
        """Idempotent (HeyGen: "repeated calls return the same finalized asset")."""
        asset_id = call.params["asset_id"]
        existing = self.store.asset(asset_id)
        if existing is None:
            with self._lock:
                pending = self._pending.pop(asset_id, None)
                if pending is None or "data" not in pending:
                    if pending is not None:
                        self._pending[asset_id] = pending
                    message = "The file was not uploaded yet."
                    return v3_error(400, "upload_incomplete", message, "asset_id")
                self._processing[asset_id] = self.faults.asset_processing_polls
            spooled = pending["data"]
            with spooled.open("rb") as head:
                mime = detect_mime(head.read(64)) or pending["content_type"]
            existing = self.store.add_asset(spooled, mime, asset_id)
        size = existing.size
        status = "processing" if self.processing(asset_id) else "completed"
        return v3_ok({**self._data(asset_id, existing.content_type, size), "status": status})

    def details(self, call: Call) -> Reply:
        asset_id = call.params["asset_id"]
        asset = self.store.asset(asset_id)
        if asset is None:
            return v3_error(404, "asset_not_found", f"Asset not found: {asset_id}", "asset_id")
        return v3_ok(
            {
                "id": asset_id,
                "name": asset_id,
                "type": asset.content_type.split("/")[0],
                "owner": "sandbox",
                "space_id": "sandbox-space",
                "uploaded_at": asset.created_at,
                "url": f"{self._base_url()}/files/asset/{asset_id}",
                "folder_id": None,
            }
        )

    def statuses(self, call: Call) -> Reply:
        ids = [i for i in (call.request.query.get("asset_ids") or "").split(",") if i]
        items = []
        for asset_id in ids[:100]:
            if self.store.asset(asset_id) is None:
                status = "not_found"
            else:
                with self._lock:
                    left = self._processing.get(asset_id, 0)
                    if left:
                        self._processing[asset_id] = left - 1
                status = "processing" if left else "completed"
            items.append({"video_id": asset_id, "status": status})
        return v3_ok(items, has_more=False, next_token=None)

    def processing(self, asset_id: str) -> bool:
        with self._lock:
            return self._processing.get(asset_id, 0) > 0

    def _data(self, asset_id: str, mime: str, size: int) -> dict[str, Any]:
        url = f"{self._base_url()}/files/asset/{asset_id}"
        return {"asset_id": asset_id, "url": url, "mime_type": mime, "size_bytes": size}


def form_fields(request: Request) -> dict[str, bytes]:
    """The fields of a multipart/form-data body (empty when it is not one)."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return {}
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + request.body)
    return {
        str(part.get_param("name", header="content-disposition")): part.get_payload(decode=True)
        or b""
        for part in message.iter_parts()
    }
