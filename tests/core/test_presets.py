"""The Add menu's presets: overlays sized for the project's frame, inside its safe area,
with fresh ids, that a project file keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.model import presets
from composer.model.layout import Rect, safe_rect
from composer.model.overlay_layout import overlay_box
from composer.model.rich import OverlayType
from composer.projectfile.format import document_to_project, project_to_document
from tests.support.builders import valid_project

FRAMES = [(1920, 1080), (1080, 1920), (1080, 1080), (1280, 720)]


def inside(box, area, slack: float = 0.5) -> bool:
    return (
        box.x >= area.x - slack
        and box.y >= area.y - slack
        and box.right <= area.right + slack
        and box.bottom <= area.bottom + slack
    )


@pytest.mark.parametrize(("width", "height"), FRAMES)
def test_presets_sit_inside_the_safe_area_of_any_frame(width: int, height: int) -> None:
    safe = safe_rect(width, height)
    made = [
        presets.text(width, height),
        presets.shape(width, height),
        presets.picture(width, height, "logo.png"),
        *presets.lower_third(width, height),
        *presets.logo_corner(width, height, "logo.png"),
    ]
    for overlay in made:
        assert inside(overlay_box(overlay, width, height), safe), overlay.name or overlay.type


@pytest.mark.parametrize(("width", "height"), FRAMES)
def test_a_logo_is_square_on_any_frame(width: int, height: int) -> None:
    (logo,) = presets.logo_corner(width, height, "logo.png")
    box = overlay_box(logo, width, height)
    assert box.w == pytest.approx(box.h, rel=0.01)
    assert box.right == pytest.approx(safe_rect(width, height).right, abs=1.5)  # top right


def test_a_lower_third_is_a_band_under_its_words() -> None:
    band, words = presets.lower_third(1920, 1080, "Ana Ruiz", "Head of sales")
    assert (band.type, words.type) == (OverlayType.SHAPE, OverlayType.TEXT)
    assert words.text == "Ana Ruiz\nHead of sales"
    band_box, words_box = overlay_box(band, 1920, 1080), overlay_box(words, 1920, 1080)
    assert inside(words_box, band_box)
    assert band_box.y > 1080 * 2 / 3 - 1  # in the lower third


def test_a_title_card_covers_the_frame_for_its_first_seconds() -> None:
    card, title = presets.title_card(1920, 1080)
    assert overlay_box(card, 1920, 1080) == Rect(0, 0, 1920, 1080)
    assert card.end == title.end == 3.0
    assert title.font_size == pytest.approx(0.09 * 1080, abs=1)


def test_each_preset_overlay_has_its_own_id_and_survives_a_save(tmp_path: Path) -> None:
    first, second = presets.lower_third(1920, 1080), presets.lower_third(1920, 1080)
    ids = [o.id for o in first + second]
    assert len(set(ids)) == 4
    project = valid_project(1)
    project.scenes[0].overlays = first + presets.title_card(1920, 1080)
    again = document_to_project(project_to_document(project, tmp_path), tmp_path)
    assert again.scenes[0].overlays == project.scenes[0].overlays
