"""The fleet model against a plain reference: any mix of pages, edits, deletes, searches and
sorts shows exactly the accounts that match, in the order a full sort would give."""

from __future__ import annotations

import itertools
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt

from console.domain.search import search_key, search_needle
from console.ui.accounts.model import AccountRow, AccountsFilterModel, AccountsModel, Column

NAMES = ["anna", "Bernd", "carla", "Dora", "émile", "Zoë"]


def account(number: int, name: int, count: int) -> AccountRow:
    return AccountRow(
        id=f"u{number}",
        email=f"{NAMES[name].lower()}.{number}@example.com",
        given_name=NAMES[name],
        family_name=f"F{number % 3}" if number % 2 else f"F{number % 12}",
        meeting_type_count=count,
    )


rows = st.builds(account, st.integers(0, 30), st.integers(0, len(NAMES) - 1), st.integers(0, 3))
operations = st.lists(
    st.one_of(
        st.tuples(st.just("set"), st.lists(rows, max_size=8)),
        st.tuples(st.just("merge"), st.lists(rows, max_size=6)),
        st.tuples(st.just("upsert"), rows),
        st.tuples(st.just("remove"), st.integers(0, 30)),
        st.tuples(st.just("retain"), st.sets(st.integers(0, 30))),
        st.tuples(
            st.just("search"), st.sampled_from(["", "a", "an", "e", "f1", "zo", "zoe", "Émi"])
        ),
        st.tuples(
            st.just("sort"),
            st.sampled_from([Column.NAME, Column.EMAIL, Column.MEETING_TYPES]),
            st.booleans(),
        ),
    ),
    max_size=25,
)


def shown(proxy: AccountsFilterModel) -> list[str]:
    return [
        proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id for r in range(proxy.rowCount())
    ]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=operations)
def test_the_model_shows_what_a_full_sort_and_filter_would(qtbot, ops):
    model = AccountsModel()
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    reference: dict[str, AccountRow] = {}
    order: dict[str, int] = {}  # first-seen order breaks ties, as the model's sequence does
    sequence = itertools.count()
    needle, column, descending = "", int(Column.NAME), False
    for op in ops:
        if op[0] == "set":
            model.set_accounts(op[1])
            reference, order, sequence = {}, {}, itertools.count()
            for row in op[1]:
                order.setdefault(row.id, next(sequence))
                reference[row.id] = row
        elif op[0] == "merge":
            model.merge_accounts(op[1])
            for row in op[1]:
                order.setdefault(row.id, next(sequence))
                reference[row.id] = row
        elif op[0] == "upsert":
            model.upsert(op[1])
            order.setdefault(op[1].id, next(sequence))
            reference[op[1].id] = op[1]
        elif op[0] == "remove":
            model.remove(f"u{op[1]}")
            reference.pop(f"u{op[1]}", None)
        elif op[0] == "retain":
            keep = {f"u{n}" for n in op[1]}
            model.retain(keep)
            reference = {k: v for k, v in reference.items() if k in keep}
        elif op[0] == "search":
            proxy.set_search_text(op[1])
            needle = search_needle(op[1])
        else:
            column, descending = int(op[1]), op[2]
            order_arg = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            proxy.sort(column, order_arg)
        for account_id in list(order):
            if account_id not in reference:
                del order[account_id]  # a deleted account that comes back is new
        expected = sorted(
            (r for r in reference.values() if needle in _text(r)),
            key=lambda r: (_key(r, column), order[r.id]),
            reverse=descending,
        )
        assert shown(proxy) == [r.id for r in expected]
        assert model.total() == len(reference)


def _text(row: AccountRow) -> str:
    # Accent-free and case-free, as a user types: "zoe" finds "Zoë".
    return search_key("\n".join((row.name, row.email, row.slug, row.timezone, row.booking_url)))


def _natural(text: str) -> list[tuple[int, int | str]]:
    # Natural order: numbers compare by value ("F2" before "F10"), digits before letters.
    parts = re.split(r"(\d+)", text.casefold())
    return [(0, int(p)) if i % 2 else (1, p) for i, p in enumerate(parts) if p]


def _key(row: AccountRow, column: int) -> object:
    if column == Column.MEETING_TYPES:
        return row.meeting_type_count
    return _natural(row.name if column == Column.NAME else row.email)


def test_a_selected_account_keeps_its_selection_when_a_page_or_an_edit_moves_it(qtbot):
    model = AccountsModel()
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    model.set_accounts([account(1, 1, 0), account(2, 3, 0)])
    selected = QPersistentModelIndex(proxy.index(model.row_of("u1") or 0, 0))
    assert selected.data() == "Bernd F1"
    model.merge_accounts([account(3, 0, 0), account(4, 5, 0)])  # a page sorts in around it
    assert selected.data() == "Bernd F1"
    model.upsert(account(1, 4, 0))  # renamed: moves to its new place
    assert selected.data() == "émile F1"
    assert selected.row() == model.row_of("u1")
    proxy.set_search_text("zoë")  # searched away: the selection is dropped cleanly
    assert not selected.isValid()
