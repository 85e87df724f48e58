"""Slot math: from weekly hours, overrides and bookings to bookable start times.

Pure functions, no I/O. Used by the sandbox to answer ``GET /v4/booking-availability`` and to
accept ``POST /v4/booking`` only for a listed start, and by the console to preview availability.

Semantics (the contract the sandbox and the UI rely on):

* Weekly hours are wall-clock times in the schedule's IANA zone. Each local calendar day gets its
  weekday's intervals, built from the local date + time with :mod:`zoneinfo`, so DST is honoured:
  a 09:00–17:00 day is 09:00–17:00 local before and after a transition, at different UTC offsets.
* Exactly the instants whose local wall-clock time (on that local date) lies within an interval
  are open. So on a transition day the wall times that do not exist (spring-forward gap) are
  skipped, and wall times that occur twice (fall-back overlap) are open at both occurrences: a
  01:00–04:00 interval then lasts four real hours, 02:30–04:00 gives 02:30–03:00 summer time plus
  02:30–04:00 standard time.
* An interval ending at 24:00 ends at the next local midnight; windows that touch are merged, so
  hours running through midnight make one window.
* :class:`DateOverride` with ``available=True`` adds a window (extra hours, "date exceptions"),
  with ``available=False`` blocks its span (days off, holidays). An available override wins
  over a blocking one where they overlap, and both win over the weekly hours — the precedence
  meetergo's help centre documents for date-specific hours.
* Candidate starts step by ``rules.interval`` (default: the duration) from each window's start; a
  slot ``[s, s + duration)`` must lie inside one window. A window running through local midnight
  restarts the grid at that midnight (slots may still run past it), so the result for any day
  does not depend on the range asked for.
* The slot padded by the buffers, ``[s - buffer_before, s + duration + buffer_after)``, must not
  overlap any :class:`Booked` span — except that a booking with exactly the slot's start and
  duration whose ``taken`` is below ``rules.spots`` leaves that start bookable (group meetings).
  Bookings with identical start and end are added up first.
* ``s >= now + minimum_notice`` minutes; ``s < now + days_into_future`` days when set; and
  ``window_start <= s < window_end``.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.scheduling.schedule import MINUTES_PER_DAY, WeeklySchedule

__all__ = [
    "Booked",
    "DateOverride",
    "SlotRules",
    "Window",
    "available_windows",
    "booking_limit_days",
    "compute_slots",
    "local_instant",
    "zone",
]

Window = tuple[datetime, datetime]
"""An available span ``(start, end)`` as aware UTC datetimes."""


def _require_aware(value: datetime, what: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be a datetime with a time zone, got {value!r}.")
    return value.astimezone(UTC)


@dataclass(frozen=True)
class SlotRules:
    """How a meeting type cuts availability into slots; minutes unless stated.

    ``interval`` defaults to ``duration``; ``days_into_future`` is in days (None = unlimited);
    ``spots`` is the number of attendees a start can take (group meetings when > 1).
    """

    duration: int
    buffer_before: int = 0
    buffer_after: int = 0
    interval: int | None = None
    minimum_notice: int = 0
    days_into_future: int | None = None
    spots: int = 1

    def __post_init__(self) -> None:
        if self.duration <= 0:
            raise ValueError(f"The duration must be positive, got {self.duration} minutes.")
        if self.buffer_before < 0 or self.buffer_after < 0:
            raise ValueError("Buffers cannot be negative.")
        if self.interval is not None and self.interval <= 0:
            raise ValueError(f"The slot interval must be positive, got {self.interval} minutes.")
        if self.minimum_notice < 0:
            raise ValueError("The minimum notice cannot be negative.")
        if self.days_into_future is not None and self.days_into_future < 0:
            raise ValueError("The booking window (days into the future) cannot be negative.")
        if self.spots < 1:
            raise ValueError(f"A meeting needs at least one spot, got {self.spots}.")

    @property
    def step(self) -> int:
        """Minutes between candidate starts."""
        return self.interval if self.interval is not None else self.duration


@dataclass(frozen=True)
class DateOverride:
    """A date exception: ``available=True`` adds ``[start, end)``, False blocks it.

    ``title`` is the exception's note ("Christmas Day"); it plays no part in the slot math and
    only lets an explanation name what closed a day.
    """

    start: datetime
    end: datetime
    available: bool
    title: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        _require_aware(self.start, "An override's start")
        _require_aware(self.end, "An override's end")


@dataclass(frozen=True)
class Booked:
    """An existing appointment ``[start, end)``; ``taken`` spots of it are used."""

    start: datetime
    end: datetime
    taken: int = 1

    def __post_init__(self) -> None:
        _require_aware(self.start, "A booking's start")
        _require_aware(self.end, "A booking's end")


def booking_limit_days(raw: object) -> int | None:
    """``daysIntoFuture.bookingLimit`` of a meeting type as days (None: no limit).

    Values above ten years are read as minutes: the docs' example 43200 is 30 days in minutes.
    """
    if not isinstance(raw, dict) or raw.get("mode") not in (None, "limit"):
        return None
    limit = raw.get("bookingLimit")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
        return None
    return limit if limit <= 3650 else max(1, limit // 1440)


def zone(tz: str | tzinfo) -> tzinfo:
    """The tzinfo for an IANA name (or the tzinfo itself); ValueError with a readable message."""
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f'"{tz}" is not a known IANA time zone (like "Europe/Berlin").') from exc


def local_instant(day: date, minute: int, tz: tzinfo) -> datetime:
    """The UTC instant of wall-clock ``minute`` (0..1440) on local ``day`` in ``tz``.

    Ambiguous wall times take the first occurrence (fold=0); nonexistent ones (in a DST gap) map
    to the end of the gap, i.e. the first wall time that exists after them.
    """
    if minute >= MINUTES_PER_DAY:
        day = day + timedelta(days=minute // MINUTES_PER_DAY)
        minute %= MINUTES_PER_DAY
    naive = datetime.combine(day, time(minute // 60, minute % 60))
    aware = naive.replace(tzinfo=tz)
    instant = aware.astimezone(UTC)
    if instant.astimezone(tz).replace(tzinfo=None) != naive:
        # In a DST gap: fold=1 reads the wall time with the offset after the transition, fold=0
        # with the one before; the transition lies between the two readings.
        readings = sorted(naive.replace(tzinfo=tz, fold=f).astimezone(UTC) for f in (0, 1))
        return _transition(readings[0], readings[1], tz)
    return instant


def _merge(spans: Iterable[Window]) -> list[Window]:
    ordered = sorted(s for s in spans if s[1] > s[0])
    merged: list[Window] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _subtract(spans: list[Window], blocks: list[Window]) -> list[Window]:
    if not blocks:
        return spans
    result: list[Window] = []
    for start, end in spans:
        pieces = [(start, end)]
        for b_start, b_end in blocks:
            if b_start >= end:
                break
            if b_end <= start:
                continue
            next_pieces: list[Window] = []
            for p_start, p_end in pieces:
                if b_end <= p_start or b_start >= p_end:
                    next_pieces.append((p_start, p_end))
                    continue
                if p_start < b_start:
                    next_pieces.append((p_start, b_start))
                if b_end < p_end:
                    next_pieces.append((b_end, p_end))
            pieces = next_pieces
        result.extend(pieces)
    return result


def _offset(instant: datetime, tz: tzinfo) -> timedelta:
    offset = instant.astimezone(tz).utcoffset()
    return offset if offset is not None else timedelta(0)


def _transition(low: datetime, high: datetime, tz: tzinfo) -> datetime:
    """First instant in ``(low, high]`` whose UTC offset differs from ``low``'s (whole seconds)."""
    before = _offset(low, tz)
    lo_s, hi_s = 1, int((high - low).total_seconds())
    while lo_s < hi_s:
        mid = (lo_s + hi_s) // 2
        if _offset(low + timedelta(seconds=mid), tz) != before:
            hi_s = mid
        else:
            lo_s = mid + 1
    return low + timedelta(seconds=lo_s)


