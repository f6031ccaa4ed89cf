"""Feed generated bad inputs to open-project and to `scene-composer validate`.

The only acceptable outcome is the clear error (ProjectFileError in-process; exit code 2 or
1 with no traceback from the command), within 2 s, with the file unchanged on disk.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from composer.cli import main as cli_main
from composer.projectfile import FORMAT_VERSION, ProjectFileError, load_any
from tests.core.reliability.figures import Figure
from tests.support.builders import seed_example_request, valid_project

HANG_SECONDS = 2.0


def _good_document() -> dict:
    from composer.projectfile.format import project_to_document

    return project_to_document(valid_project(3), Path("/"))


def _mutations(rng: random.Random, doc: dict) -> Iterator[bytes]:
    text = json.dumps(doc)
    yield text[: rng.randrange(1, len(text))].encode()  # truncated
    yield rng.randbytes(rng.randrange(1, 400))  # random bytes
    wrong = json.loads(text)
    scene = rng.choice(wrong["scenes"])
    part = rng.choice(["character", "voice", "background"])
    key = rng.choice(list(scene[part]))
    scene[part][key] = rng.choice(
        [[], {}, None, True, "x", 10 ** rng.randrange(1, 400), -1.5, "💥" * 3]
    )
    yield json.dumps(wrong).encode()  # wrong types
    huge = json.loads(text)
    huge["scenes"][0]["character"]["scale"] = float("1e" + str(rng.randrange(300, 999)))
    yield json.dumps(huge).encode().replace(b"Infinity", b"1e999")  # huge numbers
    depth = rng.randrange(500, 200_000)
    yield (
        b'{"format": "scene-composer-project", "version": 1, "project": '
        + b"[" * depth
        + b"]" * depth
        + b"}"
    )  # deep nesting
    newer = json.loads(text)
    newer["version"] = FORMAT_VERSION + rng.randrange(1, 100)
    yield json.dumps(newer).encode()  # newer version


def generated_inputs(count: int, seed: int = 11) -> list[tuple[str, bytes]]:
    rng = random.Random(seed)
    doc = _good_document()
    body = seed_example_request()
    fixed = [
        ("10 MB string", json.dumps({**doc, "project": {"title": "x" * 10_000_000}}).encode()),
        (
            "10 MB script",
            json.dumps(
                {
                    "video_inputs": [
                        {
                            **body["video_inputs"][0],
                            "voice": {
                                "type": "text",
                                "voice_id": "v",
                                "input_text": "y" * 10_000_000,
                            },
                        }
                    ]
                }
            ).encode(),
        ),
        ("51 scenes", json.dumps({**body, "video_inputs": body["video_inputs"][:1] * 51}).encode()),
        ("empty", b""),
        ("BOM only", b"\xef\xbb\xbf"),
    ]
    inputs = list(fixed)
    while len(inputs) < count:
        for content in _mutations(rng, doc):
            inputs.append((f"generated {len(inputs)}", content))
    return inputs[:count]


def _open_outcome(path: Path) -> str:
    try:
        load_any(path)
    except ProjectFileError:
        return "clear error"
    except Exception as exc:
        return f"crash: {type(exc).__name__}"
    return "opened"


def _validate_outcome(path: Path) -> str:
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(["validate", str(path)])
    except Exception as exc:
        return f"crash: {type(exc).__name__}"
    return (
        "clear error"
        if code in (1, 2) and "Traceback" not in err.getvalue()
        else ("valid" if code == 0 else f"exit {code}")
    )


def run(count: int = 1000, subprocess_sample: int = 5) -> Figure:
    crashes = hangs = altered = 0
    outcomes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        for index, (_name, content) in enumerate(generated_inputs(count)):
            path = Path(folder) / f"input-{index}.scene.json"
            path.write_bytes(content)
            before = os.stat(path).st_mtime_ns
            for check in (_open_outcome, _validate_outcome):
                start = time.perf_counter()
                outcome = check(path)
                hangs += time.perf_counter() - start > HANG_SECONDS
                crashes += outcome.startswith("crash")
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
            altered += path.read_bytes() != content or os.stat(path).st_mtime_ns != before
            path.unlink()
        crashes += _subprocess_sample(Path(folder), subprocess_sample)
    figure = Figure(
        "bad files",
        {"inputs": count, "crashes": crashes, "hangs": hangs, "files altered": altered},
        must_be_zero=("crashes", "hangs", "files altered"),
    )
    figure.notes.append("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    return figure


def _subprocess_sample(folder: Path, count: int) -> int:
    """The same inputs through the real command, as a user runs it."""
    crashes = 0
    for index, (_name, content) in enumerate(generated_inputs(count, seed=99)):
        path = folder / f"cli-{index}.json"
        path.write_bytes(content)
        result = subprocess.run(
            [sys.executable, "-m", "composer", "validate", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        crashes += result.returncode not in (0, 1, 2) or "Traceback" in result.stderr
    return crashes
