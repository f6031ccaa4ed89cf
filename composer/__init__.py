"""Scene Composer: compose multi-scene AI avatar videos for HeyGen's scene-by-scene API."""

__version__ = "0.1.0"
