"""Properties of the offered slots under random meeting types and bookings."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.sandbox.errors import ApiError
from console.sandbox.model import iso
from console.sandbox.state import Actor, SandboxState
from tests.sandbox.conftest import NOW, make_app

HOURS = {"start": "09:00", "end": "17:00"}
COUNTER = iter(range(10**6))


@functools.cache
def _shared() -> tuple[SandboxState, Actor]:
    """One seeded sandbox for all examples; each example adds its own host."""
    state = make_app().state.sandbox
    return state, Actor(state.owner_user_id, state.company_id, "api_key", True, False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tz=st.sampled_from(["Europe/Berlin", "America/New_York", "Europe/London"]),
    duration=st.integers(5, 120),
    before=st.integers(0, 60),
    after=st.integers(0, 60),
    interval=st.one_of(st.none(), st.integers(5, 60)),
    notice=st.integers(0, 3 * 24 * 60),
    first_day=st.integers(0, 35),  # reaches over both DST switches in March 2026
    picks=st.lists(st.integers(0, 10**6), max_size=6),
)
def test_offered_slots_respect_hours_notice_and_booked_time_plus_buffers(
    tz, duration, before, after, interval, notice, first_day, picks
):
    STATE, OWNER = _shared()
    n = next(COUNTER)
    user, _, _ = STATE.create_user(
        OWNER,
        {
            "email": f"prop{n}@example.com",
            "givenName": "Prop",
            "familyName": f"Erty{n}",
            "timezone": tz,
            "availability": {
                "schedule": {
                    d: {"enabled": True, "hours": [HOURS]}
                    for d in ("monday", "tuesday", "wednesday", "thursday", "friday")
                }
            },
            "meetingType": {
                "meetingInfo": {
                    "name": "Prop",
                    "duration": duration,
                    "bufferBefore": before,
                    "bufferAfter": after,
                },
                "timeslotInterval": interval,
                "bookingMinimum": notice,
            },
        },
    )
    mt = STATE.db.doc("SELECT doc FROM meeting_types WHERE user_id = ?", (user["id"],))
    assert mt is not None
    zone = ZoneInfo(tz)
    start = NOW + timedelta(days=first_day)
    end = start + timedelta(days=7)
    booked: list[tuple[datetime, datetime]] = []
    for pick in picks:
        offered = STATE.compute_slots(mt, start, end)
        if not offered:
            break
        chosen = offered[pick % len(offered)]
        status, _ = STATE.book(
            {
                "meetingTypeId": mt["id"],
                "start": iso(chosen),
                "attendee": {"email": "p@example.com"},
            }
        )
        assert status == 201
        booked.append((chosen, chosen + timedelta(minutes=duration)))
    for slot in STATE.compute_slots(mt, start, end):
        local = slot.astimezone(zone)
        finish = (slot + timedelta(minutes=duration)).astimezone(zone)
        assert local.weekday() < 5
        assert local.strftime("%H:%M") >= "09:00"
        assert finish.date() == local.date() and finish.strftime("%H:%M") <= "17:00"
        assert slot >= NOW + timedelta(minutes=notice)
        padded = (slot - timedelta(minutes=before), slot + timedelta(minutes=duration + after))
        for b_start, b_end in booked:
            assert padded[1] <= b_start or b_end <= padded[0], (slot, b_start)
    # A booked start is never offered (or accepted) again.
    for b_start, _ in booked:
        try:
            STATE.book(
                {
                    "meetingTypeId": mt["id"],
                    "start": iso(b_start),
                    "attendee": {"email": "again@example.com"},
                }
            )
        except ApiError as error:
            assert error.status == 400
        else:
            raise AssertionError("a taken start was booked twice")
