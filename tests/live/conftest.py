"""Live checks against real HeyGen, opt in: `SCENE_COMPOSER_LIVE_KEY=… pytest -m live`.

Skipped unless both are given (the default run never reaches HeyGen, even with the key
set). SCENE_COMPOSER_LIVE_BASE_URL points them elsewhere (the practice server, to run the
same code without an account). The key is cut out of every report pytest writes."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from composer.heygen.client import HeyGenClient

KEY_VARIABLE = "SCENE_COMPOSER_LIVE_KEY"
BASE_VARIABLE = "SCENE_COMPOSER_LIVE_BASE_URL"
HEYGEN = "https://api.heygen.com"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    asked = "live" in (config.option.markexpr or "")
    keyed = bool(os.environ.get(KEY_VARIABLE, "").strip())
    if asked and keyed:
        return
    reason = f"live check: run with {KEY_VARIABLE}=… pytest -m live"
    for item in items:
        if item.get_closest_marker("live"):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """A failure's text never carries the key (an exception may quote a request)."""
    report = yield
    key = os.environ.get(KEY_VARIABLE, "").strip()
    if key and report.failed and report.longrepr is not None:
        report.longrepr = str(report.longrepr).replace(key, "[key]")
    return report


@pytest.fixture
def live_client() -> Iterator[HeyGenClient]:
    base = os.environ.get(BASE_VARIABLE, "").strip() or HEYGEN
    client = HeyGenClient(os.environ[KEY_VARIABLE].strip(), base_url=base, upload_url=base)
    yield client
    client.close()
