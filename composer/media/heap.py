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


def _libc() -> ctypes.CDLL | None:
    """glibc, on Linux (elsewhere None: the system's allocator is left as it is)."""
    name = ctypes.util.find_library("c") if sys.platform.startswith("linux") else None
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


def give_back_large_buffers() -> bool:
    """Tune glibc's allocator for this process; whether it was."""
    libc = _libc()
    try:
        return libc is not None and bool(
            libc.mallopt(M_MMAP_THRESHOLD, LARGE) and libc.mallopt(M_ARENA_MAX, ARENAS)
        )
    except AttributeError:
        return False


def give_back_free_memory() -> None:
    """Return the free pages of the allocator's heaps to the system (between scenes: each
    scene's threads and buffers leave holes that would otherwise stay resident)."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)
