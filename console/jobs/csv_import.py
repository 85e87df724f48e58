"""Reading an onboarding CSV as agencies write it (Excel, LibreOffice, exports) — no Qt.

Comma or semicolon (or what Excel's ``sep=`` first line says), UTF-8 with or without BOM, or
cp1252 (Excel on Windows); headers in English or German. Every row comes back valid, "exists,
will be linked" or with readable problems naming the column. A file that cannot be read as
CSV — a workbook, UTF-16 text, mixed encodings, a quote that is never closed, no rows — is
refused as a whole (``file_problems``, no rows), so nothing is sent for it.

The file is read twice as a stream (once to judge its encoding, once to parse it), never held
as one decoded text, and at most :data:`MAX_ROWS` rows are kept.
"""

from __future__ import annotations

import codecs
import csv
import enum
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from console.domain.accounts import (
    check_timezone,
    email_problem,
    family_name_missing,
    given_name_missing,
    meeting_type_name_problem,
    name_problem,
    normalize_slug,
    parse_duration,
    slug_problem,
    slug_taken,
)
from console.domain.csv_safe import CsvFormat, restore
from console.domain.onboarding import (
    cell_over_limit,
    cell_too_long,
    duplicate_email,
    duplicate_slug,
    empty_file,
    missing_columns,
    mixed_encoding,
    mixed_encoding_in_line,
    no_data_rows,
    save_as_csv_hint,
    spreadsheet_file,
    too_many_rows,
    unterminated_quote,
    utf16_file,
)
from console.domain.problems import Problem

DEFAULT_TIMEZONE = "Europe/Berlin"

# Canonical column → accepted header spellings (compared lower-case without spaces/-/_).
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "email": ("email", "mail", "emailaddress", "emailadresse", "mailadresse"),
    "given_name": ("givenname", "firstname", "first", "forename", "vorname"),
    "family_name": ("familyname", "lastname", "last", "surname", "nachname", "familienname"),
    "timezone": ("timezone", "tz", "zone", "zeitzone"),
    "slug": ("slug", "urlslug", "kurzname"),
    "meeting_type": ("meetingtype", "meetingtypename", "terminart", "termintyp", "termin"),
    "duration": ("duration", "durationminutes", "minutes", "dauer", "dauerminuten", "minuten"),
}
REQUIRED = ("email", "given_name", "family_name")

#: Rows one file may hold. At the platform's 100 requests a minute 20,000 accounts take more
#: than three hours; a bigger batch is several files (and several resumable jobs).
MAX_ROWS = 20_000
#: A cell longer than this is a problem of its row (the csv module's own default limit).
MAX_CELL = 128 * 1024
#: A cell longer than this stops the reading: the file is refused (usually a stray quote).
READ_LIMIT = 1024 * 1024
_CHUNK = 64 * 1024


def _key(header: str) -> str:
    return re.sub(r"[\s_\-.()]+", "", header.strip().lstrip("\ufeff").lower())


_ALIAS_TO_FIELD = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}


class RowAction(enum.StrEnum):
    """What the job will do with a row."""

    CREATE = "create"
    LINK = "link"  # the e-mail already has an account: look it up, do not create
    INVALID = "invalid"


