"""The availability lint: what it reports, where, and how bad, in zones with and without DST."""

from __future__ import annotations

from datetime import UTC, date, datetime

from console.scheduling.lint import (
    MeetingTypeNeed,
    clock_changes,
    has_errors,
    lint_availability,
    lint_schedule,
)
from console.scheduling.schedule import DaySchedule, Interval, WeeklySchedule

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
WEEKDAYS_9_17 = WeeklySchedule.from_hours(range(5), [("09:00", "17:00")])


def kinds(problems: list) -> list[str]:  # type: ignore[type-arg]
    return [p.kind for p in problems]


def test_a_sound_working_week_in_berlin_has_no_findings() -> None:
    assert lint_schedule(WEEKDAYS_9_17, "Europe/Berlin", now=NOW) == []


def test_an_interval_ending_before_it_starts_is_an_error_on_its_weekday() -> None:
    schedule = WEEKDAYS_9_17.with_day("tuesday", [Interval("17:00", "09:00")])
    problems = lint_schedule(schedule, "Europe/Berlin", now=NOW)
    # The day has no valid hours left, so it also reads as a closed day inside the week.
    assert kinds(problems) == ["ends_before_start", "closed_day"]
    problem = problems[0]
    assert (problem.severity, problem.weekday) == ("error", "tuesday")
    assert problem.interval == Interval("17:00", "09:00")
    assert str(problem.message) == "Tuesday: 17:00–09:00 ends at or before it starts."
    assert has_errors([problem])


def test_overlap_is_an_error_and_touching_a_warning() -> None:
    schedule = WEEKDAYS_9_17.with_day(
        "monday", [Interval("09:00", "12:00"), Interval("11:00", "13:00")]
    ).with_day("wednesday", [Interval("09:00", "12:00"), Interval("12:00", "17:00")])
    found = {(p.kind, p.severity, p.weekday) for p in lint_schedule(schedule, "UTC", now=NOW)}
    assert found == {("overlap", "error", "monday"), ("touching", "warning", "wednesday")}


def test_a_closed_day_between_open_days_is_flagged_but_not_the_weekend() -> None:
    schedule = WEEKDAYS_9_17.with_day("wednesday", [])
    problems = lint_schedule(schedule, "Europe/Berlin", now=NOW)
    assert [(p.kind, p.weekday) for p in problems] == [("closed_day", "wednesday")]
    assert not has_errors(problems)


def test_a_closed_week_says_there_is_no_bookable_time() -> None:
    problems = lint_schedule(WeeklySchedule.closed(), "Europe/Berlin", now=NOW)
    assert kinds(problems) == ["no_bookable_time"]


def test_the_berlin_spring_gap_is_named_with_its_date() -> None:
    schedule = WeeklySchedule.from_hours(["sunday"], [("01:00", "04:00")])
    problems = lint_schedule(schedule, "Europe/Berlin", now=NOW)
    gap = [p for p in problems if p.kind == "clock_gap"]
    assert [str(p.message) for p in gap] == [
        "Sun 28 Mar 2027: 02:00–03:00 does not exist in Europe/Berlin."
    ]
    assert gap[0].date == date(2027, 3, 28)
    repeat = [p for p in problems if p.kind == "clock_repeat"]
    assert [str(p.message) for p in repeat] == [
        "Sun 31 Oct 2027: 02:00–03:00 happens twice in Europe/Berlin."
    ]


def test_afternoon_hours_on_transition_days_are_fine_everywhere() -> None:
    schedule = WeeklySchedule.from_hours(range(7), [("13:00", "18:00")])
    for tz in ("Europe/Berlin", "America/New_York", "Australia/Brisbane", "Australia/Lord_Howe"):
        assert lint_schedule(schedule, tz, now=NOW) == [], tz


def test_new_york_falls_back_from_two_to_one() -> None:
    schedule = WeeklySchedule.from_hours(["sunday"], [("00:00", "08:00")])
    messages = [str(p.message) for p in lint_schedule(schedule, "America/New_York", now=NOW)]
    assert messages == [
        "Sun 14 Mar 2027: 02:00–03:00 does not exist in America/New_York.",
        "Sun 7 Nov 2027: 01:00–02:00 happens twice in America/New_York.",
    ]


