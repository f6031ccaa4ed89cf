"""The README's commands are the ones CI runs."""

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text()
    command = re.search(r"^TEST_COMMAND='(.+)'$", ci, re.M).group(1)
    assert command in (REPO / "README.md").read_text()


def test_readme_start_command_opens_the_example() -> None:
    readme = (REPO / "README.md").read_text()
    assert "scene-composer resources/examples/product-launch.scene.json" in readme
    assert (REPO / "resources" / "examples" / "product-launch.scene.json").is_file()
