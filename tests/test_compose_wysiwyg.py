"""The compositor against `scene-composer still --at 0.5` for what the example does not
cover (a 9:16 project with a circle on a fitted image and looping and fitted videos;
burned-in captions): PSNR on 8-bit RGB, target >= 35 dB. `still` shares the layout code,
so the promise itself (the video is what the preview shows, where HeyGen's semantics put
it) is measured against the preview widget in tests/test_preview_wysiwyg.py."""

from __future__ import annotations

import copy
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from composer.cli import main
from composer.compose.compositor import FPS, plan
from composer.media.video import VideoFrames, probe
from composer.model.enums import AvatarStyle, BackgroundType, Fit, PlayStyle
from composer.model.project import Background, Dimension, Offset, Position, Project, TextOverlay
from composer.model.rich import Overlay, OverlayType, ShapeKind, Size
from composer.projectfile import load_any, save_project
from tests.support.builders import valid_scene
from tests.support.clips import fill_cache
from tests.support.media import gradient_frame, write_video
from tests.support.online import seed_online_media

EXAMPLE = Path(__file__).resolve().parents[1] / "resources/examples/product-launch.scene.json"
AT = 0.5
TARGET_DB = 35.0


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return float("inf") if mse == 0 else 10 * np.log10(255.0**2 / mse)


def read_png(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    h, w = image.height(), image.width()
    raw = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * h)
    return raw.reshape(h, image.bytesPerLine())[:, : w * 3].reshape(h, w, 3).copy()


def measure(project_file: Path, clips: Path, tmp: Path) -> list[float]:
    """Compose, then compare every scene with its still; the figures, in scene order."""
    video = tmp / "composed.mp4"
    assert main(["compose", str(project_file), "-o", str(video), "--clips", str(clips)]) == 0
    project = load_any(project_file)
    from composer.media.clips import ClipCache

    plans = plan(project, ClipCache(clips))
    assert probe(video).seconds == pytest.approx(sum(p.frames for p in plans) / FPS, abs=0.05)
    figures, start = [], 0
    with VideoFrames(video) as frames:
        for item in plans:
            still = tmp / f"still-{item.index + 1}.png"
            args = ["still", str(project_file), "--scene", str(item.index + 1), "--at", str(AT)]
            assert main([*args, "-o", str(still), "--clips", str(clips)]) == 0
            composed = frames.at((start + int(AT * FPS + 1e-9)) / FPS)
            figures.append(psnr(composed, read_png(still)))
            start += item.frames
    return figures


def report(name: str, figures: list[float]) -> None:
    text = ", ".join(f"scene {i + 1}: {db:.1f} dB" for i, db in enumerate(figures))
    print(f"\nWYSIWYG {name}: {text} (target >= {TARGET_DB:g} dB)")


def portrait_project(folder: Path) -> Project:
    """9:16: a circle presenter on an image (fit contain), then two video backgrounds."""
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2E86AB"))
    for i in range(0, 800, 80):
        image.setPixelColor(i, 300, QColor("#F6AE2D"))
    image.save(str(folder / "board.png"))
    write_video(folder / "waves.mp4", gradient_frame, 640, 360, frames=20)
    circle = valid_scene("Circle")
    circle.character.avatar_style = AvatarStyle.CIRCLE
    circle.character.scale = 0.3
    circle.character.offset = Offset(0.1, 0.25)
    circle.character.circle_background_color = "#F6AE2D"
    circle.background = Background(
        BackgroundType.IMAGE, local_file=str(folder / "board.png"), fit=Fit.CONTAIN
    )
    circle.text = TextOverlay(text="Spring sale", font_size=96, color="#FFFFFF",
                              position=Position(0.08, 0.08), width=900)  # fmt: skip
    looping = valid_scene("Loop")
    looping.character.scale = 0.5
    looping.character.offset = Offset(-0.1, 0.2)
    looping.background = Background(
        BackgroundType.VIDEO, local_file=str(folder / "waves.mp4"), play_style=PlayStyle.LOOP
    )
    stretched = copy.deepcopy(looping)
    stretched.name = "Fit"
    stretched.character.avatar_style = AvatarStyle.CLOSE_UP
    stretched.background.play_style = PlayStyle.FIT_TO_SCENE
    stretched.background.fit = Fit.CONTAIN
    return Project(title="Portrait", dimension=Dimension(1080, 1920),
                   scenes=[circle, looping, stretched])  # fmt: skip


