"""A look's preview picture as the exact layout will compose the look: shaped like the
look's real picture (the catalogue gives its size; a downloaded thumbnail may be cropped
square) and cut out of its backdrop so the scene's background shows around the presenter
(every clip is: a WebM with alpha, HeyGen's background removal, or a plain backdrop keyed
out here; a look that can't be is refused with a message, never composed with its
backdrop). Each shaped picture is made once, not on every repaint."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPixmap

from composer.model.project import Character
from composer.paint.avatar import AvatarPictures

KEPT = 16


class LookFacts(Protocol):
    """What the catalogue says of a look (composer.heygen.v3_models.Look has these)."""

    image_width: int | None
    image_height: int | None


LookOf = Callable[[Character], LookFacts | None]


def real_shape(picture: QImage, width: int, height: int) -> QImage:
    """`picture` cropped (centred, never stretched) to the aspect width:height."""
    aspect = width / height
    w, h = picture.width(), picture.height()
    if abs(w / h - aspect) < 0.01:
        return picture
    if w / h > aspect:
        cropped = round(h * aspect)
        return picture.copy(QRect((w - cropped) // 2, 0, cropped, h))
    cropped = round(w / aspect)
    return picture.copy(QRect(0, (h - cropped) // 2, w, cropped))


def cut_out_image(picture: QImage) -> QImage:
    from composer.media.cutout import cut_out
    from composer.paint.arrays import to_array

    pixels = cut_out(to_array(picture, QImage.Format.Format_RGBA8888))
    h, w = pixels.shape[:2]
    fmt = QImage.Format.Format_RGBA8888_Premultiplied
    return QImage(pixels.data, w, h, pixels.strides[0], fmt).copy()


def as_rendered(picture: QPixmap, look: LookFacts | None) -> QPixmap:
    """`picture` shaped like the look and cut out (unchanged for an unknown look)."""
    if look is None:
        return picture
    image = picture.toImage()
    if look.image_width and look.image_height:
        image = real_shape(image, look.image_width, look.image_height)
    return QPixmap.fromImage(cut_out_image(image))


class LookPictures:
    """An AvatarPictures giving `pictures`' catalogue picture as the look renders."""

    def __init__(self, pictures: AvatarPictures, look_of: LookOf) -> None:
        self.pictures = pictures
        self.look_of = look_of
        self._made: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()

    def __call__(self, character: Character) -> QPixmap | None:
        picture = self.pictures(character)
        if picture is None or picture.isNull():
            return picture
        look = self.look_of(character)
        if look is None:
            return picture
        key = (
            picture.cacheKey(),
            look.image_width or 0,
            look.image_height or 0,
        )
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = as_rendered(picture, look)
            if len(self._made) > KEPT:
                self._made.popitem(last=False)
        self._made.move_to_end(key)
        return made
