import pytest

from tests.support.builders import SEED, SHARED_SEED


def test_vendored_seed_matches_shared_seed() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("no ../shared checkout beside the repository")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()
