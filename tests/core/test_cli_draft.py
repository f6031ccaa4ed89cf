"""The command line before spending. `submit --draft`: HeyGen's test flag on the wire (the
sandbox's request log), the job marked as a draft, today's count kept; routes without drafts
refuse. `batch`: nothing is sent when the balance can't pay for every row."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.billing.drafts import drafts_today
from composer.cli import main
from composer.jobs.history import JobHistory
from composer.projectfile import save_project
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
from tests.support.batch_data import personal_project, write_table
from tests.support.sandbox_fixture import KEY

GENERATE = ("POST", "/v2/video/generate")


@pytest.fixture(autouse=True)
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", KEY)


def test_submit_draft_sends_the_test_flag_and_marks_the_job(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    quota = sandbox.store.quota
    code = main(["submit", str(example_project()), "--base-url", sandbox.base_url, "--draft"])
    assert code == 0, capsys.readouterr().err
    assert sandbox.count(*GENERATE) == 1
    assert sandbox.generate_bodies()[0]["test"] is True
    assert "0 of 10 drafts used today" in capsys.readouterr().err
    (record,) = JobHistory().all()
    assert record.draft and record.title == "Aurora X launch (draft)"
    assert drafts_today() == 1
    assert sandbox.store.quota == quota  # a draft costs nothing


def test_a_final_is_not_a_draft(sandbox: SandboxServer) -> None:
    assert main(["submit", str(example_project()), "--base-url", sandbox.base_url]) == 0
    assert "test" not in sandbox.generate_bodies()[0]
    (record,) = JobHistory().all()
    assert not record.draft and record.title == "Aurora X launch"


def test_routes_without_drafts_say_so_and_send_nothing(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["submit", str(example_project()), "--base-url", sandbox.base_url]
    code = main([*args, "--route", "v3", "--draft"])
    assert code == 1
    assert "has no free draft" in capsys.readouterr().err
    assert sandbox.requests == [] and drafts_today() == 0


def test_a_cli_batch_larger_than_the_balance_sends_nothing(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "offer.scene.json"
    save_project(personal_project(), project)
    rows = [["first_name", "company", "discount"]] + [[f"N{i}", f"C{i}", f"{i}%"] for i in range(8)]
    table = write_table(tmp_path / "people.csv", rows)
    sandbox.store.quota = 5 * 60  # 5 credits; each row is 1
    code = main(["batch", str(project), str(table), "--base-url", sandbox.base_url])
    assert code == 4
    err = capsys.readouterr().err
    assert "8 videos ≈ 8 credits of 5 left" in err and "5 of the 8 rows fit" in err
    assert sandbox.count(*GENERATE) == 0
    sandbox.store.quota = 8 * 60
    assert main(["batch", str(project), str(table), "--base-url", sandbox.base_url]) == 0
    assert sandbox.count(*GENERATE) == 8
