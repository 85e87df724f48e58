"""``Selection``: the one current account, announced only when it changes."""

from __future__ import annotations

from dataclasses import replace

from console.ui.selection import Selection
from tests.ui.accounts_data import sample_accounts


def test_changed_fires_for_a_new_account_or_new_values_but_not_for_the_same_row(qtbot):
    selection = Selection()
    seen: list[object] = []
    selection.changed.connect(seen.append)
    first, second = sample_accounts(2)
    selection.set_current(first)
    selection.set_current(first)
    renamed = replace(first, given_name="Anne")
    selection.set_current(renamed)  # same account, new values: views must show them
    selection.set_current(second)
    assert seen == [first, renamed, second]
    assert selection.current_id() == second.id


def test_forgetting_a_deleted_account_clears_only_that_account(qtbot):
    selection = Selection()
    first, second = sample_accounts(2)
    selection.set_current(first)
    selection.forget(second.id)
    assert selection.current() == first
    selection.forget(first.id)
    assert selection.current() is None
