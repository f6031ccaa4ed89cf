"""A presenter clip whose alpha comes as a separate grey mask video (an MP4 and its mask,
as a background-removal service gives them) composes like the same clip with its alpha
inside (a VP9 WebM): each composed scene is compared with `scene-composer still` of the
WebM clip (PSNR on 8-bit RGB, target >= 35 dB), and a mask of solid white (no cut-out)
scores far lower, so the mask is what cuts the presenter out."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from composer.cli import main
from composer.compose.compositor import FPS, compose, plan
from composer.media.clips import ClipCache, ClipFile
from composer.media.video import VideoFrames, probe
from composer.model.project import Project, Scene
from composer.projectfile import load_any, save_project
from tests.support.clips import fill_cache
from tests.support.online import seed_online_media
from tests.test_compose_wysiwyg import AT, EXAMPLE, TARGET_DB, psnr, read_png


def write_mp4(path: Path, frames: list[np.ndarray]) -> Path:
    height, width = frames[0].shape[:2]
    with av.open(str(path), "w") as container:
        stream = container.add_stream("libx264", rate=FPS)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        stream.options = {"crf": "1", "preset": "veryfast"}  # near lossless: the test is the alpha
        for index, pixels in enumerate(frames):
            frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(pixels), format="rgb24")
            frame.pts, frame.time_base = index, Fraction(1, FPS)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def split(webm: Path, folder: Path, *, solid: bool = False) -> ClipFile:
    """The WebM's colours as an MP4 and its alpha as a grey MP4 (all white if `solid`)."""
    count = round(probe(webm).seconds * FPS)
    with VideoFrames(webm, rgba=True) as frames:
        pictures = [frames.at(i / FPS).copy() for i in range(count)]
    alpha = [np.repeat(p[..., 3:4], 3, axis=2) for p in pictures]
    if solid:
        alpha = [np.full_like(a, 255) for a in alpha]
    colour = write_mp4(folder / f"{webm.stem}.mp4", [p[..., :3] for p in pictures])
    mask = write_mp4(folder / f"{webm.stem}-mask.mp4", alpha)
    return ClipFile(colour, mask=mask)


class MaskedClips(ClipCache):
    """The cache's WebM clips, each given as an MP4 with its mask video."""

    def __init__(self, webms: ClipCache, folder: Path, *, solid: bool = False) -> None:
        super().__init__(webms.folder)
        self.webms, self.out, self.solid = webms, folder, solid

    def find(self, scene: Scene, frame_height: int) -> ClipFile | None:
        clip = self.webms.find(scene, frame_height)
        return None if clip is None else split(clip.path, self.out, solid=self.solid)


def figures(project: Project, project_file: Path, clips: ClipCache, tmp: Path) -> list[float]:
    video = tmp / "masked.mp4"
    compose(project, clips, video)
    found, start = [], 0
    with VideoFrames(video) as frames:
        for item in plan(project, clips):
            still = tmp / f"still-{item.index + 1}.png"
            args = ["still", str(project_file), "--scene", str(item.index + 1), "--at", str(AT)]
            assert main([*args, "-o", str(still), "--clips", str(tmp / "clips")]) == 0
            composed = frames.at((start + int(AT * FPS + 1e-9)) / FPS)
            found.append(psnr(composed, read_png(still)))
            start += item.frames
    return found


def test_an_mp4_with_a_mask_video_composes_like_the_webm(qapp, tmp_path: Path) -> None:
    project = load_any(EXAMPLE)
    project.scenes = [project.scenes[0], project.scenes[2]]  # a plain presenter, a circle
    seed_online_media(project)  # scene 3's online video, as the send downloads it
    project_file = tmp_path / "masked.scene.json"
    save_project(project, project_file)
    webms = fill_cache(project, tmp_path / "clips", seconds=0.8)
    (tmp_path / "split").mkdir()
    masked = figures(project, project_file, MaskedClips(webms, tmp_path / "split"), tmp_path)
    print("\nMP4 + mask video vs still of the WebM: " + ", ".join(f"{f:.1f} dB" for f in masked))
    assert min(masked) >= TARGET_DB
    solid = figures(
        project, project_file, MaskedClips(webms, tmp_path / "split", solid=True), tmp_path
    )
    print("with a solid white mask: " + ", ".join(f"{f:.1f} dB" for f in solid))
    assert max(solid) < TARGET_DB
