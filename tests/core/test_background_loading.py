"""The HTTP stack (requests, keyring, cryptography) is imported on a worker after start-up
to ask for the balance (with no API key set, only keyring is needed), but not while the
user is editing: the import takes Python's lock from the GUI thread in
turns, and a drag in the preview stuttered (frames of 10 ms instead of 2) when it landed
mid-drag. It loads once editing pauses."""

from __future__ import annotations

from pathlib import Path

from tests.support.fresh_app import after_first_paint

SCRIPT = """
from composer.ui.controllers.spend import BALANCE_DELAY_MS

def run_for(seconds, edit):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if edit:
            x = window.doc.value(0, "character.offset.x") or 0.0
            window.edits.set_values(0, {"character.offset.x": round(x + 0.001, 4)}, "Move", "d")
        app.processEvents()
        time.sleep(0.05)

run_for(BALANCE_DELAY_MS / 1000 + 4, edit=True)  # a long drag, from start-up on
loaded = lambda: "keyring" in sys.modules or "requests" in sys.modules
while_editing = loaded()
paused = time.monotonic()
while not loaded() and time.monotonic() - paused < 15:
    run_for(0.05, edit=False)
print(json.dumps({"while_editing": while_editing, "after_pause": loaded(),
                  "seconds": round(time.monotonic() - paused, 2)}))
window.stack.setClean()
window.shutdown()
"""


CLOSED = """
from composer.ui.controllers.spend import BALANCE_DELAY_MS, QUIET_MS
window.close()
end = time.monotonic() + (BALANCE_DELAY_MS + QUIET_MS) / 1000 + 2
while time.monotonic() < end:
    app.processEvents()
    time.sleep(0.05)
print(json.dumps({"loaded": "keyring" in sys.modules or "requests" in sys.modules}))
"""


def test_a_closed_window_loads_and_asks_nothing_more(tmp_path: Path) -> None:
    assert after_first_paint(CLOSED, tmp_path) == {"loaded": False}


def test_the_http_stack_loads_when_editing_pauses(tmp_path: Path) -> None:
    result = after_first_paint(SCRIPT, tmp_path)
    assert result["while_editing"] is False, result
    assert result["after_pause"] is True, result
    assert result["seconds"] < 6, result  # about QUIET_MS after the last edit
