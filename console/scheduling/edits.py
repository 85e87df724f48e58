"""Edits of weekly hours that keep every day sound: no edit leaves overlapping intervals.

The week grid and the list of the availability tab, and the apply-to-many commands, change a
:class:`WeeklySchedule` only through these functions. Each returns a new schedule whose edited
day is *normalised*: intervals that overlap or touch are merged into one, empty ones dropped,
the rest sorted — so a drag that lets two intervals meet yields one interval, as the lint would
advise. Days that are not edited stay as they are (a schedule read from the server keeps what
it said until the user touches that day).
"""

from __future__ import annotations

from collections.abc import Iterable

from console.scheduling.schedule import (
    MINUTES_PER_DAY,
    PRESETS,
    WEEKDAYS,
    Interval,
    WeeklySchedule,
)

__all__ = [
    "EDIT_PRESETS",
    "EDIT_PRESET_LABELS",
    "add_interval",
    "copy_day",
    "merge_all",
    "merged",
    "move_interval",
    "remove_interval",
    "resize_interval",
    "snap",
]


def snap(minute: int, step: int) -> int:
    """``minute`` rounded to the nearest multiple of ``step``, kept within the day."""
    rounded = (minute + step // 2) // step * step
    return max(0, min(MINUTES_PER_DAY, rounded))


def merged(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """Sorted intervals with overlapping or touching ones joined and empty ones dropped."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted((i.start_minute, i.end_minute) for i in intervals if i.minutes > 0):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return tuple(Interval(start, end) for start, end in spans)


def _clamped(start: int, end: int) -> Interval | None:
    start, end = max(0, start), min(MINUTES_PER_DAY, end)
    if end <= start or start >= MINUTES_PER_DAY:
        return None
    return Interval(start, end)


def _set_day(
    schedule: WeeklySchedule, day: str | int, intervals: Iterable[Interval]
) -> WeeklySchedule:
    hours = merged(intervals)
    return schedule.with_day(day, hours, enabled=bool(hours))


def add_interval(schedule: WeeklySchedule, day: str | int, start: int, end: int) -> WeeklySchedule:
    """``[start, end)`` added to ``day`` (clamped to the day; merged with what it meets)."""
    new = _clamped(min(start, end), max(start, end))
    if new is None:
        return schedule
    return _set_day(schedule, day, (*schedule.day(day).intervals, new))


def remove_interval(schedule: WeeklySchedule, day: str | int, interval: Interval) -> WeeklySchedule:
    """``interval`` taken off ``day`` (no change when the day does not have it)."""
    current = schedule.day(day).intervals
    if interval not in current:
        return schedule
    rest = list(current)
    rest.remove(interval)
    return _set_day(schedule, day, rest)


def resize_interval(
    schedule: WeeklySchedule, day: str | int, interval: Interval, start: int, end: int
) -> WeeklySchedule:
    """``interval`` of ``day`` given new bounds (in either order; an empty one removes it)."""
    current = schedule.day(day).intervals
    if interval not in current:
        return schedule
    rest = list(current)
    rest.remove(interval)
    new = _clamped(min(start, end), max(start, end))
    return _set_day(schedule, day, rest if new is None else (*rest, new))


def move_interval(
    schedule: WeeklySchedule, day: str | int, interval: Interval, to_day: str | int, start: int
) -> WeeklySchedule:
    """``interval`` moved to ``to_day`` starting at ``start``, its length kept within the day."""
    current = schedule.day(day).intervals
    if interval not in current:
        return schedule
    length = interval.minutes
    start = max(0, min(MINUTES_PER_DAY - length, start))
    rest = list(current)
    rest.remove(interval)
    moved = _set_day(schedule, day, rest)
    new = _clamped(start, start + length)
    if new is None:
        return moved
    return _set_day(moved, to_day, (*moved.day(to_day).intervals, new))


def copy_day(
    schedule: WeeklySchedule, source: str | int, targets: Iterable[str | int]
) -> WeeklySchedule:
    """``source``'s hours (and whether it is open) given to each of ``targets``."""
    day = schedule.day(source)
    result = schedule
    for target in targets:
        result = result.with_day(target, merged(day.intervals), enabled=day.enabled)
    return result


def merge_all(schedule: WeeklySchedule) -> WeeklySchedule:
    """Every day normalised (what the lint's "merge" advice does); idempotent."""
    result = schedule
    for index, day in enumerate(schedule.days):
        result = result.with_day(index, merged(day.intervals), enabled=day.enabled)
    return result


_WORKDAYS = WEEKDAYS[:5]

EDIT_PRESETS: dict[str, WeeklySchedule] = {
    "business_9_17": PRESETS["weekdays_9_17"],
    # The platform guide's example: Monday to Thursday 9–18, Friday 9–17.
    "guide_9_18_fri_17": WeeklySchedule.from_hours(WEEKDAYS[:4], [("09:00", "18:00")]).with_day(
        "friday", [("09:00", "17:00")]
    ),
    "mornings": WeeklySchedule.from_hours(_WORKDAYS, [("09:00", "12:00")]),
    "clear": WeeklySchedule.closed(),
}
"""The presets the availability tab offers, by key."""

EDIT_PRESET_LABELS: dict[str, str] = {
    "business_9_17": "Business hours (Mon–Fri 09:00–17:00)",
    "guide_9_18_fri_17": "Mon–Thu 09:00–18:00, Fri 09:00–17:00",
    "mornings": "Mornings (Mon–Fri 09:00–12:00)",
    "clear": "Clear",
}
"""English labels of :data:`EDIT_PRESETS` (the UI translates them)."""
