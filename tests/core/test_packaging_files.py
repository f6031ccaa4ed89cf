"""Desktop integration files agree with each other and with the project file suffix."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from composer.projectfile import PROJECT_SUFFIX

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
APP_ID = "com.scenecomposer.SceneComposer"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop")
    return parser["Desktop Entry"]


def test_desktop_file_opens_project_files_with_the_app() -> None:
    entry = desktop_entry()
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().find(f"{MIME_NS}mime-type")
    assert entry["MimeType"].rstrip(";") == mime.get("type")
    assert mime.find(f"{MIME_NS}glob").get("pattern") == f"*{PROJECT_SUFFIX}"
    assert entry["Exec"] == "scene-composer %f"
    assert entry["Icon"] == APP_ID


def test_metainfo_names_the_desktop_file_and_mime_type() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("provides/mediatype").text == desktop_entry()["MimeType"].rstrip(";")


def test_icon_set_is_complete() -> None:
    app = LINUX.parents[1] / "resources" / "app"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (app / f"scene-composer-{size}.png").stat().st_size > 0
    assert (app / "scene-composer.svg").read_text().startswith("<svg")
