"""File → New: a gallery of starter projects (and the user's own), each pictured by the
app's own scene painter, filtered by shape; Blank first."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.model.project import Dimension, Project
from composer.paint.thumbnails import ThumbnailCache
from composer.templates.library import ASPECTS, Template
from composer.ui.i18n import QT_TRANSLATE_NOOP, in_context, translate
from composer.ui.plain_text import TRUSTED
from composer.ui.summary import scene_count_text

CARD = QSize(208, 156)
FILTERS = (
    (QT_TRANSLATE_NOOP("TemplateGallery", "All"), ""),
    (QT_TRANSLATE_NOOP("TemplateGallery", "Landscape 16:9"), "16:9"),
    (QT_TRANSLATE_NOOP("TemplateGallery", "Portrait 9:16"), "9:16"),
    (QT_TRANSLATE_NOOP("TemplateGallery", "Square 1:1"), "1:1"),
)
FILTER_NAMES = (
    QT_TRANSLATE_NOOP("TemplateGallery", "Show all templates"),
    QT_TRANSLATE_NOOP("TemplateGallery", "Show landscape 16:9 templates"),
    QT_TRANSLATE_NOOP("TemplateGallery", "Show portrait 9:16 templates"),
    QT_TRANSLATE_NOOP("TemplateGallery", "Show square 1:1 templates"),
)
OPEN_FILE = 2
words = in_context("Templates")
"""A template's name, category or description: the shipped ones are translated
(composer/templates/shipped_words.py), the user's own shown as they are."""
"""The dialog's result when the user would rather open an existing project."""


def picture(template: Template, thumbnails: ThumbnailCache, size: QSize, dpr: float) -> QPixmap:
    """The template's first scene, centred on a card of `size` (every card the same size)."""
    card = QPixmap(size * dpr)
    card.setDevicePixelRatio(dpr)
    card.fill(Qt.GlobalColor.transparent)
    project = template.project
    if project.scenes:
        scene = thumbnails.thumbnail(project.scenes[0], project, size, dpr)
        painter = QPainter(card)
        shown = scene.deviceIndependentSize()
        painter.drawPixmap(
            round((size.width() - shown.width()) / 2),
            round((size.height() - shown.height()) / 2),
            scene,
        )
        painter.end()
    return card


class TemplateGallery(QDialog):
    def __init__(
        self, templates: list[Template], parent: QWidget | None = None, *, first_run: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateGallery")
        self.setWindowTitle(translate("TemplateGallery", "Start a new video"))
        self.templates = templates
        self.thumbnails = ThumbnailCache()
        heading = QLabel(
            translate("TemplateGallery", "Welcome! Start from a template, or from a blank scene.")
            if first_run
            else translate("TemplateGallery", "Start from a template, or from a blank scene."),
            objectName="galleryHeading",
        )
        self.filters = QButtonGroup(self)
        filter_row = QHBoxLayout()
        for index, (text, _aspect) in enumerate(FILTERS):
            button = QToolButton(
                text=translate("TemplateGallery", text), checkable=True, objectName="aspectFilter"
            )
            button.setAccessibleName(translate("TemplateGallery", FILTER_NAMES[index]))
            self.filters.addButton(button, index)
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.filters.button(0).setChecked(True)
        self.filters.idClicked.connect(lambda _id: self._fill())
        self.list = QListWidget(objectName="templateList")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(CARD)
        self.list.setGridSize(QSize(CARD.width() + 24, CARD.height() + 64))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(translate("TemplateGallery", "Templates"))
        self.list.itemActivated.connect(self.accept)
        self.list.currentItemChanged.connect(self._describe)
        self.about = QLabel(objectName="templateAbout", wordWrap=True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setProperty(TRUSTED, True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create = buttons.addButton(
            translate("TemplateGallery", "Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create.setObjectName("createButton")
        self.create.setDefault(True)
        open_file = QPushButton(
            translate("TemplateGallery", "Open a project…"), objectName="openProjectButton"
        )
        buttons.addButton(open_file, QDialogButtonBox.ButtonRole.ActionRole)
        open_file.clicked.connect(lambda: self.done(OPEN_FILE))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filter_row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.about)
        layout.addWidget(buttons)
        self.resize(980, 680)
        self._fill()

    def _fill(self) -> None:
        aspect = FILTERS[self.filters.checkedId()][1]
        self.list.clear()
        dpr = self.devicePixelRatioF()
        for template in self.templates:
            if aspect and template.aspect != aspect and template.path is not None:
                continue  # Blank fits every shape
            count = len(template.project.scenes)
            item = QListWidgetItem(
                QIcon(picture(template, self.thumbnails, CARD, dpr)),
                f"{words(template.name)}\n{template.aspect} · {scene_count_text(count)}",
            )
            item.setData(Qt.ItemDataRole.UserRole, template)
            item.setToolTip(words(template.description))
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _describe(self, item: QListWidgetItem | None) -> None:
        template = self.chosen_in(item)
        self.about.setText(  # the template file's words, escaped: only the <b> is markup
            f"<b>{escape(words(template.name))}</b> · {escape(words(template.category))}: "
            f"{escape(words(template.description))}"
            if template
            else ""
        )
        self.create.setEnabled(template is not None)

    @staticmethod
    def chosen_in(item: QListWidgetItem | None) -> Template | None:
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def chosen(self) -> Template | None:
        return self.chosen_in(self.list.currentItem())

    def new_project(self) -> Project | None:
        """The project to start: the chosen template's, Blank in the shape filtered for."""
        template = self.chosen()
        if template is None:
            return None
        project = template.new_project()
        aspect = FILTERS[self.filters.checkedId()][1]
        if template.path is None and aspect:
            size = next(size for size, name in ASPECTS.items() if name == aspect)
            project.dimension = Dimension(*size)
        return project

    def names(self) -> list[str]:
        """The names of the templates shown (after the filter)."""
        return [self.list.item(i).text().split("\n")[0] for i in range(self.list.count())]
