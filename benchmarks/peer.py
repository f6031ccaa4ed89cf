"""The compose benchmark's peer: the same scenes as a power user would script them for the
`ffmpeg` command (the binary of `imageio-ffmpeg`, a benchmark-only dependency), one
`-filter_complex` with a graph per scene and `concat`, encoded with the same x264
settings. Its still layers are PNGs made beforehand (not timed) by the app's painter:
the peer does what the app's per-frame work does (decode, scale, overlay, encode) and
nothing of the painting.

Per scene: the background picture looped, or a looping background video scaled over
black; the presenter's WebM (libvpx, for its alpha) scaled to its picture, its alpha
multiplied by the crop's mask for a circle or close-up; the text PNG on top; the clip's
sound."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from composer.brand.kit import kit_for
from composer.compose.blend import window
from composer.compose.compositor import FPS, plan
from composer.compose.frames import over_patch, whole
from composer.compose.painted import scene_layers
from composer.media.clips import ClipCache
from composer.media.video import probe
from composer.model import layout
from composer.model.project import Project, background_of


@dataclass
class PeerScene:
    frames: int
    seconds: float
    clip: Path
    picture: tuple[int, int, int, int]
    under: Path | None
    video: tuple[Path, tuple[int, int, int, int]] | None
    mask: Path | None
    text: tuple[Path, int, int] | None


def export(project: Project, clips: ClipCache, folder: Path) -> list[PeerScene]:
    """The still layers of every scene as PNGs in `folder`, and where things go."""
    scenes = []
    logo = kit_for(project).logo_spec()
    w, h = project.width, project.height
    for item in plan(project, clips, FPS):
        info = probe(item.clip.path)
        layers = scene_layers(item.scene, w, h, info.width / info.height, logo)
        picture = whole(layers.picture)
        name = f"scene{item.index}"
        under, video = None, None
        if layers.video is None:
            pixels = layers.background.copy()
            over_patch(pixels, layers.fill)
            under = to_png(pixels, folder / f"{name}-under.png")
        else:
            vinfo = probe(layers.video)
            fitted = layout.background_rect(vinfo.width, vinfo.height, w, h,
                                            background_of(item.scene).fit)  # fmt: skip
            video = (layers.video, whole(fitted))
        mask = None
        if layers.mask is not None:  # the crop's coverage over the presenter's picture
            values = np.zeros((picture[3], picture[2]), np.uint8)
            region = window(picture, *layers.area)
            if region is not None:
                rows, cols, mrows, mcols = region
                values[rows, cols] = np.rint(255 * layers.mask[mrows, mcols])
            mask = to_png(values, folder / f"{name}-mask.png")
        text = None
        if layers.text is not None:
            path = to_png(layers.text.pixels, folder / f"{name}-text.png")
            text = (path, layers.text.x, layers.text.y)
        scenes.append(PeerScene(item.frames, item.frames / FPS, item.clip.path, picture,
                                under, video, mask, text))  # fmt: skip
    return scenes


def command(ffmpeg: str, scenes: list[PeerScene], size: tuple[int, int], out: Path) -> list[str]:
    """The `ffmpeg` command line composing `scenes` into `out`."""
    inputs: list[str] = []
    graph: list[str] = []

    def add(*args: str) -> int:
        inputs.extend(args)
        return sum(1 for arg in inputs if arg == "-i") - 1

    for i, s in enumerate(scenes):
        n = s.frames
        clip = add("-c:v", "libvpx-vp9", "-i", str(s.clip))
        if s.under is not None:
            under = add("-i", str(s.under))
            graph.append(f"[{under}:v]format=yuv420p,loop=loop={n - 1}:size=1,"
                         f"setpts=N/{FPS}/TB[b{i}]")  # fmt: skip
        else:
            assert s.video is not None
            path, (vx, vy, vw, vh) = s.video
            video = add("-stream_loop", "-1", "-i", str(path))
            graph.append(f"color=c=black:s={size[0]}x{size[1]}:r={FPS},trim=end_frame={n}[k{i}]")
            graph.append(f"[{video}:v]scale={vw}:{vh}:flags=bilinear[vb{i}]")
            graph.append(f"[k{i}][vb{i}]overlay=x={vx}:y={vy}:shortest=1[b{i}]")
        px, py, pw, ph = s.picture
        graph.append(f"[{clip}:v]scale={pw}:{ph}:flags=bilinear,format=yuva420p[p{i}]")
        presenter = f"p{i}"
        if s.mask is not None:
            mask = add("-i", str(s.mask))
            graph.append(f"[p{i}]split[c{i}][d{i}];[d{i}]alphaextract[a{i}];"
                         f"[{mask}:v]format=gray[m{i}];[a{i}][m{i}]blend=all_mode=multiply[e{i}];"
                         f"[c{i}][e{i}]alphamerge[q{i}]")  # fmt: skip
            presenter = f"q{i}"
        graph.append(f"[b{i}][{presenter}]overlay=x={px}:y={py}:eof_action=repeat[o{i}]")
        last = f"o{i}"
        if s.text is not None:
            path, tx, ty = s.text
            text = add("-i", str(path))
            graph.append(f"[o{i}][{text}:v]overlay=x={tx}:y={ty}[t{i}]")
            last = f"t{i}"
        graph.append(f"[{last}]trim=end_frame={n},setpts=N/{FPS}/TB,format=yuv420p[v{i}]")
        graph.append(f"[{clip}:a]aresample=48000,aformat=channel_layouts=stereo,"
                     f"apad,atrim=end={s.seconds},asetpts=N/SR/TB[s{i}]")  # fmt: skip
    streams = "".join(f"[v{i}][s{i}]" for i in range(len(scenes)))
    graph.append(f"{streams}concat=n={len(scenes)}:v=1:a=1[v][a]")
    return [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", *inputs,
            "-filter_complex", ";".join(graph), "-map", "[v]", "-map", "[a]",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", "-pix_fmt", "yuv420p",
            "-colorspace", "bt709", "-c:a", "aac", "-b:a", "160k",
            "-movflags", "+faststart", str(out)]  # fmt: skip


def to_png(pixels: np.ndarray, path: Path) -> Path:
    """Grey (HxW), RGB or premultiplied RGBA pixels as a PNG."""
    from PySide6.QtGui import QImage

    formats = {2: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888,
               4: QImage.Format.Format_RGBA8888_Premultiplied}  # fmt: skip
    data = np.ascontiguousarray(pixels)
    image = QImage(data.data, data.shape[1], data.shape[0], data.strides[0],
                   formats[data.ndim if data.ndim == 2 else data.shape[2]])  # fmt: skip
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def ffmpeg_binary() -> str:
    """The `ffmpeg` shipped by imageio-ffmpeg (installed with the `bench` extra)."""
    import imageio_ffmpeg

    return imageio_ffmpeg.get_ffmpeg_exe()


def check(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True, timeout=600)
