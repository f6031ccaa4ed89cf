"""The compositor around the picture: clip keys, the key-colour fallback, sound, progress,
cancel, atomic output and clear failures."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from composer.cli import main
from composer.compose.clips import ClipCache, clip_key, resolution_for
from composer.compose.compositor import Cancelled, Progress, compose
from composer.media.audio import AudioTrack
from composer.media.keying import CANDIDATES, choose_key, key_out
from composer.media.video import MediaError, VideoFrames, probe
from composer.model.enums import AvatarStyle, BackgroundType, VoiceType
from composer.model.project import Background, Offset, Position, TextOverlay
from composer.projectfile import save_project
from tests.support.builders import valid_project
from tests.support.clips import fill_cache

GREEN = CANDIDATES[0]


def key_coloured(rgb: np.ndarray, key: tuple[int, int, int]) -> np.ndarray:
    """Pixels a viewer would call key-coloured: the key's dominant channel clearly above
    the others (a green fringe on a green key)."""
    pixels = rgb.astype(np.int16)
    channel = int(np.argmax(key))
    others = [c for c in range(3) if c != channel]
    return pixels[..., channel] - pixels[..., others].max(axis=-1) > 40


def test_editing_layout_text_or_background_keeps_the_clip_key() -> None:
    scene = valid_project().scenes[0]
    key = clip_key(scene, "exact")
    edited = copy.deepcopy(scene)
    edited.character.scale = 0.4
    edited.character.offset = Offset(0.3, -0.1)
    edited.character.avatar_style = AvatarStyle.CIRCLE
    edited.character.circle_background_color = "#FF0000"
    edited.background = Background(BackgroundType.COLOR, value="#000000")
    edited.text = TextOverlay(text="New headline", position=Position(0.5, 0.5))
    edited.name = "Renamed"
    assert clip_key(edited, "exact") == key
    for change in ("voice.input_text", "character.avatar_id", "voice.voice_id"):
        changed = copy.deepcopy(scene)
        obj, name = (changed.voice, change.split(".")[1]) if change.startswith("voice") else (
            changed.character, change.split(".")[1])  # fmt: skip
        setattr(obj, name, "something else")
        assert clip_key(changed, "exact") != key, change
    assert clip_key(scene, "other-route") != key


def test_a_bigger_presenter_asks_for_a_bigger_clip_and_reuses_bigger_ones(tmp_path) -> None:
    project = valid_project()
    scene = project.scenes[0]
    scene.character.scale = 0.5
    assert resolution_for(scene, 1080) == "720p"
    scene.character.scale = 1.0
    assert resolution_for(scene, 1080) == "1080p"
    # 1,400 px tall is 1,050 px wide: 1080p names a portrait clip's width, so it is enough
    scene.character.scale = 1.3
    assert resolution_for(scene, 1080) == "1080p"
    scene.character.avatar_style = AvatarStyle.CLOSE_UP
    assert resolution_for(scene, 1080) == "4k"
    scene.character.avatar_style = AvatarStyle.NORMAL
    cache = fill_cache(project, tmp_path, seconds=0.2, resolution="1080p")
    scene.character.scale = 0.5  # smaller: the 1080p clip is scaled down, nothing new
    assert cache.find(scene, 1080) is not None
    scene.character.scale = 1.5  # bigger than any cached clip: a new render is needed
    assert cache.find(scene, 1080) is None
    assert cache.missing(project) == [0]


def test_key_colour_is_chosen_away_from_the_look_and_keyed_without_fringe(qapp, tmp_path):
    greenish = np.zeros((10, 10, 3), np.uint8)
    greenish[...] = (30, 200, 60)
    assert choose_key(greenish) != GREEN
    project = valid_project()
    scene = project.scenes[0]
    scene.background = Background(BackgroundType.COLOR, value="#F4F1EA")
    scene.character.scale = 0.8
    cache = fill_cache(project, tmp_path / "clips", key=GREEN, seconds=0.6)
    clip = cache.find(scene, 1080)
    assert clip is not None and clip.key == GREEN and clip.path.suffix == ".mp4"
    [out] = compose(project, cache, tmp_path / "keyed.mp4")
    with VideoFrames(out) as frames:
        frame = frames.at(0.4)
    fraction = key_coloured(frame, GREEN).mean()
    with VideoFrames(clip.path) as raw:  # the clip as shot: the measure sees the key
        shot = raw.at(0.4)
    print(f"\nkey-colour fringe: {fraction:.4%} of the composed frame (target < 0.1%); "
          f"key colour in the clip as shot: {key_coloured(shot, GREEN).mean():.0%}")  # fmt: skip
    assert fraction < 0.001
    assert key_coloured(shot, GREEN).mean() > 0.3
    assert key_out(shot, GREEN)[..., 3].mean() < 200  # the key turned transparent


def test_sound_follows_the_scenes_and_the_video_is_h264_aac(qapp, tmp_path) -> None:
    project = valid_project(2)
    project.scenes[1].voice.input_text = "A rather longer script that takes its time to say."
    cache = fill_cache(project, tmp_path / "clips")
    [out] = compose(project, cache, tmp_path / "video.mp4")
    info = probe(out)
    assert info.has_audio and (info.width, info.height) == (1920, 1080) and info.fps == 25
    import av

    with av.open(str(out)) as container:
        assert container.streams.video[0].codec_context.name == "h264"
        assert container.streams.video[0].codec_context.pix_fmt == "yuv420p"
        assert container.streams.audio[0].codec_context.name == "aac"
    clips = [probe(cache.find(s, 1080).path).seconds for s in project.scenes]
    assert info.seconds == pytest.approx(sum(clips), abs=0.05)
    track = AudioTrack(out)
    sound = track.take(round(info.seconds * 48_000))
    track.close()
    seconds = [np.abs(sound[:, i * 48_000 : (i + 1) * 48_000]).max() for i in range(3)]
    assert min(seconds) > 0.05  # the voices are there, end to end


def test_progress_cancel_and_nothing_half_written(qapp, tmp_path) -> None:
    project = valid_project(2)
    cache = fill_cache(project, tmp_path / "clips", seconds=0.4)
    seen: list[Progress] = []
    [out] = compose(project, cache, tmp_path / "v.mp4", progress=seen.append)
    assert [str(seen[0]), str(seen[-1])] == ["scene 1 of 2, 5%", "scene 2 of 2, 100%"]
    assert {p.scene for p in seen} == {1, 2} and out.exists()
    before = out.read_bytes()
    with pytest.raises(Cancelled):
        compose(project, cache, out, cancel=lambda: len(seen) > 25, progress=seen.append)
    assert out.read_bytes() == before  # the old video is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clips", "v.mp4"]  # no leftovers


def test_compose_names_the_scenes_without_a_clip(qapp, tmp_path, capsys) -> None:
    project = valid_project(3)
    project.scenes[1].voice.input_text = "Another script."
    project.scenes[2].voice.type = VoiceType.SILENCE
    project.scenes[2].voice.duration = "1"
    project_file = tmp_path / "p.scene.json"
    save_project(project, project_file)
    fill_cache(valid_project(0), tmp_path / "clips")
    cache = ClipCache(tmp_path / "clips")
    with pytest.raises(MediaError):  # the cache keeps nothing it can't use
        cache.store(project.scenes[0], "1080p", b"not a video", None)
    damaged = cache.path_for(project.scenes[0], "1080p", None)
    damaged.write_bytes(b"not a video")  # damaged on disk after it was kept
    args = ["compose", str(project_file), "-o", str(tmp_path / "x.mp4")]
    assert main([*args, "--clips", str(tmp_path / "clips")]) == 1
    err = capsys.readouterr().err
    assert "No presenter clip yet for Scene 2 (S2), Scene 3 (S3)." in err
    assert "The presenter clip of Scene 1 (S1) was damaged and has been removed" in err
    assert "the next send renders it again" in err and not damaged.exists()
    assert "Exact layout (composed on this computer)" in err
    assert "Traceback" not in err and not (tmp_path / "x.mp4").exists()
