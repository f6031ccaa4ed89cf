"""Reliability: each API fault ends in a clear state with at most one generate POST."""

import pytest

from tests.core.reliability import api_faults


@pytest.mark.parametrize("fault", api_faults.FAULTS, ids=[f.name for f in api_faults.FAULTS])
def test_fault_ends_in_a_clear_state_without_duplicates(fault: api_faults.Fault) -> None:
    outcome = api_faults.run_fault(fault)
    assert api_faults.handled(fault, outcome), (outcome.record.state, outcome.record.message)
    assert outcome.videos <= 1
    assert outcome.posts == fault.posts  # generate POSTs the sandbox received
