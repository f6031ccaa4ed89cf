"""What the marketer sees is what the video shows, measured against the preview itself:
the window's real preview widget (safe-area guides off) is grabbed for each scene of the
example 0.5 s in and compared with the composed video's frame at the same size (PSNR on
8-bit RGB, target >= 35 dB). The preview's presenter is also checked against where
HeyGen's layout semantics (reference layout.md, worked out here, not by
composer/model/layout.py) put it, so a layout error shared by preview and video fails too.
"""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QRegion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from composer.cli import main
from composer.compose.compositor import FPS, plan
from composer.media.clips import ClipCache, default_folder
from composer.media.video import VideoFrames
from composer.model.enums import BackgroundType
from composer.model.project import Background, Dimension, Position, Project
from composer.model.rich import CaptionPlace, CaptionsStyle, Overlay, OverlayType, ShapeKind, Size
from composer.projectfile import load_any, save_project
from composer.resources import example_project
from composer.ui.main_window import MainWindow
from composer.ui.preview.canvas import MARGIN
from tests.support.builders import valid_scene
from tests.support.clips import fill_cache
from tests.support.editor_window import shown_window
from tests.support.online import seed_online_media

AT = 0.5
FRAME = int(AT * FPS + 1e-9)  # the frame both show: the scrubber's and the compositor's
TARGET_DB = 35.0


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return float("inf") if mse == 0 else 10 * np.log10(255.0**2 / mse)


def rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * h)
    return raw.reshape(h, image.bytesPerLine())[:, : w * 3].reshape(h, w, 3).copy()


def grab_frame(window: MainWindow) -> np.ndarray:
    """The preview as painted, without its child widgets (the clip strip), cut to the
    video frame it shows."""
    preview = window.preview
    image = QImage(preview.size(), QImage.Format.Format_RGB32)
    preview.render(image, QPoint(), QRegion(), QWidget.RenderFlag.DrawWindowBackground)
    frame = preview.frame_rect().toRect()
    return rgb(image.copy(frame))


def show_scene(window: MainWindow, qtbot: QtBot, index: int) -> np.ndarray:
    window.scenes.select([index])
    qtbot.waitUntil(lambda: window.clip_scrubber.clip is not None and
                    window.preview.scene_index == index)  # fmt: skip
    window.clip_scrubber.slider.setValue(FRAME)  # as the user scrubs to 0.5 s
    scene = window.doc.scenes[index]
    painter = window.preview.scene_painter
    qtbot.waitUntil(lambda: painter.backgrounds.media_key(scene.background)[1] or
                    scene.background.type != "video")  # a video's picture has arrived  # fmt: skip
    return grab_frame(window)


def expected_box(project, scene, clip_w: int, clip_h: int) -> tuple[float, float, float, float]:
    """layout.md: scale 1 = the picture as tall as the frame; offset moves its centre,
    x a fraction of the width from the frame centre, y of the height, positive down."""
    w_out, h_out = project.width, project.height
    h = scene.character.scale * h_out
    w = h * clip_w / clip_h
    cx = w_out * (0.5 + scene.character.offset.x)
    cy = h_out * (0.5 + scene.character.offset.y)
    return cx - w / 2, cy - h / 2, w, h


