"""The compositor of the "exact layout" route: HeyGen renders only the talking presenter
(one clip per scene, cached on disk); this package puts each scene together exactly as the
preview draws it and encodes the video.

Importing it loads no Qt: the still layers are painted by composer.paint (QtGui, headless)
only when a video is composed (`painted.py`).
"""
