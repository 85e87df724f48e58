"""Problems: readable English sentences that the Qt UI can still show in the user's language.

Every problem is a :class:`Problem`: a plain English ``str`` (the CLI prints it as it is) that
also remembers its message template and parameters, so the Qt UI can translate it with
``QCoreApplication.translate(PROBLEMS_CONTEXT, problem.template).format(**problem.params)``
(``console.ui.problems`` does that). A parameter that is itself a :class:`Problem` (a weekday
name, say) is translated the same way before it is put in. Templates are wrapped in
:func:`QT_TRANSLATE_NOOP`, which ``pyside6-lupdate`` recognises by name, so they land in the
``Problems`` context of the ``.ts`` catalogs without this package importing Qt.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PROBLEMS_CONTEXT", "QT_TRANSLATE_NOOP", "Problem"]

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
