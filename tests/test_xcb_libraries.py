"""The README's package list is everything Qt's xcb platform plugin and its audio (the
QtMultimedia and QtTextToSpeech modules, QtMultimedia's FFmpeg plugin) link to on Linux:
the window starts and the rehearsal's voices play on a stock Debian/Ubuntu desktop after
that one `apt-get install`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SONAME_PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libpulse.so.0": "libpulse0",
    "libXext.so.6": "libxext6",
    "libXrandr.so.2": "libxrandr2",
    "libdrm.so.2": "libdrm2",
    "libbz2.so.1": "libbz2-1.0",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}
"""Which Debian/Ubuntu package ships each library (checked with `dpkg -S` on Debian 12)."""
BASE = {
    "libc.so.6",
    "libm.so.6",
    "libresolv.so.2",
    "libdl.so.2",
    "libpthread.so.0",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "libz.so.1",
    "libzstd.so.1",
}
"""In every Debian/Ubuntu system (libc6, libstdc++6, libgcc-s1, zlib1g, libzstd1: priority
"required", apt itself needs them), as is the dynamic loader (ld-linux-*)."""


def _needed(library: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)


def system_libraries(plugin: Path, *bundled: Path) -> set[str]:
    """The system libraries the plugin needs, following the libraries PySide6 ships (in the
    `bundled` folders)."""
    seen: set[str] = set()
    found: set[str] = set()
    todo = [plugin]
    while todo:
        for name in _needed(todo.pop()):
            if name in seen:
                continue
            seen.add(name)
            shipped = [folder / name for folder in bundled if (folder / name).exists()]
            if shipped:
                todo.append(shipped[0])
            elif name not in BASE and not name.startswith("ld-linux"):
                found.add(name)
    return found


def readme_packages() -> set[str]:
    readme = (REPO / "README.md").read_text("utf-8")
    line = re.search(r"^sudo apt-get install (.+)$", readme, re.M)
    assert line, "the README gives the desktop libraries as one apt-get install line"
    return set(line.group(1).split())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils' readelf")
def test_every_library_the_xcb_plugin_links_to_is_in_the_readme() -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    libraries = system_libraries(qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib")
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"} <= libraries
    _assert_listed(libraries)


def _assert_listed(libraries: set[str]) -> None:
    unknown = libraries - SONAME_PACKAGES.keys()
    assert not unknown, f"add the package of {sorted(unknown)} here and to the README"
    missing = {SONAME_PACKAGES[name] for name in libraries} - readme_packages()
    assert not missing, f"the README's apt-get install line lacks {sorted(missing)}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's shared libraries")
@pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils' readelf")
def test_every_library_the_rehearsal_audio_links_to_is_in_the_readme() -> None:
    import PySide6
    import shiboken6

    package = Path(PySide6.__file__).parent
    bundled = (package / "Qt" / "lib", package, Path(shiboken6.__file__).parent)
    libraries: set[str] = set()
    for binary in (
        package / "Qt" / "plugins" / "multimedia" / "libffmpegmediaplugin.so",
        *package.glob("QtMultimedia.*.so"),
        *package.glob("QtTextToSpeech.*.so"),
    ):
        assert binary.is_file(), f"{binary.name}: PySide6-Addons is a dependency"
        libraries |= system_libraries(binary, *bundled)
    assert "libpulse.so.0" in libraries
    _assert_listed(libraries)
