"""Qt-free tests live in tests/core, and only they: a test file that imports no Qt (nor,
through the test helpers it imports, any Qt, composer.ui or composer.paint) and asks for
no pytest-qt fixture runs without a QApplication, so it belongs here; one that does
belongs outside."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
CORE = TESTS / "core"
LIVE = TESTS / "live"  # opt-in tests against the real HeyGen, a suite of their own
QT_MODULES = ("PySide6", "shiboken6", "pytestqt", "composer.ui", "composer.paint")
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester", "qtlog"}


def _helper(module: str) -> Path | None:
    """The file of a `tests.` module (a helper such as tests.support.builders)."""
    path = TESTS.parent.joinpath(*module.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _uses_fixture(node: ast.AST) -> bool:
    """`pytest.mark.usefixtures("qapp")` and the like."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "usefixtures"
        and any(isinstance(a, ast.Constant) and a.value in QT_FIXTURES for a in node.args)
    )


@cache
def qt_reason(path: Path) -> str | None:
    """Why the file needs Qt (an import or a fixture), or None when it is Qt-free."""
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.arg) and node.arg in QT_FIXTURES:
            return f"asks for the {node.arg} fixture"
        elif _uses_fixture(node):
            return "uses a pytest-qt fixture"
        for name in names:
            if name.startswith(QT_MODULES):
                return f"imports {name}"
            helper = _helper(name) if name.startswith("tests.") else None
            if helper is not None and helper != path and qt_reason(helper):
                return f"imports {name}, which {qt_reason(helper)}"
    return None


def _test_files(root: Path) -> list[Path]:
    return sorted(root.rglob("test_*.py"))


def test_every_qt_free_test_file_is_under_tests_core() -> None:
    outside = [p for p in _test_files(TESTS) if CORE not in p.parents and LIVE not in p.parents]
    assert [str(p.relative_to(TESTS)) for p in outside if qt_reason(p) is None] == []


def test_no_test_file_under_tests_core_needs_qt() -> None:
    found = {str(p.relative_to(TESTS)): qt_reason(p) for p in _test_files(CORE)}
    assert {name: why for name, why in found.items() if why} == {}


def test_the_rule_sees_qt_through_an_import_and_a_fixture(tmp_path: Path) -> None:
    widget = tmp_path / "test_widget.py"
    widget.write_text("def test_it(qtbot):\n    pass\n")
    helper_user = tmp_path / "test_helper_user.py"
    helper_user.write_text("from tests.support.editor_window import open_window\n")
    plain = tmp_path / "test_plain.py"
    plain.write_text("from composer.model.project import Project\n")
    assert qt_reason(widget) == "asks for the qtbot fixture"
    assert (qt_reason(helper_user) or "").startswith("imports tests.support.editor_window")
    assert qt_reason(plain) is None
