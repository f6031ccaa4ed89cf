"""The live check (tests/live) is opt in: the default run skips it even with the key set,
`-m live` without the key skips it too; with both it runs, here pointed at the practice
server through SCENE_COMPOSER_LIVE_BASE_URL so the very code that would talk to HeyGen is
exercised; the key never appears in its output, also when a call fails."""

from __future__ import annotations

import os
import subprocess
import sys

from composer.sandbox.server import SandboxServer

SECRET = "sk-live-7d1e0c9b5a3f4e2d"


def live_run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("SCENE_COMPOSER_LIVE")}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:randomly",
         "-p", "no:cacheprovider", "tests/live", *args],
        capture_output=True, text=True, timeout=120, env={**base, **env},
    )  # fmt: skip


def test_the_default_run_and_a_run_without_key_skip_it() -> None:
    default = live_run(SCENE_COMPOSER_LIVE_KEY=SECRET)
    assert default.returncode == 0 and "4 skipped" in default.stdout, default.stdout
    keyless = live_run("-m", "live")
    assert keyless.returncode == 0 and "4 skipped" in keyless.stdout, keyless.stdout


def test_with_key_and_marker_it_runs_the_read_only_calls_and_one_draft(
    sandbox: SandboxServer,
) -> None:
    ran = live_run("-m", "live", SCENE_COMPOSER_LIVE_KEY=SECRET,
                   SCENE_COMPOSER_LIVE_BASE_URL=sandbox.base_url)  # fmt: skip
    assert ran.returncode == 0 and "4 passed" in ran.stdout, ran.stdout + ran.stderr
    paths = [(e["method"], e["path"]) for e in sandbox.request_log()]
    assert ("GET", "/v3/users/me") in paths and ("GET", "/v3/avatars/looks") in paths
    assert ("GET", "/v3/voices") in paths
    drafts = sandbox.generate_bodies()
    assert len(drafts) == 1 and drafts[0]["test"] is True  # the only thing made: free
    assert SECRET not in ran.stdout + ran.stderr


def test_a_failing_live_call_never_shows_the_key(sandbox: SandboxServer) -> None:
    sandbox.faults.update({"auth_fail_next": 100})  # the sandbox echoes the key it refuses
    ran = live_run("-m", "live", SCENE_COMPOSER_LIVE_KEY=SECRET,
                   SCENE_COMPOSER_LIVE_BASE_URL=sandbox.base_url)  # fmt: skip
    assert ran.returncode == 1 and "failed" in ran.stdout
    assert SECRET not in ran.stdout + ran.stderr
