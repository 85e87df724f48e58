"""Field checks shared by the new-account form and the CSV import.

Every problem is a :class:`Problem`: a plain English ``str`` (the CLI prints it as it is) that
also remembers its message template and parameters, so the Qt UI can translate it with
``QCoreApplication.translate(PROBLEMS_CONTEXT, problem.template).format(**problem.params)``.
Templates are wrapped in :func:`QT_TRANSLATE_NOOP`, which ``pyside6-lupdate`` recognises by
name, so they land in the ``Problems`` context of the ``.ts`` catalogs without this module
importing Qt.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from console.scheduling.timezones import is_valid_timezone

# The translation context of every problem template.
PROBLEMS_CONTEXT = "Problems"


# Named like the Qt macro on purpose: pyside6-lupdate recognises the call by this name.
def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` (for lupdate); returns it unchanged."""
    return source


class Problem(str):
    """A readable English problem that the UI can still translate.

    ``str(problem)`` is the English sentence; ``template`` (with ``{named}`` placeholders) and
    ``params`` let a translator reformat it in another language.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Problem:
        self = super().__new__(cls, template.format(**params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_problem, (self.template, self.params))


def _rebuild_problem(template: str, params: dict[str, Any]) -> Problem:
    return Problem(template, **params)


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


def timezone_problem(name: str) -> str | None:
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


def slug_problem(slug: str) -> str | None:
    """Why a (normalised) slug is unusable, or None."""
    if len(normalize_slug(slug)) < SLUG_MIN_LENGTH:
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "Slug must have at least {count} characters."),
            count=SLUG_MIN_LENGTH,
        )
    return None


def duration_problem(duration: int | None) -> str | None:
    """Why a meeting duration is out of range, or None."""
    if duration is None:
        return None
    if not DURATION_MIN <= duration <= DURATION_MAX:
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "Duration must be {low} to {high} minutes."),
            low=DURATION_MIN,
            high=DURATION_MAX,
        )
    return None