def test_portrait_project_with_circle_image_and_video_matches(qapp, tmp_path: Path) -> None:
    project = portrait_project(tmp_path)
    project_file = tmp_path / "portrait.scene.json"
    save_project(project, project_file)
    fill_cache(load_any(project_file), tmp_path / "clips", seconds=0.8)
    figures = measure(project_file, tmp_path / "clips", tmp_path)
    report("portrait 9:16", figures)
    assert min(figures) >= TARGET_DB


def test_captions_are_burned_in_as_the_still_shows_them(qapp, tmp_path: Path) -> None:
    """With captions on, each clip's words (HeyGen's SRT beside the clip) are painted into
    the video by the app's painter, as `still` paints them; without them the frame differs."""

    project = load_any(EXAMPLE)
    project.caption = True
    seed_online_media(project)  # scene 3's online video, as the send downloads it
    project_file = tmp_path / "captions.scene.json"
    save_project(project, project_file)
    cache = fill_cache(project, tmp_path / "clips", seconds=0.8)
    for number, scene in enumerate(project.scenes, 1):
        srt = cache.find(scene, project.height).path.with_suffix(".srt")
        srt.write_text(f"1\n00:00:00,200 --> 00:00:00,700\nWords of scene {number}\n", "utf-8")
    figures = measure(project_file, tmp_path / "clips", tmp_path)
    report("captions burned in", figures)
    assert min(figures) >= TARGET_DB
    project.caption = False  # the same moment without the caption
    save_project(project, project_file)
    still = tmp_path / "bare.png"
    args = ["still", str(project_file), "--scene", "1", "--at", str(AT), "-o", str(still)]
    assert main([*args, "--clips", str(tmp_path / "clips")]) == 0
    with VideoFrames(tmp_path / "composed.mp4") as frames:
        bare = psnr(frames.at(int(AT * FPS) / FPS), read_png(still))
    print(f"against the same scene without its caption: {bare:.1f} dB")
    assert bare < TARGET_DB


def test_layers_over_a_playing_video_match_the_still(qapp, tmp_path: Path) -> None:
    """Over a background video the layers behind the presenter are their own still in the
    graph (not merged into a painted background): a half-transparent circle behind the
    presenter, a shape and a lower third coming in at 0.3 s above it."""
    write_video(tmp_path / "waves.mp4", gradient_frame, 640, 360, frames=20)
    scene = valid_scene("Video")
    scene.background = Background(
        BackgroundType.VIDEO, local_file=str(tmp_path / "waves.mp4"), play_style=PlayStyle.LOOP
    )
    scene.overlays = [
        Overlay(type=OverlayType.SHAPE, shape=ShapeKind.CIRCLE, color="#F6AE2D", opacity=0.5,
                position=Position(0.3, 0.05), size=Size(0.4, 0.7), behind_presenter=True),
        Overlay(type=OverlayType.SHAPE, shape=ShapeKind.ROUNDED, color="#1B998B",
                position=Position(0.05, 0.75), size=Size(0.5, 0.15)),
        Overlay(type=OverlayType.TEXT, text="Jane Doe, Head of Product", font_size=56,
                position=Position(0.07, 0.78), size=Size(0.45, 0.1), start=0.3),
    ]  # fmt: skip
    project = Project(title="Video layers", dimension=Dimension(1280, 720), scenes=[scene])
    project_file = tmp_path / "video-layers.scene.json"
    save_project(project, project_file)
    fill_cache(load_any(project_file), tmp_path / "clips", seconds=0.8)
    figures = measure(project_file, tmp_path / "clips", tmp_path)
    report("layers over a playing video", figures)
    assert min(figures) >= TARGET_DB
