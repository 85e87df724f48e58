"""Health in the accounts pane: the columns (words, icon, tooltip, sort), the "Show" filter, the
left list's badge, and the presenter against the in-process sandbox with seeded problem
accounts (its second pass sends no request for fresh entries; a low budget stops a pass)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from console.asyncqt import TaskRunner, signal_future
from console.credentials import Connection, CredentialKind
from console.health import AccountHealth, HealthKind
from console.health.service import HealthService
from console.messages import MessageBus
from console.store import Store
from console.ui.accounts.health_presenter import PASS, HealthPresenter
from console.ui.accounts.model import (
    HEALTH_ROLE,
    NEEDS_ATTENTION,
    AccountRow,
    AccountsFilterModel,
    AccountsModel,
    Column,
    HealthColumn,
)
from console.ui.accounts.tab import AccountsTab
from console.ui.main_window import MainWindow
from tests.health.fleet import counted_sandbox, seed_problems
from tests.ui.accounts_data import sample_accounts

CHECKED = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)


def healthy(account_id: str) -> AccountHealth:
    return AccountHealth(
        account_id,
        checked_at=CHECKED,
        stale=False,
        meeting_types=1,
        enabled_meeting_types=1,
        next_slot=CHECKED + timedelta(days=1),
        last_booking=CHECKED - timedelta(days=3),
    )


def no_meeting_type(account_id: str) -> AccountHealth:
    return AccountHealth(account_id, checked_at=CHECKED, stale=False, meeting_types=1)


def no_slot(account_id: str) -> AccountHealth:
    return AccountHealth(
        account_id, checked_at=CHECKED, stale=True, meeting_types=1, enabled_meeting_types=1
    )


def problems(model: AccountsModel, account_id: str) -> tuple[HealthKind, ...] | None:
    health = model.health(account_id)
    return None if health is None else health.problems


def shown_ids(view: AccountsFilterModel | AccountsModel) -> list[str]:
    return [view.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id for r in range(view.rowCount())]


def model_with_health() -> tuple[AccountsModel, AccountsFilterModel, list[AccountRow]]:
    model = AccountsModel()
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    rows = sample_accounts(4)
    model.set_accounts(rows)
    model.set_health(
        {
            rows[0].id: healthy(rows[0].id),
            rows[1].id: no_meeting_type(rows[1].id),
            rows[2].id: no_slot(rows[2].id),
        }
    )
    return model, proxy, rows


def test_health_columns_show_words_an_icon_and_the_reasons_in_the_tooltip(qtbot: QtBot) -> None:
    model, _proxy, rows = model_with_health()
    row: dict[str, int] = {}
    for account in rows:
        found = model.row_of(account.id)
        assert found is not None
        row[account.id] = found

    def cell(account: AccountRow, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.index(row[account.id], column).data(role)

    assert cell(rows[0], HealthColumn.HEALTH) == "OK"
    assert cell(rows[0], HealthColumn.NEXT_SLOT) == (
        CHECKED + timedelta(days=1)
    ).astimezone().strftime("%Y-%m-%d")
    assert cell(rows[1], HealthColumn.HEALTH) == "No meeting type, No slot"
    assert cell(rows[1], HealthColumn.NEXT_SLOT) == "none"
    assert cell(rows[1], HealthColumn.LAST_BOOKING) == "never"
    assert cell(rows[3], HealthColumn.HEALTH) == ""  # never checked: nothing claimed
    tip = str(cell(rows[1], HealthColumn.HEALTH, Qt.ItemDataRole.ToolTipRole))
    assert "No meeting type is enabled" in tip and "No bookable slot in the next 14 days" in tip
    assert "Will be checked again" in str(
        cell(rows[2], HealthColumn.HEALTH, Qt.ItemDataRole.ToolTipRole)
    )
    assert "Not checked yet." in str(
        cell(rows[3], HealthColumn.HEALTH, Qt.ItemDataRole.ToolTipRole)
    )
    assert cell(rows[1], HealthColumn.HEALTH, Qt.ItemDataRole.DecorationRole) is not None
    assert cell(rows[3], HealthColumn.HEALTH, Qt.ItemDataRole.DecorationRole) is None
    # The name column carries the record (the badge) and, when flagged, the reasons.
    assert cell(rows[1], Column.NAME, HEALTH_ROLE) == no_meeting_type(rows[1].id)
    assert "No meeting type is enabled" in str(
        cell(rows[1], Column.NAME, Qt.ItemDataRole.ToolTipRole)
    )
    assert cell(rows[0], Column.NAME, Qt.ItemDataRole.ToolTipRole) is None
    header = model.headerData(
        HealthColumn.NEXT_SLOT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "14 days" in header


def test_sorting_by_health_puts_the_most_problems_first_and_follows_new_results(
    qtbot: QtBot,
) -> None:
    model, proxy, rows = model_with_health()
    proxy.sort(HealthColumn.HEALTH, Qt.SortOrder.DescendingOrder)
    assert shown_ids(proxy) == [rows[1].id, rows[2].id, rows[0].id, rows[3].id]
    model.set_health({rows[1].id: healthy(rows[1].id)})  # fixed: it moves down
    assert shown_ids(proxy)[0] == rows[2].id
    proxy.sort(HealthColumn.NEXT_SLOT, Qt.SortOrder.AscendingOrder)
    assert shown_ids(proxy)[-1] == rows[2].id  # no slot sorts after every date


def test_the_needs_attention_filter_shows_only_flagged_accounts_and_one_kind(qtbot: QtBot) -> None:
    model, proxy, rows = model_with_health()
    model.set_health_filter(NEEDS_ATTENTION)
    assert sorted(shown_ids(proxy)) == [rows[1].id, rows[2].id]
    model.set_health_filter(HealthKind.NO_MEETING_TYPE)
    assert shown_ids(proxy) == [rows[1].id]
    proxy.set_search_text("mia")  # the search narrows the filter further
    assert shown_ids(proxy) == []
    proxy.set_search_text("")
    model.set_health_filter(NEEDS_ATTENTION)
    more = sample_accounts(6)[4:]
    model.merge_accounts(more)  # never checked: not shown as needing attention
    assert sorted(shown_ids(proxy)) == [rows[1].id, rows[2].id]
    model.set_health({more[0].id: no_slot(more[0].id), rows[2].id: healthy(rows[2].id)})
    assert sorted(shown_ids(proxy)) == sorted([rows[1].id, more[0].id])
    model.set_health_filter(None)
    assert len(shown_ids(proxy)) == 6


def test_the_show_box_of_the_tab_filters_the_table_and_the_count(qtbot: QtBot) -> None:
    _model, proxy, _rows = model_with_health()
    tab = AccountsTab(proxy)
    qtbot.addWidget(tab)
    entries = [tab.health_filter.itemText(i) for i in range(tab.health_filter.count())]
    assert entries[:3] == ["All accounts", "Needs attention", "No meeting type"]
    tab.health_filter.choose(NEEDS_ATTENTION)
    assert tab.table.model().rowCount() == 2
    assert tab.count_label.text() == "2 of 4 accounts shown"
    tab.health_filter.choose(str(HealthKind.NO_SLOT))
    assert tab.table.model().rowCount() == 2  # both flagged accounts have no slot
    tab.health_filter.choose(None)
    assert tab.table.model().rowCount() == 4 and tab.count_label.text() == "4 accounts"


def _render(window: MainWindow) -> QImage:
    window.account_list.viewport().update()
    return window.account_list.viewport().grab().toImage()


def test_the_left_list_paints_a_badge_after_a_flagged_name(qtbot: QtBot) -> None:
    model = AccountsModel()
    window = MainWindow(model)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    rows = sample_accounts(2)
    model.set_accounts(rows)
    plain = _render(window)
    model.set_health({rows[0].id: healthy(rows[0].id)})
    assert _render(window) == plain  # healthy: no badge
    model.set_health({rows[0].id: no_slot(rows[0].id)})
    badged = _render(window)
    assert badged != plain
    width = badged.width()
    top = window.account_list.visualRect(window.accounts_proxy.index(0, Column.NAME))
    changed = [
        x
        for x in range(width)
        for y in range(top.top(), top.bottom())
        if badged.pixel(x, y) != plain.pixel(x, y)
    ]
    assert min(changed) > width // 2  # at the end of the row, not over the name


def test_the_status_bar_shows_the_key_countdown_and_the_webhooks(qtbot: QtBot) -> None:
    window = MainWindow(AccountsModel())
    qtbot.addWidget(window)
    assert not window.health_label.isVisibleTo(window)
    window.set_connection_health("Key: 9 days left · Webhooks 3/6", "tip")
    assert window.health_label.isVisibleTo(window) and window.health_label.toolTip() == "tip"


# -- the presenter against the sandbox ----------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path, qloop: asyncio.AbstractEventLoop):
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    qloop.run_until_complete(s.close())


def test_the_presenter_fills_the_columns_then_rechecks_nothing_fresh(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, store: Store, bus: MessageBus
) -> None:
    async def scenario() -> None:
        async with counted_sandbox() as (client, transport):
            fleet = await seed_problems(client)
            model = AccountsModel()
            model.set_accounts([AccountRow.from_user(u) async for u in client.users.list()])
            runner = TaskRunner(bus)
            connection = Connection(
                "Sandbox",
                "http://sandbox.test",
                CredentialKind.API_KEY,
                date.today() + timedelta(days=9),
            )
            presenter = HealthPresenter(
                model,
                service=HealthService(client, store, "Sandbox"),
                runner=runner,
                connection=connection,
            )
            statuses: list[str] = []
            presenter.connection_health_changed.connect(lambda text, _tip: statuses.append(text))
            done = signal_future(presenter.pass_finished)
            presenter.check_now()
            (checked,) = await asyncio.wait_for(done, 60)
            assert checked == model.total()
            assert problems(model, fleet.disabled) == (
                HealthKind.NO_MEETING_TYPE,
                HealthKind.NO_SLOT,
            )
            assert problems(model, fleet.no_hours) == (HealthKind.NO_SLOT,)
            assert problems(model, fleet.twin_a) == (HealthKind.SLUG_CLASH,)
            assert problems(model, fleet.healthy) == ()
            assert statuses[-1] == "Key: 9 days left · Webhooks 0/6"

            transport.requests.clear()
            again = signal_future(presenter.pass_finished)
            presenter.check_now()
            assert await asyncio.wait_for(again, 30) == (0,)
            assert dict(transport.requests) == {"GET /webhooks": 1}

            presenter.account_changed(fleet.healthy)  # the console edited it
            third = signal_future(presenter.pass_finished)
            assert await asyncio.wait_for(third, 30) == (1,)
            await runner.drain()
            assert runner.is_idle() and PASS not in runner.running_names()
            presenter.close()
            assert model.health(fleet.disabled) is None

    qloop.run_until_complete(scenario())


def test_a_pass_leaves_a_low_budget_to_the_user(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, store: Store, bus: MessageBus
) -> None:
    async def scenario() -> None:
        async with counted_sandbox() as (client, transport):
            model = AccountsModel()
            model.set_accounts([AccountRow.from_user(u) async for u in client.users.list()])
            transport.requests.clear()
            presenter = HealthPresenter(
                model,
                service=HealthService(client, store, "Sandbox"),
                runner=TaskRunner(bus),
                connection=Connection("Sandbox", "http://sandbox.test", CredentialKind.API_KEY),
                budget=lambda: 12.0,
            )
            statuses: list[str] = []
            presenter.connection_health_changed.connect(lambda text, _tip: statuses.append(text))
            done = signal_future(presenter.pass_finished)
            presenter.check_now()
            assert await asyncio.wait_for(done, 30) == (0,)
            assert set(transport.requests) == {"GET /webhooks"}
            assert statuses == ["Webhooks 0/6"]  # no expiry date saved: only the tooltip says so

    qloop.run_until_complete(scenario())
