"""How long a scene will run, in words for the scene list, status bar and dialogs: "≈ 5 s"
when estimated, "5.8 s" once real audio is known (see composer.billing.lengths)."""

from __future__ import annotations

from composer.billing.lengths import length_text, project_length, scene_length, total_text
from composer.model.project import Project, Scene
from composer.ui.i18n import amounts


def scene_duration_text(scene: Scene) -> str:
    return length_text(scene_length(scene), amounts)


def project_duration_text(project: Project) -> str:
    """Like '≈ 1 min 05 s', plus ' + audio' when some scenes' length is only known after
    rendering."""
    return total_text(project_length(project), amounts)
