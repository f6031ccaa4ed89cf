"""Reliability: killing the app mid-editing loses nothing that was autosaved."""

from tests.core.reliability import edit_kill


def test_killed_app_offers_every_autosaved_edit() -> None:
    figure = edit_kill.run(trials=20)
    print(figure.line())
    assert figure.ok, figure.line()
    assert figure.counts["edits recovered"] >= figure.counts["edits before the last autosave"]
