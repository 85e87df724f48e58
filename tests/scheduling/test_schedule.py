"""Weekly schedules: both wire shapes, round trip, validation, presets, helpers."""

from __future__ import annotations

from datetime import time

import pytest

from console.scheduling.schedule import (
    PRESET_LABELS,
    PRESETS,
    WEEKDAYS,
    Interval,
    ScheduleError,
    WeeklySchedule,
)

OBJECT_SHAPE = {
    "monday": {"enabled": True, "hours": [{"start": "09:00", "end": "17:00"}]},
    "tuesday": {
        "enabled": True,
        "hours": [{"start": "08:00", "end": "12:00"}, {"start": "13:00", "end": "17:00"}],
    },
    "wednesday": {"enabled": False, "hours": [{"start": "09:00", "end": "17:00"}]},
    "thursday": {"enabled": True, "hours": []},
    "friday": {"enabled": True, "hours": [{"start": "09:00", "end": "13:00"}]},
    "saturday": {"enabled": False, "hours": []},
    "sunday": {"enabled": False, "hours": []},
}

# The platform guide's example (older array shape); saturday and sunday are omitted.
ARRAY_SHAPE = [
    {"dayOfWeek": "monday", "intervals": [{"from": "09:00", "to": "18:00"}]},
    {"dayOfWeek": "tuesday", "intervals": [{"from": "09:00", "to": "18:00"}]},
    {"dayOfWeek": "wednesday", "intervals": [{"from": "09:00", "to": "18:00"}]},
    {"dayOfWeek": "thursday", "intervals": [{"from": "09:00", "to": "18:00"}]},
    {"dayOfWeek": "friday", "intervals": [{"from": "09:00", "to": "17:00"}]},
]


def test_object_shape_reads_hours_and_keeps_hours_of_disabled_days() -> None:
    schedule = WeeklySchedule.from_wire(OBJECT_SHAPE)
    assert schedule.intervals("monday") == (Interval(time(9), time(17)),)
    assert schedule.intervals("tuesday") == (Interval("08:00", "12:00"), Interval("13:00", "17:00"))
    assert schedule.intervals("wednesday") == ()
    assert schedule.day("wednesday").intervals == (Interval("09:00", "17:00"),)
    assert schedule.intervals("thursday") == ()


def test_object_shape_round_trips_exactly() -> None:
    assert WeeklySchedule.from_wire(OBJECT_SHAPE).to_wire() == OBJECT_SHAPE


def test_array_shape_reads_omitted_days_as_closed_and_writes_the_object_shape() -> None:
    schedule = WeeklySchedule.from_wire(ARRAY_SHAPE)
    wire = schedule.to_wire()
    assert list(wire) == list(WEEKDAYS)
    assert wire["monday"] == {"enabled": True, "hours": [{"start": "09:00", "end": "18:00"}]}
    assert wire["friday"] == {"enabled": True, "hours": [{"start": "09:00", "end": "17:00"}]}
    assert wire["saturday"] == {"enabled": False, "hours": []}
    assert wire["sunday"] == {"enabled": False, "hours": []}
    assert WeeklySchedule.from_wire(wire) == schedule


def test_array_shape_round_trips_through_to_wire_array() -> None:
    schedule = WeeklySchedule.from_wire(ARRAY_SHAPE)
    assert schedule.to_wire_array() == ARRAY_SHAPE


def test_omitted_days_in_the_object_shape_are_closed() -> None:
    schedule = WeeklySchedule.from_wire({"monday": {"hours": [{"start": "10:00", "end": "11:00"}]}})
    assert schedule.intervals("monday") == (Interval("10:00", "11:00"),)
    assert all(schedule.intervals(day) == () for day in WEEKDAYS[1:])


def test_a_day_listed_twice_in_the_array_shape_gets_both_intervals() -> None:
    schedule = WeeklySchedule.from_wire(
        [
            {"dayOfWeek": "Monday", "intervals": [{"from": "13:00", "to": "17:00"}]},
            {"dayOfWeek": "monday", "intervals": [{"from": "08:00", "to": "12:00"}]},
        ]
    )
    assert schedule.intervals("monday") == (Interval("08:00", "12:00"), Interval("13:00", "17:00"))


def test_end_of_day_24_00_is_read_written_and_counted() -> None:
    schedule = WeeklySchedule.from_wire(
        {"sunday": {"enabled": True, "hours": [{"start": "18:00", "end": "24:00"}]}}
    )
    assert schedule.to_wire()["sunday"]["hours"] == [{"start": "18:00", "end": "24:00"}]
    assert schedule.weekly_minutes() == 6 * 60
    assert schedule.is_open_at("sunday", time(23, 59))
    assert schedule.problems() == []
    assert Interval(time(18), time(0)).end_minute == 24 * 60