@dataclass
class ImportRow:
    """One data row of the CSV (``line`` is the 1-based line number in the file)."""

    line: int
    email: str
    given_name: str
    family_name: str
    timezone: str
    slug: str | None
    meeting_type: str | None
    duration: int | None
    problems: list[str] = field(default_factory=list)
    action: RowAction = RowAction.CREATE
    notes: list[str] = field(default_factory=list)  # what was changed, e.g. a renamed zone
    # The record as written in the file (see :attr:`cells`), packed into one string.
    packed_cells: str | tuple[str, ...] = ()
    source: SourceLayout | None = None  # the file's header and format (shared by its rows)

    @property
    def cells(self) -> tuple[str, ...]:
        """The record as written in the file, one string per column."""
        return unpack_cells(self.packed_cells)

    @property
    def is_valid(self) -> bool:
        return self.action is not RowAction.INVALID

    @property
    def status_text(self) -> str:
        """What the preview shows in its status column."""
        if self.action is RowAction.LINK:
            return "exists, will be linked"
        if self.action is RowAction.INVALID:
            return "; ".join(self.problems)
        return "valid"

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "email": self.email,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "timezone": self.timezone,
            "slug": self.slug,
            "meeting_type": self.meeting_type,
            "duration": self.duration,
            "problems": list(self.problems),
            "action": self.action.value,
            "notes": list(self.notes),
            "cells": list(self.cells),
            "source": self.source.to_json() if self.source is not None else None,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ImportRow:
        return cls(
            line=int(raw.get("line", 0)),
            email=str(raw.get("email", "")),
            given_name=str(raw.get("given_name", "")),
            family_name=str(raw.get("family_name", "")),
            timezone=str(raw.get("timezone", DEFAULT_TIMEZONE)),
            slug=raw.get("slug"),
            meeting_type=raw.get("meeting_type"),
            duration=raw.get("duration"),
            problems=list(raw.get("problems", [])),
            action=RowAction(raw.get("action", RowAction.CREATE.value)),
            notes=list(raw.get("notes", [])),
            packed_cells=pack_cells([str(c) for c in raw.get("cells", ())]),
            source=SourceLayout.from_json(raw.get("source")),
        )


# One string per row instead of one per cell: a wide file's rows take about their size in
# memory, not three times it. The unit separator is made for this; a row holding it stays a tuple.
_UNIT = "\x1f"


def pack_cells(cells: Iterable[str]) -> str | tuple[str, ...]:
    """``cells`` in the compact form :class:`ImportRow` keeps them in."""
    cells = tuple(cells)
    if not cells:
        return ()
    if any(_UNIT in cell for cell in cells):
        return cells
    return _UNIT.join(cells)


def unpack_cells(packed: str | tuple[str, ...]) -> tuple[str, ...]:
    """The cells :func:`pack_cells` packed."""
    return tuple(packed.split(_UNIT)) if isinstance(packed, str) else packed


@dataclass(frozen=True)
class SourceLayout:
    """What an export needs to write rows back as their file had them."""

    header: tuple[str, ...]
    format: CsvFormat
    email_column: int  # position of the column read as the e-mail

    def to_json(self) -> dict[str, Any]:
        return {**self.format.to_json(), "header": list(self.header), "email": self.email_column}

    @classmethod
    def from_json(cls, raw: object) -> SourceLayout | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("header"), list):
            return None
        return cls(
            tuple(str(h) for h in raw["header"]),
            CsvFormat.from_json(raw),
            int(raw.get("email", 0)),
        )


@dataclass
class ImportPreview:
    """The parsed file: rows plus what was understood about it."""

    rows: list[ImportRow]
    delimiter: str
    encoding: str
    columns: dict[str, str]  # canonical field → header as written in the file
    ignored_columns: list[str]
    file_problems: list[str] = field(default_factory=list)
    format: CsvFormat = field(default_factory=CsvFormat)

    @property
    def runnable_rows(self) -> list[ImportRow]:
        """Rows Start will run (to create or to link)."""
        return [r for r in self.rows if r.is_valid]

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)


