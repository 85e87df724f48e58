"""Reading an onboarding CSV as agencies write it (Excel, LibreOffice, exports) — no Qt.

Comma or semicolon, UTF-8 with or without BOM, or cp1252 (Excel on Windows); headers in English
or German. Every row comes back valid, "exists, will be linked" or with readable problems.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from console.domain.accounts import (
    duration_not_a_number,
    duration_problem,
    email_problem,
    family_name_missing,
    given_name_missing,
    normalize_slug,
    slug_problem,
    slug_taken,
    timezone_problem,
)
from console.domain.onboarding import duplicate_email, duplicate_slug, missing_columns

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

    @property
    def runnable_rows(self) -> list[ImportRow]:
        """Rows Start will run (to create or to link)."""
        return [r for r in self.rows if r.is_valid]

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, else cp1252 as Excel on Windows writes."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        return ";" if first.count(";") > first.count(",") else ","


def parse_csv(
    data: bytes,
    *,
    existing_emails: Iterable[str] = (),
    existing_slugs: Iterable[str] = (),
    default_timezone: str = DEFAULT_TIMEZONE,
) -> ImportPreview:
    """Read an onboarding CSV and judge every row (nothing is sent).

    ``existing_emails``/``existing_slugs`` are the connection's current accounts (from the
    cache): a known e-mail is marked "exists, will be linked"; a taken slug is a problem.
    """
    text, encoding = decode(data)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = [r for r in reader]
    header = records[0] if records else []
    columns: dict[str, int] = {}
    written: dict[str, str] = {}
    ignored: list[str] = []
    for position, name in enumerate(header):
        canonical = _ALIAS_TO_FIELD.get(_key(name))
        if canonical is None or canonical in columns:
            if name.strip():
                ignored.append(name.strip())
            continue
        columns[canonical] = position
        written[canonical] = name.strip().lstrip("\ufeff")
    preview = ImportPreview([], delimiter, encoding, written, ignored)
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        preview.file_problems.append(missing_columns(missing))
        return preview

    emails = {e.strip().lower() for e in existing_emails}
    slugs = {s for s in existing_slugs if s}
    seen_emails: dict[str, int] = {}
    seen_slugs: dict[str, int] = {}

    def cell(record: list[str], name: str) -> str:
        position = columns.get(name)
        if position is None or position >= len(record):
            return ""
        return record[position].strip()

    for offset, record in enumerate(records[1:], start=2):
        if not any(value.strip() for value in record):
            continue  # blank lines Excel leaves at the end
        problems: list[str] = []
        email = cell(record, "email")
        if p := email_problem(email):
            problems.append(p)
        given, family = cell(record, "given_name"), cell(record, "family_name")
        if not given:
            problems.append(given_name_missing())
        if not family:
            problems.append(family_name_missing())
        zone = cell(record, "timezone") or default_timezone
        if p := timezone_problem(zone):
            problems.append(p)
        raw_slug = cell(record, "slug")
        slug = normalize_slug(raw_slug) if raw_slug else None
        duration: int | None = None
        raw_duration = cell(record, "duration")
        if raw_duration:
            try:
                duration = int(float(raw_duration.replace(",", ".")))
            except ValueError:
                problems.append(duration_not_a_number(raw_duration))
            else:
                if p := duration_problem(duration):
                    problems.append(p)
        meeting_type = cell(record, "meeting_type") or None

        key = email.lower()
        exists = key in emails
        if key and key in seen_emails:
            problems.append(duplicate_email(seen_emails[key]))
        elif key:
            seen_emails[key] = offset
        if slug is not None:
            if p := slug_problem(slug):
                problems.append(p)
            elif slug in seen_slugs:
                problems.append(duplicate_slug(slug, seen_slugs[slug]))
            elif slug in slugs and not exists:
                problems.append(slug_taken(slug))
            seen_slugs.setdefault(slug, offset)

        action = RowAction.CREATE
        if problems:
            action = RowAction.INVALID
        elif exists:
            action = RowAction.LINK
        preview.rows.append(
            ImportRow(
                line=offset,
                email=email,
                given_name=given,
                family_name=family,
                timezone=zone,
                slug=slug,
                meeting_type=meeting_type,
                duration=duration,
                problems=problems,
                action=action,
            )
        )
    return preview
