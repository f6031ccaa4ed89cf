"""Reliability: the API key is in nothing the app wrote or printed, even when echoed back."""

from tests.core.reliability import secrets_scan


def test_the_key_is_never_written_or_printed() -> None:
    figure = secrets_scan.run()
    print(figure.line(), *figure.notes, sep="\n")
    assert figure.ok, figure.line()
    assert figure.counts["files written"] >= 3  # history, project, the video (not vacuous)
