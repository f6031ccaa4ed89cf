"""QImage <-> numpy, for the compositor and stills (PyAV frames are numpy arrays)."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def to_array(image: QImage, fmt: QImage.Format) -> np.ndarray:
    """A copy of `image` converted to RGB888 (HxWx3) or RGBA8888[_Premultiplied] (HxWx4)."""
    converted = image.convertToFormat(fmt)
    channels = 3 if fmt == QImage.Format.Format_RGB888 else 4
    w, h = converted.width(), converted.height()
    raw = np.frombuffer(converted.constBits(), np.uint8, converted.bytesPerLine() * h)
    return (
        raw.reshape(h, converted.bytesPerLine())[:, : w * channels].reshape(h, w, channels).copy()
    )


def rgb(image: QImage) -> np.ndarray:
    return to_array(image, QImage.Format.Format_RGB888)


def premultiplied(image: QImage) -> np.ndarray:
    return to_array(image, QImage.Format.Format_RGBA8888_Premultiplied)


def from_rgba(pixels: np.ndarray) -> QImage:
    """A QImage sharing nothing with `pixels` (HxWx4 straight RGBA or HxWx3 RGB)."""
    h, w, channels = pixels.shape
    fmt = QImage.Format.Format_RGBA8888 if channels == 4 else QImage.Format.Format_RGB888
    data = np.ascontiguousarray(pixels)
    return QImage(data.data, w, h, data.strides[0], fmt).copy()
