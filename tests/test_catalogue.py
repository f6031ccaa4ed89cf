"""Catalogue pickers against the sandbox: fill from the API, work from the cache offline."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from composer.catalogue import store
from composer.heygen.client import HeyGenClient
from composer.sandbox.server import SandboxServer
from composer.ui.pickers.catalogue_picker import CataloguePicker
from composer.ui.pickers.service import CatalogueService

KEY = "test-key"


@pytest.fixture
def server():
    with SandboxServer(render_seconds=0.3) as running:
        yield running


def client_for(server: SandboxServer) -> HeyGenClient:
    return HeyGenClient(
        KEY,
        base_url=server.base_url,
        upload_url=server.upload_url,
        connect_timeout=1,
        read_timeout=2,
        max_retries=0,
    )


def test_refresh_caches_the_catalogue_on_disk(server: SandboxServer) -> None:
    client = client_for(server)
    catalogue = store.refresh(client)
    assert catalogue.find("avatar", "Daisy-inskirt-20220818").name == "Daisy in skirt"
    assert {v.language for v in catalogue.voices} >= {"English", "German"}
    assert any(v.preview_audio_url is None for v in catalogue.voices)
    cached = store.load(client.server)
    assert cached == catalogue
    assert store.describe_age(cached, now=cached.fetched_at + 3 * 3600) == "updated 3 hours ago"


def test_the_cache_is_kept_per_host_and_account_never_with_the_key(
    server: SandboxServer,
) -> None:
    from composer.heygen.hosts import account_key
    from composer.settings.paths import cache_dir

    mine, theirs = client_for(server), HeyGenClient("another-key", base_url=server.base_url)
    store.refresh(mine)
    store.refresh(theirs)
    files = sorted(p.name for p in cache_dir().glob("catalogue-*.json"))
    assert files == sorted(
        f"catalogue-practice--{account_key(key)}.json" for key in (KEY, "another-key")
    )
    assert not any(KEY in p.read_text("utf-8") for p in cache_dir().glob("catalogue-*"))
    assert store.load(server.base_url.split("//")[1], mine.account).account == mine.account
    other_port = "127.0.0.1:1"  # the practice server after a restart: another port
    assert store.load(other_port, theirs.account) is not None
    assert store.host_key("api.heygen.com/v3") == "api.heygen.com/v3"


def test_filters() -> None:
    items = [
        store.CatalogueItem("voice", "a", "Rachel", "female", "English"),
        store.CatalogueItem("voice", "b", "Paul", "male", "English"),
        store.CatalogueItem("voice", "c", "Clara", "female", "German"),
    ]
    assert [i.id for i in store.filter_items(items, gender="female")] == ["a", "c"]
    assert [i.id for i in store.filter_items(items, language="Ger")] == ["c"]
    assert [i.id for i in store.filter_items(items, text="pau")] == ["b"]


def wait_for_catalogue(qtbot, service: CatalogueService) -> None:
    qtbot.waitUntil(
        lambda: service.catalogue is not None and not service.refreshing, timeout=10_000
    )


def test_picker_fills_from_the_catalogue_and_picks_an_id(qtbot, server: SandboxServer) -> None:
    client = client_for(server)
    service = CatalogueService(lambda: client, client.server)
    picker = CataloguePicker(service, "avatar", current_id=None)
    qtbot.addWidget(picker)
    picker.show()
    wait_for_catalogue(qtbot, service)
    assert picker.model.rowCount() == 3
    QTest.keyClicks(picker.search, "tyler")
    assert [i.id for i in picker.model.items] == ["Tyler-incasualsuit-20220721"]
    rect = picker.view.visualRect(picker.model.index(0))
    QTest.mouseClick(picker.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.selected_id() == "Tyler-incasualsuit-20220721"
    # thumbnails arrive from the sandbox's preview URLs in the background
    qtbot.waitUntil(
        lambda: service.pixmap(picker.model.items[0].preview_image_url) is not None, timeout=10_000
    )


def test_picker_works_offline_from_the_cache(qtbot, server: SandboxServer) -> None:
    client = client_for(server)
    store.refresh(client)
    server.stop()
    service = CatalogueService(lambda: client, client.server)
    picker = CataloguePicker(service, "voice", current_id="a04d81d19afd436db611060682276331")
    qtbot.addWidget(picker)
    qtbot.waitUntil(lambda: not service.refreshing, timeout=15_000)
    assert service.last_error  # the refresh failed: the sandbox is gone
    assert picker.model.rowCount() == 4
    assert picker.selected_id() == "a04d81d19afd436db611060682276331"
    assert picker.status.text().startswith("Offline: showing the catalogue")
    picker.language.setCurrentText("German")
    assert [i.name for i in picker.model.items] == ["Clara"]


def test_voice_preview_downloads_and_plays(qtbot, server: SandboxServer) -> None:
    client = client_for(server)
    service = CatalogueService(lambda: client, client.server)
    picker = CataloguePicker(service, "voice", current_id="2d5b0e6cf36f460aa7fc47e3eee4ba54")
    qtbot.addWidget(picker)
    wait_for_catalogue(qtbot, service)
    picker._select("2d5b0e6cf36f460aa7fc47e3eee4ba54")
    played: list = []
    picker.player.play = played.append  # the system player is not available headless
    QTest.mouseClick(picker.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(played), timeout=10_000)
    assert played[0].read_bytes() == server_bytes(server, "voice")
    picker._select("1bd001e7e50f421d891986aad5158bc8")  # Paul: no preview clip
    QTest.mouseClick(picker.play, Qt.MouseButton.LeftButton)
    assert picker.status.text() == "This voice has no preview clip."


def server_bytes(server: SandboxServer, kind: str) -> bytes:
    from composer.resources import resource

    return resource("sandbox", "voice-preview.mp3").read_bytes()


def test_cache_age_is_reported(qtbot, server: SandboxServer) -> None:
    client = client_for(server)
    catalogue = store.refresh(client)
    catalogue.fetched_at = time.time() - 2 * 86400
    store.save(catalogue)
    server.stop()
    service = CatalogueService(lambda: client, client.server)
    service.refresh()
    qtbot.waitUntil(lambda: not service.refreshing, timeout=15_000)
    assert service.status_text() == "Offline: showing the catalogue 2 days ago"


def test_picker_without_a_key_says_so_at_once_and_offers_to_set_one(
    qtbot, server: SandboxServer
) -> None:
    client = client_for(server)
    service = CatalogueService(lambda: client, client.server)
    keys: list[str] = []

    def set_key() -> bool:  # stands in for Settings: the user types a key and saves
        keys.append("sk-new")
        return True

    picker = CataloguePicker(service, "avatar", set_key=set_key)
    qtbot.addWidget(picker)
    picker.show()
    assert not service.refreshing  # nothing is asked of the API without a key
    assert picker.status.text() == "No HeyGen API key is set yet: set one to see your avatars."
    button = picker.findChild(QPushButton, "setApiKeyButton")
    assert button.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert keys == ["sk-new"] and not button.isVisible()
    wait_for_catalogue(qtbot, service)
    assert picker.model.rowCount() == 3
