"""Writing CSV files a spreadsheet opens safely: every export of the console goes through here.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to
Excel, LibreOffice and Google Sheets (``=cmd|'/Ccalc'!A0`` runs a program on an old Excel). The
OWASP rule (https://owasp.org/www-community/attacks/CSV_Injection) is to prefix such a cell with
``'``, which the spreadsheet shows as text; :func:`neutralise` does that and the console's own
import reads it back as written (:func:`restore`), so an exported file can be fixed and imported
again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

__all__ = [
    "EXCEL",
    "FORMULA_STARTS",
    "CsvFormat",
    "csv_text",
    "neutralise",
    "restore",
    "write_csv",
]

#: First characters that make a spreadsheet evaluate a cell (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvFormat:
    """How a CSV file is written: its separator and whether it starts with a UTF-8 BOM.

    Excel needs the BOM to read UTF-8 umlauts; a German Excel separates with ``;``.
    """

    delimiter: str = ","
    bom: bool = True

    def to_json(self) -> dict[str, object]:
        return {"delimiter": self.delimiter, "bom": self.bom}

    @classmethod
    def from_json(cls, raw: object) -> CsvFormat:
        if not isinstance(raw, dict):
            return EXCEL
        delimiter = raw.get("delimiter")
        return cls(
            delimiter if isinstance(delimiter, str) and len(delimiter) == 1 else ",",
            bool(raw.get("bom", True)),
        )


#: The default of the console's exports: comma separated, UTF-8 with BOM.
EXCEL = CsvFormat()


def neutralise(value: object) -> str:
    """The cell as text, prefixed with ``'`` when a spreadsheet would evaluate it."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def restore(cell: str) -> str:
    """Undo :func:`neutralise` on a cell read back from one of the console's exports."""
    if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def _writer(out: TextIO, fmt: CsvFormat) -> Any:
    return csv.writer(out, delimiter=fmt.delimiter, lineterminator="\r\n")


def csv_text(rows: Iterable[Sequence[object]], fmt: CsvFormat = EXCEL) -> str:
    """``rows`` (the first being the header) as CSV text, every cell neutralised; no BOM."""
    out = io.StringIO()
    writer = _writer(out, fmt)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()


def write_csv(path: Path, rows: Iterable[Sequence[object]], fmt: CsvFormat = EXCEL) -> None:
    """Write ``rows`` (the first being the header) to ``path`` row by row, every cell
    neutralised, UTF-8 (with a BOM when ``fmt.bom``)."""
    with path.open("w", encoding="utf-8-sig" if fmt.bom else "utf-8", newline="") as out:
        writer = _writer(out, fmt)
        for row in rows:
            writer.writerow([neutralise(cell) for cell in row])
