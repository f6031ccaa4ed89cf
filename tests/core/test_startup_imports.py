"""The window paints its first frame before the HTTP and keyring stacks are loaded (they
take longer to import than the window takes to build): opening a project at start-up
asks no server, and cached catalogue names need no HTTP."""

from __future__ import annotations

from pathlib import Path

from composer.settings.preferences import SANDBOX
from tests.support.fresh_app import after_first_paint

SCRIPT = """
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"requests", "keyring", "urllib3"})
print(json.dumps({"endpoint": window.preferences.endpoint, "loaded": loaded}))
window.stack.setClean()
window.shutdown()
"""


def test_the_first_frame_is_painted_before_the_http_and_keyring_stacks_load(
    tmp_path: Path,
) -> None:
    result = after_first_paint(SCRIPT, tmp_path, scenes=3)
    assert result["endpoint"] != SANDBOX  # the path that reads the catalogue cache
    assert result["loaded"] == []