def presenter_db(shown: np.ndarray, project, scene, clip) -> float:
    """PSNR of the preview against the clip's opaque pixels drawn where the layout
    semantics put them (nearest-pixel scaling; edges and colour boundaries are left out,
    where smooth and nearest scaling differ)."""
    with VideoFrames(clip.path, rgba=True, key=clip.key) as frames:
        picture = frames.at(FRAME / FPS)
    ph, pw = picture.shape[:2]
    x, y, w, h = expected_box(project, scene, pw, ph)
    ys, xs = np.mgrid[0 : int(h), 0 : int(w)]
    src = picture[(ys * ph / h).astype(int), (xs * pw / w).astype(int)]
    fx, fy = xs + round(x), ys + round(y)
    inside = (src[..., 3] == 255) & (fx >= 0) & (fy >= 0)
    inside &= (fx < project.width) & (fy < project.height)
    colour = src[..., :3].astype(int)
    flat = np.zeros_like(inside)  # opaque, and the same colour as its four neighbours
    flat[1:-1, 1:-1] = inside[1:-1, 1:-1] & np.all(
        [
            (np.abs(colour[1:-1, 1:-1] - colour[a:b, c:d]).max(axis=-1) <= 8) & inside[a:b, c:d]
            for a, b, c, d in ((0, -2, 1, -1), (2, None, 1, -1), (1, -1, 0, -2), (1, -1, 2, None))
        ],
        axis=0,
    )
    solid = flat
    return psnr(shown[fy[solid], fx[solid]], src[solid][:, :3])


