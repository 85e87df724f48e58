"""Bookable starts and windows, computed by :mod:`console.scheduling.slots` from the stored
availability, its exceptions and the host's appointments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from console.sandbox.db import Doc, loads
from console.sandbox.domain.availability import Availabilities
from console.sandbox.domain.context import Context
from console.sandbox.model import iso, parse_instant
from console.scheduling.schedule import WeeklySchedule
from console.scheduling.slots import (
    Booked,
    DateOverride,
    SlotRules,
    available_windows,
    booking_limit_days,
    compute_slots,
)


def days_into_future(raw: Any) -> int | None:
    """``daysIntoFuture.bookingLimit`` as days (the console's preview reads it the same way)."""
    return booking_limit_days(raw)


def _overrides(av: Doc) -> list[DateOverride]:
    return [
        DateOverride(
            start=parse_instant(ex["start"], "start"),
            end=parse_instant(ex["end"], "end"),
            available=bool(ex.get("available")),
        )
        for ex in av.get("availabilityExceptions") or []
    ]


class _Parsed(NamedTuple):
    schedule: WeeklySchedule
    timezone: str
    overrides: list[DateOverride]


class Slots:
    """What a meeting type offers, read from the tables the other parts write."""

    _PARSED_SIZE = 4096

    def __init__(self, ctx: Context, availabilities: Availabilities) -> None:
        self._ctx = ctx
        self._availabilities = availabilities
        # Parsed availabilities by their stored text: every slot request reads the same few, and
        # a changed availability is a different text, so nothing needs invalidating.
        self._parsed: dict[str, _Parsed] = {}

    def _availability(self, av_id: Any) -> _Parsed | None:
        row = self._ctx.db.one("SELECT doc FROM availabilities WHERE id = ?", (av_id,))
        if row is None:
            return None
        text: str = row[0]
        parsed = self._parsed.get(text)
        if parsed is None:
            av = loads(text)
            if len(self._parsed) >= self._PARSED_SIZE:
                self._parsed.clear()
            parsed = self._parsed[text] = _Parsed(
                WeeklySchedule.from_wire(av["schedule"]), av["timezone"], _overrides(av)
            )
        return parsed

    def timezone_of(self, mt: Doc) -> str | None:
        """The zone of ``mt``'s availability (None without one), from the parsed cache."""
        av = self._availability(mt.get("availabilityId"))
        return av.timezone if av is not None else None

    def compute(
        self,
        mt: Doc,
        window_start: datetime,
        window_end: datetime,
        *,
        exclude_appointment: str | None = None,
    ) -> list[datetime]:
        """Bookable starts of ``mt`` in the window, from the scheduling engine."""
        av = self._availability(mt.get("availabilityId"))
        if av is None:
            return []
        info = mt["meetingInfo"]
        rules = SlotRules(
            duration=int(info["duration"]),
            buffer_before=int(info.get("bufferBefore") or 0),
            buffer_after=int(info.get("bufferAfter") or 0),
            interval=mt.get("timeslotInterval"),
            minimum_notice=int(mt.get("bookingMinimum") or 0),
            days_into_future=days_into_future(mt.get("daysIntoFuture")),
            spots=int(mt.get("spots") or 1),
        )
        margin = timedelta(hours=10)
        rows = self._ctx.db.all(
            "SELECT id, start, end, meeting_type_id FROM appointments"
            " WHERE host_id = ? AND cancelled = 0 AND start < ? AND end > ?",
            (mt["userId"], iso(window_end + margin), iso(window_start - margin)),
        )
        booked = [
            Booked(start=parse_instant(s, "start"), end=parse_instant(e, "end"))
            for (appt_id, s, e, _mt) in rows
            if appt_id != exclude_appointment
        ]
        return list(
            compute_slots(
                av.schedule,
                av.timezone,
                rules,
                window_start=window_start,
                window_end=window_end,
                now=self._ctx.now(),
                overrides=av.overrides,
                booked=booked,
            )
        )

    def is_open(self, mt: Doc, start: datetime, exclude: str | None = None) -> bool:
        """Whether ``start`` is one of the listed starts (only those can be booked)."""
        slots = self.compute(
            mt, start - timedelta(days=1), start + timedelta(days=1), exclude_appointment=exclude
        )
        return start in slots

    def windows(self, user: Doc, tz: ZoneInfo, first: date, last: date) -> list[datetime]:
        """Starts of the open windows of the user's default availability, ``first``..``last``."""
        av = self._availabilities.by_id(user.get("defaultAvailabilityId"))
        if av is None:
            return []
        windows = available_windows(
            WeeklySchedule.from_wire(av["schedule"]),
            av["timezone"],
            _overrides(av),
            datetime(first.year, first.month, first.day, tzinfo=tz),
            datetime(last.year, last.month, last.day, tzinfo=tz) + timedelta(days=1),
        )
        return [start for start, _ in windows]
