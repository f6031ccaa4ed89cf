"""Which editor class edits which kind of field."""

from __future__ import annotations

from composer.ui.panels.catalogue_editor import CatalogueEditor
from composer.ui.panels.editor_base import FieldEditor
from composer.ui.panels.editors import (
    CheckEditor,
    ChoiceEditor,
    ColorEditor,
    DimensionEditor,
    FileEditor,
    FontEditor,
    LineEditor,
    ParagraphEditor,
)
from composer.ui.panels.fields import FieldSpec, Kind
from composer.ui.panels.number_editor import NumberEditor, SecondsEditor

EDITORS: dict[Kind, type[FieldEditor]] = {
    Kind.CHOICE: ChoiceEditor,
    Kind.NUMBER: NumberEditor,
    Kind.INTEGER: NumberEditor,
    Kind.SECONDS: SecondsEditor,
    Kind.LINE: LineEditor,
    Kind.PARAGRAPH: ParagraphEditor,
    Kind.COLOR: ColorEditor,
    Kind.FONT: FontEditor,
    Kind.FILE: FileEditor,
    Kind.CHECK: CheckEditor,
    Kind.DIMENSION: DimensionEditor,
}


def make_editor(spec: FieldSpec) -> FieldEditor:
    if spec.catalogue:
        return CatalogueEditor(spec)
    return EDITORS[spec.kind](spec)
