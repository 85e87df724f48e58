"""Why a day offers no slot: the answer to "why can't clients book Tuesday?".

:func:`missing_slot_reasons` looks at each local day of a range that has no bookable start and
names the first rule that took its slots away, relaxing the engine's rules one at a time in the
order :func:`~console.scheduling.slots.compute_slots` applies them: the day's hours (weekly
hours, date exceptions, the zone's DST gap), the meeting's length, the current time, the minimum
notice, the booking window and last the existing appointments with their buffers. So the reason
given is the one a user must change first to see slots on that day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from console.scheduling.schedule import WeeklySchedule
from console.scheduling.slots import (
    Booked,
    DateOverride,
    SlotRules,
    available_windows,
    compute_slots,
    local_instant,
    zone,
)

__all__ = [
    "BOOKED_OUT",
    "BOOKING_WINDOW",
    "CLOSED",
    "DST_GAP",
    "HOURS_OVER",
    "MINIMUM_NOTICE",
    "NO_HOURS",
    "TOO_SHORT",
    "DayReason",
    "missing_slot_reasons",
]

CLOSED = "closed"
"""A closed date exception (a holiday, "office closed") takes the day's hours."""
NO_HOURS = "no_hours"
"""The weekday has no weekly hours and no open exception."""
DST_GAP = "dst_gap"
"""The weekday's hours fall into the hour the clocks skip on this date."""
TOO_SHORT = "too_short"
"""Every open span of the day is shorter than the meeting."""
HOURS_OVER = "hours_over"
"""Today's hours are already over."""
MINIMUM_NOTICE = "minimum_notice"
"""Every start lies inside the minimum notice."""
BOOKING_WINDOW = "booking_window"
"""The day lies beyond how far ahead the meeting type can be booked."""
BOOKED_OUT = "booked_out"
"""Existing appointments (with the buffers around a meeting) take every start."""


@dataclass(frozen=True)
class DayReason:
    """Why ``day`` has no slot: ``kind`` is one of the constants of this module.

    ``title`` names the closed exception for :data:`CLOSED`; ``minutes`` is the longest open
    span for :data:`TOO_SHORT`. ``str()`` gives the English sentence (the UI words its own).
    """

    day: date
    kind: str
    title: str | None = None
    minutes: int | None = None

    def __str__(self) -> str:
        when = self.day.strftime("%a %d %b %Y")
        texts = {
            CLOSED: f"closed by a date exception ({self.title or 'no note'})",
            NO_HOURS: "no hours on this weekday",
            DST_GAP: "the hours fall into the hour skipped by the clock change",
            TOO_SHORT: f"the longest open span ({self.minutes} min) is shorter than the meeting",
            HOURS_OVER: "today's hours are over",
            MINIMUM_NOTICE: "every start is inside the minimum notice",
            BOOKING_WINDOW: "beyond the booking window",
            BOOKED_OUT: "booked out by existing appointments",
        }
        return f"{when}: {texts.get(self.kind, self.kind)}"


def _closing_title(overrides: Sequence[DateOverride], start: datetime, end: datetime) -> str | None:
    for override in overrides:
        if not override.available and override.start < end and override.end > start:
            return override.title or ""
    return None


def missing_slot_reasons(
    schedule: WeeklySchedule,
    tz: str,
    rules: SlotRules,
    *,
    first: date,
    days: int,
    now: datetime,
    overrides: Sequence[DateOverride] = (),
    booked: Sequence[Booked] = (),
) -> dict[date, DayReason]:
    """For each local day ``first .. first + days - 1`` in ``tz`` without a slot, why.

    Days that offer at least one start are left out. Raises ``ValueError`` for an unknown zone.
    """
    info = zone(tz)
    reasons: dict[date, DayReason] = {}
    relaxed = replace(rules, minimum_notice=0, days_into_future=None)
    for n in range(days):
        day = first + timedelta(days=n)
        start = local_instant(day, 0, info)
        end = local_instant(day + timedelta(days=1), 0, info)

        def slots(
            rules_: SlotRules,
            now_: datetime,
            booked_: Sequence[Booked] = (),
            span: tuple[datetime, datetime] = (start, end),
        ) -> list[datetime]:
            return compute_slots(
                schedule,
                info,
                rules_,
                window_start=span[0],
                window_end=span[1],
                now=now_,
                overrides=overrides,
                booked=booked_,
            )

        if slots(rules, now, booked):
            continue
        windows = available_windows(schedule, info, overrides, start, end)
        if not windows:
            title = _closing_title(overrides, start, end)
            if title is not None and available_windows(schedule, info, (), start, end):
                reasons[day] = DayReason(day, CLOSED, title=title or None)
            elif schedule.open_spans(day.weekday()):
                reasons[day] = DayReason(day, DST_GAP)
            else:
                reasons[day] = DayReason(day, NO_HOURS)
            continue
        if not slots(relaxed, start):
            longest = max(int((e - s).total_seconds() // 60) for s, e in windows)
            reasons[day] = DayReason(day, TOO_SHORT, minutes=longest)
        elif not slots(relaxed, now):
            reasons[day] = DayReason(day, HOURS_OVER)
        elif not slots(replace(rules, days_into_future=None), now):
            reasons[day] = DayReason(day, MINIMUM_NOTICE)
        elif not slots(rules, now):
            reasons[day] = DayReason(day, BOOKING_WINDOW)
        else:
            reasons[day] = DayReason(day, BOOKED_OUT)
    return reasons
