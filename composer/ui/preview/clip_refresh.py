"""A finished exact-layout job has just put new clips in the clip folder: the scene cards
and the preview ask the folder again and repaint at once, instead of on a later repaint."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from composer.jobs.state import JobRecord, JobState
from composer.ui.preview.presenter import ClipPictures

EXACT = "exact"


def show_new_clips(
    job_changed: SignalInstance, pictures: Iterable[ClipPictures], views: Iterable[QWidget]
) -> None:
    """On each completed exact job, `pictures` look again and `views` repaint."""
    pictures, views = list(pictures), list(views)

    def changed(record: JobRecord) -> None:
        if record.route != EXACT or record.state != JobState.COMPLETED:
            return
        for each in pictures:
            each.look_again()
        for view in views:
            view.update()

    job_changed.connect(changed)
