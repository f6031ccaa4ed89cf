"""Keying: a clip rendered on a flat colour becomes RGBA.

Alpha comes from how far a pixel's colour is from the key in chroma (a soft ramp, so
anti-aliased edges stay soft); the key colour that bled into edge pixels (and into the
neighbouring pixels through the codec's 4:2:0 chroma) is then removed by subtracting it
in proportion to the transparency ("unmixing"), and any remaining spill is clamped, so
no key-coloured fringe remains when the clip is placed on another background.

A colour with hardly any chroma (a custom look's plain grey or white wall) can't be
keyed by chroma without keying a white shirt too: such a backdrop is cut out by its
RGB distance, flooded in from the frame's edges (composer/media/cutout.py).
"""

from __future__ import annotations

import numpy as np

RGB = tuple[int, int, int]
CANDIDATES: tuple[RGB, ...] = ((0, 177, 64), (0, 71, 187), (255, 0, 255))
"""Key colours tried in order: studio green, studio blue, magenta."""
LOW, HIGH = 0.4, 0.75
"""Chroma distance from the key, as a share of the key's own distance from grey, at and
below which a pixel is fully key, and at and above which it is fully kept (grey, black and
white are 1.0 away)."""


def _chroma(rgb: np.ndarray) -> np.ndarray:
    """Cb/Cr (BT.601, -0.5..0.5) of float RGB in 0..1, last axis of length 2."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    cb = -0.168736 * r - 0.331264 * g + 0.5 * b
    cr = 0.5 * r - 0.418688 * g - 0.081312 * b
    return np.stack((cb, cr), axis=-1)


def choose_key(picture: np.ndarray | None) -> RGB:
    """The candidate key colour farthest (in chroma) from every pixel of the look's picture
    (RGB or RGBA uint8; only opaque pixels count), so skin and clothes are never keyed."""
    if picture is None or picture.size == 0:
        return CANDIDATES[0]
    pixels = picture.reshape(-1, picture.shape[-1])
    if pixels.shape[1] == 4:
        pixels = pixels[pixels[:, 3] > 128]
    if len(pixels) == 0:
        return CANDIDATES[0]
    pixels = pixels[:: max(1, len(pixels) // 20000), :3].astype(np.float32) / 255
    colours = _chroma(pixels)

    def nearest(key: RGB) -> float:
        chroma = _chroma(np.asarray(key, np.float32) / 255)
        return float(np.min(np.linalg.norm(colours - chroma, axis=-1)))

    return max(CANDIDATES, key=nearest)


MIN_CHROMA = 0.12
"""Below this chroma (Cb/Cr distance from grey) a key is a plain wall, not a key colour."""


def chromatic(key: RGB) -> bool:
    return float(np.linalg.norm(_chroma(np.asarray(key, np.float32) / 255))) >= MIN_CHROMA


def key_out(rgb: np.ndarray, key: RGB) -> np.ndarray:
    """RGBA uint8 (straight alpha) from an RGB uint8 frame shot on `key`."""
    key_f = np.asarray(key, np.float32) / 255
    if not chromatic(key):
        from composer.media.cutout import cut_out

        return cut_out(rgb, key_f, premultiplied=False)
    colour = rgb.astype(np.float32) / 255
    key_chroma = _chroma(key_f)
    distance = np.linalg.norm(_chroma(colour) - key_chroma, axis=-1)
    distance /= max(float(np.linalg.norm(key_chroma)), 1e-3)
    alpha = np.clip((distance - LOW) / (HIGH - LOW), 0.0, 1.0)
    a = alpha[..., None]
    unmixed = (colour - (1.0 - a) * key_f) / np.maximum(a, 1e-3)
    unmixed = _clamp_spill(np.clip(unmixed, 0.0, 1.0), key_f)
    out = np.empty((*rgb.shape[:2], 4), np.uint8)
    out[..., :3] = np.rint(unmixed * 255)
    out[..., 3] = np.rint(alpha * 255)
    return out


def _clamp_spill(colour: np.ndarray, key: np.ndarray) -> np.ndarray:
    """Remove what is left of the key's hue (classic despill): a green or blue key's channel
    is capped at the larger of the other two; for magenta, red and blue lose their common
    excess over green."""
    r, g, b = colour[..., 0], colour[..., 1], colour[..., 2]
    if key[0] > 0.5 and key[2] > 0.5:  # magenta
        excess = np.maximum(np.minimum(r, b) - g, 0.0)
        colour[..., 0] -= excess
        colour[..., 2] -= excess
        return colour
    channel = int(np.argmax(key))
    others = [colour[..., c] for c in range(3) if c != channel]
    colour[..., channel] = np.minimum(colour[..., channel], np.maximum(*others))
    return colour
