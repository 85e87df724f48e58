"""Plain records the store hands out and takes; no SQLAlchemy types leak to callers."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class CachedAccount:
    """One user of a connection as last fetched (a row of the accounts table)."""

    user_id: str
    email: str
    given_name: str
    family_name: str
    slug: str | None
    timezone: str | None
    meeting_type_count: int
    booking_url: str | None
    created_at: datetime | None
    fetched_at: datetime
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class JobState(enum.StrEnum):
    """Life of an onboarding job; new/running/paused are 'unfinished' and offered for resume."""

    NEW = "new"
    RUNNING = "running"
    PAUSED = "paused"
    CANCELLED = "cancelled"
    FINISHED = "finished"


UNFINISHED_STATES = (JobState.NEW, JobState.RUNNING, JobState.PAUSED)


class RowStatus(enum.StrEnum):
    """Status of one CSV row in the journal."""

    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class JobRowRecord:
    """One journaled row."""

    index: int
    input: dict[str, Any]
    status: RowStatus
    user_id: str | None
    booking_url: str | None
    error: str | None
    attempts: int
    updated_at: datetime


@dataclass(frozen=True)
class JobRecord:
    """A journaled onboarding job with its rows (rows empty when only the header was asked for)."""

    id: str
    connection: str
    source_name: str
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    state: JobState
    rows: tuple[JobRowRecord, ...] = ()

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)


@dataclass(frozen=True)
class NewJobRow:
    """A row as a new job is journaled: its input and where it starts (invalid rows: skipped)."""

    input: Mapping[str, Any]
    status: RowStatus = RowStatus.PENDING
    error: str | None = None


@dataclass(frozen=True)
class RowChange:
    """A row transition to journal before acting on it.

    ``error`` is written as given (None clears an old one); ``user_id`` and ``booking_url`` are
    written only when set, so a retry keeps what an earlier attempt learnt. ``count_attempt``
    adds one to the row's attempts.
    """

    index: int
    status: RowStatus
    user_id: str | None = None
    booking_url: str | None = None
    error: str | None = None
    count_attempt: bool = False


@dataclass(frozen=True)
class AuditEntry:
    """One change the console sent."""

    who: str
    at: datetime
    connection: str
    account_id: str | None
    account_email: str | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    id: int | None = None
    change_set_id: str | None = None  # the fleet change it belongs to, if any
    machine: str = ""  # the computer it was sent from (a team shares one trail)


class EventSource(enum.StrEnum):
    """Where a booking event came from."""

    WEBHOOK = "webhook"
    POLL = "poll"
    ACTION = "action"


class EventResult(enum.StrEnum):
    """What processing an event did: pending until the appointment was re-read."""

    PENDING = "pending"
    APPLIED = "applied"
    FAILED = "failed"
    IGNORED = "ignored"


@dataclass(frozen=True)
class NewEvent:
    """A booking event to log; (appointment id, event type, updated_at) is its identity."""

    appointment_id: str
    event_type: str
    updated_at: str
    source: EventSource
    raw: str
    previous_appointment_id: str | None = None


@dataclass(frozen=True)
class EventRecord:
    """One logged booking event."""

    id: int
    appointment_id: str
    event_type: str
    updated_at: str
    source: EventSource
    received_at: datetime
    raw: str
    result: EventResult
    error: str | None
    previous_appointment_id: str | None


@dataclass(frozen=True)
class BookingRecord:
    """One appointment as last read from the API (a row of the live bookings table)."""

    appointment_id: str
    host_id: str | None
    meeting_type_id: str | None
    meeting_type_name: str | None
    start: datetime | None
    end: datetime | None
    client_name: str
    client_email: str
    status: str
    created_at: datetime | None
    updated_at: datetime | None
    previous_appointment_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
