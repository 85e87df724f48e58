"""Weekly working hours: parsing both wire formats, validation, presets.

A :class:`WeeklySchedule` is the "opening hours" part of a meetergo availability: for each weekday
whether it is enabled and which wall-clock intervals are open. The times are wall-clock times in
the availability's own IANA time zone; turning them into instants is the job of
:mod:`console.scheduling.slots`.

The platform documents two shapes (fact sheet §7, §17); both are read, the newer one is written:

* object per weekday (current): ``{"monday": {"enabled": true, "hours": [{"start": "09:00",
  "end": "17:00"}]}, ...}``
* array of day entries (older): ``[{"dayOfWeek": "monday", "intervals": [{"from": "09:00",
  "to": "17:00"}]}, ...]`` — omitted days are closed.

An interval may end at ``"24:00"`` (end of the day); an end of ``"00:00"`` means the same, since
nothing can end at the first minute of its day. Internally every time is held as minutes since
midnight, so the end of the day is simply minute 1440, and it is always *written* ``"24:00"``
(see :func:`format_minute` for why).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import time
from typing import Any

__all__ = [
    "ENDS_BEFORE_START",
    "MINUTES_PER_DAY",
    "OVERLAP",
    "PRESETS",
    "PRESET_LABELS",
    "WEEKDAYS",
    "DaySchedule",
    "Interval",
    "ScheduleError",
    "ScheduleIssue",
    "WeeklySchedule",
    "format_minute",
    "parse_time",
]

WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
"""Weekday names as the API spells them; index = ``date.weekday()``."""

MINUTES_PER_DAY = 24 * 60

_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


class ScheduleError(ValueError):
    """Input that cannot be read as a weekly schedule.

    ``str(error)`` is a readable sentence (several joined by spaces); ``problems`` lists them one
    by one so an API can answer them as a validation-message list.
    """

    def __init__(self, problems: str | Iterable[str]) -> None:
        self.problems: list[str] = [problems] if isinstance(problems, str) else list(problems)
        super().__init__(" ".join(self.problems))


def parse_time(text: str, *, allow_end_of_day: bool = False) -> int:
    """Read ``"HH:MM"`` (or ``"HH:MM:SS"`` with zero seconds) as minutes since midnight.

    ``"24:00"`` is accepted only when ``allow_end_of_day`` is set (interval ends) and yields 1440.
    Raises :class:`ScheduleError` with a readable message otherwise.
    """
    if not isinstance(text, str):
        raise ScheduleError(f'{text!r} is not a time; expected text like "09:00".')
    match = _TIME_RE.match(text)
    if match is None:
        raise ScheduleError(f'"{text}" is not a time; expected hours and minutes like "09:00".')
    hours, minutes = int(match.group(1)), int(match.group(2))
    seconds = int(match.group(3) or 0)
    if minutes > 59 or seconds > 59:
        raise ScheduleError(f'"{text}" is not a valid time of day.')
    if seconds:
        raise ScheduleError(f'"{text}" has seconds; working hours are whole minutes.')
    if hours == 24 and minutes == 0 and allow_end_of_day:
        return MINUTES_PER_DAY
    if hours > 23:
        if hours == 24 and minutes == 0:
            raise ScheduleError(f'"{text}" can only be the end of an interval, not its start.')
        raise ScheduleError(f'"{text}" is not a valid time of day (hours go from 00 to 23).')
    return hours * 60 + minutes


def format_minute(minute: int) -> str:
    """Minutes since midnight as ``"HH:MM"`` (1440 becomes ``"24:00"``).

    The end of the day is written ``"24:00"``, never ``"00:00"`` or ``"23:59"``. The meetergo
    docs give interval times only as ``"HH:MM"`` (fact sheet §7) and show no interval that
    reaches midnight (developer.meetergo.com/developer-docs/core-concepts/availability); a
    server comparing ``"HH:MM"`` texts, as the sandbox does, refuses an end of ``"00:00"`` as
    "ends before it starts". ``"24:00"`` sorts after every start and is
    ISO 8601's spelling of the end of a day (ISO 8601:2004 §4.2.3, "Midnight"), so 20:00–24:00
    keeps its last half hour bookable, where ``"23:59"`` would lose the 23:30 slot of a
    30-minute meeting. Reading accepts an end of ``"00:00"`` or ``"24:00"`` as the end of the
    day; ``"23:59"`` stays the minute it names, since no source documents it as midnight.
    """
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _to_minute(value: time | int | str, *, end: bool) -> int:
    if isinstance(value, bool):
        raise ScheduleError(f"{value!r} is not a time.")
    if isinstance(value, int):
        minute = value
    elif isinstance(value, time):
        minute = value.hour * 60 + value.minute
    else:
        minute = parse_time(value, allow_end_of_day=end)
    # An interval cannot end at the first minute of its day: an end of 00:00 means "until
    # midnight" (and time() cannot express 24:00 at all).
    return MINUTES_PER_DAY if end and minute == 0 else minute


@dataclass(frozen=True, order=True, init=False)
class Interval:
    """An open interval of one day, ``[start, end)`` in wall-clock minutes since midnight.

    Build it from :class:`datetime.time` values (``Interval(time(9), time(17))``), from
    ``"HH:MM"`` text (``Interval("09:00", "24:00")``) or from minutes (``Interval(540, 1020)``).
    An end of ``"24:00"``, ``"00:00"``, ``time(0)`` or 0 means the end of the day (minute 1440),
    so ``Interval("00:00", "00:00")`` is the whole day. No check that the
    end lies after the start happens here: :meth:`WeeklySchedule.problems` reports that, so an
    editor can hold and show a half-typed interval.
    """

    start_minute: int
    end_minute: int

    def __init__(self, start: time | int | str, end: time | int | str) -> None:
        start_minute = _to_minute(start, end=False)
        end_minute = _to_minute(end, end=True)
        for value in (start_minute, end_minute):
            if not 0 <= value <= MINUTES_PER_DAY:
                raise ScheduleError(f"{value} is outside a day (0 to 1440 minutes).")
        if start_minute == MINUTES_PER_DAY:
            raise ScheduleError('"24:00" can only be the end of an interval, not its start.')
        object.__setattr__(self, "start_minute", start_minute)
        object.__setattr__(self, "end_minute", end_minute)

    @property
    def start(self) -> time:
        """Start as a :class:`datetime.time`."""
        return time(self.start_minute // 60, self.start_minute % 60)

    @property
    def end(self) -> time:
        """End as a :class:`datetime.time`; the end of the day is ``time(0)``."""
        minute = self.end_minute % MINUTES_PER_DAY
        return time(minute // 60, minute % 60)

    @property
    def minutes(self) -> int:
        """Length in minutes (0 or negative when the end is not after the start)."""
        return self.end_minute - self.start_minute

    def contains(self, minute: int) -> bool:
        """Whether the wall-clock minute lies in ``[start, end)``."""
        return self.start_minute <= minute < self.end_minute

    def label(self) -> str:
        """``"09:00–17:00"``."""
        return f"{format_minute(self.start_minute)}–{format_minute(self.end_minute)}"

    def to_wire(self) -> dict[str, str]:
        """``{"start": "HH:MM", "end": "HH:MM"}`` (current wire shape)."""
        return {"start": format_minute(self.start_minute), "end": format_minute(self.end_minute)}

    def __repr__(self) -> str:
        return f"Interval({format_minute(self.start_minute)!r}, {format_minute(self.end_minute)!r})"


@dataclass(frozen=True)
class DaySchedule:
    """One weekday: whether it is enabled and its intervals (kept even while disabled)."""

    enabled: bool = False
    intervals: tuple[Interval, ...] = ()

    @property
    def open_intervals(self) -> tuple[Interval, ...]:
        """The intervals that count: none when the day is disabled."""
        return self.intervals if self.enabled else ()


ENDS_BEFORE_START = "ends_before_start"
OVERLAP = "overlap"


@dataclass(frozen=True)
class ScheduleIssue:
    """One thing wrong with a schedule, kept as data so each layer can word it its own way.

    ``kind`` is :data:`ENDS_BEFORE_START` (``interval`` ends at or before it starts) or
    :data:`OVERLAP` (``interval`` overlaps ``other`` on the same day); ``day`` is the weekday as
    the API spells it. ``str(issue)`` is the English sentence.
    """

    kind: str
    day: str
    interval: Interval
    other: Interval | None = None

    def __str__(self) -> str:
        label = self.day.capitalize()
        if self.kind == OVERLAP and self.other is not None:
            return f"{label}: {self.interval.label()} overlaps {self.other.label()}."
        return f"{label}: {self.interval.label()} ends at or before it starts."


def _day_index(day: str | int) -> int:
    if isinstance(day, int) and not isinstance(day, bool):
        if 0 <= day < 7:
            return day
        raise ScheduleError(f"{day} is not a weekday number (0 = Monday … 6 = Sunday).")
    if isinstance(day, str):
        name = day.strip().lower()
        if name in WEEKDAYS:
            return WEEKDAYS.index(name)
        for index, full in enumerate(WEEKDAYS):
            if len(name) >= 3 and full.startswith(name):
                return index
    raise ScheduleError(f"{day!r} is not a weekday; use monday … sunday.")


def _closed_week() -> tuple[DaySchedule, ...]:
    return tuple(DaySchedule() for _ in WEEKDAYS)


def _merged(intervals: Iterable[Interval]) -> list[tuple[int, int]]:
    spans = sorted((i.start_minute, i.end_minute) for i in intervals if i.minutes > 0)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


@dataclass(frozen=True)
class WeeklySchedule:
    """Immutable weekly hours: seven :class:`DaySchedule` entries, Monday first.

    Create one with :meth:`from_wire`, :meth:`from_hours`, :meth:`closed` or take one from
    :data:`PRESETS`; change it with :meth:`with_day` (returns a new schedule).
    """

    days: tuple[DaySchedule, ...] = field(default_factory=_closed_week)

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ScheduleError("A weekly schedule needs exactly seven days.")

    # -- construction ---------------------------------------------------------------------------

    @classmethod
    def closed(cls) -> WeeklySchedule:
        """A schedule with every day closed."""
        return cls()

    @classmethod
    def from_hours(
        cls, days: Iterable[str | int], intervals: Iterable[Interval | tuple[str, str]]
    ) -> WeeklySchedule:
        """The same intervals on the given days, every other day closed."""
        hours = tuple(i if isinstance(i, Interval) else Interval(*i) for i in intervals)
        schedule = cls()
        for day in days:
            schedule = schedule.with_day(day, hours)
        return schedule

    @classmethod
    def from_wire(cls, raw: Any) -> WeeklySchedule:
        """Read either documented wire shape (see module docstring).

        Omitted days are closed. In the object shape a day without ``enabled`` counts as enabled
        when it has hours. Raises :class:`ScheduleError` listing every problem that prevents
        reading (unknown weekday, missing or malformed times, wrong types); overlaps and
        intervals that end before they start are read and reported by :meth:`problems`.
        """
        if isinstance(raw, WeeklySchedule):
            return raw
        problems: list[str] = []
        days: list[DaySchedule | None] = [None] * 7
        if isinstance(raw, Mapping):
            entries: list[tuple[Any, Any, Any]] = []
            for key, value in raw.items():
                if value is None:
                    entries.append((key, False, []))
                elif isinstance(value, Mapping):
                    hours = value.get("hours", value.get("intervals")) or []
                    enabled = value.get("enabled")
                    entries.append((key, enabled, hours))
                elif isinstance(value, list):
                    entries.append((key, None, value))
                else:
                    problems.append(
                        f"{str(key).capitalize()}: expected an object with enabled and hours."
                    )
        elif isinstance(raw, list):
            entries = []
            for position, item in enumerate(raw, start=1):
                if not isinstance(item, Mapping) or "dayOfWeek" not in item:
                    problems.append(f"Day entry {position} has no dayOfWeek.")
                    continue
                entries.append(
                    (item["dayOfWeek"], item.get("enabled"), item.get("intervals") or [])
                )
        else:
            raise ScheduleError(
                "A schedule must be an object keyed by weekday or a list of day entries."
            )

        for key, enabled, hours in entries:
            try:
                index = _day_index(key)
            except ScheduleError as exc:
                problems.extend(exc.problems)
                continue
            name = WEEKDAYS[index].capitalize()
            if enabled is not None and not isinstance(enabled, bool):
                problems.append(f"{name}: enabled must be true or false.")
                continue
            if not isinstance(hours, list):
                problems.append(f"{name}: hours must be a list of intervals.")
                continue
            intervals: list[Interval] = []
            for item in hours:
                try:
                    intervals.append(_interval_from_wire(item))
                except ScheduleError as exc:
                    problems.extend(f"{name}: {p}" for p in exc.problems)
            previous = days[index]
            if previous is not None:
                # The array shape may list a day twice; its intervals add up.
                intervals = list(previous.intervals) + intervals
                enabled = previous.enabled or bool(enabled if enabled is not None else intervals)
            day_enabled = bool(intervals) if enabled is None else enabled
            days[index] = DaySchedule(day_enabled, tuple(intervals))
        if problems:
            raise ScheduleError(problems)
        return cls(tuple(d if d is not None else DaySchedule() for d in days))

    # -- output ---------------------------------------------------------------------------------

    def to_wire(self) -> dict[str, dict[str, Any]]:
        """Current wire shape: an object with all seven weekdays."""
        return {
            name: {"enabled": day.enabled, "hours": [i.to_wire() for i in day.intervals]}
            for name, day in zip(WEEKDAYS, self.days, strict=True)
        }

    def to_wire_array(self) -> list[dict[str, Any]]:
        """Older array shape (``dayOfWeek``/``intervals``/``from``/``to``), open days only."""
        return [
            {
                "dayOfWeek": name,
                "intervals": [
                    {"from": format_minute(i.start_minute), "to": format_minute(i.end_minute)}
                    for i in day.intervals
                ],
            }
            for name, day in zip(WEEKDAYS, self.days, strict=True)
            if day.open_intervals
        ]

    # -- queries --------------------------------------------------------------------------------

    def day(self, day: str | int) -> DaySchedule:
        """The entry of one weekday (name or 0 = Monday)."""
        return self.days[_day_index(day)]

    def intervals(self, day: str | int) -> tuple[Interval, ...]:
        """Open intervals of a weekday, sorted; empty when the day is disabled."""
        return tuple(sorted(self.days[_day_index(day)].open_intervals))

    def open_spans(self, day: str | int) -> list[tuple[int, int]]:
        """Open minutes of a weekday as merged ``(start, end)`` pairs; broken intervals dropped."""
        return _merged(self.days[_day_index(day)].open_intervals)

    def is_open_at(self, day: str | int, at: time | int) -> bool:
        """Whether the wall-clock time (or minute of day) on that weekday is within hours."""
        minute = at if isinstance(at, int) else at.hour * 60 + at.minute
        return any(start <= minute < end for start, end in self.open_spans(day))

    def weekly_minutes(self) -> int:
        """Open minutes per week (overlaps counted once)."""
        return sum(end - start for d in range(7) for start, end in self.open_spans(d))

    @property
    def is_closed(self) -> bool:
        """True when no day has any open time."""
        return self.weekly_minutes() == 0

    def issues(self) -> list[ScheduleIssue]:
        """Everything wrong, one :class:`ScheduleIssue` each; empty when the schedule is sound.

        Reports intervals that end at or before their start, and intervals of the same day that
        overlap (touching ones, 09:00–12:00 and 12:00–13:00, are fine). Disabled days are checked
        too, since their hours are kept and come back when the day is enabled.
        """
        found: list[ScheduleIssue] = []
        for name, day in zip(WEEKDAYS, self.days, strict=True):
            valid: list[Interval] = []
            for interval in day.intervals:
                if interval.end_minute <= interval.start_minute:
                    found.append(ScheduleIssue(ENDS_BEFORE_START, name, interval))
                else:
                    valid.append(interval)
            ordered = sorted(valid)
            for position, first in enumerate(ordered):
                for second in ordered[position + 1 :]:
                    if second.start_minute >= first.end_minute:
                        break
                    found.append(ScheduleIssue(OVERLAP, name, first, second))
        return found

    def problems(self) -> list[str]:
        """:meth:`issues` as readable English sentences ("Monday: 17:00–09:00 ends …")."""
        return [str(issue) for issue in self.issues()]

    # -- changes --------------------------------------------------------------------------------

    def with_day(
        self,
        day: str | int,
        intervals: Iterable[Interval | tuple[str, str]],
        *,
        enabled: bool | None = None,
    ) -> WeeklySchedule:
        """A copy with one weekday's intervals replaced (sorted).

        ``enabled`` defaults to "has intervals".
        """
        hours = tuple(sorted(i if isinstance(i, Interval) else Interval(*i) for i in intervals))
        index = _day_index(day)
        days = list(self.days)
        days[index] = DaySchedule(bool(hours) if enabled is None else enabled, hours)
        return WeeklySchedule(tuple(days))

    def with_day_enabled(self, day: str | int, enabled: bool) -> WeeklySchedule:
        """A copy with one weekday switched on or off, keeping its intervals."""
        index = _day_index(day)
        days = list(self.days)
        days[index] = DaySchedule(enabled, days[index].intervals)
        return WeeklySchedule(tuple(days))

    def summary(self) -> str:
        """A short English description, e.g. ``"Monday: 09:00–17:00; Tuesday: closed; ..."``."""
        parts = []
        for name, day in zip(WEEKDAYS, self.days, strict=True):
            hours = ", ".join(i.label() for i in sorted(day.open_intervals)) or "closed"
            parts.append(f"{name.capitalize()}: {hours}")
        return "; ".join(parts)


def _interval_from_wire(item: Any) -> Interval:
    if not isinstance(item, Mapping):
        raise ScheduleError(f"{item!r} is not an interval; expected start and end.")
    start = item.get("start", item.get("from"))
    end = item.get("end", item.get("to"))
    if start is None or end is None:
        raise ScheduleError("an interval needs both a start and an end.")
    if not isinstance(start, str) or not isinstance(end, str):
        raise ScheduleError(f'times must be text like "09:00", got {start!r} and {end!r}.')
    return Interval(parse_time(start), parse_time(end, allow_end_of_day=True))


_WORKDAYS = WEEKDAYS[:5]

PRESETS: dict[str, WeeklySchedule] = {
    "weekdays_9_17": WeeklySchedule.from_hours(_WORKDAYS, [("09:00", "17:00")]),
    "weekdays_8_17": WeeklySchedule.from_hours(_WORKDAYS, [("08:00", "17:00")]),
    "weekdays_9_18": WeeklySchedule.from_hours(_WORKDAYS, [("09:00", "18:00")]),
    "weekdays_8_16": WeeklySchedule.from_hours(_WORKDAYS, [("08:00", "16:00")]),
    "weekdays_8_12_13_17": WeeklySchedule.from_hours(
        _WORKDAYS, [("08:00", "12:00"), ("13:00", "17:00")]
    ),
    "weekdays_9_17_fri_13": WeeklySchedule.from_hours(WEEKDAYS[:4], [("09:00", "17:00")]).with_day(
        "friday", [("09:00", "13:00")]
    ),
    "mon_sat_9_18": WeeklySchedule.from_hours(WEEKDAYS[:6], [("09:00", "18:00")]),
}
"""Ready-made weekly hours by key (the UI offers them as "default availability")."""

PRESET_LABELS: dict[str, str] = {
    "weekdays_9_17": "Mon–Fri 09:00–17:00",
    "weekdays_8_17": "Mon–Fri 08:00–17:00",
    "weekdays_9_18": "Mon–Fri 09:00–18:00",
    "weekdays_8_16": "Mon–Fri 08:00–16:00",
    "weekdays_8_12_13_17": "Mon–Fri 08:00–12:00 and 13:00–17:00 (lunch break)",
    "weekdays_9_17_fri_13": "Mon–Thu 09:00–17:00, Fri 09:00–13:00",
    "mon_sat_9_18": "Mon–Sat 09:00–18:00",
}
"""English labels for :data:`PRESETS` (the UI translates them)."""
