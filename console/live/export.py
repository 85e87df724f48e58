"""Exports of booking rows: CSV for spreadsheets and iCalendar (.ics, RFC 5545) — no Qt.

Times are written in UTC (``…Z``), which every calendar converts to the reader's zone. The CSV
goes through :func:`write_csv`, the one place that turns rows into CSV text, so a hardened
writer (e.g. one that defuses spreadsheet formulas) can replace it for every export at once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import icalendar

from console.domain.csv_safe import csv_text
from console.live.events import CANCELLED, PENDING
from console.store.records import BookingRecord
from console.store.timestamps import now

PRODID = "-//meetergo-console//live bookings//EN"
UID_DOMAIN = "meetergo-console"

CSV_COLUMNS = (
    "appointment_id",
    "start_utc",
    "end_utc",
    "client_name",
    "client_email",
    "account",
    "account_id",
    "meeting_type",
    "status",
    "created_utc",
)


@dataclass(frozen=True)
class AccountInfo:
    """What an export says about a booking's account (its host)."""

    email: str
    name: str = ""
    timezone: str | None = None


AccountLookup = Callable[[str | None], AccountInfo | None]


def write_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """CSV text of ``header`` and ``rows`` through the formula-safe writer (a client who books
    as "=HYPERLINK(…)" must not run in the agency's spreadsheet)."""
    return csv_text(itertools.chain([header], rows))


def _utc(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if value else ""


def bookings_csv(bookings: Iterable[BookingRecord], accounts: AccountLookup) -> str:
    """The bookings as CSV, one row each, in :data:`CSV_COLUMNS` order."""

    def row(b: BookingRecord) -> list[str]:
        account = accounts(b.host_id)
        return [
            b.appointment_id,
            _utc(b.start),
            _utc(b.end),
            b.client_name,
            b.client_email,
            account.email if account else "",
            b.host_id or "",
            b.meeting_type_name or b.meeting_type_id or "",
            b.status,
            _utc(b.created_at),
        ]

    return write_csv(CSV_COLUMNS, (row(b) for b in bookings))


def bookings_ics(
    bookings: Iterable[BookingRecord],
    accounts: AccountLookup,
    *,
    stamp: datetime | None = None,
) -> bytes:
    """An iCalendar file with one VEVENT per booking that has a start (one without an end, a
    pending booking, has no DTEND: RFC 5545 3.6.1 makes it an instant)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    fallback_stamp = (stamp or now()).astimezone(UTC)
    for b in bookings:
        if b.start is None:
            continue
        event = icalendar.Event()
        event.add("uid", f"{b.appointment_id}@{UID_DOMAIN}")
        event.add("dtstamp", (b.updated_at or fallback_stamp).astimezone(UTC))
        event.add("dtstart", b.start.astimezone(UTC))
        if b.end is not None:
            event.add("dtend", b.end.astimezone(UTC))
        title = b.meeting_type_name or "Appointment"
        event.add("summary", f"{title}: {b.client_name}" if b.client_name else title)
        # RFC 5545 3.8.1.11: a booking still waiting for its confirmation is TENTATIVE.
        event.add("status", _ICS_STATUS.get(b.status, "CONFIRMED"))
        account = accounts(b.host_id)
        if account is not None and account.email:
            organizer = icalendar.vCalAddress(f"mailto:{account.email}")
            if account.name:
                organizer.params["cn"] = icalendar.vText(account.name)
            event.add("organizer", organizer)
        if b.client_email:
            attendee = icalendar.vCalAddress(f"mailto:{b.client_email}")
            if b.client_name:
                attendee.params["cn"] = icalendar.vText(b.client_name)
            attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
            event.add("attendee", attendee)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_export(path: Path, content: str | bytes) -> None:
    """Write an export; CSV gets a BOM so spreadsheet programs read umlauts as UTF-8."""
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8-sig", newline="")
    else:
        path.write_bytes(content)


def lookup_from(accounts: Mapping[str, AccountInfo]) -> AccountLookup:
    """An :data:`AccountLookup` over a mapping of host id to account."""
    return lambda host_id: accounts.get(host_id) if host_id else None


_ICS_STATUS = {CANCELLED: "CANCELLED", PENDING: "TENTATIVE"}
