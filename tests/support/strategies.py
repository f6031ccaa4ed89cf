"""Hypothesis strategies for valid Projects (only fields that apply, values in range)."""

from __future__ import annotations

from hypothesis import strategies as st

from composer.model.enums import (
    AvatarStyle,
    BackgroundType,
    CharacterType,
    ElevenLabsModel,
    Emotion,
    Expression,
    Fit,
    FontWeight,
    PlayStyle,
    TalkingStyle,
    TextAlign,
    VoiceType,
    seed_values,
)
from composer.model.project import (
    Background,
    Character,
    Dimension,
    ElevenLabsSettings,
    Offset,
    Position,
    Project,
    Scene,
    TextOverlay,
    Voice,
)

ids = st.text("abcdef0123456789-_", min_size=1, max_size=16)
words = st.text(min_size=1, max_size=60).filter(lambda s: s.strip())
hexes = st.from_regex(r"#[0-9A-F]{6}", fullmatch=True)
urls = st.builds(lambda name: f"https://media.example/{name}", ids)


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def frac(low: float, high: float) -> st.SearchStrategy[float]:
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


offsets = st.builds(Offset, x=maybe(frac(-0.5, 0.5)), y=maybe(frac(-0.5, 0.5)))
avatars = st.builds(
    Character,
    type=st.just(CharacterType.AVATAR),
    avatar_id=ids,
    avatar_style=maybe(st.sampled_from(list(AvatarStyle))),
    scale=maybe(frac(0.1, 5.0)),
    offset=maybe(offsets),
    matting=maybe(st.booleans()),
)
photos = st.builds(
    Character,
    type=st.just(CharacterType.TALKING_PHOTO),
    talking_photo_id=ids,
    talking_style=maybe(st.sampled_from(list(TalkingStyle))),
    expression=maybe(st.sampled_from(list(Expression))),
    scale=maybe(frac(0.1, 5.0)),
    offset=maybe(offsets),
    super_resolution=maybe(st.booleans()),
    use_avatar_iv_model=st.just(True),
    prompt=maybe(words),
    keep_original_prompt=maybe(st.booleans()),
)
eleven = st.builds(
    ElevenLabsSettings,
    model=maybe(st.sampled_from([m for m in ElevenLabsModel if m != ElevenLabsModel.V3])),
    similarity_boost=maybe(frac(0, 1)),
    stability=maybe(frac(0, 1)),
    style=maybe(frac(0, 1)),
)
text_voices = st.builds(
    Voice,
    type=st.just(VoiceType.TEXT),
    voice_id=ids,
    input_text=words,
    speed=maybe(frac(0.5, 1.5)),
    pitch=maybe(st.integers(-50, 50)),
    emotion=maybe(st.sampled_from(list(Emotion))),
    locale=maybe(st.sampled_from(["en-US", "pt-BR"])),
    elevenlabs_settings=maybe(eleven),
)
audio_voices = st.one_of(
    st.builds(Voice, type=st.just(VoiceType.AUDIO), audio_url=urls),
    st.builds(Voice, type=st.just(VoiceType.AUDIO), audio_asset_id=ids),
)
silences = st.builds(
    Voice,
    type=st.just(VoiceType.SILENCE),
    duration=maybe(frac(1, 50).map(lambda x: f"{x:g}")),  # 5 scenes stay under 5 min (plan limit)
)
backgrounds = st.one_of(
    st.builds(Background, type=st.just(BackgroundType.COLOR), value=hexes),
    st.builds(
        Background,
        type=st.just(BackgroundType.IMAGE),
        url=urls,
        fit=maybe(st.sampled_from(list(Fit))),
    ),
    st.builds(Background, type=st.just(BackgroundType.IMAGE), image_asset_id=ids),
    st.builds(
        Background,
        type=st.just(BackgroundType.VIDEO),
        video_asset_id=ids,
        play_style=maybe(st.sampled_from(seed_values(PlayStyle))),
    ),
)
texts = st.builds(
    TextOverlay,
    text=words,
    font_family=maybe(st.sampled_from(["Arial", "DejaVu Sans"])),
    font_size=maybe(frac(8, 200)),
    font_weight=maybe(st.just(FontWeight.BOLD)),
    color=maybe(hexes),
    position=maybe(st.builds(Position, x=frac(0, 0.9), y=frac(0, 0.9))),
    text_align=maybe(st.sampled_from(list(TextAlign))),
    line_height=frac(0.8, 3),
    width=maybe(frac(50, 1900)),
)
scenes = st.builds(
    Scene,
    name=st.text(max_size=30),
    character=avatars | photos,
    voice=text_voices | audio_voices | silences,
    background=backgrounds,
    text=maybe(texts),
)
projects = st.builds(
    Project,
    scenes=st.lists(scenes, min_size=1, max_size=5),
    title=maybe(words),
    caption=maybe(st.booleans()),
    dimension=maybe(
        st.builds(
            Dimension,
            width=st.integers(64, 2048).map(lambda n: n * 2),
            height=st.integers(64, 2048).map(lambda n: n * 2),
        )
    ),
    folder_id=maybe(ids),
    callback_id=maybe(ids),
    callback_url=maybe(urls),
)
