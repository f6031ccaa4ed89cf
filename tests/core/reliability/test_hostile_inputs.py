"""Reliability: no attack tried (shared files, redirects, huge answers, echoed keys,
hostile ids, formula cells) leaks a file or the key, and memory stays under 300 MB."""

from tests.core.reliability import hostile_inputs


def test_no_attack_leaks_anything() -> None:
    figure = hostile_inputs.run()
    print(figure.line(), *figure.notes, sep="\n")
    assert figure.ok, (figure.line(), figure.notes)
    assert figure.counts["attacks tried"] >= 17  # every scenario ran (not vacuous)
    assert 0 < figure.counts["peak MB"] < hostile_inputs.MEMORY_LIMIT_MB
