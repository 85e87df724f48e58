"""Checks of an availability before it is saved: mistakes the API accepts and some it refuses.

:func:`lint_schedule` looks at weekly hours in their time zone (and optionally the user's zone,
the meeting types that must fit, and the date exceptions); :func:`lint_availability` does the
same for an availability document as the API returns it (``timezone``, ``schedule`` in either
wire shape, ``availabilityExceptions``). Every finding is a :class:`LintProblem`; only what the
API would refuse (an interval that ends before it starts, overlapping intervals) is an error,
the rest are warnings a user may have meant.

Clock changes are checked on the zone's next transition dates: an interval that covers wall
times that do not exist that day (the clocks jump forward) loses that time, one that covers
repeated wall times (the clocks go back) offers it twice over — meetergo reads weekly hours as
wall-clock times in the schedule's zone (fact sheet §7), so neither is visible in the hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any, Literal

from console.domain import availability as messages
from console.domain.accounts import weekday_name
from console.domain.problems import Problem
from console.scheduling.schedule import (
    WEEKDAYS,
    Interval,
    ScheduleError,
    WeeklySchedule,
    format_minute,
)
from console.scheduling.slots import zone
from console.scheduling.timezones import canonical_timezone

__all__ = [
    "ClockChange",
    "LintProblem",
    "MeetingTypeNeed",
    "Severity",
    "clock_changes",
    "date_label",
    "has_errors",
    "lint_availability",
    "lint_schedule",
    "read_exceptions",
]

Severity = Literal["error", "warning"]

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Far enough ahead to see both clock changes of every zone that has them.
_HORIZON_DAYS = 400


def date_label(day: date) -> str:
    """``"Sun 28 Mar 2027"`` (English, independent of the process locale)."""
    return f"{_DAY_ABBR[day.weekday()]} {day.day} {_MONTH_ABBR[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class LintProblem:
    """One finding: how bad, where (weekday and/or date, interval) and the readable message."""

    severity: Severity
    kind: str
    message: Problem
    weekday: str | None = None
    date: date | None = None
    interval: Interval | None = None

    def to_json(self) -> dict[str, Any]:
        """The finding as one JSON object (``weekday``/``date`` only when known)."""
        doc: dict[str, Any] = {"severity": self.severity, "kind": self.kind}
        if self.weekday is not None:
            doc["weekday"] = self.weekday
        if self.date is not None:
            doc["date"] = self.date.isoformat()
        doc["interval"] = self.interval.to_wire() if self.interval is not None else None
        doc["message"] = str(self.message)
        return doc


@dataclass(frozen=True)
class MeetingTypeNeed:
    """What a meeting type needs from the hours: its duration and buffers, in minutes."""

    name: str
    duration: int
    buffer_before: int = 0
    buffer_after: int = 0

    @property
    def minutes(self) -> int:
        """Duration plus both buffers."""
        return self.duration + self.buffer_before + self.buffer_after


@dataclass(frozen=True)
class ClockChange:
    """A clock change on local ``day``: wall minutes ``[start, end)`` are missing or repeated."""

    day: date
    start_minute: int
    end_minute: int
    missing: bool  # True: the clocks jump forward over the span; False: the span happens twice


@dataclass(frozen=True)
class _Exception:
    start: datetime
    end: datetime


def _offset(instant: datetime, tz: tzinfo) -> timedelta:
    offset = instant.astimezone(tz).utcoffset()
    return offset if offset is not None else timedelta(0)


def _first_change(low: datetime, high: datetime, tz: tzinfo) -> datetime:
    """First instant in ``(low, high]`` (whole seconds) whose offset differs from ``low``'s."""
    before = _offset(low, tz)
    lo_s, hi_s = 1, int((high - low).total_seconds())
    while lo_s < hi_s:
        mid = (lo_s + hi_s) // 2
        if _offset(low + timedelta(seconds=mid), tz) != before:
            hi_s = mid
        else:
            lo_s = mid + 1
    return low + timedelta(seconds=lo_s)


