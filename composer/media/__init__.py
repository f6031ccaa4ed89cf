"""Reading and writing audio and video through PyAV (FFmpeg inside the wheel: no system
ffmpeg needed). Qt-free: frames are numpy arrays.

- `video`: frames of a clip or a background video at given times, scaled in FFmpeg,
  with the alpha channel of VP9 WebM clips kept;
- `keying`: turns a clip rendered on a key colour into RGBA;
- `audio`: an audio track as fixed-size chunks of 48 kHz stereo samples;
- `writer`: an H.264 + AAC MP4 written frame by frame and put in place atomically.
"""
