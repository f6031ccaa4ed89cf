"""The real presenter in the preview: once a scene's presenter clip has been rendered
(it is in the clip cache), the preview draws the clip's frame, transparent around the
presenter, at the moment the scrubber shows; before that, the catalogue picture (or the
silhouette). Frames are decoded on demand, sequentially while playing, and a few are
kept."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPixmap

from composer.media.clips import (
    ClipCache,
    ClipFile,
    affects_clip,
    clip_key,
    default_folder,
    resolution_for,
)
from composer.model.document import ProjectDocument
from composer.model.project import Character, Project, Scene
from composer.paint.avatar import AvatarPictures

if TYPE_CHECKING:  # PyAV and numpy load when a clip is first shown, not at start-up
    from composer.media.video import VideoFrames

FPS = 25
KEPT_FRAMES = 8
KEPT_READERS = 2
LOOK_AGAIN = 2.0
"""Seconds before the clip folder is looked at again for a scene (a render may land)."""


class ClipPictures:
    """An AvatarPictures for the preview's ScenePainter (see module docstring)."""

    def __init__(
        self,
        project: Callable[[], Project | None],
        fallback: AvatarPictures | None = None,
        folder: Path | None = None,
    ) -> None:
        self.project = project
        self.fallback = fallback or (lambda _character: None)
        self.cache = ClipCache(folder or default_folder())
        self.seconds = 0.0
        """The moment of the clip shown (the scrubber sets it)."""
        self._frames: OrderedDict[tuple[str, int], QPixmap] = OrderedDict()
        self._readers: OrderedDict[Path, VideoFrames] = OrderedDict()
        self._found: dict[tuple[str, str], tuple[float, ClipFile | None]] = {}
        self._keys: dict[int, tuple[Scene, float, str]] | None = None
        """Each scene's clip key (by the scene object), once `follow` tells of edits."""

    def follow(self, doc: ProjectDocument) -> None:
        """Remember each scene's clip key until an edit can change it. The preview asks
        for the clip several times per frame and a key is a hash of the scene's presenter
        and voice, while a drag edits only the placement. A recording's file changing on
        disk is seen after LOOK_AGAIN seconds, as a clip landing is."""
        self._keys = {}
        doc.changed.connect(self._edited)
        doc.reset.connect(self._forget)
        doc.inserted.connect(self._forget)

    def _edited(self, _scene_index: int, path: str) -> None:
        if affects_clip(path):
            self._forget()

    def _forget(self, *_args: int) -> None:
        if self._keys is not None:
            self._keys.clear()

    def __call__(self, character: Character) -> QPixmap | None:
        scene = self._scene_of(character)
        clip = self.clip(scene) if scene is not None else None
        if clip is not None:
            picture = self._picture(clip)
            if picture is not None:
                return picture
        return self.fallback(character)

    def picture_key(self, character: Character) -> Hashable:
        """The clip file and frame shown, or the fallback picture's key."""
        scene = self._scene_of(character)
        clip = self.clip(scene) if scene is not None else None
        if clip is not None:
            return (str(clip.path), self.frame_index())
        picture = self.fallback(character)
        return picture.cacheKey() if picture is not None else 0

    def _scene_of(self, character: Character) -> Scene | None:
        project = self.project()
        if project is None:
            return None
        return next((s for s in project.scenes if s.character is character), None)

    def look_again(self) -> None:
        """Read the clip folder afresh on the next repaint (a render has just landed)."""
        self._found.clear()

    def clip(self, scene: Scene) -> ClipFile | None:
        """The scene's cached clip (the folder is read at most every LOOK_AGAIN seconds
        per clip: the preview asks on every repaint)."""
        project = self.project()
        if project is None:
            return None
        now = time.monotonic()
        key = (self._clip_key(scene, now), resolution_for(scene, project.height))
        seen = self._found.get(key)
        if seen is None or now - seen[0] > LOOK_AGAIN:
            seen = self._found[key] = (now, self.cache.find(scene, project.height))
        return seen[1]

    def _clip_key(self, scene: Scene, now: float) -> str:
        if self._keys is None:
            return clip_key(scene, self.cache.route)
        kept = self._keys.get(id(scene))
        if kept is None or kept[0] is not scene or now - kept[1] > LOOK_AGAIN:
            kept = self._keys[id(scene)] = (scene, now, clip_key(scene, self.cache.route))
        return kept[2]

    def length(self, clip: ClipFile) -> float:
        from composer.media.video import MediaError, probe

        try:
            return probe(clip.path).seconds
        except MediaError:
            return 0.0

    def frame_index(self) -> int:
        return int(self.seconds * FPS + 1e-6)

    def _picture(self, clip: ClipFile) -> QPixmap | None:
        from composer.media.video import MediaError
        from composer.paint.arrays import from_rgba

        key = (str(clip.path), self.frame_index())
        picture = self._frames.get(key)
        if picture is None:
            try:
                picture = QPixmap.fromImage(from_rgba(self._reader_for(clip).at(key[1] / FPS)))
            except MediaError:
                return None
            self._frames[key] = picture
            if len(self._frames) > KEPT_FRAMES:
                self._frames.popitem(last=False)
        self._frames.move_to_end(key)
        return picture

    def _reader_for(self, clip: ClipFile) -> VideoFrames:
        """Open clips (two: a transition shows the scene before too), each read forward
        frame by frame while playing."""
        from composer.media.video import VideoFrames

        reader = self._readers.get(clip.path)
        if reader is None:
            reader = VideoFrames(clip.path, rgba=True, key=clip.key, mask=clip.mask)
            self._readers[clip.path] = reader
            if len(self._readers) > KEPT_READERS:
                self._readers.popitem(last=False)[1].close()
        self._readers.move_to_end(clip.path)
        return reader
