"""Show problems from the Qt-free layers in the user's language.

``console.domain.problems.Problem`` is an English ``str`` carrying its message template and
parameters; the template is looked up in the ``Problems`` context of the installed catalog and
formatted with the parameters, each of which is translated first when it is a ``Problem`` too
(a weekday name). Plain strings (from layers that do not use ``Problem`` yet) are shown as they
are.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from console.domain.problems import PROBLEMS_CONTEXT, Problem


def translate_problem(problem: str) -> str:
    """``problem`` in the current UI language (English if it has no template or translation)."""
    if not isinstance(problem, Problem):
        return str(problem)
    template = QCoreApplication.translate(PROBLEMS_CONTEXT, problem.template)
    params = {
        name: translate_problem(value) if isinstance(value, Problem) else value
        for name, value in problem.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the problem
        return str(problem)


def translate_problems(problems: Iterable[str], separator: str = "; ") -> str:
    """Several problems joined into one line, each translated."""
    return separator.join(translate_problem(p) for p in problems)
