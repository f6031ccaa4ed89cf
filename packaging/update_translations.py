"""Refresh the translation template and compile the translations:

    python packaging/update_translations.py [LOCALE ...]

runs pyside6-lupdate over every module of composer/ into
resources/translations/scene_composer.ts (the template: every string the window shows, by
context, without source locations so other edits don't churn it), updates each
scene_composer_<locale>.ts beside it the same way (keeping its translations), and compiles
each of those to the .qm the app loads at start (pyside6-lrelease). A LOCALE ("de", "pt_BR")
starts scene_composer_<LOCALE>.ts for a new language, to translate in Qt Linguist
(pyside6-linguist)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "composer"
FOLDER = REPO / "resources" / "translations"
TEMPLATE = FOLDER / "scene_composer.ts"


def tool(name: str) -> str:
    """A Qt tool of the PySide6 installed with this Python (its venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(REPO)) for path in SOURCES.rglob("*.py"))


def extract(target: Path, language: str | None = None) -> None:
    """Write (or update) `target` with every translatable string in composer/."""
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            *(["-target-language", language] if language else []),
            "-ts",
            str(target),
        ],
        cwd=REPO,
        check=True,
    )


def compile_translation(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )


def main(new_locales: list[str]) -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    extract(TEMPLATE)
    for locale in new_locales:
        extract(FOLDER / f"scene_composer_{locale}.ts", language=locale)
    for translation in sorted(FOLDER.glob("scene_composer_*.ts")):
        extract(translation)
        compile_translation(translation, translation.with_suffix(".qm"))
        print(f"compiled {translation.with_suffix('.qm').name}")
    print(f"updated {TEMPLATE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