def test_the_video_is_what_the_preview_shows(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    project = load_any(example_project())
    project.route = "exact"
    seed_online_media(project)  # scene 3's online video, as the send downloads it
    fill_cache(project, default_folder(), seconds=0.8)  # the practice server's clips
    path = tmp_path / "example.scene.json"
    save_project(project, path)
    video = tmp_path / "composed.mp4"
    assert main(["compose", str(path), "-o", str(video), "--clips", str(default_folder())]) == 0

    window = shown_window(qtbot, MainWindow())
    assert window.files.open_path(path)
    window.preview.show_guides = False
    size = (project.width + 2 * int(MARGIN), project.height + 2 * int(MARGIN))
    window.preview.setFixedSize(*size)  # the frame at the video's own size
    window.resize(size[0] + 900, size[1] + 400)
    qtbot.waitUntil(lambda: window.preview.frame_rect().width() == project.width)

    plans = plan(load_any(path), ClipCache(default_folder()))
    figures, shown_frames, start = [], [], 0
    with VideoFrames(video) as frames:
        for item in plans:
            shown = show_scene(window, qtbot, item.index)
            composed = frames.at((start + FRAME) / FPS)
            assert shown.shape == composed.shape
            figures.append(psnr(shown, composed))
            shown_frames.append(shown)
            h, w = shown.shape[:2]
            picture = QImage(shown.data, w, h, 3 * w, QImage.Format.Format_RGB888)
            picture.save(str(artifacts_dir / f"preview-wysiwyg-scene-{item.index + 1}.png"))
            start += item.frames
    text = ", ".join(f"scene {i + 1}: {db:.1f} dB" for i, db in enumerate(figures))
    print(f"\nWYSIWYG preview widget vs video, example 16:9: {text} (target >= {TARGET_DB:g})")

    first = window.doc.scenes[0]
    placed = presenter_db(shown_frames[0], project, first, plans[0].clip)
    print(f"scene 1's presenter in the preview against layout.md's placement: {placed:.1f} dB")
    assert len(figures) == 3
    assert min(figures) >= TARGET_DB
    assert placed >= TARGET_DB
    window.close()


EARLY, LATER = 5, 30
"""Frames (0.2 s, 1.2 s) before and after the timed overlay comes in (at 0.8 s)."""


def layered_project(folder: Path) -> Project:
    """One 16:9 scene with three overlays (a half-transparent picture, a shape behind the
    presenter, a lower-third text coming in at 0.8 s) and a styled caption on top."""
    picture = QImage(240, 160, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3F88C5"))
    for x in range(0, 240, 24):
        picture.setPixelColor(x, 80, QColor("#FFFFFF"))
    picture.save(str(folder / "product.png"))
    scene = valid_scene("Layers")
    scene.background = Background(BackgroundType.COLOR, value="#20303A")
    scene.character.scale = 0.8
    scene.overlays = [
        Overlay(type=OverlayType.IMAGE, local_file=str(folder / "product.png"),
                position=Position(0.7, 0.1), size=Size(0.25, 0.3), opacity=0.5),
        Overlay(type=OverlayType.SHAPE, shape=ShapeKind.CIRCLE, color="#F6AE2D",
                position=Position(0.3, 0.1), size=Size(0.3, 0.5), behind_presenter=True),
        Overlay(type=OverlayType.TEXT, text="Jane Doe, Head of Product", font_size=40,
                color="#FFFFFF", position=Position(0.05, 0.7), size=Size(0.4, 0.1), start=0.8),
    ]  # fmt: skip
    style = CaptionsStyle(font_size=36, color="#FFEE00", background="#102030",
                          position=CaptionPlace.TOP)  # fmt: skip
    return Project(title="Layers", dimension=Dimension(960, 540), scenes=[scene],
                   caption=True, captions_style=style, route="exact")  # fmt: skip


def composed_at(project: Project, folder: Path, name: str) -> list[np.ndarray]:
    """Compose `project` with the `scene-composer compose` command; frames EARLY, LATER."""
    path, video = folder / f"{name}.scene.json", folder / f"{name}.mp4"
    save_project(project, path)
    assert main(["compose", str(path), "-o", str(video), "--clips", str(default_folder())]) == 0
    with VideoFrames(video) as frames:
        return [frames.at(number / FPS) for number in (EARLY, LATER)]


def test_overlays_and_a_styled_caption_are_what_the_preview_shows(
    qtbot: QtBot, tmp_path: Path, artifacts_dir: Path
) -> None:
    project = layered_project(tmp_path)
    cache = fill_cache(project, default_folder(), seconds=1.6)
    srt = cache.find(project.scenes[0], project.height).path.with_suffix(".srt")
    srt.write_text("1\n00:00:00,000 --> 00:00:01,600\nMeet our spring range\n", "utf-8")
    composed = composed_at(project, tmp_path, "layers")

    window = shown_window(qtbot, MainWindow())
    path = tmp_path / "layers.scene.json"
    assert window.files.open_path(path)
    window.preview.show_guides = False
    size = (project.width + 2 * int(MARGIN), project.height + 2 * int(MARGIN))
    window.preview.setFixedSize(*size)  # the frame at the video's own size
    qtbot.waitUntil(lambda: window.preview.frame_rect().width() == project.width)
    window.scenes.select([0])
    qtbot.waitUntil(lambda: window.clip_scrubber.clip is not None)
    shown = []
    for number in (EARLY, LATER):
        window.clip_scrubber.slider.setValue(number)  # as the user scrubs
        shown.append(grab_frame(window))
        h, w = shown[-1].shape[:2]
        image = QImage(shown[-1].data, w, h, 3 * w, QImage.Format.Format_RGB888)
        image.save(str(artifacts_dir / f"preview-wysiwyg-layers-{number}.png"))
    figures = [psnr(a, b) for a, b in zip(shown, composed, strict=True)]
    # the oracle is the widget: the early frame lacks the lower third, the later has it
    assert psnr(shown[0], shown[1]) < TARGET_DB
    shifted = copy.deepcopy(project)
    shifted.scenes[0].overlays[1].position = Position(0.33, 0.1)  # the circle 29 px right
    dropped = copy.deepcopy(project)
    del dropped.scenes[0].overlays[0]  # no picture
    wrong = [psnr(shown[1], composed_at(p, tmp_path, n)[1]) for p, n in
             ((shifted, "shifted"), (dropped, "dropped"))]  # fmt: skip
    print(f"\nWYSIWYG 3 overlays + styled caption vs the preview widget: "
          f"{figures[0]:.1f} dB at {EARLY / FPS:.1f} s, {figures[1]:.1f} dB at {LATER / FPS:.1f} s"
          f" (target >= {TARGET_DB:g}); composed with the circle shifted 3% of the width: "
          f"{wrong[0]:.1f} dB, with the picture dropped: {wrong[1]:.1f} dB")  # fmt: skip
    assert min(figures) >= TARGET_DB
    assert max(wrong) < TARGET_DB
    window.close()
