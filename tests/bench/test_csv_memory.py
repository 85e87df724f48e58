"""Benchmark: the memory of previewing a 50 MB CSV file, streamed from disk.

Each shape is written to a file of about 50 MB and parsed with :func:`parse_file` under
``tracemalloc``; the peak (everything the parse allocates, the rows it keeps included) must stay
under 150 MB. Prints the figures; run with ``uv run pytest -m bench -s tests/bench``.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from console.jobs.csv_import import MAX_ROWS, parse_file

SIZE = 50_000_000
PEAK_LIMIT = 150_000_000


def _write(path: Path, header: str, line: Callable[[int], str]) -> int:
    """Write ``header`` and ``line(i)`` rows until the file reaches :data:`SIZE`; rows written."""
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(header + "\r\n")
        written = len(header) + 2
        while written < SIZE:
            text = line(rows) + "\r\n"
            out.write(text)
            written += len(text)
            rows += 1
    return rows


def _short_rows(path: Path) -> int:
    # The shape agencies send, 650,000 times over: more rows than one job takes.
    return _write(
        path,
        "E-Mail;Vorname;Nachname;Zeitzone;Terminart;Dauer",
        lambda i: f"soak{i:07d}@kanzlei.example;Anna{i};Muster;Europe/Berlin;Erstberatung;30",
    )


_EXTRA = [f"Feld {n}" for n in range(40)]


def _wide_rows(path: Path) -> int:
    # An HR export under the row limit: 40 extra columns, about 2.5 KB a row.
    filler = ";".join("x" * 62 for _ in _EXTRA)
    return _write(
        path,
        "E-Mail;Vorname;Nachname;Zeitzone;Slug;Terminart;Dauer;" + ";".join(_EXTRA),
        lambda i: (
            f"wide{i:06d}@kanzlei.example;Jürgen{i};Müller;Europe/Berlin;wide-{i:06d};"
            f"Erstberatung;45;{filler}"
        ),
    )


def _one_line(path: Path) -> int:
    # A quote opened in the first row that swallows 50 MB without one line break.
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write('email;Vorname;Nachname\r\na@kanzlei.example;"Anna;')
        for _ in range(SIZE // 1_000_000):
            out.write("y" * 1_000_000)
    return 1


SHAPES = {"short rows": _short_rows, "wide rows": _wide_rows, "one 50 MB line": _one_line}


@pytest.mark.bench
@pytest.mark.parametrize("shape", list(SHAPES))
def test_previewing_a_50_mb_file_stays_under_150_mb(shape: str, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = SHAPES[shape](path)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        started = time.perf_counter()
        preview = parse_file(path)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    kept = len(preview.rows)
    print(
        f"\n{shape}: {size / 1e6:.1f} MB, {rows} rows written, {kept} kept, "
        f"peak {peak / 1e6:.1f} MB, {seconds:.1f} s (under tracemalloc); "
        f"refused: {'; '.join(preview.file_problems) or 'no'}"
    )
    assert peak < PEAK_LIMIT
    if rows > MAX_ROWS:
        assert kept == 0 and f"more than {MAX_ROWS} rows" in preview.file_problems[0]
    elif shape == "wide rows":
        assert kept == rows and preview.file_problems == []
    else:
        assert kept == 0 and preview.file_problems
