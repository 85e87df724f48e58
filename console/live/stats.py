"""Per-account numbers of the live view: bookings, cancellations and reschedules per day, and
the lead time — no Qt.

Bookings are counted on the day they start (the last and the next 30 days, so the load ahead
shows); cancellations and reschedules on the day they happened, which for a row is its last
change (``updated_at``: a cancelled booking changes no more); the lead time is how long before
its start a booking was made, for the bookings made in the last 30 days.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from console.live.events import CANCELLED, RESCHEDULED
from console.store.records import BookingRecord

DAYS = 30


@dataclass(frozen=True)
class DailyNumbers:
    """Counts per day, oldest first.

    ``booked`` runs from ``today - days`` to ``today + days`` (``2 * days + 1`` entries, today
    in the middle); ``cancelled`` and ``rescheduled`` from ``today - days`` to today.
    """

    today: date
    days: int
    booked: list[int]
    cancelled: list[int]
    rescheduled: list[int]
    lead_time: timedelta | None  # median, None without bookings made in the window
    made: int  # bookings made in the last ``days`` days

    def booked_on(self, day: date) -> int:
        return self.booked[(day - self.today).days + self.days]

    def day_of_booked(self, index: int) -> date:
        return self.today + timedelta(days=index - self.days)


def daily_numbers(
    bookings: Iterable[BookingRecord],
    today: date,
    *,
    hosts: frozenset[str] | None = None,
    zone: tzinfo | None = None,
    days: int = DAYS,
) -> DailyNumbers:
    """The numbers of the bookings of ``hosts`` (None: every account), days in ``zone``."""
    booked = [0] * (2 * days + 1)
    cancelled = [0] * (days + 1)
    rescheduled = [0] * (days + 1)
    leads: list[float] = []
    first = today - timedelta(days=days)

    def instant(day: date) -> datetime:
        naive = datetime.combine(day, time())
        return (naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()).astimezone(
            UTC
        )

    def offset(value: datetime) -> int:
        local = value.astimezone(zone) if zone is not None else value.astimezone()
        return (local.date() - first).days

    # Instants are compared before any is turned into a local day: over 100,000 rows only the
    # few in the window pay for a time-zone conversion.
    low, now_end = instant(first), instant(today + timedelta(days=1))
    high = instant(today + timedelta(days=days + 1))
    for b in bookings:
        if hosts is not None and b.host_id not in hosts:
            continue
        start = b.start
        if start is not None and low <= start < high and b.status != CANCELLED:
            booked[offset(start)] += 1
        changed = b.updated_at
        if (
            changed is not None
            and b.status in (CANCELLED, RESCHEDULED)
            and low <= changed < now_end
        ):
            (cancelled if b.status == CANCELLED else rescheduled)[offset(changed)] += 1
        made = b.created_at
        if made is not None and start is not None and low <= made < now_end:
            leads.append((start - made).total_seconds())
    lead = timedelta(seconds=statistics.median(leads)) if leads else None
    return DailyNumbers(today, days, booked, cancelled, rescheduled, lead, len(leads))
