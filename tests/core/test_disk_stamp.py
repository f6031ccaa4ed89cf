"""A project file changed on disk since it was read is found; one left alone, or rewritten
with the same bytes, is not."""

from __future__ import annotations

import os
from pathlib import Path

from composer.projectfile.disk_stamp import DiskStamp


def test_changes_by_another_writer_are_found(tmp_path: Path) -> None:
    path = tmp_path / "a.scene.json"
    path.write_text('{"a": 1}')
    stamp = DiskStamp.of(path)
    assert stamp is not None and not stamp.changed_on_disk(path)
    path.write_text('{"a": 1}')  # same bytes, newer time: no conflict
    os.utime(path, ns=(stamp.mtime_ns + 10**9, stamp.mtime_ns + 10**9))
    assert not stamp.changed_on_disk(path)
    path.write_text('{"a": 2}')  # same size, other content, a later time
    os.utime(path, ns=(stamp.mtime_ns + 2 * 10**9, stamp.mtime_ns + 2 * 10**9))
    assert stamp.changed_on_disk(path)
    path.write_text('{"a": 22}')  # another size, even with the old time put back
    os.utime(path, ns=(stamp.mtime_ns, stamp.mtime_ns))
    assert stamp.changed_on_disk(path)
    path.unlink()
    assert not stamp.changed_on_disk(path)  # gone: saving puts it back