def _wall_windows(day: date, start_minute: int, end_minute: int, tz: tzinfo) -> tuple[Window, ...]:
    """The instants whose wall-clock time on local ``day`` lies in ``[start, end)`` minutes.

    Exact on DST days: a nonexistent wall time contributes nothing, a repeated one contributes
    both occurrences (so the result can be two windows). Remembered: a server asks for the same
    days of the same hours on every request, and the answer depends on nothing else.
    """
    return _wall_windows_cached(day, start_minute, end_minute, tz)


@functools.lru_cache(maxsize=1 << 14)
def _wall_windows_cached(
    day: date, start_minute: int, end_minute: int, tz: tzinfo
) -> tuple[Window, ...]:
    wall_start = datetime.combine(day, time()).replace(tzinfo=UTC) + timedelta(minutes=start_minute)
    wall_end = datetime.combine(day, time()).replace(tzinfo=UTC) + timedelta(minutes=end_minute)
    offsets = []
    for wall in (wall_start, wall_end):
        naive = wall.replace(tzinfo=None)
        for fold in (0, 1):
            offset = naive.replace(tzinfo=tz, fold=fold).utcoffset()
            offsets.append(offset if offset is not None else timedelta(0))
    low, high = wall_start - max(offsets), wall_end - min(offsets)
    # Pieces of constant offset between `low` and `high` (a day has at most one transition).
    pieces: list[tuple[datetime, datetime, timedelta]] = []
    if _offset(low, tz) == _offset(high, tz):
        pieces.append((low, high, _offset(low, tz)))
    else:
        switch = _transition(low, high, tz)
        pieces.append((low, switch, _offset(low, tz)))
        pieces.append((switch, high, _offset(switch, tz)))
    windows: list[Window] = []
    for piece_start, piece_end, offset in pieces:
        start = max(piece_start, wall_start - offset)
        end = min(piece_end, wall_end - offset)
        if end > start:
            windows.append((start, end))
    return tuple(windows)


