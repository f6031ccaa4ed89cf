"""A look's preview picture cut out of its plain backdrop, as HeyGen renders a look that
supports matting: the backdrop's colour is sampled on the picture's border and every
pixel of about that colour that the border reaches (a flood from the edges, so a shirt of
the backdrop's colour inside the figure stays) becomes transparent, softly at the edge."""

from __future__ import annotations

import numpy as np

LOW, HIGH = 0.08, 0.16
"""RGB distance from the backdrop (0..1 per channel, Euclidean) at and below which a
pixel is fully backdrop, and at and above which it is fully kept."""
MAX_ROUNDS = 64
"""Row and column sweeps of the flood (each sweep crosses the whole picture)."""


def backdrop_colour(rgb: np.ndarray) -> np.ndarray:
    """The median colour of the picture's one-pixel border (float RGB 0..1)."""
    border = np.concatenate((rgb[0], rgb[-1], rgb[:, 0], rgb[:, -1]))[:, :3]
    return np.median(border.astype(np.float32), axis=0) / 255


def _reached_along_rows(reached: np.ndarray, open_: np.ndarray) -> np.ndarray:
    """`reached` grown along each row through runs of `open_` pixels."""
    h, w = open_.shape
    runs = np.cumsum(~open_, axis=1) + np.arange(h)[:, None] * (w + 1)
    hit = np.zeros(h * (w + 1) + 1, bool)
    hit[runs[reached]] = True
    return open_ & hit[runs]


def edge_flood(open_: np.ndarray) -> np.ndarray:
    """The `open_` pixels connected (4-way) to the picture's border through `open_` pixels."""
    reached = np.zeros_like(open_)
    reached[[0, -1], :] = open_[[0, -1], :]
    reached[:, [0, -1]] |= open_[:, [0, -1]]
    for _ in range(MAX_ROUNDS):
        grown = _reached_along_rows(reached, open_)
        grown = _reached_along_rows(grown.T, open_.T).T
        if np.array_equal(grown, reached):
            break
        reached = grown
    return reached


def cut_out(
    pixels: np.ndarray, backdrop: np.ndarray | None = None, *, premultiplied: bool = True
) -> np.ndarray:
    """RGBA uint8: `pixels` (RGB or RGBA uint8) with its edge-connected backdrop
    transparent; the backdrop that shows through a soft edge pixel is taken out of its
    colour. `backdrop`: its colour (float RGB 0..1), else the border's median.
    Premultiplied by default (so that a scaled picture blends no backdrop into its edge)."""
    colour = pixels[..., :3].astype(np.float32) / 255
    backdrop = backdrop_colour(pixels) if backdrop is None else backdrop
    distance = np.linalg.norm(colour - backdrop, axis=-1)
    matte = np.where(
        edge_flood(distance < HIGH), np.clip((distance - LOW) / (HIGH - LOW), 0.0, 1.0), 1.0
    )[..., None]
    unmixed = np.clip((colour - (1.0 - matte) * backdrop) / np.maximum(matte, 1e-3), 0.0, 1.0)
    alpha = matte * (pixels[..., 3:] / 255 if pixels.shape[-1] == 4 else 1.0)
    out = np.empty((*pixels.shape[:2], 4), np.uint8)
    out[..., :3] = np.rint(unmixed * (alpha if premultiplied else 1.0) * 255)
    out[..., 3] = np.rint(alpha[..., 0] * 255)
    return out
