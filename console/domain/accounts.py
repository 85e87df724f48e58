"""The rules of one client account's fields, shared by the new-account form and the CSV import.

Each ``*_problem`` function answers "why can this value not be sent?" with a translatable
:class:`~console.domain.problems.Problem`, or None when the value is fine. They check what the
platform refuses (fact sheet §4: a valid e-mail, both names, an IANA time zone, a slug of at least
five characters, a meeting duration of 5 to 480 minutes) so the user hears it before a request
is sent.
"""

from __future__ import annotations

import re
import unicodedata

from console.domain.problems import QT_TRANSLATE_NOOP, Problem
from console.scheduling.schedule import (
    OVERLAP,
    WEEKDAYS,
    ScheduleIssue,
    WeeklySchedule,
)
from console.scheduling.timezones import is_valid_timezone

__all__ = [
    "DURATION_MAX",
    "DURATION_MIN",
    "SLUG_MIN_LENGTH",
    "duration_not_a_number",
    "duration_problem",
    "email_problem",
    "family_name_missing",
    "given_name_missing",
    "meeting_type_name_problem",
    "normalize_slug",
    "schedule_problem",
    "slug_problem",
    "slug_taken",
    "timezone_problem",
    "unknown_preset",
    "weekday_name",
]

SLUG_MIN_LENGTH = 5
DURATION_MIN = 5
DURATION_MAX = 480

_EMAIL = re.compile(r"^[^@\s,;<>()\[\]]+@[^@\s,;<>()\[\]]+\.[A-Za-z]{2,}$")
_TRANSLITERATE = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
)

_WEEKDAY_NAMES: dict[str, str] = {
    "monday": QT_TRANSLATE_NOOP("Problems", "Monday"),
    "tuesday": QT_TRANSLATE_NOOP("Problems", "Tuesday"),
    "wednesday": QT_TRANSLATE_NOOP("Problems", "Wednesday"),
    "thursday": QT_TRANSLATE_NOOP("Problems", "Thursday"),
    "friday": QT_TRANSLATE_NOOP("Problems", "Friday"),
    "saturday": QT_TRANSLATE_NOOP("Problems", "Saturday"),
    "sunday": QT_TRANSLATE_NOOP("Problems", "Sunday"),
}


def email_problem(email: str) -> Problem | None:
    """Why an e-mail address is unusable, or None."""
    if not email.strip():
        return Problem(QT_TRANSLATE_NOOP("Problems", "E-mail is missing."))
    if not _EMAIL.match(email.strip()):
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "{email!r} is not a valid e-mail address."),
            email=email.strip(),
        )
    return None


def given_name_missing() -> Problem:
    """The problem of an empty given name."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "Given name is missing."))


def family_name_missing() -> Problem:
    """The problem of an empty family name."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "Family name is missing."))


def timezone_problem(name: str) -> Problem | None:
    """Why a time zone is unusable, or None."""
    if not name.strip():
        return Problem(QT_TRANSLATE_NOOP("Problems", "Time zone is missing."))
    if not is_valid_timezone(name.strip()):
        return Problem(
            QT_TRANSLATE_NOOP(
                "Problems", "{zone!r} is not a known time zone (use e.g. Europe/Berlin)."
            ),
            zone=name.strip(),
        )
    return None


def normalize_slug(text: str) -> str:
    """The slug meetergo would make of ``text``: "Jürgen Müller" → "juergen-mueller"."""
    text = text.strip().translate(_TRANSLITERATE)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower())
    return text.strip("-")


def slug_problem(slug: str) -> Problem | None:
    """Why a (normalised) slug is unusable, or None."""
    if len(normalize_slug(slug)) < SLUG_MIN_LENGTH:
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "Slug must have at least {count} characters."),
            count=SLUG_MIN_LENGTH,
        )
    return None


def slug_taken(slug: str) -> Problem:
    """The problem of a slug another account of the connection already has."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "Slug {slug!r} is already taken."), slug=slug)


def meeting_type_name_problem(name: str) -> Problem | None:
    """Why the first meeting type's name is unusable, or None."""
    if not name.strip():
        return Problem(QT_TRANSLATE_NOOP("Problems", "Meeting type name is missing."))
    return None


def duration_problem(duration: int | None) -> Problem | None:
    """Why a meeting duration is out of range, or None (no duration: the platform's default)."""
    if duration is None:
        return None
    if not DURATION_MIN <= duration <= DURATION_MAX:
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "Duration must be {low} to {high} minutes."),
            low=DURATION_MIN,
            high=DURATION_MAX,
        )
    return None


def duration_not_a_number(value: str) -> Problem:
    """The problem of a duration written as something other than minutes."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "Duration {value!r} is not a number of minutes."),
        value=value,
    )


def unknown_preset(preset: str) -> Problem:
    """The problem of an availability preset key nobody defined."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "Unknown preset {preset!r}."), preset=preset)


def weekday_name(day: str) -> Problem:
    """A weekday ("monday") as a translatable word, for use as a parameter of a problem."""
    return Problem(_WEEKDAY_NAMES[day])


def _issue_problem(issue: ScheduleIssue) -> Problem:
    day = weekday_name(issue.day)
    if issue.kind == OVERLAP and issue.other is not None:
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "{day}: {first} overlaps {second}."),
            day=day,
            first=issue.interval.label(),
            second=issue.other.label(),
        )
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "{day}: {interval} ends at or before it starts."),
        day=day,
        interval=issue.interval.label(),
    )


def schedule_problem(schedule: WeeklySchedule) -> Problem | None:
    """Why weekly hours cannot be sent, or None; the first problem found.

    An interval that ends at or before it starts, overlapping intervals, and a week without any
    open time are what the server refuses. An end of midnight is fine: :class:`WeeklySchedule`
    holds it as minute 1440 and writes it ``"24:00"``.
    """
    issues = schedule.issues()
    if issues:
        return _issue_problem(issues[0])
    if not any(schedule.intervals(day) for day in WEEKDAYS):
        return Problem(QT_TRANSLATE_NOOP("Problems", "The schedule has no working hours."))
    return None
