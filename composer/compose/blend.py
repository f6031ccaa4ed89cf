"""In-place alpha compositing on uint8 pictures with integer maths (the still layers,
once per scene), and where two rectangles overlap."""

from __future__ import annotations

import numpy as np


def over_premultiplied(dst: np.ndarray, src: np.ndarray) -> None:
    """dst (HxWx3) = src (HxWx4, premultiplied) over dst."""
    keep = 255 - src[..., 3:4].astype(np.uint16)
    mixed = src[..., :3] + (dst.astype(np.uint16) * keep + 127) // 255
    np.minimum(mixed, 255, out=mixed)
    dst[...] = mixed


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