class FileRefused(Exception):
    """The file cannot be read as CSV; ``problems`` say what it is and what to do."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__(" ".join(problems))
        self.problems = list(problems)


_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 .xls (and .doc)
_UTF8_BOM = b"\xef\xbb\xbf"
# A well-formed UTF-8 sequence of two to four bytes: in Windows-1252 text these byte pairs
# (like "Ã¼") are as good as never written, so one is evidence of UTF-8.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}"
    rb"|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _refuse_binary(head: bytes) -> None:
    """Refuse what is not text a CSV reader can take, judged by the first bytes."""
    if head.startswith(_ZIP):
        kind = "OpenDocument .ods" if b"opendocument" in head[:200] else "Excel .xlsx"
        raise FileRefused(spreadsheet_file(kind), save_as_csv_hint())
    if head.startswith(_OLE):
        raise FileRefused(spreadsheet_file("Excel 97-2003 .xls"), save_as_csv_hint())
    sample = head[:4096]
    # UTF-16 has a BOM, or (without one) a NUL byte beside every ASCII character.
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or (
        len(sample) >= 4 and sample.count(0) * 4 >= len(sample)
    ):
        raise FileRefused(utf16_file(), save_as_csv_hint())


def _encoding(stream: IO[bytes]) -> str:
    """UTF-8 or cp1252, judged over the whole stream; a file that is both is refused.

    Evidence of UTF-8 is a well-formed multi-byte sequence, evidence of something else a byte
    that cannot be UTF-8; the first line of each is remembered. Read in bounded chunks, so a
    file without line breaks is never held at once.
    """
    utf8_line = bad_line = 0
    number = 1
    decoder = codecs.getincrementaldecoder("utf-8")()
    while chunk := stream.readline(_CHUNK):
        if not chunk.isascii() and not utf8_line and _UTF8_SEQUENCE.search(chunk):
            utf8_line = number
        if not bad_line:
            try:
                decoder.decode(chunk, final=chunk.endswith(b"\n"))
            except UnicodeDecodeError:
                bad_line = number
        if chunk.endswith(b"\n"):
            number += 1
            decoder.reset()
        if utf8_line and bad_line:
            problem = (
                mixed_encoding_in_line(bad_line)
                if bad_line == utf8_line
                else mixed_encoding(bad_line, utf8_line)
            )
            raise FileRefused(problem, save_as_csv_hint())
    if not bad_line:
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            bad_line = number
    if utf8_line and bad_line:
        raise FileRefused(mixed_encoding(bad_line, utf8_line), save_as_csv_hint())
    return "cp1252" if bad_line else "utf-8"


_SEP_LINE = re.compile(r'^"?sep=(.)"?\r?\n?$', re.IGNORECASE)


def _delimiter(lines: list[str]) -> str:
    sample = "".join(lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = lines[0] if lines else ""
        return ";" if first.count(";") > first.count(",") else ","


class _Lines:
    """The text lines fed to the csv reader: counts quotes (to spot one never closed) and
    stops at a line longer than :data:`READ_LIMIT` (never read as a whole)."""

    def __init__(self, text: IO[str], skipped: int) -> None:
        self._text = text
        self._number = skipped
        self.quotes = 0

    def __iter__(self) -> Iterator[str]:
        while line := self._text.readline(READ_LIMIT):
            self._number += 1
            if len(line) >= READ_LIMIT and not line.endswith(("\n", "\r")):
                raise _TooLong(self._number)
            self.quotes += line.count('"')
            yield line


def parse_file(
    path: Path,
    *,
    existing_emails: Iterable[str] = (),
    existing_slugs: Iterable[str] = (),
    default_timezone: str = DEFAULT_TIMEZONE,
) -> ImportPreview:
    """:func:`parse_csv` on a file, streamed (call it off the event loop).

    Raises ``OSError`` when the file cannot be opened.
    """
    with path.open("rb") as stream:
        return parse_csv(
            stream,
            existing_emails=existing_emails,
            existing_slugs=existing_slugs,
            default_timezone=default_timezone,
        )


def parse_csv(
    data: bytes | IO[bytes],
    *,
    existing_emails: Iterable[str] = (),
    existing_slugs: Iterable[str] = (),
    default_timezone: str = DEFAULT_TIMEZONE,
) -> ImportPreview:
    """Read an onboarding CSV and judge every row (nothing is sent).

    ``data`` is the file's bytes or a seekable binary stream. ``existing_emails``/
    ``existing_slugs`` are the connection's current accounts (from the cache): a known e-mail is
    marked "exists, will be linked"; a taken slug is a problem.
    """
    stream: IO[bytes] = io.BytesIO(data) if isinstance(data, bytes) else data
    start = stream.tell()
    head = stream.read(4096)
    try:
        _refuse_binary(head)
        stream.seek(start)
        encoding = _encoding(stream)
    except FileRefused as refused:
        return ImportPreview([], ",", "", {}, [], list[str](refused.problems))
    stream.seek(start)
    bom = head.startswith(_UTF8_BOM) or encoding == "cp1252"
    text = io.TextIOWrapper(
        stream,
        encoding="utf-8-sig" if encoding == "utf-8" else "cp1252",
        errors="strict" if encoding == "utf-8" else "replace",
        newline="",
    )
    try:
        return _parse_text(
            text,
            encoding,
            bom,
            existing_emails=existing_emails,
            existing_slugs=existing_slugs,
            default_timezone=default_timezone,
        )
    finally:
        text.detach()  # the caller's stream stays open


def _parse_text(
    text: IO[str],
    encoding: str,
    bom: bool,
    *,
    existing_emails: Iterable[str],
    existing_slugs: Iterable[str],
    default_timezone: str,
) -> ImportPreview:
    preview = ImportPreview([], ",", encoding, {}, [], format=CsvFormat(",", bom))
    start = text.tell()
    first = text.readline(READ_LIMIT)
    skipped = 0
    explicit: str | None = None
    if hint := _SEP_LINE.match(first):
        explicit = hint.group(1)  # Excel's own hint names the separator
        skipped = 1
    else:
        text.seek(start)  # the first line is data: read it again below
    lines = _Lines(text, skipped)
    stream = iter(lines)
    try:
        first_lines = list(islice(stream, 20))
    except _TooLong as exc:
        preview.file_problems.append(cell_over_limit(exc.line, READ_LIMIT))
        return preview
    delimiter = explicit or _delimiter(first_lines)
    preview.delimiter = delimiter
    preview.format = CsvFormat(delimiter, bom)
    # The limit is process-wide; raising it only lets other readers take longer cells.
    if csv.field_size_limit() < READ_LIMIT:
        csv.field_size_limit(READ_LIMIT)
    reader = csv.reader(chain(first_lines, stream), delimiter=delimiter)
    records = _records(reader, skipped)
    try:
        _, _, header = next(records, (0, 0, []))
        if not any(name.strip() for name in header):
            preview.file_problems.append(empty_file())
            return preview
        layout = _read_header(preview, header)
        if layout is None:
            return preview
        last_end = _judge_rows(
            preview,
            records,
            *layout,
            existing_emails=existing_emails,
            existing_slugs=existing_slugs,
            default_timezone=default_timezone,
        )
    except _TooLong as exc:
        preview.rows.clear()
        preview.file_problems.append(cell_over_limit(exc.line, READ_LIMIT))
        return preview
    except _TooMany:
        preview.rows.clear()
        preview.file_problems.append(too_many_rows(MAX_ROWS))
        return preview
    if lines.quotes % 2 and preview.rows and last_end > preview.rows[-1].line:
        # An odd number of quotes and a last record running over several lines: a quote
        # opened there swallowed the rest of the file.
        line = preview.rows[-1].line
        preview.rows.clear()
        preview.file_problems.append(unterminated_quote(line))
        return preview
    if not preview.rows:
        preview.file_problems.append(no_data_rows())
    return preview


class _TooLong(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _TooMany(Exception):
    pass


def _records(reader: Any, skipped: int) -> Iterator[tuple[int, int, list[str]]]:
    """(first line, last line, cells) of every record, counting the lines of the file."""
    line = skipped + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # only "field larger than field limit" is left in non-strict
            raise _TooLong(line) from exc
        end = reader.line_num + skipped
        yield line, end, record
        line = end + 1


def _read_header(
    preview: ImportPreview, header: list[str]
) -> tuple[SourceLayout, dict[str, int]] | None:
    columns: dict[str, int] = {}
    for position, name in enumerate(header):
        canonical = _ALIAS_TO_FIELD.get(_key(name))
        if canonical is None or canonical in columns:
            if name.strip():
                preview.ignored_columns.append(name.strip())
            continue
        columns[canonical] = position
        preview.columns[canonical] = name.strip().lstrip("\ufeff")
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        preview.file_problems.append(missing_columns(missing))
        return None
    written = tuple(name.strip().lstrip("\ufeff") for name in header)
    return SourceLayout(written, preview.format, columns["email"]), columns


def _judge_rows(
    preview: ImportPreview,
    records: Iterator[tuple[int, int, list[str]]],
    source: SourceLayout,
    columns: dict[str, int],
    *,
    existing_emails: Iterable[str],
    existing_slugs: Iterable[str],
    default_timezone: str,
) -> int:
    """Judge every record into ``preview.rows``; returns the last line of the last row."""
    emails = {e.strip().lower() for e in existing_emails}
    slugs = {s for s in existing_slugs if s}
    seen_emails: dict[str, int] = {}
    seen_slugs: dict[str, int] = {}

    last_end = 0
    for line, end, written in records:
        if not any(value.strip() for value in written):
            continue  # blank lines Excel leaves at the end
        last_end = end
        if len(preview.rows) >= MAX_ROWS:
            raise _TooMany
        record = tuple(restore(value) for value in written)

        def cell(name: str, record: tuple[str, ...] = record) -> str:
            position = columns.get(name)
            if position is None or position >= len(record):
                return ""
            return record[position].strip()

        problems: list[str] = []
        notes: list[str] = []
        for position, value in enumerate(record):
            if len(value) > MAX_CELL:
                name = source.header[position] if position < len(source.header) else ""
                problems.append(cell_too_long(name or f"#{position + 1}", MAX_CELL))
        email = cell("email")
        if p := email_problem(email):
            problems.append(p)
        given, family = cell("given_name"), cell("family_name")
        if not given:
            problems.append(given_name_missing())
        elif p := name_problem("given_name", given):
            problems.append(p)
        if not family:
            problems.append(family_name_missing())
        elif p := name_problem("family_name", family):
            problems.append(p)
        zone = check_timezone(cell("timezone") or default_timezone)
        if zone.problem is not None:
            problems.append(zone.problem)
        if zone.note is not None:
            notes.append(zone.note)
        raw_slug = cell("slug")
        slug = normalize_slug(raw_slug) if raw_slug else None
        duration: int | None = None
        raw_duration = cell("duration")
        if raw_duration:
            duration, p = parse_duration(raw_duration)
            if p is not None:
                problems.append(p)
        meeting_type = cell("meeting_type") or None
        if meeting_type is not None and (p := meeting_type_name_problem(meeting_type)):
            problems.append(p)

        key = email.lower()
        exists = key in emails
        if key and key in seen_emails:
            problems.append(duplicate_email(seen_emails[key]))
        elif key:
            seen_emails[key] = line
        if slug is not None:
            if p := slug_problem(slug):
                problems.append(p)
            elif slug in seen_slugs:
                problems.append(duplicate_slug(slug, seen_slugs[slug]))
            elif slug in slugs and not exists:
                problems.append(slug_taken(slug))
            seen_slugs.setdefault(slug, line)

        action = RowAction.CREATE
        if problems:
            action = RowAction.INVALID
        elif exists:
            action = RowAction.LINK
        preview.rows.append(
            ImportRow(
                line=line,
                email=email,
                given_name=given,
                family_name=family,
                timezone=zone.name,
                slug=slug,
                meeting_type=meeting_type,
                duration=duration,
                problems=problems,
                action=action,
                notes=notes,
                packed_cells=pack_cells(record),
                source=source,
            )
        )
    return last_end
