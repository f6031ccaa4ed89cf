"""A least-recently-used store of rendered pixmaps, bounded by memory rather than count
(a preview-sized background is thousands of times bigger than a thumbnail)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtGui import QPixmap

MB = 1024 * 1024


def pixmap_bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * max(1, pixmap.depth() // 8)


class PixmapCache:
    def __init__(self, budget_bytes: int) -> None:
        self.budget = budget_bytes
        self._items: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._bytes = 0
        self.renders = 0
        """How many pixmaps `make` has drawn (the rest came from the cache)."""

    def get(self, key: Hashable, make: Callable[[], QPixmap]) -> QPixmap:
        pixmap = self._items.get(key)
        if pixmap is not None:
            self._items.move_to_end(key)
            return pixmap
        pixmap = make()
        self.renders += 1
        self._items[key] = pixmap
        self._bytes += pixmap_bytes(pixmap)
        while self._bytes > self.budget and len(self._items) > 1:
            _, dropped = self._items.popitem(last=False)
            self._bytes -= pixmap_bytes(dropped)
        return pixmap

    def __len__(self) -> int:
        return len(self._items)
