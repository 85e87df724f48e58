"""The one CSV writer of the console: cells a spreadsheet would run come out as text."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from console.domain.csv_safe import CsvFormat, csv_text, neutralise, restore, write_csv

FORMULAS = [
    "=cmd|'/Ccalc'!A0",
    '=HYPERLINK("http://evil.example","klick")',
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("cell", FORMULAS)
def test_a_formula_cell_gets_a_leading_apostrophe_and_reads_back_as_written(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    assert restore(neutralise(cell)) == cell


@pytest.mark.parametrize("cell", ["Jürgen", "a@b.example", "30", "", "it's", "'quoted"])
def test_plain_cells_are_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell
    assert restore(cell) == cell


def test_the_text_and_the_file_carry_no_cell_a_spreadsheet_would_evaluate(tmp_path: Path) -> None:
    rows = [["email", "note"], *([f"u{i}@x.example", cell] for i, cell in enumerate(FORMULAS))]
    path = tmp_path / "out.csv"
    write_csv(path, rows, CsvFormat(";", bom=True))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    for text, delimiter in ((csv_text(rows), ","), (raw.decode("utf-8-sig"), ";")):
        read = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        assert read[0] == ["email", "note"]
        for cells in read[1:]:
            assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
        assert [restore(c) for _, c in read[1:]] == FORMULAS


def test_every_csv_the_console_writes_goes_through_the_safe_writer() -> None:
    # A module writing CSV itself would bypass the neutralising; new exports use write_csv.
    root = Path(__file__).resolve().parents[2] / "console"
    writers = re.compile(r"csv\.(writer|DictWriter)\(")
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if path.name != "csv_safe.py" and writers.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
