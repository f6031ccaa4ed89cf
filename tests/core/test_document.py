"""ProjectDocument operations and their events (what views and undo rely on)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from composer.model.document import PROJECT, ProjectDocument, SceneLimitError, duplicate, reorder
from tests.support.builders import valid_project


def names(doc: ProjectDocument) -> list[str]:
    return [s.name for s in doc.scenes]


@pytest.mark.parametrize(
    ("rows", "dst", "expected"),
    [
        ([0], 3, ["S2", "S3", "S1", "S4"]),
        ([3], 0, ["S4", "S1", "S2", "S3"]),
        ([0, 2], 4, ["S2", "S4", "S1", "S3"]),
        ([1, 3], 0, ["S2", "S4", "S1", "S3"]),
        ([1], 1, ["S1", "S2", "S3", "S4"]),
        ([1], 2, ["S1", "S2", "S3", "S4"]),
    ],
)
def test_move_many_places_rows_before_the_drop_row(
    rows: list[int], dst: int, expected: list[str]
) -> None:
    doc = ProjectDocument(valid_project(4))
    steps = doc.move_many(rows, dst)
    assert names(doc) == expected
    for src, to in reversed(steps):
        doc.move(to, src)
    assert names(doc) == ["S1", "S2", "S3", "S4"]


def test_events_describe_each_operation() -> None:
    doc = ProjectDocument(valid_project(2))
    seen: list[tuple] = []
    doc.inserted.connect(lambda *a: seen.append(("inserted", *a)))
    doc.removed.connect(lambda *a: seen.append(("removed", *a)))
    doc.moved.connect(lambda *a: seen.append(("moved", *a)))
    doc.changed.connect(lambda *a: seen.append(("changed", *a)))
    doc.insert(1, [duplicate(doc.scenes[0], "copy")])
    doc.move(0, 2)
    doc.set_value(0, "character.offset.x", 0.25)
    doc.set_value(PROJECT, "title", "New")
    doc.remove(1)
    assert seen == [
        ("inserted", 1, 1),
        ("moved", 0, 2),
        ("changed", 0, "character.offset.x"),
        ("changed", PROJECT, "title"),
        ("removed", 1, 1),
    ]
    assert doc.project.title == "New"
    assert doc.scenes[0].character.offset.x == 0.25  # the offset object was created


def test_duplicate_gets_a_new_id() -> None:
    scene = valid_project().scenes[0]
    copy_ = duplicate(scene, "Copy")
    assert copy_.id != scene.id and copy_.character == scene.character


def test_fifty_scene_limit() -> None:
    doc = ProjectDocument(valid_project(50))
    with pytest.raises(SceneLimitError, match="at most 50 scenes"):
        doc.insert(0, [duplicate(doc.scenes[0], "x")])
    assert len(doc) == 50


@given(
    count=st.integers(1, 12),
    data=st.data(),
)
def test_move_many_matches_the_reorder_rule_in_one_move_per_scene(count: int, data) -> None:
    rows = data.draw(st.lists(st.integers(0, count - 1), min_size=1, max_size=count))
    dst = data.draw(st.integers(0, count))
    doc = ProjectDocument(valid_project(count))
    before = names(doc)
    moves: list[tuple[int, int]] = []
    doc.moved.connect(lambda src, to: moves.append((src, to)))
    steps = doc.move_many(rows, dst)
    assert names(doc) == [before[i] for i in reorder(rows, dst, count)]
    assert steps == moves and len(steps) <= len(set(rows))
