"""Bulk personalisation: placeholders, the table, and per-row checks before sending."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from composer.batch.plan import plan_batch
from composer.batch.table import TableError, load_table, parse_table, write_results
from composer.batch.template import fill, slots
from composer.model.project import TextOverlay
from composer.model.request import build_request
from tests.support.builders import valid_project


def personal_project():
    project = valid_project(2)
    project.title = "Offer for {{company}}"
    project.scenes[0].voice.input_text = "Hi {{ first_name }}, this is for {{company}}."
    project.scenes[1].text = TextOverlay(text="{{discount}} off", line_height=1.2)
    return project


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_slots_find_title_script_and_overlay() -> None:
    found = {(s.scene_index, s.field): s.names for s in slots(personal_project())}
    assert found == {
        (None, "title"): ("company",),
        (0, "voice.input_text"): ("first_name", "company"),
        (1, "text.text"): ("discount",),
    }


def test_fill_replaces_every_placeholder_and_leaves_the_template_alone() -> None:
    project = personal_project()
    row = {"first_name": "Ana", "company": "Acme", "discount": "20%"}
    body = build_request(fill(project, row))
    assert body["title"] == "Offer for Acme"
    assert body["video_inputs"][0]["voice"]["input_text"] == "Hi Ana, this is for Acme."
    assert body["video_inputs"][1]["text"]["text"] == "20% off"
    assert project.scenes[0].voice.input_text.startswith("Hi {{ first_name }}")


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_csv_tsv_and_semicolons_load(tmp_path: Path, delimiter: str) -> None:
    suffix = ".tsv" if delimiter == "\t" else ".csv"
    path = write_csv(
        tmp_path / f"t{suffix}",
        [["first_name", "company"], ["Ana", "Acme, Inc."], ["Bo", "Beta"]],
        delimiter,
    )
    table = load_table(path)
    assert table.columns == ["first_name", "company"]
    assert table.rows[0] == {"first_name": "Ana", "company": "Acme, Inc."}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("a,a\n1,2\n", "unique"),
        ("a,\n1,2\n", "needs a name"),
        ("a,b\n1,2,3\n", "more cells"),
    ],
)
def test_bad_tables_say_why(text: str, message: str) -> None:
    with pytest.raises(TableError, match=message):
        parse_table(text, "t.csv")


def test_a_good_table_plans_every_row() -> None:
    table = parse_table("first_name,company,discount\nAna,Acme,20%\nBo,Beta,10%\n", "t.csv")
    plan = plan_batch(personal_project(), table)
    assert plan.ok, plan.report()
    assert [r.name for r in plan.rows] == ["Row 1 – Ana", "Row 2 – Bo"]


def test_a_bad_table_reports_per_row_and_blocks_the_batch() -> None:
    long = "x" * 5001
    table = parse_table(
        f"first_name,company,discount\nAna,Acme,20%\n,Beta,10%\n{long},Co,5%\n", "t.csv"
    )
    plan = plan_batch(personal_project(), table)
    assert not plan.ok
    assert [r.ok for r in plan.rows] == [True, False, False]
    assert plan.rows[1].messages == ["The cell 'first_name' is empty."]
    assert any(
        "scene 1, video_inputs[0].voice.input_text: Script is 5,0" in m
        for m in plan.rows[2].messages
    )


def test_an_unknown_placeholder_blocks_every_row() -> None:
    table = parse_table("first_name,company\nAna,Acme\n", "t.csv")
    plan = plan_batch(personal_project(), table)
    assert not plan.ok
    assert plan.messages == [
        "The placeholder {{discount}} in scene 2 text.text has no column "
        "in the table (columns: first_name, company)."
    ]
    assert not plan.rows[0].ok


def test_results_csv_adds_columns(tmp_path: Path) -> None:
    table = parse_table("name\nAna\nBo\n", "t.csv")
    out = tmp_path / "results.csv"
    write_results(
        table,
        [
            {"video_id": "v1", "status": "completed", "file": "/a.mp4"},
            {"video_id": "", "status": "failed", "file": ""},
        ],
        out,
    )
    rows = list(csv.DictReader(out.open()))
    assert rows == [
        {"name": "Ana", "video_id": "v1", "status": "completed", "file": "/a.mp4"},
        {"name": "Bo", "video_id": "", "status": "failed", "file": ""},
    ]


def test_results_never_replace_an_earlier_file(tmp_path: Path) -> None:
    from composer.batch.table import new_results_path

    table = tmp_path / "people.csv"
    first = new_results_path(table)
    assert first == tmp_path / "people-results.csv" and first.exists()
    assert new_results_path(table) == tmp_path / "people-results-2.csv"
    chosen = tmp_path / "mine.csv"
    chosen.write_text("kept", encoding="utf-8")
    assert new_results_path(table, chosen) == tmp_path / "mine-2.csv"
    assert chosen.read_text(encoding="utf-8") == "kept"
