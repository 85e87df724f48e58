"""The rules of a batch of accounts read from a file: required columns and duplicate rows.

The field rules of each row are those of :mod:`console.domain.accounts`; what is added here only
makes sense across rows (the same e-mail or slug twice) or for the file as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from console.domain.problems import QT_TRANSLATE_NOOP, Problem

__all__ = ["duplicate_email", "duplicate_slug", "missing_columns"]


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