def clock_changes(tz: str | tzinfo, first: date, days: int = _HORIZON_DAYS) -> list[ClockChange]:
    """The clock changes of ``tz`` on local days ``first`` … ``first + days - 1``."""
    info = zone(tz)
    found: list[ClockChange] = []
    day = first
    start = datetime.combine(day, time()).replace(tzinfo=info).astimezone(UTC)
    for _ in range(days):
        following = day + timedelta(days=1)
        end = datetime.combine(following, time()).replace(tzinfo=info).astimezone(UTC)
        if _offset(start, info) != _offset(end, info):
            switch = _first_change(start, end, info)
            before, after = _offset(start, info), _offset(switch, info)
            midnight = datetime.combine(day, time())
            wall_before = (switch.replace(tzinfo=None) + before - midnight) // timedelta(minutes=1)
            wall_after = (switch.replace(tzinfo=None) + after - midnight) // timedelta(minutes=1)
            low, high = sorted((wall_before, wall_after))
            found.append(ClockChange(day, low, high, missing=after > before))
        day, start = following, end
    return found


def _label(day: str) -> Problem:
    return weekday_name(day)


def _interval_problems(schedule: WeeklySchedule) -> list[LintProblem]:
    found: list[LintProblem] = []
    for name, day in zip(WEEKDAYS, schedule.days, strict=True):
        valid: list[Interval] = []
        for interval in day.intervals:
            if interval.minutes <= 0:
                found.append(
                    LintProblem(
                        "error",
                        "ends_before_start",
                        messages.ends_before_start(_label(name), interval.label()),
                        weekday=name,
                        interval=interval,
                    )
                )
            else:
                valid.append(interval)
        ordered = sorted(valid)
        for position, first in enumerate(ordered):
            for second in ordered[position + 1 :]:
                if second.start_minute > first.end_minute:
                    break
                if second.start_minute == first.end_minute:
                    message = messages.intervals_touch(_label(name), first.label(), second.label())
                    found.append(
                        LintProblem("warning", "touching", message, weekday=name, interval=first)
                    )
                else:
                    message = messages.intervals_overlap(
                        _label(name), first.label(), second.label()
                    )
                    found.append(
                        LintProblem("error", "overlap", message, weekday=name, interval=first)
                    )
    return found


def _week_problems(schedule: WeeklySchedule) -> list[LintProblem]:
    open_days = [bool(schedule.open_spans(d)) for d in range(7)]
    if not any(open_days):
        return [LintProblem("warning", "no_bookable_time", messages.no_bookable_time())]
    first = open_days.index(True)
    last = 6 - open_days[::-1].index(True)
    return [
        LintProblem(
            "warning",
            "closed_day",
            messages.closed_day_in_week(_label(WEEKDAYS[d])),
            weekday=WEEKDAYS[d],
        )
        for d in range(first + 1, last)
        if not open_days[d]
    ]


def _clock_problems(schedule: WeeklySchedule, tz: str, today: date) -> list[LintProblem]:
    found: list[LintProblem] = []
    for change in clock_changes(tz, today):
        weekday = WEEKDAYS[change.day.weekday()]
        for interval in schedule.intervals(weekday):
            low = max(interval.start_minute, change.start_minute)
            high = min(interval.end_minute, change.end_minute)
            if high <= low:
                continue
            span = f"{format_minute(low)}–{format_minute(high)}"
            if change.missing:
                message = messages.wall_time_missing(date_label(change.day), span, tz)
            else:
                message = messages.wall_time_repeated(date_label(change.day), span, tz)
            found.append(
                LintProblem(
                    "warning",
                    "clock_gap" if change.missing else "clock_repeat",
                    message,
                    weekday=weekday,
                    date=change.day,
                    interval=interval,
                )
            )
    return found


