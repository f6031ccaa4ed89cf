"""Which moment of a background video shows at a moment of its scene, per `play_style`
(HeyGen's template docs): `loop` repeats it; `fit_to_scene` stretches or squeezes it to
the scene's length; `freeze` plays it once and holds its last frame.
Assumed where the docs are silent: `once` plays it once, then the background is black;
no play_style behaves like `freeze`."""

from __future__ import annotations

from composer.model.enums import PlayStyle


def video_time(
    play_style: PlayStyle | None, at: float, scene_seconds: float, video_seconds: float
) -> float | None:
    """Seconds into the video shown `at` seconds into the scene; None: no video (black)."""
    if video_seconds <= 0:
        return 0.0
    if play_style == PlayStyle.LOOP:
        return at % video_seconds
    if play_style == PlayStyle.FIT_TO_SCENE:
        return at * video_seconds / scene_seconds if scene_seconds > 0 else 0.0
    if play_style == PlayStyle.ONCE and at >= video_seconds:
        return None
    return min(at, video_seconds)
