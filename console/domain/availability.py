"""The problems the availability lint reports, as translatable templates.

Each function returns a :class:`~console.domain.problems.Problem`: the English sentence the CLI
prints, with its template kept so the Qt UI can show it in the user's language.
"""

from __future__ import annotations

from console.domain.problems import QT_TRANSLATE_NOOP, Problem

__all__ = [
    "closed_day_in_week",
    "ends_before_start",
    "exception_in_past",
    "intervals_overlap",
    "intervals_touch",
    "meeting_type_fits_nowhere",
    "no_bookable_time",
    "wall_time_missing",
    "wall_time_repeated",
    "zone_differs_from_user",
]


def ends_before_start(day: str, interval: str) -> Problem:
    """An interval that ends at or before its start (the API refuses it)."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "{day}: {interval} ends at or before it starts."),
        day=day,
        interval=interval,
    )


def intervals_overlap(day: str, interval: str, other: str) -> Problem:
    """Two intervals of one day that share time (the API refuses them)."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "{day}: {interval} overlaps {other}; merge them."),
        day=day,
        interval=interval,
        other=other,
    )


def intervals_touch(day: str, interval: str, other: str) -> Problem:
    """Two intervals of one day where one ends as the next starts: one interval would do."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "{day}: {interval} and {other} touch; they can be one interval."
        ),
        day=day,
        interval=interval,
        other=other,
    )


def closed_day_in_week(day: str) -> Problem:
    """A closed day between open days of the week (often a day forgotten)."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "{day} is closed although the days around it are open."),
        day=day,
    )


def no_bookable_time() -> Problem:
    """A week with no open time at all."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "The week has no bookable time: clients can book only on exceptions."
        )
    )


def wall_time_missing(date: str, span: str, zone: str) -> Problem:
    """Hours that fall into the gap of a clock change (spring forward)."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "{date}: {span} does not exist in {zone}."),
        date=date,
        span=span,
        zone=zone,
    )


def wall_time_repeated(date: str, span: str, zone: str) -> Problem:
    """Hours that happen twice because the clocks go back."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "{date}: {span} happens twice in {zone}."),
        date=date,
        span=span,
        zone=zone,
    )


def zone_differs_from_user(zone: str, user_zone: str) -> Problem:
    """Hours kept in another zone than the user's own."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "The hours are in {zone}, but the user's time zone is {user_zone}."
        ),
        zone=zone,
        user_zone=user_zone,
    )


def meeting_type_fits_nowhere(name: str, minutes: int) -> Problem:
    """A meeting type whose duration plus buffers is longer than every open interval."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems",
            "{name} needs {minutes} minutes with its buffers; no interval is that long.",
        ),
        name=name,
        minutes=minutes,
    )


def exception_in_past(date: str) -> Problem:
    """A date exception that has already ended."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "The exception on {date} is in the past."), date=date
    )
