"""Reliability: a `submit --wait` killed at random moments is finished by restarting the
command line (`resume`): every video tracked, downloaded once, never sent twice."""

from tests.core.reliability import job_kill


def test_jobs_killed_at_random_moments_finish_after_a_restart() -> None:
    figure = job_kill.run(jobs=8)
    print(figure.line(), *figure.notes, sep="\n")
    assert figure.ok, figure.line()
