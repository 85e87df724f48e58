"""Property tests: schedule reading and slot starts hold for any valid input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from console.api.models import WEEKDAYS, Availability, SlotsResponse
from console.scheduling.schedule import format_minute

times = st.integers(min_value=0, max_value=23 * 60 + 58).map(lambda m: (m, m + 1))
array_schedules = st.dictionaries(
    st.sampled_from(WEEKDAYS), st.lists(times, min_size=1, max_size=3), max_size=7
).map(
    lambda days: [
        {
            "dayOfWeek": day,
            "intervals": [{"from": format_minute(a), "to": format_minute(b)} for a, b in spans],
        }
        for day, spans in days.items()
    ]
)


@given(array_schedules)
def test_an_array_schedule_survives_the_round_trip_through_the_object_format(array):
    read = Availability.model_validate({"id": "a", "schedule": array})
    wire = read.to_wire()["schedule"]
    assert Availability.model_validate({"id": "a", "schedule": wire}) == read
    assert set(wire) == set(WEEKDAYS)
    listed = {entry["dayOfWeek"] for entry in array}
    for day in WEEKDAYS:
        assert wire[day]["enabled"] == (day in listed)


instants = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)).map(
    lambda d: d.replace(microsecond=0)
)
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)


@given(st.lists(st.tuples(instants, offsets), max_size=20))
def test_slot_starts_are_sorted_unique_utc_whatever_the_offsets(pairs):
    aware = [naive.replace(tzinfo=UTC).astimezone(tz) for naive, tz in pairs]
    response = SlotsResponse.model_validate(
        {"availableSlots": [{"start": value.isoformat()} for value in aware]}
    )
    starts = response.starts()
    assert starts == sorted(set(starts))
    assert all(s.utcoffset() == timedelta(0) for s in starts)
    assert set(starts) == {value.astimezone(UTC) for value in aware}
