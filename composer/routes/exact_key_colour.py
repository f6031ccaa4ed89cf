"""The key colour a presenter clip is asked on when its look gives no WebM with alpha
(composer/routes/exact_alpha.py): chosen far from the colours of the look's catalogue
picture, so keying it out leaves the presenter whole; studio green when the picture can't
be had. The picture is kept in the clip cache under a hash of its link."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from composer.heygen.errors import HeyGenError
from composer.heygen.v3_models import Look

if TYPE_CHECKING:  # the HTTP and media stacks load when a job runs
    from composer.heygen.v3 import V3Api
    from composer.media.keying import RGB

KEY_COLOUR: RGB = (0, 177, 64)
"""The key colour when the look's picture can't be had: studio green (far from skin)."""
LOOK_PICTURE_BYTES = 20 * 1024 * 1024
"""A look's catalogue picture is a few hundred KB; more is not kept."""
KEY_SAMPLE_SIDE = 256
"""The look's picture is decoded this small to choose a key colour (never at full size)."""


def key_colour(api: V3Api, folder: Path, look: Look | None) -> RGB:
    """A key colour far from the colours of the picture of `look` (kept under `folder`),
    studio green when the picture can't be had."""
    from composer.media.keying import choose_key
    from composer.media.video import MediaError, first_frame

    if look is None or not look.preview_image_url:
        return KEY_COLOUR
    # Named by a hash of the link, never by the server's id (`../` in an id would
    # write anywhere); checked as a picture before it is kept, dropped when damaged.
    digest = hashlib.sha256(look.preview_image_url.encode("utf-8")).hexdigest()[:32]
    picture = folder / "looks" / f"{digest}.img"
    try:
        if not picture.exists():
            api.download(
                look.preview_image_url, picture, max_bytes=LOOK_PICTURE_BYTES,
                verify=lambda tmp: first_frame(tmp, KEY_SAMPLE_SIDE),
            )  # fmt: skip
        return choose_key(first_frame(picture, KEY_SAMPLE_SIDE))
    except MediaError:
        picture.unlink(missing_ok=True)
        return KEY_COLOUR
    except (HeyGenError, OSError):
        return KEY_COLOUR
