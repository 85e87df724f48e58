"""Field checks shared by the new-account form and the CSV import (readable English messages)."""

from __future__ import annotations

import re
import unicodedata

from console.scheduling.timezones import is_valid_timezone

SLUG_MIN_LENGTH = 5
DURATION_MIN = 5
DURATION_MAX = 480

_EMAIL = re.compile(r"^[^@\s,;<>()\[\]]+@[^@\s,;<>()\[\]]+\.[A-Za-z]{2,}$")
_TRANSLITERATE = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
)


def email_problem(email: str) -> str | None:
    """Why an e-mail address is unusable, or None."""
    if not email.strip():
        return "E-mail is missing."
    if not _EMAIL.match(email.strip()):
        return f"{email.strip()!r} is not a valid e-mail address."
    return None


def timezone_problem(name: str) -> str | None:
    """Why a time zone is unusable, or None."""
    if not name.strip():
        return "Time zone is missing."
    if not is_valid_timezone(name.strip()):
        return f"{name.strip()!r} is not a known time zone (use e.g. Europe/Berlin)."
    return None


def normalize_slug(text: str) -> str:
    """The slug meetergo would make of ``text``: "Jürgen Müller" → "juergen-mueller"."""
    text = text.strip().translate(_TRANSLITERATE)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower())
    return text.strip("-")


def slug_problem(slug: str) -> str | None:
    """Why a (normalised) slug is unusable, or None."""
    if len(normalize_slug(slug)) < SLUG_MIN_LENGTH:
        return f"Slug must have at least {SLUG_MIN_LENGTH} characters."
    return None


def duration_problem(duration: int | None) -> str | None:
    """Why a meeting duration is out of range, or None."""
    if duration is None:
        return None
    if not DURATION_MIN <= duration <= DURATION_MAX:
        return f"Duration must be {DURATION_MIN} to {DURATION_MAX} minutes."
    return None
