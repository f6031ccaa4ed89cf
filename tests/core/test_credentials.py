"""The API key (keyring, environment, session) and preferences; the key never leaks."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import KeyringError

from composer.heygen.errors import AuthError
from composer.jobs.connection import SANDBOX_KEY, Connections
from composer.jobs.history import JobHistory
from composer.jobs.runner import JobRunner
from composer.jobs.state import JobState
from composer.projectfile import load_any
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from composer.settings.credentials import (
    ACCOUNT,
    ENV_VAR,
    NO_KEYRING,
    SERVICE,
    CredentialStore,
    KeySource,
)
from composer.settings.preferences import (
    RECENT_LIMIT,
    SANDBOX,
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)
from tests.support.memory_keyring import MemoryKeyring
from tests.support.sandbox_fixture import FAST_CLIENT, FAST_POLLS, KEY


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("locked")


def test_key_is_kept_in_the_keyring() -> None:
    store = CredentialStore()
    assert store.api_key() is None and store.source() == KeySource.NONE
    assert store.save(f"  {KEY}\n") == KeySource.KEYRING
    assert keyring.get_password(SERVICE, ACCOUNT) == KEY
    assert CredentialStore().api_key() == KEY  # a new session finds it
    assert store.keyring_problem is None
    store.forget()
    assert CredentialStore().api_key() is None
    store.forget()  # forgetting twice is fine


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    CredentialStore().save("stored-key")
    monkeypatch.setenv(ENV_VAR, "env-key")
    store = CredentialStore()
    assert store.api_key() == "env-key" and store.source() == KeySource.ENVIRONMENT


def test_without_a_keyring_the_key_lasts_the_session() -> None:
    keyring.set_keyring(fail.Keyring())
    store = CredentialStore()
    assert store.keyring_problem == NO_KEYRING
    assert "kept only until Scene Composer quits" in NO_KEYRING
    assert store.save(KEY) == KeySource.SESSION
    assert store.api_key() == KEY and store.source() == KeySource.SESSION
    assert CredentialStore().api_key() is None  # the next session has to ask again


def test_a_failing_keyring_falls_back_to_the_session() -> None:
    keyring.set_keyring(BrokenKeyring())
    store = CredentialStore()
    assert store.save(KEY) == KeySource.SESSION
    assert store.keyring_problem and store.keyring_problem.startswith(NO_KEYRING)
    assert store.api_key() == KEY


def test_an_empty_key_is_refused() -> None:
    with pytest.raises(ValueError, match="empty"):
        CredentialStore().save("   ")


def test_preferences_round_trip() -> None:
    prefs = Preferences(endpoint=SANDBOX, custom_base_url="http://127.0.0.1:5123")
    prefs.download_dir = "/videos"
    for i in range(RECENT_LIMIT + 3):
        prefs.add_recent(f"/p/{i}.scene.json")
    prefs.add_recent("/p/3.scene.json")
    save_preferences(prefs)
    loaded = load_preferences()
    assert loaded == prefs
    assert loaded.recent_files[0] == "/p/3.scene.json"
    assert len(loaded.recent_files) == RECENT_LIMIT
    assert loaded.recent_files.count("/p/3.scene.json") == 1
    assert loaded.download_folder() == Path("/videos")


def test_damaged_or_odd_preferences_give_defaults() -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{broken", "utf-8")
    assert load_preferences() == Preferences()
    path.write_text(
        json.dumps({"endpoint": "mars", "custom_base_url": "ftp://x", "recent_files": [1]}),
        "utf-8",
    )
    assert load_preferences() == Preferences()
    assert Preferences().download_folder().name == "Scene Composer"


def test_preferences_never_keep_a_key() -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"endpoint": "sandbox", "api_key": KEY}), "utf-8")
    prefs = load_preferences()
    assert prefs.endpoint == SANDBOX
    save_preferences(prefs)
    assert KEY not in path.read_text("utf-8")


def test_connections_pick_the_server_and_key(sandbox: SandboxServer) -> None:
    credentials = CredentialStore()
    prefs = Preferences()
    connections = Connections(credentials, prefs, sandbox=sandbox)
    assert connections.base_url == "https://api.heygen.com"
    with pytest.raises(AuthError, match="No HeyGen API key"):
        connections.client()
    prefs.endpoint = SANDBOX
    assert connections.base_url == sandbox.base_url
    assert connections.client().list_voices()  # the sandbox needs just some key
    assert sandbox.requests[-1].headers_had_key
    credentials.save(KEY)
    assert connections.client() is connections.client()
    assert connections.client().upload_url == sandbox.base_url
    prefs.endpoint = "heygen"
    assert connections.client().upload_url == "https://upload.heygen.com"
    assert SANDBOX_KEY != KEY
    connections.close()
    assert sandbox.count("GET", "/v2/voices") == 1  # the given sandbox is not stopped by close


def test_connections_start_their_own_sandbox() -> None:
    connections = Connections(CredentialStore(), Preferences(endpoint=SANDBOX))
    try:
        assert connections.client().list_avatars()
    finally:
        connections.close()


def test_the_key_appears_nowhere(
    tmp_path: Path,
    isolated_app_dirs: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A full submit with a known key, plus a server that echoes the key back in an error:
    no file written, no output and no log line contains the key."""
    caplog.set_level(logging.DEBUG)
    credentials = CredentialStore()
    credentials.save(KEY)
    prefs = Preferences(endpoint=SANDBOX, download_dir=str(tmp_path / "videos"))
    prefs.add_recent(example_project())
    save_preferences(prefs)
    with SandboxServer(render_seconds=0.2) as sandbox:
        connections = Connections(credentials, prefs, sandbox=sandbox, client_options=FAST_CLIENT)
        runner = JobRunner(connections.client(), JobHistory(), schedule=FAST_POLLS)
        project = load_any(example_project())

        def submit() -> JobState:
            record = runner.submit(
                project,
                "Secret test",
                prefs.download_folder(),
                lambda r: print(r),
                lambda f, w: print(f, w),
                threading.Event(),
            )
            print(record, repr(record))
            return record.state

        assert submit() == JobState.COMPLETED
        sandbox.faults.update({"auth_fail_next": 1})
        assert submit() == JobState.FAILED
        assert sandbox.requests[-1].headers_had_key
    captured = capsys.readouterr()
    assert "***" in captured.out  # the echoed key was there, redacted
    hits = [
        path
        for folder in (isolated_app_dirs, tmp_path)
        for path in folder.rglob("*")
        if path.is_file() and KEY.encode() in path.read_bytes()
    ]
    assert hits == []
    assert any((tmp_path / "videos").glob("*.mp4"))
    assert KEY not in captured.out and KEY not in captured.err
    assert KEY not in caplog.text
    assert caplog.records  # logging was on
