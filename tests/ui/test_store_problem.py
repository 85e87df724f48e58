"""A store the console cannot open is named in a dialog, with how to choose another."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.store.errors import StoreTooNew
from console.ui.store_problem import store_problem_box


def test_the_dialog_names_the_store_and_why_it_was_refused(qtbot: QtBot) -> None:
    problem = StoreTooNew("postgresql+psycopg://console@db.example/team", "0009_future")
    box = store_problem_box(None, str(problem))
    qtbot.addWidget(box)
    assert box.windowTitle() == "The store cannot be opened"
    assert box.text().startswith("The console cannot open its store and closes. The store at ")
    assert "'0009_future', which is newer than this console knows" in box.text()
    assert "meetergo-console store set URL" in box.informativeText()
