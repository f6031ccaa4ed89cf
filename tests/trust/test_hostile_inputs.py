"""Reliability: no attack tried (shared files, redirects, huge answers, echoed keys,
hostile ids, formula cells) leaks a file or the key, memory stays under 300 MB, no
hostile media file crashes a decode path or takes it past 400 MB, and no speech or clip
one server or account made is used for another."""

from tests.core.reliability import hostile_inputs


def test_no_attack_leaks_anything() -> None:
    figure = hostile_inputs.run()
    print(figure.line(), *figure.notes, sep="\n")
    assert figure.ok, (figure.line(), figure.notes)
    assert figure.counts["attacks tried"] >= 110  # every scenario ran, the media corpus too
    assert 0 < figure.counts["peak MB"] < hostile_inputs.MEMORY_LIMIT_MB
