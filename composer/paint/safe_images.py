"""Pictures read through Qt under composer.media.safety's rules: a regular file (not
/dev/stdin), at most 8192² pixels by its header, Qt's allocation limit at that size (so a
header that lies fails instead of allocating), and decoded no larger than it is shown
(`max_side`). Background pictures, logos and the catalogue's look pictures are read here."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QIODevice, QSize
from PySide6.QtGui import QImage, QImageReader

from composer.media.safety import PICTURE_BYTES, Kind, MediaError, check_picture_size, regular_file

log = logging.getLogger(__name__)
ALLOCATION_MB = PICTURE_BYTES // (1024 * 1024)


def reader(source: str | Path | QIODevice) -> QImageReader:
    """A QImageReader for a file (checked as a regular file of a picture's size) or a
    device, with the allocation limit set; MediaError when the picture is refused."""
    QImageReader.setAllocationLimit(ALLOCATION_MB)
    if isinstance(source, QIODevice):
        found = QImageReader(source)
        name = "the picture"
    else:
        found = QImageReader(str(regular_file(source, Kind.PICTURE)))
        name = Path(source).name
    size = found.size()
    check_picture_size(name, size.width(), size.height())
    return found


def read_image(source: str | Path | QIODevice, max_side: int | None = None) -> QImage:
    """The picture (scaled down to fit `max_side`), or a null QImage when it is refused
    or can't be read (logged)."""
    try:
        found = reader(source)
    except MediaError as exc:
        log.warning("picture refused: %s", exc)
        return QImage()
    found.setAutoTransform(True)
    size = found.size()
    if max_side and max(size.width(), size.height()) > max_side:
        scale = max_side / max(size.width(), size.height())
        found.setScaledSize(
            QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        )
    return found.read()
