"""The translation workflow: the committed template (resources/translations/
scene_composer.ts) holds exactly what pyside6-lupdate extracts from composer/ today, the
shipped templates' words are marked for it, and the app, started in a locale it has a .qm
for, shows the window in that language (Qt's own buttons too)."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from composer.resources import resource
from composer.templates.shipped_words import SHIPPED_WORDS

REPO = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    """packaging/update_translations.py (a script: `packaging` is also a PyPI package)."""
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update_translations = _load_script()

TEMPLATE = REPO / "resources" / "translations" / "scene_composer.ts"
FEWEST_MESSAGES = 600
"""642 strings were extracted when translation was built; far fewer means the extractor
stopped seeing a form of call."""

Message = tuple[str, str, str, bool]


def messages(ts_file: Path) -> set[Message]:
    """(context, source, disambiguation, has a count) for every message of a .ts file."""
    found: set[Message] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return found


def test_the_committed_template_matches_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "scene_composer.ts"
    update_translations.extract(fresh)
    extracted, committed = messages(fresh), messages(TEMPLATE)
    missing = sorted(extracted - committed)
    stale = sorted(committed - extracted)
    assert (missing, stale) == ([], []), "run: python packaging/update_translations.py"
    assert len(extracted) >= FEWEST_MESSAGES
    contexts = {context for context, *_rest in extracted}
    assert "" not in contexts, "a bare tr() call: lupdate gives it no context"
    assert {"MainWindow", "Fields", "Routes", "Jobs", "Amounts", "Templates"} <= contexts


def test_every_shipped_template_word_is_marked() -> None:
    words = set()
    for path in sorted(resource("templates").glob("*.scene.json")):
        about = json.loads(path.read_text("utf-8"))["template"]
        words |= {about["name"], about["category"], about["description"]}
    assert words == set(SHIPPED_WORDS)


def lrelease(ts_text: str, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.ts"
    source.write_text(ts_text, "utf-8")
    compiled = folder / f"{name}.qm"
    update_translations.compile_translation(source, compiled)
    assert compiled.stat().st_size > 0
    return compiled


GERMAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message><source>&amp;File</source><translation>&amp;Datei</translation></message>
</context>
</TS>
"""

START = """
from PySide6.QtWidgets import QDialogButtonBox
from composer.ui.app import application
from composer.ui.main_window import MainWindow

app = application()
window = MainWindow()
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(window.menuBar().actions()[0].text())
print(buttons.buttons()[0].text())
"""


def start_app(env_extra: dict[str, str]) -> list[str]:
    """Start the app's QApplication and main window in a fresh process; what it shows."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_extra}
    run = subprocess.run  # the app's own start-up, as `scene-composer` does it
    shown = run([sys.executable, "-c", START], env=env, cwd=REPO, capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    return shown.stdout.splitlines()[-2:]


def test_the_app_starts_in_the_users_language_when_it_has_a_translation(tmp_path: Path) -> None:
    folder = tmp_path / "translations"
    lrelease(GERMAN, folder, "scene_composer_de")
    german = {"SCENE_COMPOSER_TRANSLATIONS": str(folder), "LC_ALL": "de_DE.UTF-8"}
    assert start_app(german) == ["&Datei", "Abbrechen"]
    french = {**german, "LC_ALL": "fr_FR.UTF-8"}
    assert start_app(french) == ["&File", "Cancel"]  # no French .qm: all English, Qt's too


def translation_call(func: ast.expr) -> str | None:
    """`translate`, `QT_TRANSLATE_NOOP`, `tr` or `QCoreApplication.translate` (not, say,
    QPainter.translate)."""
    if isinstance(func, ast.Name) and func.id in ("translate", "QT_TRANSLATE_NOOP", "tr"):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in ("translate", "tr"):
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id == "QCoreApplication":
            return "translate"
    return None


def test_every_translation_call_is_one_lupdate_can_read() -> None:
    """A literal context, and text that is a literal or a marked constant: never an
    f-string or a sum (lupdate would skip it, or the filled-in text would never match)."""
    wrong: list[str] = []
    wrapper = REPO / "composer" / "ui" / "i18n.py"  # passes its callers' context on
    for path in sorted(set((REPO / "composer").rglob("*.py")) - {wrapper}):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = translation_call(node.func)
            if name is None or not node.args:
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            if name == "tr":
                wrong.append(f"{where}: tr() is extracted without a context")
            elif not (
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            ):
                wrong.append(f"{where}: the context is not a literal")
            elif len(node.args) > 1 and isinstance(node.args[1], ast.JoinedStr | ast.BinOp):
                wrong.append(f"{where}: the text is built before translation")
    assert wrong == []


def test_lupdate_extracts_every_marked_string(tmp_path: Path) -> None:
    """Each translate()/QT_TRANSLATE_NOOP() with literal words is in what lupdate extracts
    (its Python parser silently drops some calls, e.g. one with a count in `n=`)."""
    fresh = tmp_path / "scene_composer.ts"
    update_translations.extract(fresh)
    extracted = {(context, source) for context, source, *_rest in messages(fresh)}
    marked = set()
    for path in sorted((REPO / "composer").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and translation_call(node.func) and len(node.args) > 1:
                context, text = node.args[0], node.args[1]
                if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                    marked.add((context.value, text.value))
    assert len(marked) >= FEWEST_MESSAGES
    assert sorted(marked - extracted) == []
