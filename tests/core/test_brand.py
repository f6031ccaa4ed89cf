"""The brand kit's rules, without widgets: storage, embedding, applying, warnings."""

from __future__ import annotations

from pathlib import Path

from composer.brand import kit as kits
from composer.brand.apply import apply_kit, fill_from_kit, off_brand
from composer.brand.kit import BrandKit
from composer.model.enums import AvatarStyle, BackgroundType
from composer.model.project import Project, Scene, TextOverlay, default_scene
from composer.projectfile import load_project, save_project
from composer.settings.paths import data_dir
from tests.support.builders import valid_project

KIT = BrandKit(
    primary="orange",
    secondary="#123",
    background="#0B132B",
    text="white",
    title_font="DejaVu Serif",
    presenter_id="Tyler-incasualsuit-20220721",
    voice_id="1bd001e7e50f421d891986aad5158bc8",
)


def test_colours_are_kept_as_hex_and_the_kit_round_trips() -> None:
    kit = BrandKit.from_json(KIT.to_json())
    assert kit.primary == "#FFA500" and kit.secondary == "#112233" and kit.text == "#FFFFFF"
    assert kit.palette() == {"#FFA500", "#112233", "#0B132B", "#FFFFFF"}
    assert BrandKit.from_json({"primary": 3, "logo_corner": "middle", "x": 1}) == BrandKit()
    assert BrandKit.from_json("junk").is_empty()


def test_the_users_kit_is_saved_in_the_data_folder() -> None:
    assert kits.load_user_kit().is_empty()
    kits.save_user_kit(KIT)
    assert kits.user_kit_path() == data_dir() / "brand-kit.json"
    assert kits.load_user_kit() == BrandKit.from_json(KIT.to_json())


def test_a_kit_embedded_in_a_project_travels_with_the_file(tmp_path: Path) -> None:
    project = valid_project(1)
    kits.save_user_kit(BrandKit(primary="#000000"))
    assert kits.kit_for(project).primary == "#000000"
    kits.embed(project, KIT)
    save_project(project, tmp_path / "p.scene.json")
    loaded = load_project(tmp_path / "p.scene.json")
    assert kits.embedded_kit(loaded) == BrandKit.from_json(KIT.to_json())
    assert kits.kit_for(loaded).primary == "#FFA500"  # the project's own kit wins


def test_applying_dresses_colours_fonts_presenter_and_voice() -> None:
    project = valid_project(1)
    scene = project.scenes[0]
    scene.character.avatar_style = AvatarStyle.CIRCLE
    scene.text = TextOverlay(text="Hello", color="#123456", line_height=1.2)
    after = apply_kit(scene, BrandKit.from_json(KIT.to_json()))
    assert after.background.value == "#0B132B"
    assert after.text is not None and after.text.color == "#FFFFFF"
    assert after.text.font_family == "DejaVu Serif"  # 48 px (the default): a title
    scene.text.font_size = 24
    small = apply_kit(scene, BrandKit(title_font="DejaVu Serif", body_font="DejaVu Sans"))
    assert small.text is not None and small.text.font_family == "DejaVu Sans"
    assert after.character.circle_background_color == "#FFA500"
    assert after.character.avatar_id == KIT.presenter_id
    assert after.voice.voice_id == KIT.voice_id
    assert off_brand(project, KIT) != [] and off_brand(_with(project, after), KIT) == []


def test_image_backgrounds_and_an_empty_kit_are_left_alone() -> None:
    scene = valid_project(1).scenes[0]
    scene.background.type = BackgroundType.IMAGE
    scene.background.value = None
    scene.background.url = "https://example.com/a.png"
    assert apply_kit(scene, KIT).background == scene.background
    assert apply_kit(scene, BrandKit()) == scene


def test_new_scenes_follow_the_kit_where_they_have_no_choice_yet() -> None:
    fresh = fill_from_kit(default_scene(), KIT)
    assert fresh.character.avatar_id == KIT.presenter_id
    assert fresh.voice.voice_id == KIT.voice_id
    chosen = default_scene()
    chosen.character.avatar_id = "Daisy-inskirt-20220818"
    assert fill_from_kit(chosen, KIT).character.avatar_id == "Daisy-inskirt-20220818"


def test_off_brand_colours_get_a_gentle_warning_naming_scene_and_field() -> None:
    project = valid_project(2)
    project.scenes[1].background.value = "#FF00FF"
    warnings = off_brand(project, BrandKit(background="#FFFFFF", text="#000000"))
    assert all(not w.is_error for w in warnings)
    magenta = [w for w in warnings if w.scene_index == 1 and w.field == "background.value"]
    assert magenta and "#FF00FF is not one of your brand colours" in magenta[0].message
    assert off_brand(project, BrandKit()) == []  # no colours in the kit: nothing to say


def _with(project: Project, scene: Scene) -> Project:
    project.scenes[0] = scene
    return project


def test_a_kept_logo_is_copied_beside_the_project_and_stored_relative(tmp_path: Path) -> None:
    """What the brand kit dialog does when the user keeps their kit in a saved project."""
    import json
    import shutil

    outside = tmp_path / "downloads" / "logo.png"
    outside.parent.mkdir()
    outside.write_bytes(b"\x89PNG\r\n\x1a\nthe logo")
    project = valid_project(1)
    folder = tmp_path / "work"
    kits.embed(project, kits.logo_beside(BrandKit(logo=str(outside)), folder))
    save_project(project, folder / "p.scene.json")
    text = (folder / "p.scene.json").read_text("utf-8")
    assert json.loads(text)["brand_kit"]["logo"] == "brand/logo.png"
    assert str(tmp_path) not in text  # no absolute path in the file
    assert (folder / "brand" / "logo.png").read_bytes() == outside.read_bytes()
    moved = tmp_path / "elsewhere"
    shutil.move(folder, moved)  # the project folder travels with its logo
    loaded = load_project(moved / "p.scene.json")
    logo = Path(kits.embedded_kit(loaded).logo)
    assert logo == moved / "brand" / "logo.png" and logo.is_file()

    other = tmp_path / "other" / "logo.png"  # another logo of the same name
    other.parent.mkdir()
    other.write_bytes(b"\x89PNG\r\n\x1a\na new logo")
    assert kits.logo_beside(BrandKit(logo=str(other)), moved).logo == str(
        moved / "brand" / "logo-2.png"
    )
    assert (moved / "brand" / "logo.png").read_bytes() == outside.read_bytes()  # kept
