"""Property tests: any weekly schedule survives both wire shapes and validates consistently."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from console.scheduling.schedule import WEEKDAYS, DaySchedule, Interval, WeeklySchedule

BOUNDED = settings(max_examples=100, deadline=None)

minutes = st.integers(0, 1439)


@st.composite
def any_interval(draw: st.DrawFn) -> Interval:
    """Any interval, including broken ones (end at or before start) and 24:00 ends."""
    return Interval(draw(minutes), draw(st.integers(0, 1440)))


@st.composite
def any_schedule(draw: st.DrawFn) -> WeeklySchedule:
    return WeeklySchedule(
        tuple(
            DaySchedule(draw(st.booleans()), tuple(draw(st.lists(any_interval(), max_size=4))))
            for _ in WEEKDAYS
        )
    )


@BOUNDED
@given(any_schedule())
def test_the_object_shape_round_trips_every_schedule(schedule: WeeklySchedule) -> None:
    assert WeeklySchedule.from_wire(schedule.to_wire()) == schedule


@BOUNDED
@given(any_schedule())
def test_the_array_shape_keeps_every_open_hour(schedule: WeeklySchedule) -> None:
    again = WeeklySchedule.from_wire(schedule.to_wire_array())
    for day in WEEKDAYS:
        assert again.open_spans(day) == schedule.open_spans(day)
    assert again.weekly_minutes() == schedule.weekly_minutes()


@BOUNDED
@given(any_schedule())
def test_problems_are_empty_exactly_when_intervals_are_proper_and_disjoint(
    schedule: WeeklySchedule,
) -> None:
    sound = True
    for day in schedule.days:
        spans = sorted((i.start_minute, i.end_minute) for i in day.intervals)
        if any(end <= start for start, end in spans):
            sound = False
        if any(b[0] < a[1] for a, b in pairwise(spans)):
            sound = False
    assert (schedule.problems() == []) == sound


@BOUNDED
@given(any_schedule(), st.sampled_from(WEEKDAYS), st.integers(0, 1439))
def test_is_open_at_agrees_with_the_open_intervals(
    schedule: WeeklySchedule, day: str, minute: int
) -> None:
    expected = any(i.start_minute <= minute < i.end_minute for i in schedule.intervals(day))
    assert schedule.is_open_at(day, minute) == expected