def test_brisbane_has_no_clock_changes() -> None:
    assert clock_changes("Australia/Brisbane", date(2026, 1, 1)) == []
    whole_week = WeeklySchedule.from_hours(range(7), [("00:00", "24:00")])
    assert lint_schedule(whole_week, "Australia/Brisbane", now=NOW) == []


def test_lord_howe_shifts_by_half_an_hour() -> None:
    schedule = WeeklySchedule.from_hours(["sunday"], [("01:00", "03:00")])
    messages = [str(p.message) for p in lint_schedule(schedule, "Australia/Lord_Howe", now=NOW)]
    assert messages == [
        "Sun 4 Apr 2027: 01:30–02:00 happens twice in Australia/Lord_Howe.",
        "Sun 3 Oct 2027: 02:00–02:30 does not exist in Australia/Lord_Howe.",
    ]


def test_only_the_overlapping_part_of_an_interval_is_named() -> None:
    schedule = WeeklySchedule.from_hours(["sunday"], [("02:30", "10:00")])
    messages = [str(p.message) for p in lint_schedule(schedule, "Europe/Berlin", now=NOW)]
    assert "Sun 28 Mar 2027: 02:30–03:00 does not exist in Europe/Berlin." in messages


def test_a_disabled_day_is_not_checked_for_clock_changes() -> None:
    schedule = WeeklySchedule(
        (*WEEKDAYS_9_17.days[:6], DaySchedule(False, (Interval("01:00", "04:00"),)))
    )
    assert lint_schedule(schedule, "Europe/Berlin", now=NOW) == []


def test_the_users_zone_counts_old_names_as_the_same() -> None:
    assert lint_schedule(WEEKDAYS_9_17, "Europe/Kyiv", now=NOW, user_zone="Europe/Kiev") == []
    (problem,) = lint_schedule(WEEKDAYS_9_17, "Europe/Berlin", now=NOW, user_zone="Asia/Tokyo")
    assert problem.kind == "zone_differs"
    assert "Asia/Tokyo" in str(problem.message)


def test_a_meeting_type_longer_than_every_interval_is_named() -> None:
    short = WeeklySchedule.from_hours(range(5), [("09:00", "10:00"), ("14:00", "15:30")])
    needs = [
        MeetingTypeNeed("Intro", 30, 10, 10),
        MeetingTypeNeed("Demo", 60, 15, 15),
        MeetingTypeNeed("Workshop", 60, 20, 20),
    ]
    (problem,) = lint_schedule(short, "UTC", now=NOW, meeting_types=needs)
    assert str(problem.message) == (
        "Workshop needs 100 minutes with its buffers; no interval is that long."
    )


def test_past_exceptions_are_warnings_with_their_local_date() -> None:
    past = (datetime(2026, 11, 30, 23, tzinfo=UTC), datetime(2026, 12, 1, 11, tzinfo=UTC))
    future = (datetime(2026, 12, 24, tzinfo=UTC), datetime(2026, 12, 25, tzinfo=UTC))
    (problem,) = lint_schedule(WEEKDAYS_9_17, "Europe/Berlin", now=NOW, exceptions=[past, future])
    assert (problem.kind, problem.date) == ("exception_in_past", date(2026, 12, 1))


def test_an_availability_document_in_the_older_shape_is_read() -> None:
    doc = {
        "timezone": "Europe/Berlin",
        "schedule": [
            {"dayOfWeek": "monday", "intervals": [{"from": "17:00", "to": "09:00"}]},
            {"dayOfWeek": "tuesday", "intervals": [{"from": "09:00", "to": "17:00"}]},
        ],
        "availabilityExceptions": [
            {
                "id": 1,
                "available": False,
                "start": "2026-01-01T00:00:00Z",
                "end": "2026-01-02T00:00:00Z",
            }
        ],
    }
    problems = lint_availability(doc, now=NOW)
    assert [p.to_json() for p in problems] == [
        {
            "severity": "error",
            "kind": "ends_before_start",
            "weekday": "monday",
            "interval": {"start": "17:00", "end": "09:00"},
            "message": "Monday: 17:00–09:00 ends at or before it starts.",
        },
        {
            "severity": "warning",
            "kind": "exception_in_past",
            "date": "2026-01-01",
            "interval": None,
            "message": "The exception on Thu 1 Jan 2026 is in the past.",
        },
    ]
