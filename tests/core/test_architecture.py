"""The core stays Qt-free (napari/Anki style split): widgets only in composer/ui; QtGui
(QImage, QPainter, QFont: no widgets) also in composer/paint, the one scene painter shared by
the preview, thumbnails, stills and the compositor."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "composer"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


QT_PACKAGES = {"ui", "paint"}
WIDGET_MODULES = {"PySide6.QtWidgets"}


def core_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if not QT_PACKAGES & set(p.relative_to(PACKAGE).parts)]


def _modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_outside_ui_imports_qt() -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(_imports(p) & QT_ROOTS)
        for p in core_files()
        if _imports(p) & QT_ROOTS
    }
    assert offenders == {}


def test_no_module_outside_ui_imports_widgets() -> None:
    outside_ui = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(_modules(p) & WIDGET_MODULES)
        for p in outside_ui
        if _modules(p) & WIDGET_MODULES
    }
    assert offenders == {}


def test_the_guard_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert _imports(sample) & QT_ROOTS == {"PySide6"}


@pytest.mark.parametrize(
    "module",
    [
        "composer.model.validate",
        "composer.projectfile",
        "composer.cli",
        "composer.model.document",
        "composer.compose.compositor",
        "composer.routes.exact",
    ],
)
def test_importing_the_core_loads_no_qt(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6'}]; "
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_document_imports_neither_psygnal_nor_importlib_metadata() -> None:
    """Each cost the cold start (issue 22): psygnal 29 ms, 17 of them the
    `importlib.metadata` it reads its version with (email, zipfile...)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import composer.model.document"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "composer.model.document" in imported  # the listing is read right
    assert {"psygnal", "importlib.metadata"} & imported == set()


def test_import_linter_contract_holds() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in edges.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while (member := stack.pop()) != node:
                group.append(member)
            if group:
                found.append(sorted([node, *group]))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_between_modules() -> None:
    """TYPE_CHECKING and function-level imports count: a knot for the reader all the same."""
    import grimp

    graph = grimp.build_graph("composer")
    edges = {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    assert _cycles(edges) == []


def test_the_cycle_finder_finds_one() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
