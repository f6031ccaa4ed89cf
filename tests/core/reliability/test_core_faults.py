"""Reliability: saves killed mid-write and bad input files (figures in report.py)."""

from tests.core.reliability import bad_files, save_kill


def test_kill_during_save_never_tears_the_file() -> None:
    figure = save_kill.run(trials=50)
    print(figure.line())
    assert figure.ok, figure.line()  # it also asks for a kill that landed mid-write


def test_the_save_check_catches_a_non_atomic_save() -> None:
    figure = save_kill.run(trials=15, unsafe=True)
    assert figure.counts["torn files"] > 0, figure.line()


def test_bad_files_only_ever_give_the_clear_error() -> None:
    figure = bad_files.run(count=1000)
    print(figure.line(), *figure.notes, sep="\n")
    assert figure.ok, figure.line()
