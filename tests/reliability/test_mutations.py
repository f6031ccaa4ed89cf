"""Every reliability line can FAIL: broken in a temporary copy it says FAIL, and PASS on
this tree (the table is printed; `python -m tests.reliability.mutations` prints it too)."""

import pytest

from tests.reliability import mutations


@pytest.mark.timeout(1800)  # 13 mutations of 8 lines: each line once clean, each mutation once
def test_each_report_line_fails_when_its_behaviour_is_broken() -> None:
    rows = mutations.table()
    print(mutations.render(rows))
    assert [(r.mutation.line, r.unmutated, r.mutated) for r in rows] == [
        (m.line, "PASS", "FAIL") for m in mutations.MUTATIONS
    ], mutations.render(rows)
