"""The mutation table: each reliability line, run on this tree (must PASS) and on a
temporary copy with the behaviour it names broken (must FAIL).

`python -m tests.core.reliability.mutations` prints the table; tests/core/reliability/
test_mutations.py asserts it. Each mutation is a plain text replacement in one source
file of the copy; a replacement whose text is no longer found is reported as such (the
code moved: update the table), never skipped. Runs are smaller than the report's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
COPIED = ("composer", "tests", "resources", "pyproject.toml")


@dataclass(frozen=True)
class Mutation:
    line: str  # the report line
    call: str  # how to measure it (module.run(...)), small enough for a test
    broken: str  # the behaviour the mutation breaks, in words
    file: str
    old: str
    new: str


MUTATIONS = [
    Mutation(
        "kill during editing",
        "edit_kill.run(trials=8)",
        "structural autosave slowed from 0.25 s to 5 s",
        "composer/ui/controllers/files.py",
        "STRUCTURE_AUTOSAVE_MS = 250",
        "STRUCTURE_AUTOSAVE_MS = 5000",
    ),
    Mutation(
        "kill during save",
        "save_kill.run(trials=12)",
        "a project is saved by writing over the file in place",
        "composer/projectfile/io.py",
        "    write_json_atomic(path, project_to_document(project, path.parent), backup=True)",
        "    with path.open('w', encoding='utf-8') as handle:\n"
        "        json.dump(project_to_document(project, path.parent), handle, indent=2)",
    ),
    Mutation(
        "bad files",
        "bad_files.run(count=120, subprocess_sample=0)",
        "JSON nested too deeply is no longer caught",
        "composer/projectfile/io.py",
        "    except RecursionError:\n"
        '        raise ProjectFileError(path, "the JSON is nested too deeply to be a project.")'
        " from None\n    except ValueError",
        "    except ZeroDivisionError:\n        raise\n    except ValueError",
    ),
    Mutation(
        "kill during a job",
        "job_kill.run(jobs=8)",
        "a job HeyGen is rendering is not resumed at the next start",
        "composer/jobs/state.py",
        "RESUMABLE = frozenset({JobState.QUEUED, JobState.PROCESSING, JobState.DOWNLOADING})",
        "RESUMABLE = frozenset({JobState.DOWNLOADING})",
    ),
    Mutation(
        "API faults",
        "api_faults.run()",
        "a generate POST that timed out is sent again",
        "composer/heygen/client.py",
        "                raise post_failure(exc, self.base_url, self._key) from None\n",
        "                refusals += 1\n"
        "                if refusals > 1:\n"
        "                    raise post_failure(exc, self.base_url, self._key) from None\n"
        "                continue\n",
    ),
    Mutation(
        "secrets",
        "secrets_scan.run()",
        "a key the server echoes back is no longer redacted",
        "composer/heygen/untrusted.py",
        '    secret = strip_controls(secret or "").strip()\n',
        '    secret = ""\n',
    ),
    Mutation(
        "hostile inputs",
        "hostile_inputs.run()",
        "results CSV cells that start like a formula are written as they are",
        "composer/batch/table.py",
        """    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell""",
        "    return cell",
    ),
    Mutation(
        "hostile inputs",
        "hostile_inputs.run()",
        "containment by abspath: a symlink inside the folder is not resolved",
        "composer/assets/containment.py",
        "    real = Path(os.path.realpath(path))\n",
        "    real = Path(os.path.abspath(path))\n",
    ),
    Mutation(
        "hostile inputs",
        "hostile_inputs.run()",
        "containment by string prefix: `shared-old/` counts as inside `shared/`",
        "composer/assets/containment.py",
        "        return real_path.is_relative_to(Path(os.path.realpath(self.folder)))",
        "        return str(real_path).startswith(os.path.realpath(self.folder))",
    ),
    Mutation(
        "durability",
        "durability.run()",
        "a download is written straight to its final name",
        "composer/heygen/download.py",
        '    tmp_name = dest.parent / f".{dest.name}.{secrets.token_hex(4)}.part"\n',
        "    tmp_name = dest\n",
    ),
    Mutation(
        "durability",
        "durability.run()",
        "the preferences are written over the file in place",
        "composer/settings/preferences.py",
        "    write_json_atomic(path or preferences_path(), asdict(preferences))",
        "    (path or preferences_path()).parent.mkdir(parents=True, exist_ok=True)\n"
        "    (path or preferences_path()).write_text(json.dumps(asdict(preferences)), 'utf-8')",
    ),
    Mutation(
        "durability",
        "durability.run()",
        "the backup (NAME.bak) is written over in place",
        "composer/storage/atomic.py",
        "        try:\n"
        "            os.link(path, tmp_name)\n"
        "        except OSError:  # file systems without hard links: copy the bytes instead\n"
        "            Path(tmp_name).write_bytes(path.read_bytes())\n"
        "        os.replace(tmp_name, bak)\n",
        "        bak.write_bytes(path.read_bytes())\n",
    ),
    Mutation(
        "durability",
        "durability.run()",
        "the folder is not fsynced after the replace",
        "composer/storage/atomic.py",
        "        raise\n    _fsync_dir(path.parent)\n",
        "        raise\n",
    ),
]

MEASURE = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from tests.core.reliability import {module}
figure = {call}
print(figure.line())
print("VERDICT", "PASS" if figure.ok else "FAIL")
"""


