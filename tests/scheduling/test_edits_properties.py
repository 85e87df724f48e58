"""Schedule edits: no sequence of them leaves overlapping intervals; merging is idempotent."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from console.scheduling import edits
from console.scheduling.schedule import WEEKDAYS, Interval, WeeklySchedule

BOUNDED = settings(max_examples=150, deadline=None)

minute = st.integers(-60, 1500)
day = st.integers(0, 6)


@st.composite
def edit_sequence(draw: st.DrawFn) -> WeeklySchedule:
    schedule = WeeklySchedule.closed()
    for _ in range(draw(st.integers(0, 12))):
        action = draw(st.sampled_from(["add", "remove", "resize", "move", "copy", "preset"]))
        target = draw(day)
        existing = schedule.day(target).intervals
        if action == "add":
            schedule = edits.add_interval(schedule, target, draw(minute), draw(minute))
        elif action == "preset":
            schedule = edits.EDIT_PRESETS[draw(st.sampled_from(sorted(edits.EDIT_PRESETS)))]
        elif action == "copy":
            schedule = edits.copy_day(schedule, target, draw(st.lists(day, max_size=3)))
        elif existing:
            chosen = draw(st.sampled_from(existing))
            if action == "remove":
                schedule = edits.remove_interval(schedule, target, chosen)
            elif action == "resize":
                schedule = edits.resize_interval(
                    schedule, target, chosen, draw(minute), draw(minute)
                )
            else:
                schedule = edits.move_interval(schedule, target, chosen, draw(day), draw(minute))
    return schedule


@BOUNDED
@given(edit_sequence())
def test_no_edit_sequence_yields_overlapping_or_broken_intervals(schedule: WeeklySchedule) -> None:
    assert schedule.issues() == []
    for entry in schedule.days:
        for first, second in pairwise(entry.intervals):
            assert first.end_minute < second.start_minute
        assert all(0 <= i.start_minute < i.end_minute <= 1440 for i in entry.intervals)


@BOUNDED
@given(edit_sequence())
def test_both_wire_shapes_round_trip_after_edits(schedule: WeeklySchedule) -> None:
    assert WeeklySchedule.from_wire(schedule.to_wire()) == schedule
    open_only = WeeklySchedule.from_wire(schedule.to_wire_array())
    for name in WEEKDAYS:
        assert open_only.intervals(name) == schedule.intervals(name)


@BOUNDED
@given(st.lists(st.tuples(st.integers(0, 1439), st.integers(0, 1440)), max_size=8))
def test_merging_is_idempotent_and_keeps_the_open_minutes(spans: list[tuple[int, int]]) -> None:
    intervals = [Interval(start, end) for start, end in spans]
    once = edits.merged(intervals)
    assert edits.merged(once) == once
    covered = {m for i in intervals for m in range(i.start_minute, i.end_minute)}
    assert {m for i in once for m in range(i.start_minute, i.end_minute)} == covered
    schedule = WeeklySchedule.from_hours(["monday"], intervals)
    assert edits.merge_all(edits.merge_all(schedule)) == edits.merge_all(schedule)


def test_drawing_across_an_interval_joins_them() -> None:
    schedule = WeeklySchedule.from_hours(["monday"], [("09:00", "12:00"), ("14:00", "17:00")])
    joined = edits.add_interval(schedule, "monday", 11 * 60, 15 * 60)
    assert joined.intervals("monday") == (Interval("09:00", "17:00"),)


def test_moving_keeps_the_length_and_stops_at_midnight() -> None:
    schedule = WeeklySchedule.from_hours(["monday"], [("09:00", "12:00")])
    moved = edits.move_interval(schedule, "monday", Interval("09:00", "12:00"), "tuesday", 23 * 60)
    assert moved.intervals("monday") == ()
    assert moved.intervals("tuesday") == (Interval("21:00", "24:00"),)


def test_the_guide_preset_has_a_shorter_friday() -> None:
    guide = edits.EDIT_PRESETS["guide_9_18_fri_17"]
    assert guide.intervals("thursday") == (Interval("09:00", "18:00"),)
    assert guide.intervals("friday") == (Interval("09:00", "17:00"),)
    assert guide.intervals("saturday") == ()


def test_snap_rounds_to_the_step_within_the_day() -> None:
    assert [edits.snap(m, 15) for m in (0, 7, 8, 1439, 1500)] == [0, 0, 15, 1440, 1440]
    assert edits.snap(542, 5) == 540
