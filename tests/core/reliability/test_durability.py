"""Reliability: every replaced file, and its folder, is fsynced before a save counts."""

from tests.core.reliability import durability


def test_saves_fsync_the_file_before_the_replace_and_the_folder_after() -> None:
    figure = durability.run()
    print(figure.line())
    assert figure.ok, figure.line()