def measure(root: Path, mutation: Mutation) -> tuple[str, str]:
    """(PASS/FAIL/ERROR, the figure's line) for `mutation.call` run on the tree at `root`."""
    module = mutation.call.split(".")[0]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", MEASURE.format(module=module, call=mutation.call)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines or not lines[-1].startswith("VERDICT "):
        return "ERROR", (result.stderr.strip().splitlines() or ["no output"])[-1]
    return lines[-1].split()[1], lines[-2] if len(lines) > 1 else ""


def mutated_copy(folder: Path, mutation: Mutation) -> Path | None:
    """A copy of the tree with `mutation` applied, or None if its text is not found once."""
    root = folder / "tree"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    target = root / mutation.file
    text = target.read_text("utf-8")
    if text.count(mutation.old) != 1:
        return None
    target.write_text(text.replace(mutation.old, mutation.new), "utf-8")
    return root


@dataclass(frozen=True)
class Row:
    mutation: Mutation
    unmutated: str
    mutated: str
    mutated_line: str


def table(mutations: list[Mutation] = MUTATIONS) -> list[Row]:
    rows = []
    clean_runs: dict[str, str] = {}  # a line is measured once on this tree, however many rows
    with tempfile.TemporaryDirectory() as folder:
        for mutation in mutations:
            if mutation.call not in clean_runs:
                clean_runs[mutation.call] = measure(REPO, mutation)[0]
            clean = clean_runs[mutation.call]
            root = mutated_copy(Path(folder), mutation)
            if root is None:
                rows.append(
                    Row(mutation, clean, "NOT APPLIED", f"text not found in {mutation.file}")
                )
                continue
            verdict, line = measure(root, mutation)
            rows.append(Row(mutation, clean, verdict, line))
    return rows


def render(rows: list[Row]) -> str:
    out = [
        "| report line | mutation (in a temporary copy) | unmutated | mutated |",
        "| --- | --- | --- | --- |",
    ]
    for row in rows:
        m = row.mutation
        out.append(f"| {m.line} | {m.broken} (`{m.file}`) | {row.unmutated} | {row.mutated} |")
    out.append("")
    out.extend(f"mutated {row.mutation.line}: {row.mutated_line}" for row in rows)
    return "\n".join(out)


def main() -> int:
    rows = table()
    print(render(rows))
    good = all(r.unmutated == "PASS" and r.mutated == "FAIL" for r in rows)
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
