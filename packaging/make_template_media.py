"""Make the starter templates' media: a royalty-free music loop synthesised here (soft
chords and a plucked melody, numpy) written as FLAC through PyAV, and a "Your logo"
placeholder picture. Both are the project's own work, released under CC0 1.0 (see
resources/templates/media/LICENSE.txt). Deterministic: the same files on every run.

Run from the repository: `python packaging/make_template_media.py` (offscreen).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import av
import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MEDIA = Path(__file__).resolve().parent.parent / "resources" / "templates" / "media"
RATE = 44_100
BEAT = 0.5  # seconds (120 beats a minute)
CHORDS = ((57, 60, 64), (53, 57, 60), (48, 52, 55), (55, 59, 62))  # Am F C G (MIDI)
MELODY = (76, 72, 69, 72, 77, 72, 69, 72, 76, 72, 67, 72, 74, 71, 67, 71)  # a note a beat


def _hz(note: int) -> float:
    return 440.0 * 2 ** ((note - 69) / 12)


def _tone(note: int, seconds: float, attack: float, decay: float) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    wave = np.sin(2 * np.pi * _hz(note) * t) + 0.3 * np.sin(4 * np.pi * _hz(note) * t)
    envelope = np.minimum(1.0, t / attack) * np.exp(-t / decay)
    return (wave * envelope).astype(np.float32)


def music_loop() -> np.ndarray:
    """Four bars of four beats (8 s), stereo, ending where it begins so it loops."""
    bar = 4 * BEAT
    total = np.zeros(int(RATE * bar * len(CHORDS)), np.float32)
    for index, chord in enumerate(CHORDS):
        start = int(RATE * bar * index)
        for note in chord:
            pad = _tone(note, bar, attack=0.25, decay=3.0) * 0.12
            total[start : start + len(pad)] += pad
    for index, note in enumerate(MELODY):
        start = int(RATE * BEAT * index)
        pluck = _tone(note, BEAT, attack=0.005, decay=0.25) * 0.18
        total[start : start + len(pluck)] += pluck
    fade = int(RATE * 0.02)  # no click where the loop joins itself
    total[:fade] *= np.linspace(0, 1, fade)
    total[-fade:] *= np.linspace(1, 0, fade)
    total *= 0.7 / float(np.max(np.abs(total)))
    wide = np.stack([total, np.roll(total, int(RATE * 0.012))])  # a little width
    return np.ascontiguousarray(wide)


def write_flac(samples: np.ndarray, path: Path) -> None:
    with av.open(str(path), "w", format="flac") as out:
        stream = out.add_stream("flac", rate=RATE, layout="stereo")
        pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(pcm.T.reshape(1, -1), format="s16", layout="stereo")
        frame.sample_rate = RATE
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def write_logo(path: Path) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    image = QImage(256, 256, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#FFFFFF"), 6, Qt.PenStyle.DashLine))
    painter.setBrush(QColor(42, 91, 215, 200))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 36, 36)
    font = QFont("DejaVu Sans")
    font.setPixelSize(44)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRectF(8, 8, 240, 240), Qt.AlignmentFlag.AlignCenter, "YOUR\nLOGO")
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"could not write {path}")


def main() -> int:
    MEDIA.mkdir(parents=True, exist_ok=True)
    write_flac(music_loop(), MEDIA / "gentle-loop.flac")
    write_logo(MEDIA / "your-logo.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