def _weekly_windows(schedule: WeeklySchedule, tz: tzinfo, first: date, last: date) -> list[Window]:
    spans_by_weekday = [schedule.open_spans(d) for d in range(7)]
    windows: list[Window] = []
    day = first
    while day <= last:
        for start_minute, end_minute in spans_by_weekday[day.weekday()]:
            windows.extend(_wall_windows(day, start_minute, end_minute, tz))
        day += timedelta(days=1)
    return windows


def _day_range(tz: tzinfo, start: datetime, end: datetime) -> tuple[date, date]:
    """Local dates to build windows for: a day of margin on each side of ``[start, end)``."""
    return (
        start.astimezone(tz).date() - timedelta(days=1),
        end.astimezone(tz).date() + timedelta(days=1),
    )


def _raw_windows(
    schedule: WeeklySchedule,
    tz: tzinfo,
    overrides: Iterable[DateOverride],
    first: date,
    last: date,
) -> list[Window]:
    """Available windows of the local days ``first..last``; overrides are not clipped to them."""
    weekly = _weekly_windows(schedule, tz, first, last)
    extra: list[Window] = []
    blocks: list[Window] = []
    for override in overrides:
        span = (override.start.astimezone(UTC), override.end.astimezone(UTC))
        if span[1] <= span[0]:
            continue
        (extra if override.available else blocks).append(span)
    # Blocks close weekly hours only; an available override opens its span even inside a block.
    return _merge(_subtract(_merge(weekly), _merge(blocks)) + extra)


def available_windows(
    schedule: WeeklySchedule,
    tz: str | tzinfo,
    overrides: Iterable[DateOverride],
    start: datetime,
    end: datetime,
) -> list[Window]:
    """Available spans within ``[start, end)`` as sorted, merged, aware UTC pairs.

    Weekly hours in the zone ``tz`` minus ``available=False`` overrides, plus ``available=True``
    overrides (which win over blocks), clipped to the range. See the module docstring for DST
    handling.
    """
    lo = _require_aware(start, "The range start")
    hi = _require_aware(end, "The range end")
    if hi <= lo:
        return []
    tzinfo_ = zone(tz)
    clipped = []
    for w_start, w_end in _raw_windows(schedule, tzinfo_, overrides, *_day_range(tzinfo_, lo, hi)):
        s, e = max(w_start, lo), min(w_end, hi)
        if e > s:
            clipped.append((s, e))
    return clipped


