"""Composing churns through large frame buffers on several threads (decoders, filters,
x264's frame threads). With glibc's defaults a freed buffer often stays in the process
(per-thread arenas, a threshold for mmap that grows with every large free), so the
resident memory climbs scene after scene; buffers of 1 MiB and more are given back to
the system as soon as they are freed instead."""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_ARENA_MAX = -8
M_MMAP_THRESHOLD = -3
LARGE = 1 << 20
ARENAS = 2


def give_back_large_buffers() -> bool:
    """Tune glibc's allocator for this process (elsewhere: nothing); whether it was."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        return bool(libc.mallopt(M_MMAP_THRESHOLD, LARGE)) and bool(
            libc.mallopt(M_ARENA_MAX, ARENAS)
        )
    except (OSError, AttributeError):
        return False
