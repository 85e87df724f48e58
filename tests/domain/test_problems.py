"""Problems read as English sentences yet keep what a translator needs."""

from __future__ import annotations

import pickle

from console.domain.accounts import email_problem
from console.domain.problems import Problem


def test_problems_read_as_english_but_carry_their_template_for_translation() -> None:
    problem = email_problem("kaputt")
    assert str(problem) == "'kaputt' is not a valid e-mail address."
    assert isinstance(problem, Problem)
    assert problem.template == "{email!r} is not a valid e-mail address."
    assert problem.params == {"email": "kaputt"}
    assert "; ".join([problem, "x"]) == "'kaputt' is not a valid e-mail address.; x"


def test_a_problem_survives_pickling_with_its_template() -> None:
    # Rows with problems cross process and journal boundaries as pickles or JSON strings.
    problem = Problem("{day}: closed.", day=Problem("Monday"))
    copy = pickle.loads(pickle.dumps(problem))
    assert copy == "Monday: closed."
    assert copy.template == "{day}: closed."
    assert isinstance(copy.params["day"], Problem)
