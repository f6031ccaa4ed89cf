"""The project's own panels beyond HeyGen's request (issue 24): the music under the
video and the captions' style. Built after the window's first paint."""