class _BookedIndex:
    """Bookings sorted by start; overlap queries bisect to ``start - longest booking``."""

    def __init__(self, booked: Iterable[Booked]) -> None:
        totals: dict[tuple[datetime, datetime], int] = {}
        for item in booked:
            key = (item.start.astimezone(UTC), item.end.astimezone(UTC))
            if key[1] <= key[0]:
                continue
            totals[key] = totals.get(key, 0) + max(item.taken, 0)
        self.items: list[tuple[datetime, datetime, int]] = sorted(
            (s, e, t) for (s, e), t in totals.items()
        )
        self.starts: list[datetime] = [s for s, _, _ in self.items]
        self.longest = max((e - s for s, e, _ in self.items), default=timedelta(0))

    def blocks(self, pad_start: datetime, pad_end: datetime, slot: Window, spots: int) -> bool:
        """Whether any booking overlaps ``[pad_start, pad_end)`` (group exemption applied)."""
        if not self.items:
            return False
        index = bisect_left(self.starts, pad_start - self.longest)
        items = self.items
        count = len(items)
        while index < count:
            b_start, b_end, taken = items[index]
            if b_start >= pad_end:
                return False
            if b_end > pad_start and not ((b_start, b_end) == slot and taken < spots):
                return True
            index += 1
        return False


def compute_slots(
    schedule: WeeklySchedule,
    tz: str | tzinfo,
    rules: SlotRules,
    *,
    window_start: datetime,
    window_end: datetime,
    now: datetime,
    overrides: Sequence[DateOverride] | Iterable[DateOverride] = (),
    booked: Sequence[Booked] | Iterable[Booked] = (),
) -> list[datetime]:
    """Bookable slot starts in ``[window_start, window_end)``, sorted aware UTC datetimes.

    Applies, in this order: available windows (weekly hours in ``tz`` with DST, overrides),
    the step grid anchored at each window's start (and at local midnights inside a window), the
    slot fitting one window, minimum notice,
    the booking window (``days_into_future``), existing bookings plus buffers (with the group
    exemption for ``spots``). The module docstring states each rule exactly.
    """
    lo = _require_aware(window_start, "window_start")
    hi = _require_aware(window_end, "window_end")
    current = _require_aware(now, "now")
    lo = max(lo, current + timedelta(minutes=rules.minimum_notice))
    if rules.days_into_future is not None:
        hi = min(hi, current + timedelta(days=rules.days_into_future))
    if hi <= lo:
        return []
    tzinfo_ = zone(tz)
    duration = timedelta(minutes=rules.duration)
    step = timedelta(minutes=rules.step)
    before = timedelta(minutes=rules.buffer_before)
    after = timedelta(minutes=rules.buffer_after)
    index = _BookedIndex(booked)
    first, last = _day_range(tzinfo_, lo, hi)
    # The grid restarts at every local midnight, so a window running through midnight (or one
    # clipped at the first computed day) gives the same starts whatever range was asked for: a
    # start listed by a wide query is also found by the narrow one that validates a booking.
    midnights = [
        local_instant(first + timedelta(days=n), 0, tzinfo_) for n in range((last - first).days + 2)
    ]
    slots: list[datetime] = []
    for w_start, w_end in _raw_windows(schedule, tzinfo_, overrides, first, last):
        if w_end <= lo or w_start >= hi:
            continue
        cuts = midnights[bisect_right(midnights, w_start) : bisect_left(midnights, w_end)]
        for anchor, bound in zip([w_start, *cuts], [*cuts, w_end], strict=True):
            if bound <= lo:
                continue
            if anchor >= hi:
                break
            start = anchor
            if start < lo:
                start += -((start - lo) // step) * step  # first grid point at or after lo
            while start < bound and start < hi and start + duration <= w_end:
                slot = (start, start + duration)
                if not index.blocks(start - before, start + duration + after, slot, rules.spots):
                    slots.append(start)
                start += step
    return slots
