"""Reliability: a job killed after the POST resumes from history and completes, never resent."""

from tests.reliability import job_kill


def test_killed_jobs_resume_and_download_without_duplicates() -> None:
    figure = job_kill.run(jobs=3)
    print(figure.line())
    assert figure.ok, figure.line()
    assert figure.counts["videos downloaded"] == 3