def _fit_problems(schedule: WeeklySchedule, needs: Iterable[MeetingTypeNeed]) -> list[LintProblem]:
    longest = max(
        (end - start for d in range(7) for start, end in schedule.open_spans(d)), default=0
    )
    if longest == 0:
        return []  # "no bookable time" says it already
    return [
        LintProblem(
            "warning",
            "meeting_type_fits_nowhere",
            messages.meeting_type_fits_nowhere(n.name, n.minutes),
        )
        for n in needs
        if n.minutes > longest
    ]


def _same_zone(first: str, second: str) -> bool:
    return (canonical_timezone(first).name or first) == (canonical_timezone(second).name or second)


def lint_schedule(
    schedule: WeeklySchedule,
    tz: str,
    *,
    now: datetime,
    user_zone: str | None = None,
    meeting_types: Iterable[MeetingTypeNeed] = (),
    exceptions: Iterable[tuple[datetime, datetime]] = (),
) -> list[LintProblem]:
    """Every finding for ``schedule`` kept in ``tz`` as of ``now`` (aware), errors first.

    ``exceptions`` are ``(start, end)`` instants of date exceptions; those that ended before
    ``now`` are reported.
    """
    info = zone(tz)
    today = now.astimezone(info).date()
    found = _interval_problems(schedule) + _week_problems(schedule)
    found += _clock_problems(schedule, tz, today)
    if user_zone and not _same_zone(tz, user_zone):
        found.append(
            LintProblem("warning", "zone_differs", messages.zone_differs_from_user(tz, user_zone))
        )
    found += _fit_problems(schedule, meeting_types)
    for start, end in sorted(exceptions):
        if end <= now:
            local = start.astimezone(info).date()
            found.append(
                LintProblem(
                    "warning",
                    "exception_in_past",
                    messages.exception_in_past(date_label(local)),
                    date=local,
                )
            )
    return sorted(found, key=lambda p: p.severity != "error")


def _instant(value: Any, what: str) -> datetime:
    if not isinstance(value, str):
        raise ScheduleError(f"{what} must be a date and time like 2026-12-24T00:00:00Z.")
    try:
        instant = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ScheduleError(f"{what} {value!r} is not a date and time.") from None
    return instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)


def read_exceptions(raw: Any) -> list[tuple[datetime, datetime]]:
    """``(start, end)`` of each exception of an ``availabilityExceptions`` list."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ScheduleError("availabilityExceptions must be a list.")
    spans: list[tuple[datetime, datetime]] = []
    for position, item in enumerate(raw, start=1):
        if not isinstance(item, Mapping):
            raise ScheduleError(f"Exception {position} is not an object.")
        spans.append(
            (
                _instant(item.get("start"), f"Exception {position}: start"),
                _instant(item.get("end"), f"Exception {position}: end"),
            )
        )
    return spans


def lint_availability(
    doc: Mapping[str, Any],
    *,
    now: datetime,
    user_zone: str | None = None,
    meeting_types: Iterable[MeetingTypeNeed] = (),
) -> list[LintProblem]:
    """:func:`lint_schedule` for an availability as the API returns it.

    Raises :class:`ScheduleError` (readable) when ``timezone`` or ``schedule`` cannot be read.
    """
    tz = doc.get("timezone")
    if not isinstance(tz, str) or not tz:
        raise ScheduleError("The availability has no timezone.")
    try:
        zone(tz)
    except ValueError as exc:
        raise ScheduleError(str(exc)) from None
    if doc.get("schedule") is None:
        raise ScheduleError("The availability has no schedule.")
    schedule = WeeklySchedule.from_wire(doc["schedule"])
    return lint_schedule(
        schedule,
        tz,
        now=now,
        user_zone=user_zone,
        meeting_types=meeting_types,
        exceptions=read_exceptions(doc.get("availabilityExceptions")),
    )


def has_errors(problems: Iterable[LintProblem]) -> bool:
    """Whether any finding is one the API would refuse."""
    return any(p.severity == "error" for p in problems)
