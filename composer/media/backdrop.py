"""Whether a rendered clip's own backdrop is one plain colour (so it can be keyed out
here), measured on a band along its top, left and right edges (the bottom edge cuts
through the presenter) in frames at its start, middle and end."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from composer.media.keying import RGB
from composer.media.video import VideoFrames

BAND = 0.04
"""The band's width, as a share of the frame's shorter side (at least MIN_BAND px)."""
MIN_BAND = 4
SIDE_SHARE = 0.7
"""How far down the left and right bands reach (below, the presenter may touch them)."""
TOLERANCE = 0.06
"""RGB distance (0..1 per channel, Euclidean) from the median within which a pixel counts
as the backdrop's colour (codec noise and a soft gradient stay within it)."""
PLAIN_SHARE = 0.98
"""Share of the band's pixels that must be within TOLERANCE for the backdrop to be plain."""


def band(picture: np.ndarray) -> np.ndarray:
    """The pixels of the top, left and right bands (N x 3)."""
    h, w = picture.shape[:2]
    size = max(MIN_BAND, round(min(h, w) * BAND))
    reach = round(h * SIDE_SHARE)
    parts = (picture[:size], picture[:reach, :size], picture[:reach, w - size :])
    return np.concatenate([part[..., :3].reshape(-1, 3) for part in parts])


def plain_backdrop(path: Path) -> RGB | None:
    """The backdrop's colour when it measures uniform, else None."""
    with VideoFrames(path) as frames:
        seconds = frames.info.seconds
        pixels = np.concatenate([band(frames.at(t)) for t in (0.0, seconds / 2, seconds)])
    colour = np.median(pixels.astype(np.float32), axis=0)
    distance = np.linalg.norm((pixels - colour) / 255, axis=-1)
    if float(np.mean(distance <= TOLERANCE)) < PLAIN_SHARE:
        return None
    red, green, blue = (round(float(c)) for c in colour)
    return (red, green, blue)
