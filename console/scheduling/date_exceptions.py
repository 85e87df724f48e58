"""Date-specific hours as the dashboard shows them: a date (or range), closed or open, a note.

On the wire an availability exception is a span of instants (``start``, ``end``, ``available``,
``title``); people think in local dates of the schedule's zone: "closed 24 Dec", "open 10–14 on
Saturday 5 Dec", "closed 24 Dec – 1 Jan". :class:`DateException` is that view, read from and
turned back into instants in the availability's zone (DST-exact through
:func:`~console.scheduling.slots.local_instant`), and :func:`effective_hours` says what a day
ends up with once the exceptions are applied the way the slot engine applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from console.scheduling.schedule import MINUTES_PER_DAY, WeeklySchedule, format_minute
from console.scheduling.slots import DateOverride, available_windows, local_instant, zone

__all__ = ["DateException", "effective_hours", "exceptions_on"]


@dataclass(frozen=True)
class DateException:
    """``first``..``last`` (inclusive, local dates) closed or open, all day or ``start``–``end``.

    ``start_minute``/``end_minute`` are wall-clock minutes of each of the days (``None`` for the
    whole day; an end of 1440 is midnight). ``id`` is the server's id, kept so a read-back can
    be matched; ``title`` is the note people see ("Christmas Eve", "Closed").
    """

    first: date
    last: date
    available: bool = False
    start_minute: int | None = None
    end_minute: int | None = None
    title: str | None = None
    id: int | str | None = None

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"{self.last.isoformat()} is before {self.first.isoformat()}.")
        if (self.start_minute is None) != (self.end_minute is None):
            raise ValueError("Give both a start and an end time, or neither for the whole day.")
        if self.start_minute is not None and self.end_minute is not None:
            if not 0 <= self.start_minute < self.end_minute <= MINUTES_PER_DAY:
                raise ValueError("The hours of a date must end after they start.")

    @property
    def all_day(self) -> bool:
        """Whether the exception covers whole days."""
        return self.start_minute is None

    def days(self) -> list[date]:
        """Every local date the exception covers."""
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def covers(self, day: date) -> bool:
        """Whether ``day`` lies in ``first..last``."""
        return self.first <= day <= self.last

    def hours_label(self) -> str:
        """``"10:00–14:00"``, or an empty text for the whole day."""
        if self.start_minute is None or self.end_minute is None:
            return ""
        return f"{format_minute(self.start_minute)}–{format_minute(self.end_minute)}"

    def spans(self, tz: str) -> list[tuple[datetime, datetime]]:
        """The exception as instants in ``tz``: one span for whole days, one per day otherwise."""
        info = zone(tz)
        if self.start_minute is None or self.end_minute is None:
            return [
                (
                    local_instant(self.first, 0, info),
                    local_instant(self.last + timedelta(days=1), 0, info),
                )
            ]
        return [
            (
                local_instant(day, self.start_minute, info),
                local_instant(day, self.end_minute, info),
            )
            for day in self.days()
        ]

    def overrides(self, tz: str) -> list[DateOverride]:
        """What the slot engine takes."""
        return [
            DateOverride(start, end, self.available, title=self.title)
            for start, end in self.spans(tz)
        ]

    @classmethod
    def from_span(
        cls,
        start: datetime,
        end: datetime,
        tz: str,
        *,
        available: bool,
        title: str | None = None,
        id: int | str | None = None,
    ) -> DateException:
        """Read one wire exception (aware instants) as local dates and times of ``tz``."""
        info = zone(tz)
        local_start, local_end = start.astimezone(info), end.astimezone(info)
        start_minute = local_start.hour * 60 + local_start.minute
        end_minute = local_end.hour * 60 + local_end.minute
        first = local_start.date()
        if start_minute == 0 and end_minute == 0 and local_end.date() > first:
            last = local_end.date() - timedelta(days=1)
            return cls(first, last, available, title=title, id=id)
        if local_end.date() > first:
            end_minute += MINUTES_PER_DAY * (local_end.date() - first).days
        end_minute = min(end_minute, MINUTES_PER_DAY)
        if end_minute <= start_minute:
            end_minute = min(start_minute + 1, MINUTES_PER_DAY)
            start_minute = end_minute - 1
        return cls(first, first, available, start_minute, end_minute, title=title, id=id)


def exceptions_on(exceptions: Iterable[DateException], day: date) -> list[DateException]:
    """The exceptions that cover ``day``."""
    return [e for e in exceptions if e.covers(day)]


def effective_hours(
    schedule: WeeklySchedule, tz: str, exceptions: Sequence[DateException], day: date
) -> tuple[tuple[int, int], ...]:
    """Wall-clock ``(start, end)`` minutes open on local ``day`` after the exceptions.

    The same answer the slot engine gives (weekly hours minus closed exceptions, plus open
    ones, which win over closed ones): what the week grid draws for a date with an exception.
    """
    info = zone(tz)
    overrides = [o for e in exceptions for o in e.overrides(tz)]
    day_start = local_instant(day, 0, info)
    day_end = local_instant(day + timedelta(days=1), 0, info)
    spans: list[tuple[int, int]] = []
    for start, end in available_windows(schedule, info, overrides, day_start, day_end):
        local_start, local_end = start.astimezone(info), end.astimezone(info)
        first = local_start.hour * 60 + local_start.minute if local_start.date() == day else 0
        last = (
            local_end.hour * 60 + local_end.minute if local_end.date() == day else MINUTES_PER_DAY
        )
        if last > first:
            spans.append((first, last))
    merged: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return tuple(merged)
