"""Property tests: schedule normalisation and slot starts hold for any valid input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from console.api.models import WEEKDAYS, SlotsResponse, normalize_schedule

times = st.integers(min_value=0, max_value=23 * 60 + 58).map(lambda m: (m, m + 1))
hhmm = lambda minute: f"{minute // 60:02d}:{minute % 60:02d}"  # noqa: E731
array_schedules = st.dictionaries(
    st.sampled_from(WEEKDAYS), st.lists(times, min_size=1, max_size=3), max_size=7
).map(
    lambda days: [
        {"dayOfWeek": day, "intervals": [{"from": hhmm(a), "to": hhmm(b)} for a, b in spans]}
        for day, spans in days.items()
    ]
)


@given(array_schedules)
def test_an_array_schedule_survives_the_round_trip_through_the_object_format(array):
    normalized = normalize_schedule(array)
    wire = {day: value.to_wire() for day, value in normalized.items()}
    assert normalize_schedule(wire) == normalized
    assert set(normalized) == set(WEEKDAYS)
    listed = {entry["dayOfWeek"] for entry in array}
    for day in WEEKDAYS:
        assert normalized[day].enabled == (day in listed)


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
