"""In-place alpha compositing on uint8 frames with integer maths (fast enough to run per
frame on the presenter's rectangle only)."""

from __future__ import annotations

import numpy as np


def over_premultiplied(dst: np.ndarray, src: np.ndarray) -> None:
    """dst (HxWx3) = src (HxWx4, premultiplied) over dst."""
    keep = 255 - src[..., 3:4].astype(np.uint16)
    mixed = src[..., :3] + (dst.astype(np.uint16) * keep + 127) // 255
    np.minimum(mixed, 255, out=mixed)
    dst[...] = mixed


def over_straight(dst: np.ndarray, rgb: np.ndarray, alpha: np.ndarray) -> None:
    """dst (HxWx3) = rgb (HxWx3) with alpha (HxW uint8, 0-255) over dst. A presenter is
    mostly opaque or clear: opaque pixels are copied (a full three-channel mask: numpy is
    several times slower with a broadcast one), and only the few partly transparent ones
    (its outline) are mixed."""
    np.copyto(dst, rgb, where=np.repeat((alpha == 255)[..., None], 3, axis=2))
    partial = np.flatnonzero((alpha - np.uint8(1)) < 254)  # 1..254: wraps 0 to 255
    if len(partial):
        rows, cols = np.divmod(partial, alpha.shape[1])
        a = alpha[rows, cols].astype(np.uint16)[:, None]
        mixed = rgb[rows, cols].astype(np.uint16) * a + dst[rows, cols].astype(np.uint16) * (
            255 - a
        )
        dst[rows, cols] = (mixed + 127) // 255


def window(
    area: tuple[int, int, int, int], patch_x: int, patch_y: int, patch_w: int, patch_h: int
) -> tuple[slice, slice, slice, slice] | None:
    """Where a patch at (patch_x, patch_y) overlaps `area` (x, y, w, h): the rows and
    columns within the area, then within the patch; None if they don't overlap."""
    ax, ay, aw, ah = area
    x0, y0 = max(ax, patch_x), max(ay, patch_y)
    x1, y1 = min(ax + aw, patch_x + patch_w), min(ay + ah, patch_y + patch_h)
    if x1 <= x0 or y1 <= y0:
        return None
    return (
        slice(y0 - ay, y1 - ay),
        slice(x0 - ax, x1 - ax),
        slice(y0 - patch_y, y1 - patch_y),
        slice(x0 - patch_x, x1 - patch_x),
    )