def test_an_end_of_00_00_means_midnight_and_is_written_back_as_24_00() -> None:
    schedule = WeeklySchedule.from_wire(
        [{"dayOfWeek": "friday", "intervals": [{"from": "20:00", "to": "00:00"}]}]
    )
    assert schedule.problems() == []
    assert schedule.to_wire()["friday"]["hours"] == [{"start": "20:00", "end": "24:00"}]
    assert Interval("00:00", "00:00").minutes == 24 * 60


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("monday 9-17", "must be an object keyed by weekday or a list"),
        ({"funday": {"enabled": True, "hours": []}}, "'funday' is not a weekday"),
        (
            {"monday": {"enabled": True, "hours": [{"start": "9am", "end": "17:00"}]}},
            'Monday: "9am" is not a time',
        ),
        (
            {"monday": {"enabled": True, "hours": [{"start": "09:00", "end": "25:00"}]}},
            'Monday: "25:00" is not a valid time of day',
        ),
        (
            {"monday": {"enabled": True, "hours": [{"start": "09:60", "end": "10:00"}]}},
            '"09:60" is not a valid time of day',
        ),
        (
            {"monday": {"enabled": True, "hours": [{"start": "24:00", "end": "24:00"}]}},
            "can only be the end of an interval",
        ),
        (
            {"monday": {"enabled": True, "hours": [{"start": "09:00"}]}},
            "needs both a start and an end",
        ),
        ({"monday": {"enabled": "yes", "hours": []}}, "enabled must be true or false"),
        ([{"intervals": []}], "Day entry 1 has no dayOfWeek"),
        (
            [{"dayOfWeek": "monday", "intervals": [{"from": 9, "to": 17}]}],
            'times must be text like "09:00"',
        ),
    ],
)
def test_unreadable_input_raises_a_readable_schedule_error(raw: object, expected: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        WeeklySchedule.from_wire(raw)
    assert expected in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_schedule_error_lists_every_problem_at_once() -> None:
    with pytest.raises(ScheduleError) as caught:
        WeeklySchedule.from_wire(
            {
                "monday": {"enabled": True, "hours": [{"start": "x", "end": "17:00"}]},
                "friday": {"enabled": True, "hours": [{"start": "09:00", "end": "y"}]},
            }
        )
    assert len(caught.value.problems) == 2
    assert caught.value.problems[0].startswith("Monday:")
    assert caught.value.problems[1].startswith("Friday:")


def test_problems_names_overlaps_and_intervals_that_end_before_they_start() -> None:
    schedule = WeeklySchedule.from_wire(
        {
            "monday": {
                "enabled": True,
                "hours": [{"start": "09:00", "end": "12:00"}, {"start": "11:00", "end": "13:00"}],
            },
            "tuesday": {"enabled": True, "hours": [{"start": "17:00", "end": "09:00"}]},
            "wednesday": {"enabled": True, "hours": [{"start": "10:00", "end": "10:00"}]},
            "thursday": {
                "enabled": True,
                "hours": [{"start": "09:00", "end": "12:00"}, {"start": "12:00", "end": "13:00"}],
            },
        }
    )
    assert schedule.problems() == [
        "Monday: 09:00–12:00 overlaps 11:00–13:00.",
        "Tuesday: 17:00–09:00 ends at or before it starts.",
        "Wednesday: 10:00–10:00 ends at or before it starts.",
    ]


def test_problems_of_a_disabled_day_are_still_reported() -> None:
    schedule = WeeklySchedule.closed().with_day(
        "saturday", [("10:00", "12:00"), ("09:00", "11:00")], enabled=False
    )
    assert schedule.problems() == ["Saturday: 09:00–11:00 overlaps 10:00–12:00."]


def test_every_preset_is_sound_and_labelled() -> None:
    assert {
        "weekdays_9_17",
        "weekdays_8_17",
        "weekdays_9_18",
        "weekdays_8_12_13_17",
        "weekdays_9_17_fri_13",
    } <= set(PRESETS)
    assert set(PRESET_LABELS) == set(PRESETS)
    for schedule in PRESETS.values():
        assert schedule.problems() == []
        assert schedule.intervals("sunday") == ()


def test_presets_have_the_hours_their_names_promise() -> None:
    assert PRESETS["weekdays_9_17"].weekly_minutes() == 5 * 8 * 60
    assert PRESETS["weekdays_8_12_13_17"].weekly_minutes() == 5 * 8 * 60
    assert not PRESETS["weekdays_8_12_13_17"].is_open_at("monday", time(12, 30))
    assert PRESETS["weekdays_9_17_fri_13"].intervals("friday") == (Interval("09:00", "13:00"),)
    assert PRESETS["weekdays_9_17_fri_13"].weekly_minutes() == (4 * 8 + 4) * 60


def test_with_day_returns_a_changed_copy_and_leaves_the_original_alone() -> None:
    base = PRESETS["weekdays_9_17"]
    changed = base.with_day("saturday", [Interval("10:00", "14:00")])
    assert changed.intervals("saturday") == (Interval("10:00", "14:00"),)
    assert base.intervals("saturday") == ()
    assert changed.with_day("saturday", []).to_wire() == base.to_wire()
    assert hash(base) == hash(WeeklySchedule.from_wire(base.to_wire()))


def test_with_day_enabled_switches_a_day_off_and_back_on_keeping_its_hours() -> None:
    off = PRESETS["weekdays_9_17"].with_day_enabled("monday", False)
    assert not off.is_open_at("monday", time(10))
    assert off.with_day_enabled("monday", True) == PRESETS["weekdays_9_17"]


def test_is_open_at_treats_the_end_as_exclusive() -> None:
    schedule = PRESETS["weekdays_9_17"]
    assert schedule.is_open_at("monday", time(9))
    assert schedule.is_open_at(0, time(16, 59))
    assert not schedule.is_open_at("monday", time(17))
    assert not schedule.is_open_at("monday", time(8, 59))


def test_weekly_minutes_counts_overlapping_hours_once() -> None:
    schedule = WeeklySchedule.closed().with_day("monday", [("09:00", "12:00"), ("11:00", "13:00")])
    assert schedule.weekly_minutes() == 4 * 60
