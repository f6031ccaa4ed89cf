"""The HeyGen API key: in the system keyring (service "scene-composer"), overridden by the
HEYGEN_API_KEY environment variable, and kept in memory only when no keyring is usable.

The key is never written to a file by Scene Composer and never shown in full.

`keyring` is imported when the key is first needed: importing it and finding its backend
takes a few tenths of a second that opening the window should not wait for.
"""

from __future__ import annotations

import logging
import os
from enum import StrEnum
from types import ModuleType

from composer.model.tr_noop import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "scene-composer"
ACCOUNT = "heygen-api-key"
ENV_VAR = "HEYGEN_API_KEY"
NO_KEYRING = QT_TRANSLATE_NOOP(
    "Settings",
    "No system password store (keyring) is available, so the API key is kept only until "
    "Scene Composer quits. To keep it, set up a keyring (such as GNOME Keyring or KWallet) "
    "or set the HEYGEN_API_KEY environment variable.",
)


class KeySource(StrEnum):
    ENVIRONMENT = "environment"
    KEYRING = "keyring"
    SESSION = "session"
    NONE = "none"


class CredentialStore:
    """Where the app gets and keeps the key. One per app session (it holds the session key)."""

    def __init__(self) -> None:
        self._session_key: str | None = None
        self._problem: str | None = None
        self._checked = False

    @property
    def keyring_problem(self) -> str | None:
        """A message for the UI when the key cannot be kept between sessions, else None."""
        if not self._checked:
            self._problem, self._checked = _backend_problem(), True
        return self._problem

    def api_key(self) -> str | None:
        return self._lookup()[0]

    def source(self) -> KeySource:
        return self._lookup()[1]

    def save(self, key: str) -> KeySource:
        """Keep `key` in the keyring, or for this session only when there is none."""
        key = key.strip()
        if not key:
            raise ValueError("The API key is empty.")
        self._session_key = key
        if self.keyring_problem is None:
            keyring = _keyring()
            try:
                keyring.set_password(SERVICE, ACCOUNT, key)
                return KeySource.KEYRING
            except keyring.errors.KeyringError as exc:
                self._keyring_failed(exc)
        return KeySource.SESSION

    def forget(self) -> None:
        self._session_key = None
        if self.keyring_problem is None:
            keyring = _keyring()
            try:
                keyring.delete_password(SERVICE, ACCOUNT)
            except keyring.errors.PasswordDeleteError:
                pass  # nothing was stored
            except keyring.errors.KeyringError as exc:
                self._keyring_failed(exc)

    def _lookup(self) -> tuple[str | None, KeySource]:
        env = os.environ.get(ENV_VAR, "").strip()
        if env:
            return env, KeySource.ENVIRONMENT
        if self.keyring_problem is None:
            keyring = _keyring()
            try:
                stored = keyring.get_password(SERVICE, ACCOUNT)
            except keyring.errors.KeyringError as exc:
                self._keyring_failed(exc)
            else:
                if stored:
                    return stored, KeySource.KEYRING
        if self._session_key:
            return self._session_key, KeySource.SESSION
        return None, KeySource.NONE

    def _keyring_failed(self, exc: Exception) -> None:
        log.warning("keyring unusable: %s", type(exc).__name__)
        self._problem = f"{NO_KEYRING} (The keyring said: {type(exc).__name__}.)"
        self._checked = True


def _keyring() -> ModuleType:
    import keyring
    import keyring.errors

    return keyring


def _backend_problem() -> str | None:
    try:
        backend = _keyring().get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        return f"{NO_KEYRING} (The keyring said: {type(exc).__name__}.)"
    from keyring.backends import fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return NO_KEYRING
    return None
