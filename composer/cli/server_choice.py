"""Which server a command sends to, and saying so before anything is sent.

The window's Settings choose HeyGen, a custom server, or the practice server (a sandbox
inside the app). The command line honours that choice: with the practice server chosen it
starts its own practice server on this computer for as long as the command runs. That
server's videos end with the command, so a command that would not wait for its video
waits (and says why) instead of printing an id nobody can follow. `--base-url` overrides
Settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO
from urllib.parse import urlsplit

from composer.heygen.hosts import LOOPBACK
from composer.settings.preferences import HEYGEN, SANDBOX, Preferences


@dataclass(frozen=True)
class ServerChoice:
    preferences: Preferences
    source: str  # where the choice came from, for the user: "--base-url", "Settings"
    must_follow: bool  # the server ends with the command: the video must be waited for


def choose_server(preferences: Preferences, base_url: str | None) -> ServerChoice:
    if base_url:
        return ServerChoice(
            Preferences(endpoint=HEYGEN, custom_base_url=base_url), "--base-url", False
        )
    if preferences.endpoint == SANDBOX:
        return ServerChoice(Preferences(endpoint=SANDBOX), "Settings", True)
    chosen = Preferences(
        endpoint=HEYGEN,
        custom_base_url=preferences.custom_base_url,
        custom_upload_url=preferences.custom_upload_url,
    )
    return ServerChoice(chosen, "Settings" if preferences.custom_base_url else "default", False)


def is_practice(base_url: str) -> bool:
    """A server on this computer: the practice server (`scene-composer sandbox` or one the
    command started), never HeyGen."""
    return (urlsplit(base_url).hostname or "") in LOOPBACK


def where_words(choice: ServerChoice, base_url: str) -> str:
    """ "Sending to api.heygen.com (HeyGen)", "Sending to 127.0.0.1:8765 (practice server on
    this computer, no credits; chosen in Settings)"."""
    host = urlsplit(base_url).netloc or base_url
    if choice.preferences.endpoint == SANDBOX:
        what = "practice server started for this command, no credits; chosen in Settings"
    elif is_practice(base_url):
        what = f"practice server on this computer, no credits; chosen by {choice.source}"
    elif choice.source == "default":
        what = "HeyGen"
    else:
        what = f"chosen by {choice.source}"
    return f"Sending to {host} ({what})"


def say_where(choice: ServerChoice, base_url: str, err: TextIO, *, following: bool) -> None:
    print(where_words(choice, base_url), file=err, flush=True)
    if choice.must_follow and not following:
        print(
            "The practice server stops when this command ends, so it waits for the video "
            "and downloads it.",
            file=err,
            flush=True,
        )
