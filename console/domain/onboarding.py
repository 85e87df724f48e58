"""The rules of a batch of accounts read from a file: required columns and duplicate rows.

The field rules of each row are those of :mod:`console.domain.accounts`; what is added here only
makes sense across rows (the same e-mail or slug twice) or for the file as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from console.domain.problems import QT_TRANSLATE_NOOP, Problem

__all__ = [
    "cell_over_limit",
    "cell_too_long",
    "duplicate_email",
    "duplicate_slug",
    "empty_file",
    "missing_columns",
    "mixed_encoding",
    "mixed_encoding_in_line",
    "no_data_rows",
    "save_as_csv_hint",
    "spreadsheet_file",
    "too_many_rows",
    "unterminated_quote",
    "utf16_file",
]


def missing_columns(columns: Iterable[str]) -> Problem:
    """The problem of a file that lacks required columns (canonical names, in order)."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "Missing column(s): {columns} (e.g. email, Vorname, Nachname)."
        ),
        columns=", ".join(columns),
    )


def duplicate_email(line: int) -> Problem:
    """The problem of a row whose e-mail an earlier ``line`` of the file already has."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "Duplicate e-mail: same as line {line}."), line=line
    )


def duplicate_slug(slug: str, line: int) -> Problem:
    """The problem of a row whose slug an earlier ``line`` of the file already has."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "Duplicate slug {slug!r}: same as line {line}."),
        slug=slug,
        line=line,
    )


# -- files that cannot be read as a whole ------------------------------------------------------


def save_as_csv_hint() -> Problem:
    """How to turn a spreadsheet into a CSV the import reads (shown under a refused file)."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems",
            "Open it in Excel or LibreOffice and save it as “CSV UTF-8” (Excel) or “Text CSV” with character set UTF-8 (LibreOffice).",  # noqa: E501
        )
    )


def spreadsheet_file(kind: str) -> Problem:
    """The problem of a workbook (xlsx, ods, xls) chosen instead of a CSV file."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "This file is a workbook ({kind}), not a CSV file: nothing was read."
        ),
        kind=kind,
    )


def utf16_file() -> Problem:
    """The problem of a UTF-16 text file (Excel's "Unicode Text")."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems",
            "This file is UTF-16 text (Excel’s “Unicode Text”), not a CSV file in UTF-8: nothing was read.",  # noqa: E501
        )
    )


def mixed_encoding(bad_line: int, good_line: int) -> Problem:
    """The problem of a file that is UTF-8 in places and something else elsewhere."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems",
            "The file mixes character encodings: line {bad} is not UTF-8 but line {good} is, so umlauts would be garbled. Nothing was read.",  # noqa: E501
        ),
        bad=bad_line,
        good=good_line,
    )


def mixed_encoding_in_line(line: int) -> Problem:
    """The problem of one line holding UTF-8 and bytes of another encoding."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems",
            "Line {line} mixes UTF-8 with another character encoding, so umlauts would be garbled. Nothing was read.",  # noqa: E501
        ),
        line=line,
    )


def unterminated_quote(line: int) -> Problem:
    """The problem of a quote opened on ``line`` that is never closed."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems",
            "The quote opened on line {line} is never closed and swallows the rest of the file. Nothing was read.",  # noqa: E501
        ),
        line=line,
    )


def cell_over_limit(line: int, limit: int) -> Problem:
    """The problem of a cell so long that the file cannot be read (usually a stray quote)."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems",
            "The record on line {line} has a cell of more than {limit} characters (a quote never closed?). Nothing was read.",  # noqa: E501
        ),
        line=line,
        limit=limit,
    )


def empty_file() -> Problem:
    """The problem of a file without any text."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "The file is empty."))


def no_data_rows() -> Problem:
    """The problem of a file with a header but no rows."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "The file has a header line but no rows: nothing to import.")
    )


def too_many_rows(limit: int) -> Problem:
    """The problem of a file with more rows than one job takes."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "The file has more than {limit} rows; split it into smaller files."
        ),
        limit=limit,
    )


# -- cells ---------------------------------------------------------------------------------------


def cell_too_long(column: str, limit: int) -> Problem:
    """The problem of a cell over the size a row may hold (``column`` as written in the file)."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "Column {column!r} holds more than {limit} characters."),
        column=column,
        limit=limit,
    )
