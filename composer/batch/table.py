"""Reading the spreadsheet (CSV or TSV) a batch is made from, and writing the results."""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from pathlib import Path

from composer.storage.atomic import write_atomic

MAX_ROWS = 10_000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class TableError(ValueError):
    """The file can't be used as a batch table; the message says why."""


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[dict[str, str]]


def load_table(path: Path) -> Table:
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise TableError(f"{Path(path).name} does not exist.") from None
    except UnicodeDecodeError:
        raise TableError(
            f"{Path(path).name} is not a UTF-8 text file; save it as CSV UTF-8."
        ) from None
    return parse_table(text, Path(path).name)


def parse_table(text: str, name: str) -> Table:
    if not text.strip():
        raise TableError(f"{name} is empty.")
    reader = csv.reader(io.StringIO(text), dialect=_dialect(text, name))
    try:
        header = [cell.strip() for cell in next(reader)]
        body = [line for line in reader if any(cell.strip() for cell in line)]
    except csv.Error as exc:
        raise TableError(f"{name} is not a readable CSV file ({exc}).") from None
    if not all(header):
        raise TableError(f"{name}: every column needs a name in the first row.")
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise TableError(f"{name}: column names must be unique ({', '.join(duplicates)}).")
    if len(body) > MAX_ROWS:
        raise TableError(f"{name} has {len(body):,} rows; a batch may have at most {MAX_ROWS:,}.")
    rows = []
    for number, line in enumerate(body, start=2):
        if len(line) > len(header):
            raise TableError(f"{name} line {number} has more cells than there are columns.")
        rows.append({c: (line[i] if i < len(line) else "") for i, c in enumerate(header)})
    return Table(header, rows)


def _dialect(text: str, name: str) -> type[csv.Dialect] | csv.Dialect:
    first = text.splitlines()[0]
    if name.lower().endswith(".tsv") or ("\t" in first and "," not in first):
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def write_results(table: Table, extra: list[dict[str, str]], path: Path) -> None:
    """The table with result columns (video id, status, file) added to each row. No cell
    can run as a formula when the file is opened in a spreadsheet (see `inert`)."""
    columns = table.columns + list(dict.fromkeys(key for row in extra for key in row))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; CR and LF in cells get quoted
    writer.writerow([inert(name) for name in columns])
    for row, result in zip(table.rows, extra, strict=True):
        values = {**row, **result}
        writer.writerow([inert(values.get(name, "")) for name in columns])
    write_atomic(Path(path), out.getvalue().encode("utf-8"))


def new_results_path(table_path: Path, wanted: Path | None = None) -> Path:
    """A results file no earlier batch wrote: `wanted` (default TABLE-results.csv beside
    the table) when free, else the first free "-2", "-3", … name. The name is claimed by
    creating the file exclusively, so two batches running at once can't pick the same one."""
    first = Path(wanted or table_path.with_name(f"{table_path.stem}-results.csv"))
    for number in range(1, 10_000):
        path = first if number == 1 else first.with_name(f"{first.stem}-{number}{first.suffix}")
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            continue
        return path
    raise TableError(f"No free name for the results beside {first.name}.")


def inert(cell: str) -> str:
    """`cell`, prefixed with ' when a spreadsheet would read it as a formula (OWASP CSV
    injection: a cell starting with =, +, -, @, tab or carriage return). The input table's
    own cells are echoed too, so they are treated the same."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell
