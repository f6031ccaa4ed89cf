"""The composed video's sound: music under the voices, and the whole video's loudness,
through one FFmpeg filter graph (PyAV's `av.filter.Graph`) fed and read as the video is
written, a block at a time: memory stays flat however long the video.

    voices ──┬──────────────────────────────────────── amix ── tail ── 48 kHz stereo
             └─ sidechain ─┐                            │
    music ── volume ── afade ── sidechaincompress ──────┘

- The music is the project's file (composer.media.safety's audio rules, as every sound),
  played from its start again when it ends and cut at the video's end, at `volume`,
  faded out over the video's last `fade_out_seconds` (unset fields: the MUSIC_* values in
  composer.model.rich, which the Music panel shows too).
- Ducking (`duck_under_speech`, unset: on) is FFmpeg's `sidechaincompress` with the
  voices as its sidechain: a compressor made for exactly this, with RMS detection and
  attack/release, run in C as the track streams (a gain envelope computed here would
  hand-write it). The music drops by 0.6 dB for each dB the voice is above -40 dBFS:
  about 12 dB under a voice at -20 dBFS RMS (HeyGen's voices are about there), 20 ms in,
  back over 400 ms after the voice stops.
- Loudness: the whole video is brought to -16 LUFS (EBU R128 integrated loudness), with
  or without music, in two passes: the first runs the same graph into `ebur128` and reads
  the integrated loudness of the whole mix; the second applies the gain (`volume`) with
  `alimiter` keeping peaks under -1.5 dBFS (so true peaks stay about -1 dBTP). Silence
  is left silent, and a whisper is raised by at most MAX_BOOST_DB.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import cast

import av
import numpy as np
from av.filter.context import FilterContext

from composer.media import safety
from composer.media.audio import CHANNELS, RATE, Chunks
from composer.media.looped import LoopedTrack
from composer.media.safety import MediaError
from composer.model.project import Project
from composer.model.rich import music_levels

TARGET_LUFS = -16.0
MAX_BOOST_DB = 24.0
SILENT_LUFS = -69.0
"""ebur128 says -70 LUFS when nothing passes its gate: nothing to normalise."""
PEAK_LIMIT = 0.841  # -1.5 dBFS
BLOCK = 4800  # samples pushed at a time (100 ms)
DUCKING = "threshold=0.01:ratio=2.5:attack=20:release=400:detection=rms"
"""-40 dBFS threshold; ratio 2.5: 0.6 dB less music per dB of voice above it."""
_FORMAT = f"sample_fmts=fltp:sample_rates={RATE}:channel_layouts=stereo"

Filter = tuple[str, str]
MEASURE: tuple[Filter, ...] = (("ebur128", "metadata=1"),)


Voices = Callable[[], Iterator[np.ndarray]]
"""The voice track read from its start, as consecutive (2, n) float32 chunks of any size
(the compositor's gives one a video frame); read twice: to measure, then to play."""


@dataclass(frozen=True)
class MusicPlan:
    path: Path
    volume: float
    duck: bool
    fade_seconds: float


def music_plan(project: Project) -> MusicPlan | None:
    """The project's music with its defaults filled in; None without a music file."""
    music = project.music
    if music is None or not music.local_file:
        return None

    return MusicPlan(Path(music.local_file), *music_levels(music))


def mix(voices: Voices, project: Project, samples: int) -> Mixer:
    """The video's sound, `samples` long, taken as the video is written (`take(n)`). A
    music file that can't be used is a MediaError naming it, raised here, before anything
    is written."""
    music = music_plan(project)
    gain = loudness_gain(Mixer(voices(), music, samples, MEASURE).loudness())
    return Mixer(voices(), music, samples, output_tail(gain))


def loudness_gain(lufs: float | None) -> float:
    """The gain in dB that brings an integrated loudness of `lufs` to TARGET_LUFS."""
    if lufs is None or lufs <= SILENT_LUFS:
        return 0.0
    return min(MAX_BOOST_DB, TARGET_LUFS - lufs)


def output_tail(gain_db: float) -> tuple[Filter, ...]:
    return (
        ("volume", f"volume={gain_db:.3f}dB:precision=float"),
        ("alimiter", f"limit={PEAK_LIMIT}:level=0:latency=1"),
    )


class Mixer:
    """The voice chunks and the music through the graph, then the `tail` filters:
    `take(n)` gives the next n samples of the mix, `samples` in all (then silence)."""

    def __init__(
        self,
        voice: Iterator[np.ndarray],
        music: MusicPlan | None,
        samples: int,
        tail: tuple[Filter, ...] = (),
    ) -> None:
        self._voice = Chunks(voice)
        self._music = _open_music(music) if music is not None else None
        self._left, self._pts = samples, 0
        self._graph = av.filter.Graph()
        self._graph.threads = safety.THREADS
        self._sources = [self._source()]
        out: tuple[FilterContext, int] = (self._sources[0], 0)
        if music is not None:
            self._sources.append(self._source())
            out = self._under(out, self._bed(self._sources[1], music, samples), music.duck)
        for name, args in (*tail, ("aformat", _FORMAT)):
            out = (self._link(out, name, args), 0)
        self._sink = self._graph.add("abuffersink")
        out[0].link_to(self._sink, out[1], 0)
        self._graph.configure()
        self._flushed = self._ended = False
        self._out = Chunks(self._mixed())
        self.metadata: dict[str, str] = {}

    def _source(self) -> FilterContext:
        return self._graph.add(
            "abuffer", sample_fmt="fltp", sample_rate=str(RATE), channel_layout="stereo",
            time_base=f"1/{RATE}",
        )  # fmt: skip

    def _link(self, upstream: tuple[FilterContext, int], name: str, args: str) -> FilterContext:
        node = self._graph.add(name, args)
        upstream[0].link_to(node, upstream[1], 0)
        return node

    def _bed(self, source: FilterContext, music: MusicPlan, samples: int) -> FilterContext:
        """The music at its volume, faded out at the end."""
        node = self._link((source, 0), "volume", f"volume={music.volume:.4f}:precision=float")
        fade = min(samples, round(music.fade_seconds * RATE))
        if fade > 0:
            node = self._link((node, 0), "afade", f"t=out:ss={samples - fade}:ns={fade}")
        return node

    def _under(
        self, voice: tuple[FilterContext, int], bed: FilterContext, duck: bool
    ) -> tuple[FilterContext, int]:
        """The voice with the music under it, ducked while the voice speaks."""
        if duck:
            split = self._link(voice, "asplit", "2")
            ducker = self._graph.add("sidechaincompress", DUCKING)
            bed.link_to(ducker, 0, 0)
            split.link_to(ducker, 1, 1)
            voice, bed = (split, 0), ducker
        both = self._link(voice, "amix", "inputs=2:normalize=0:duration=longest")
        bed.link_to(both, 0, 1)
        return both, 0

    def _push(self) -> None:
        count = min(BLOCK, self._left)
        if count == 0:
            for source in self._sources:
                source.push(None)
            self._flushed = True
            return
        inputs = [self._voice] + ([self._music] if self._music is not None else [])
        for source, sound in zip(self._sources, inputs, strict=True):
            source.push(_frame(sound.take(count), self._pts))
        self._pts += count
        self._left -= count

    def _pulled(self) -> Iterator[np.ndarray]:
        """What the graph has ready now; at its end, `_ended`."""
        while True:
            try:
                frame = cast(av.AudioFrame, self._sink.pull())
            except av.BlockingIOError:
                if self._flushed:  # everything pushed and nothing more to come
                    self._ended = True
                return
            except av.EOFError:
                self._ended = True
                return
            if frame.metadata:  # (a frame flushed at the end has none)
                self.metadata = dict(frame.metadata)
            yield frame.to_ndarray()

    def _mixed(self) -> Iterator[np.ndarray]:
        """The mix, pushed through the graph a block at a time as it is taken."""
        while not self._ended:
            if not self._flushed:
                self._push()
            yield from self._pulled()

    def take(self, samples: int) -> np.ndarray:
        return self._out.take(samples)

    def loudness(self) -> float | None:
        """Runs the whole track through (a MEASURE tail) and closes: the integrated
        loudness ebur128 measured, in LUFS."""
        try:
            for _part in self._mixed():
                pass
        finally:
            self.close()
        value = self.metadata.get("lavfi.r128.I")
        return float(value) if value is not None else None

    def close(self) -> None:
        self._out.close()
        self._voice.close()
        if self._music is not None:
            self._music.close()
        self._ended = True

    def __enter__(self) -> Mixer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _open_music(music: MusicPlan) -> LoopedTrack:
    try:
        return LoopedTrack(music.path)
    except MediaError as exc:
        raise MediaError(f"The music can't be used: {exc}") from exc


def _frame(samples: np.ndarray, pts: int) -> av.AudioFrame:
    assert samples.shape[0] == CHANNELS
    frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples), format="fltp",
                                       layout="stereo")  # fmt: skip
    frame.sample_rate, frame.pts, frame.time_base = RATE, pts, Fraction(1, RATE)
    return frame
