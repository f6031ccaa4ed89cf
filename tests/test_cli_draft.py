"""`submit --draft`: HeyGen's test flag on the wire (the sandbox's request log), the job
marked as a draft in the history, today's count kept; routes without drafts refuse."""

from __future__ import annotations

import pytest

from composer.billing.drafts import drafts_today
from composer.cli import main
from composer.jobs.history import JobHistory
from composer.resources import example_project
from composer.sandbox.server import SandboxServer
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
