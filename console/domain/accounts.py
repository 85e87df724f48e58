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
from console.scheduling.timezones import canonical_timezone, is_valid_timezone

__all__ = [
    "DURATION_MAX",
    "DURATION_MIN",
    "EMAIL_MAX_LENGTH",
    "MEETING_TYPE_NAME_MAX",
    "SLUG_MIN_LENGTH",
    "ZoneCheck",
    "check_timezone",
    "duration_not_a_number",
    "duration_not_whole",
    "duration_problem",
    "email_problem",
    "family_name_missing",
    "given_name_missing",
    "invisible_character",
    "meeting_type_name_problem",
    "name_problem",
    "normalize_slug",
    "parse_duration",
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
# RFC 5321 §4.5.3.1: at most 254 characters in a forward path, 64 before the "@".
EMAIL_MAX_LENGTH = 254
_EMAIL_LOCAL_MAX = 64
# The platform refuses a meeting type name over 200 characters (the sandbox mirrors it).
MEETING_TYPE_NAME_MAX = 200
# What a cell shows of a long value inside a problem sentence.
_SHOWN = 40

_WHOLE_MINUTES = re.compile(r"^\+?(\d{1,6})(?:[.,]0+)?$")

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


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _invisible(text: str, *, allow_joiners: bool) -> str | None:
    """The first control or invisible formatting character in ``text``, or None.

    Control characters (NUL, line breaks, tabs) and format characters (zero-width space, BOM,
    bidi overrides) cannot be seen in the console or on the booking page but make two equal
    looking values differ. Zero-width (non-)joiners are spelling in Persian and Indic names
    (https://www.unicode.org/faq/persian.html), so names may keep them.
    """
    for char in text:
        if allow_joiners and char in "\u200c\u200d":
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
            return char
    return None


_FIELD_NAMES: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Problems", "E-mail"),
    "given_name": QT_TRANSLATE_NOOP("Problems", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Problems", "Family name"),
    "meeting_type": QT_TRANSLATE_NOOP("Problems", "Meeting type name"),
}


def invisible_character(field_name: str, char: str) -> Problem:
    """The problem of a value holding a control or invisible character (named as U+XXXX)."""
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "{field} contains an invisible or control character ({code})."
        ),
        field=Problem(_FIELD_NAMES[field_name]),
        code=f"U+{ord(char):04X}",
    )


def email_problem(email: str) -> Problem | None:
    """Why an e-mail address is unusable, or None."""
    if not email.strip():
        return Problem(QT_TRANSLATE_NOOP("Problems", "E-mail is missing."))
    if (char := _invisible(email, allow_joiners=False)) is not None:
        return invisible_character("email", char)
    local = email.strip().rpartition("@")[0]
    if len(email.strip()) > EMAIL_MAX_LENGTH or len(local) > _EMAIL_LOCAL_MAX:
        return Problem(
            QT_TRANSLATE_NOOP(
                "Problems",
                "E-mail {email!r} is too long (at most {count} characters, {local} before the @).",
            ),
            email=_shown(email.strip()),
            count=EMAIL_MAX_LENGTH,
            local=_EMAIL_LOCAL_MAX,
        )
    if not _EMAIL.match(email.strip()):
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "{email!r} is not a valid e-mail address."),
            email=_shown(email.strip()),
        )
    return None


def given_name_missing() -> Problem:
    """The problem of an empty given name."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "Given name is missing."))


def family_name_missing() -> Problem:
    """The problem of an empty family name."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "Family name is missing."))


def name_problem(field_name: str, value: str) -> Problem | None:
    """Why a given or family name (``field_name``: "given_name"/"family_name") is unusable."""
    if (char := _invisible(value, allow_joiners=True)) is not None:
        return invisible_character(field_name, char)
    return None


def _unknown_zone(name: str) -> Problem:
    return Problem(
        QT_TRANSLATE_NOOP(
            "Problems", "{zone!r} is not a known time zone (use e.g. Europe/Berlin)."
        ),
        zone=_shown(name.strip()),
    )


def timezone_problem(name: str) -> Problem | None:
    """Why a time zone is unusable, or None."""
    if not name.strip():
        return Problem(QT_TRANSLATE_NOOP("Problems", "Time zone is missing."))
    if not is_valid_timezone(name.strip()):
        return _unknown_zone(name)
    return None


class ZoneCheck:
    """What :func:`check_timezone` made of a written time zone."""

    __slots__ = ("name", "note", "problem")

    def __init__(self, name: str, problem: Problem | None, note: Problem | None) -> None:
        self.name = name  # the IANA name to send (the input when refused)
        self.problem = problem
        self.note = note  # set when an old name was replaced by its current one


def check_timezone(name: str) -> ZoneCheck:
    """A time zone as the platform should get it: canonical, renamed ones mapped with a note.

    ``Asia/Calcutta`` becomes ``Asia/Kolkata`` (with a note saying so); ``EST``, ``Factory``,
    ``localtime`` are refused as not being a place; a tzdata folder (``Europe``) or a long text
    is an unknown zone.
    """
    written = name.strip()
    if not written:
        return ZoneCheck(
            written, Problem(QT_TRANSLATE_NOOP("Problems", "Time zone is missing.")), None
        )
    verdict = canonical_timezone(written)
    if verdict.pseudo:
        return ZoneCheck(
            written,
            Problem(
                QT_TRANSLATE_NOOP(
                    "Problems",
                    "{zone!r} is not the time zone of a place (use e.g. Europe/Berlin).",
                ),
                zone=_shown(written),
            ),
            None,
        )
    if verdict.name is None:
        return ZoneCheck(written, _unknown_zone(written), None)
    note = None
    if verdict.renamed:
        note = Problem(
            QT_TRANSLATE_NOOP(
                "Problems", "Time zone {old!r} is now called {new!r}; {new} is sent."
            ),
            old=written,
            new=verdict.name,
        )
    return ZoneCheck(verdict.name, None, note)


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
    if (char := _invisible(name, allow_joiners=True)) is not None:
        return invisible_character("meeting_type", char)
    if len(name.strip()) > MEETING_TYPE_NAME_MAX:
        return Problem(
            QT_TRANSLATE_NOOP(
                "Problems", "Meeting type name has {length} characters (at most {count})."
            ),
            length=len(name.strip()),
            count=MEETING_TYPE_NAME_MAX,
        )
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
        value=_shown(value),
    )


def duration_not_whole(value: str) -> Problem:
    """The problem of a duration with a fraction of a minute (``45.9``)."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "Duration {value!r} must be a whole number of minutes."),
        value=_shown(value),
    )


def parse_duration(text: str) -> tuple[int | None, Problem | None]:
    """Minutes from a written duration: ``(minutes, None)`` or ``(None, problem)``.

    Only whole minutes in range count ("45", "45.0" as Excel may write it); ``45.9``, ``inf``,
    ``1e999`` and words are problems, never rounded or cut.
    """
    value = text.strip()
    match = _WHOLE_MINUTES.match(value)
    if match is None:
        if re.fullmatch(r"[+-]?\d+[.,]\d+", value):
            return None, duration_not_whole(value)
        return None, duration_not_a_number(value)
    minutes = int(match.group(1))
    return minutes, duration_problem(minutes)


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
