"""The storyboard for sign-off: what the PDF says about the video and each scene, in a
marketer's words (Qt-free; composer/paint/storyboard.py lays it out on pages)."""
