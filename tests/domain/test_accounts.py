"""The account-field rules shared by the new-account form and the CSV import."""

from __future__ import annotations

from console.domain.accounts import (
    normalize_slug,
    schedule_problem,
    slug_problem,
    weekday_name,
)
from console.domain.problems import Problem
from console.scheduling.schedule import WeeklySchedule


def test_slugs_are_normalised_like_meetergo_does() -> None:
    assert normalize_slug("Jürgen Müller-Groß ") == "juergen-mueller-gross"
    assert normalize_slug("  José  García!! ") == "jose-garcia"
    assert slug_problem("Jo b") is not None and slug_problem("Jö b") is None  # "joe-b"


def test_an_evening_until_midnight_is_sound_hours() -> None:
    evenings = WeeklySchedule.from_hours(["monday"], [("20:00", "00:00")])
    assert schedule_problem(evenings) is None
    assert schedule_problem(WeeklySchedule.from_hours(["monday"], [("00:00", "24:00")])) is None


def test_a_broken_interval_is_named_with_a_translatable_weekday() -> None:
    backwards = WeeklySchedule.from_hours(["tuesday"], [("17:00", "09:00")])
    problem = schedule_problem(backwards)
    assert problem == "Tuesday: 17:00–09:00 ends at or before it starts."
    assert isinstance(problem, Problem)
    assert problem.template == "{day}: {interval} ends at or before it starts."
    assert problem.params["day"] == weekday_name("tuesday")
    assert isinstance(problem.params["day"], Problem)


def test_overlapping_intervals_and_an_empty_week_are_refused() -> None:
    overlapping = WeeklySchedule.from_hours(["monday"], [("09:00", "13:00"), ("12:00", "17:00")])
    assert schedule_problem(overlapping) == "Monday: 09:00–13:00 overlaps 12:00–17:00."
    assert schedule_problem(WeeklySchedule.closed()) == "The schedule has no working hours."
    # Hours kept on a switched-off day open nothing.
    off = WeeklySchedule.from_hours(["monday"], [("09:00", "17:00")]).with_day_enabled(0, False)
    assert schedule_problem(off) == "The schedule has no working hours."
