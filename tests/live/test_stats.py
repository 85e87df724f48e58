"""The per-account numbers: bookings by start day, cancellations and reschedules by the day
they happened, the median lead time, in the viewer's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from console.live.stats import daily_numbers
from console.store import BookingRecord

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2030, 5, 15)


def _b(
    n: int, start: datetime, *, host: str = "h1", status: str = "confirmed", **kw: datetime
) -> BookingRecord:
    return BookingRecord(
        appointment_id=f"a{n}",
        host_id=host,
        meeting_type_id="mt",
        meeting_type_name="Intro",
        start=start,
        end=start + timedelta(minutes=30),
        client_name=f"Client {n}",
        client_email=f"c{n}@x.example",
        status=status,
        created_at=kw.get("created", start - timedelta(days=2)),
        updated_at=kw.get("updated", start - timedelta(days=2)),
    )


def test_counts_per_day_in_the_viewers_zone_and_the_median_lead_time() -> None:
    noon = datetime(2030, 5, 15, 10, 0, tzinfo=UTC)
    rows = [
        _b(1, noon),
        _b(2, noon + timedelta(hours=3)),
        # 23:30 UTC on the 15th is already the 16th in Berlin.
        _b(3, datetime(2030, 5, 15, 23, 30, tzinfo=UTC)),
        _b(4, noon + timedelta(days=29)),
        _b(5, noon + timedelta(days=31)),  # beyond the window
        _b(6, noon, status="cancelled", updated=noon - timedelta(days=1)),  # not a booking now
        _b(7, noon + timedelta(days=3), status="rescheduled", updated=noon),
        _b(8, noon, host="h2"),
    ]
    numbers = daily_numbers(rows, TODAY, hosts=frozenset({"h1"}), zone=BERLIN)
    assert len(numbers.booked) == 61 and len(numbers.cancelled) == 31
    assert numbers.booked_on(TODAY) == 2
    assert numbers.booked_on(TODAY + timedelta(days=1)) == 1
    assert numbers.booked_on(TODAY + timedelta(days=3)) == 1  # rescheduled: where it is now
    assert numbers.booked_on(TODAY + timedelta(days=29)) == 1
    assert sum(numbers.booked) == 5
    assert numbers.cancelled[-2] == 1 and sum(numbers.cancelled) == 1  # yesterday
    assert numbers.rescheduled[-1] == 1 and sum(numbers.rescheduled) == 1  # today
    # Made in the last 30 days: 1, 2, 3 and 6, each two days ahead; 4, 5 and 7 only after today.
    assert numbers.made == 4 and numbers.lead_time == timedelta(days=2)
    every = daily_numbers(rows, TODAY, zone=BERLIN)
    assert every.booked_on(TODAY) == 3  # h2's booking counts for all accounts


def test_no_bookings_give_zeros_and_no_lead_time() -> None:
    numbers = daily_numbers([], TODAY, zone=BERLIN)
    assert sum(numbers.booked) == sum(numbers.cancelled) == sum(numbers.rescheduled) == 0
    assert numbers.lead_time is None and numbers.made == 0
