"""The bookings tab: filters and sort on the model, cancel and reschedule against the sandbox."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from console.api import MeetergoClient
from console.asyncqt import TaskRunner, signal_future
from console.live.watch import LiveFeed
from console.messages import MessageBus
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.store import BookingRecord, Store
from console.ui.accounts.model import AccountRow
from console.ui.bookings.model import BookingsModel, Column
from console.ui.bookings.presenter import BookingsPresenter
from console.ui.bookings.tab import BookingsTab

BASE_URL = "http://sandbox.test"
START = datetime(2030, 5, 6, 8, 0, tzinfo=UTC)


def _booking(n: int, *, host: str, status: str, name: str, kind: str = "Intro") -> BookingRecord:
    return BookingRecord(
        appointment_id=f"a{n}",
        host_id=host,
        meeting_type_id=f"mt-{kind}",
        meeting_type_name=kind,
        start=START + timedelta(days=n),
        end=START + timedelta(days=n, minutes=30),
        client_name=name,
        client_email=f"{name.split()[0].lower()}@client.example",
        status=status,
        created_at=START - timedelta(days=10 - n),
        updated_at=START - timedelta(days=10 - n),
    )


ACCOUNTS = [
    AccountRow(id="h1", email="anna@agency.example", timezone="Europe/Berlin"),
    AccountRow(id="h2", email="ben@agency.example", timezone="America/New_York"),
]
ROWS = [
    _booking(0, host="h1", status="confirmed", name="Carla Weber"),
    _booking(1, host="h1", status="cancelled", name="Dirk Meier", kind="Review"),
    _booking(2, host="h2", status="rescheduled", name="Eva Brown"),
    _booking(3, host="h2", status="confirmed", name="Anton Weber", kind="Review"),
]


@pytest.fixture
def tab(qtbot) -> BookingsTab:
    from console.ui.bookings.model import account_infos

    model = BookingsModel()
    view = BookingsTab(model)
    qtbot.addWidget(view)
    model.set_accounts(account_infos(ACCOUNTS))
    view.set_accounts(ACCOUNTS)
    model.set_bookings(ROWS)
    view.set_meeting_types(model.meeting_types())
    view.filters_changed.connect(model.set_filter)
    return view


@dataclass
class Rig:
    """The tab and its presenter on an in-process sandbox whose bookings the store holds."""

    state: Any
    store: Store
    client: MeetergoClient
    model: BookingsModel
    tab: BookingsTab
    runner: TaskRunner
    presenter: BookingsPresenter
    count: int
    changes: Any = None  # the ChangesPresenter, when asked for
    panel: Any = None  # its ChangesPanel


async def _on_synced_sandbox(
    qtbot: Any, scenario: Callable[[Rig], Awaitable[None]], *, with_changes: bool = False
) -> None:
    """Run ``scenario`` on a fresh sandbox: synced once, the tab opened and loaded; then close
    everything in the order a closing connection does."""
    from PySide6.QtCore import QSettings

    from console.jobs.engine import ChangeEngine
    from console.ui.changes.panel import ChangesPanel
    from console.ui.changes.presenter import ChangesPresenter

    app = create_app(SandboxConfig(rate_limit=False))
    state = app.state.sandbox
    bus = MessageBus()
    store = Store.open(":memory:")
    async with MeetergoClient(
        state.demo_api_key, BASE_URL, transport=sandbox_transport(app)
    ) as client:
        live = LiveFeed(store, client, "Sandbox", receive=False)
        await live.poll_now()  # the store holds the sandbox's bookings before the tab opens
        model = BookingsModel()
        tab = BookingsTab(model)
        qtbot.addWidget(tab)
        runner = TaskRunner(bus)
        changes = panel = None
        if with_changes:
            panel = ChangesPanel()
            qtbot.addWidget(panel)
            changes = ChangesPresenter(
                panel,
                backend=ChangeEngine(client, store, "Sandbox", bus=bus),
                runner=runner,
                settings=QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "t", "t"),
            )
        presenter = BookingsPresenter(
            tab,
            model,
            store=store,
            client=client,
            connection="Sandbox",
            runner=runner,
            accounts=list,
            live=live,
            changes=changes,
        )
        loaded = signal_future(presenter.loaded)
        presenter.start()
        (count,) = await asyncio.wait_for(loaded, 10)
        rig = Rig(state, store, client, model, tab, runner, presenter, count, changes, panel)
        try:
            await scenario(rig)
        finally:
            await runner.aclose()
            presenter.disconnect_view()
            if changes is not None:
                changes.close()
    await store.close()
    await state.aclose()
    state.close()


def _clients(tab: BookingsTab) -> list[str]:
    model = tab.model
    return [model.index(r, Column.CLIENT).data() for r in range(model.rowCount())]


def test_the_filters_narrow_the_table_by_status_type_account_dates_and_search(tab, qtbot):
    assert _clients(tab) == ["Carla Weber", "Dirk Meier", "Eva Brown", "Anton Weber"]
    assert tab.count_label.text() == "4 of 4 bookings"
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("confirmed"))
    assert _clients(tab) == ["Carla Weber", "Anton Weber"]
    tab.type_combo.setCurrentIndex(tab.type_combo.findData("Review"))
    assert _clients(tab) == ["Anton Weber"]
    tab.status_combo.setCurrentIndex(0)
    tab.type_combo.setCurrentIndex(0)
    qtbot.keyClicks(tab.search_edit, "WEBER")
    assert _clients(tab) == ["Carla Weber", "Anton Weber"]
    tab.search_edit.clear()
    qtbot.keyClicks(tab.search_edit, "eva@client")
    assert _clients(tab) == ["Eva Brown"]
    tab.search_edit.clear()
    tab.show_current_account(ACCOUNTS[1])  # chosen in the left pane
    assert _clients(tab) == ["Eva Brown", "Anton Weber"]
    assert tab.account_combo.currentText() == "ben@agency.example"
    tab.show_current_account(None)
    tab.from_edit.setDate(QDate(2030, 5, 7))
    tab.to_edit.setDate(QDate(2030, 5, 8))
    tab.from_check.setChecked(True)
    tab.to_check.setChecked(True)
    assert _clients(tab) == ["Dirk Meier", "Eva Brown"]
    assert tab.count_label.text() == "2 of 4 bookings"


def test_choosing_an_account_in_the_filter_reports_its_row(tab, qtbot):
    with qtbot.waitSignal(tab.account_chosen) as chosen:
        tab.account_combo.setCurrentIndex(tab.account_combo.findData("h1"))
    assert chosen.args == [ACCOUNTS[0]]
    assert _clients(tab) == ["Carla Weber", "Dirk Meier"]


def test_sorting_by_client_and_the_hosts_zone_and_highlighting_a_new_row(tab, qtbot):
    model = tab.model
    tab.table.sortByColumn(Column.CLIENT, Qt.SortOrder.AscendingOrder)
    assert _clients(tab) == ["Anton Weber", "Carla Weber", "Dirk Meier", "Eva Brown"]
    row = _clients(tab).index("Eva Brown")
    assert model.index(row, Column.START_HOST).data() == "2030-05-08 04:00 EDT"
    tab.table.selectRow(_clients(tab).index("Dirk Meier"))
    model.upsert(_booking(9, host="h1", status="confirmed", name="Bea Fischer"))
    assert _clients(tab) == ["Anton Weber", "Bea Fischer", "Carla Weber", "Dirk Meier", "Eva Brown"]
    assert model.is_highlighted("a9")
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    # The selection stayed on its booking while the new row pushed it down.
    selected = tab.selected_booking()
    assert selected is not None and selected.client_name == "Dirk Meier"
    assert not tab.cancel_button.isEnabled()  # Dirk's booking is cancelled already


def test_copy_details_puts_the_booking_on_the_clipboard(tab, qtbot):
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.status_posted):
        tab.copy_button.click()
    text = QApplication.clipboard().text()
    assert "Client: Carla Weber" in text
    assert "ID: a0" in text


def test_cancel_and_reschedule_go_to_the_sandbox_and_back_into_the_row(qtbot, qloop):
    async def scenario(rig: Rig) -> None:
        state, store, model, tab, presenter = (
            rig.state,
            rig.store,
            rig.model,
            rig.tab,
            rig.presenter,
        )
        count = rig.count
        assert count == model.rowCount() > 0
        tab.status_combo.setCurrentIndex(tab.status_combo.findData("confirmed"))
        first = model.booking_at(0)

        tab.table.selectRow(0)
        tab.cancel_button.click()
        assert tab.cancel_dialog is not None
        tab.cancel_dialog.reason_edit.setText("Client is ill")
        done = signal_future(presenter.action_finished)
        tab.cancel_dialog.confirm_button.click()
        assert await asyncio.wait_for(done, 10) == (first.appointment_id,)
        doc = state.db.doc("SELECT doc FROM appointments WHERE id = ?", (first.appointment_id,))
        assert doc["isCancelled"] is True
        assert doc["cancel"]["reason"] == "Client is ill"
        assert model.row_of(first.appointment_id) == -1  # no longer "confirmed"
        assert "own action" in tab.feed_list.item(0).text()
        stored = await store.events.booking("Sandbox", first.appointment_id)
        assert stored is not None and stored.status == "cancelled"

        second = model.booking_at(0)
        tab.table.selectRow(0)
        slots = signal_future(presenter.slots_loaded)
        tab.reschedule_button.click()
        (starts,) = await asyncio.wait_for(slots, 10)
        dialog = tab.reschedule_dialog
        assert dialog is not None and dialog.slot_list.count() == len(starts) > 0
        dialog.slot_list.setCurrentRow(0)
        done = signal_future(presenter.action_finished)
        dialog.move_button.click()
        await asyncio.wait_for(done, 10)
        moved = await store.events.booking("Sandbox", second.appointment_id)
        assert moved is not None
        assert (moved.start, moved.status) == (starts[0], "rescheduled")
        tab.status_combo.setCurrentIndex(tab.status_combo.findData("rescheduled"))
        row = model.row_of(second.appointment_id)
        assert row >= 0 and model.is_highlighted(second.appointment_id)

        history = await store.events.history("Sandbox", second.appointment_id)
        assert [e.event_type for e in history] == ["booking_created", "booking_rescheduled"]

    qloop.run_until_complete(_on_synced_sandbox(qtbot, scenario))


def test_a_simulated_booking_arrives_by_webhook_as_a_highlighted_row(qtbot, qloop):
    app = create_app(SandboxConfig(rate_limit=False))
    state = app.state.sandbox
    bus = MessageBus()

    async def scenario() -> None:
        store = Store.open(":memory:")
        async with MeetergoClient(
            state.demo_api_key, BASE_URL, transport=sandbox_transport(app)
        ) as client:
            live = LiveFeed(store, client, "Sandbox", register_local=True, token="t" * 24)
            model = BookingsModel()
            tab = BookingsTab(model)
            qtbot.addWidget(tab)
            runner = TaskRunner(bus)
            presenter = BookingsPresenter(
                tab,
                model,
                store=store,
                client=client,
                connection="Sandbox",
                runner=runner,
                accounts=list,
                live=live,
            )
            statuses: list[str] = []
            presenter.status_changed.connect(statuses.append)
            registered = signal_future(presenter.message_posted)
            presenter.start()
            level, text = await asyncio.wait_for(registered, 30)  # after the first sync
            assert (level, text) == ("info", "Webhook registered for this console (1 of 6 in use).")
            assert statuses[-1].startswith("Live feed: webhooks live, last event ")
            before = model.rowCount()

            applied = signal_future(presenter.event_applied)
            assert state.traffic.step("book") == "booked"
            (update,) = await asyncio.wait_for(applied, 5)
            assert update.event.source.value == "webhook"
            assert model.rowCount() == before + 1
            assert model.row_of(update.booking.appointment_id) >= 0
            assert model.is_highlighted(update.booking.appointment_id)
            assert "(webhook)" in tab.feed_list.item(0).text()
            await runner.aclose()
            presenter.disconnect_view()
            assert live.receiver is None  # the scope's end stopped the receiver
        await store.close()
        await state.aclose()
        state.close()

    qloop.run_until_complete(scenario())


def test_cancelling_three_bookings_goes_through_the_changes_panel_and_cannot_be_undone(
    qtbot, qloop, english
):
    from PySide6.QtCore import QItemSelectionModel

    from console.jobs.model import ChangeSetState, OpStatus

    async def scenario(rig: Rig) -> None:
        state, store, model, tab, runner = rig.state, rig.store, rig.model, rig.tab, rig.runner
        changes, panel = rig.changes, rig.panel
        assert changes is not None and panel is not None
        tab.status_combo.setCurrentIndex(tab.status_combo.findData("confirmed"))
        assert tab.cancel_button.text() == "Cancel…"
        chosen = [model.booking_at(r) for r in range(3)]
        selection = tab.table.selectionModel()
        for row in range(3):
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        assert tab.cancel_button.text() == "Cancel 3 bookings…"
        assert not tab.reschedule_button.isEnabled()  # one booking at a time
        tab.cancel_button.click()
        dialog = tab.cancel_many_dialog
        assert dialog is not None and tab.cancel_dialog is None
        dialog.reason_edit.setText("Office closed")
        shown = signal_future(changes.plan_shown)
        dialog.confirm_button.click()
        (plan_id,) = await asyncio.wait_for(shown, 10)
        # Planned, nothing sent: the bookings are still open on the server.
        plan = panel.change_set
        assert plan is not None and plan.id == plan_id and plan.name == "Cancel 3 bookings"
        assert plan.counts()[OpStatus.PENDING] == 3
        for booking in chosen:
            doc = state.db.doc(
                "SELECT doc FROM appointments WHERE id = ?", (booking.appointment_id,)
            )
            assert doc["isCancelled"] is False
        assert panel.irreversible_label.isVisibleTo(panel)
        assert not panel.undo_button.isVisibleTo(panel)

        applied = signal_future(changes.applied)
        panel.apply_button.click()
        await asyncio.wait_for(applied, 10)
        await runner.drain()  # the cancelled rows are read back
        assert panel.change_set is not None
        assert panel.change_set.state is ChangeSetState.DONE
        assert panel.irreversible_label.isVisibleTo(panel)
        assert not panel.undo_button.isEnabled()
        for booking in chosen:
            doc = state.db.doc(
                "SELECT doc FROM appointments WHERE id = ?", (booking.appointment_id,)
            )
            assert doc["isCancelled"] is True and doc["cancel"]["reason"] == "Office closed"
            assert model.row_of(booking.appointment_id) == -1  # no longer "confirmed"
            stored = await store.events.booking("Sandbox", booking.appointment_id)
            assert stored is not None and stored.status == "cancelled"
        assert "own action" in tab.feed_list.item(0).text()

    qloop.run_until_complete(_on_synced_sandbox(qtbot, scenario, with_changes=True))


@pytest.fixture
def calendar_tab(qtbot) -> BookingsTab:
    from zoneinfo import ZoneInfo

    from console.ui.bookings.calendar import BookingCalendar
    from console.ui.bookings.model import account_infos

    model = BookingsModel()
    view = BookingsTab(model, calendar=BookingCalendar(zone=ZoneInfo("Europe/Berlin")))
    view.resize(1000, 640)
    qtbot.addWidget(view)
    model.set_accounts(account_infos(ACCOUNTS))
    view.set_accounts(ACCOUNTS)
    model.set_bookings(ROWS)
    view.filters_changed.connect(model.set_filter)
    view.calendar.set_day(START.date())
    return view


def _drawn(tab: BookingsTab) -> list[str]:
    tab.calendar.grab()  # paints: the blocks are where the last paint put them
    return [b.booking.client_name for b in tab.calendar.blocks()]


def test_the_calendar_draws_the_week_per_account_and_a_click_selects_the_row(
    calendar_tab, qtbot, english
):
    from datetime import date

    tab, calendar = calendar_tab, calendar_tab.calendar
    assert tab.views.currentWidget() is tab.table
    assert not tab.span_combo.isEnabled()
    tab.calendar_button.click()
    assert tab.views.currentWidget() is calendar and tab.span_combo.isEnabled()
    assert tab.range_label.text() == "2030-05-06 – 2030-05-12 · your time: Europe/Berlin"
    assert _drawn(tab) == ["Carla Weber", "Dirk Meier", "Eva Brown", "Anton Weber"]
    assert calendar.lanes() == ["h1", "h2"]  # one lane per account, by e-mail
    carla, dirk, eva, anton = calendar.blocks()
    # 08:00 UTC is 10:00 in Berlin; each day has its own column; ben's lane is right of anna's.
    assert carla.rect.top() == pytest.approx(dirk.rect.top())
    assert carla.rect.left() < dirk.rect.left() < eva.rect.left() < anton.rect.left()
    assert eva.rect.left() > dirk.rect.right()
    # Coloured by meeting type: two types, two colours; the same type, the same colour.
    kinds = calendar.meeting_types()
    assert len(kinds) >= 2
    assert calendar.colour_of_type(kinds[0]) != calendar.colour_of_type(kinds[1])
    # What is painted: a confirmed block's fill is its meeting type's colour, not its account's.
    image = calendar.grab().toImage()
    for block in calendar.blocks():
        if block.booking.status != "confirmed":
            continue
        fill = image.pixelColor(int(block.rect.left()) + 3, int(block.rect.bottom()) - 3)
        want = calendar.colour_of_type(block.booking.meeting_type_name)
        assert abs(fill.hue() - want.hue()) <= 3, block.booking.client_name
    assert "cancelled" in calendar.describe(dirk.booking)
    assert "Host's time: 04:00 EDT" in calendar.describe(eva.booking)
    assert "Host's time" not in calendar.describe(carla.booking)  # Berlin like the viewer

    qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, pos=eva.rect.center().toPoint())
    selected = tab.selected_booking()
    assert selected is not None and selected.client_name == "Eva Brown"
    assert tab.reschedule_button.isEnabled()  # the actions work on the clicked booking

    # The calendar follows the filter and the rows: a confirmed-only filter, then a new row.
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("confirmed"))
    qtbot.waitUntil(lambda: _drawn(tab) == ["Carla Weber", "Anton Weber"])
    tab.model.upsert(_booking(4, host="h1", status="confirmed", name="Bea Fischer"))
    qtbot.waitUntil(lambda: _drawn(tab) == ["Carla Weber", "Anton Weber", "Bea Fischer"])
    assert "new" in calendar.describe(calendar.blocks()[-1].booking).split("\n")[-1]

    tab.span_combo.setCurrentIndex(tab.span_combo.findData("day"))
    calendar.set_day(date(2030, 5, 9))
    tab.refresh_calendar()
    assert _drawn(tab) == ["Anton Weber"]
    assert "2030-05-09 · your time: Europe/Berlin" in tab.range_label.text()
    tab.next_button.click()
    assert _drawn(tab) == ["Bea Fischer"]
    tab.calendar_button.click()
    assert tab.views.currentWidget() is tab.table


def test_the_numbers_panel_counts_the_chosen_accounts_bookings_per_day(
    calendar_tab, qtbot, english
):
    tab = calendar_tab
    now = datetime.now(UTC)
    for n, host in enumerate(("h1", "h1", "h2")):
        booking = _booking(20 + n, host=host, status="confirmed", name=f"Nina Nr{n}")
        start = now + timedelta(days=1)
        tab.model.upsert(
            dataclasses.replace(
                booking,
                start=start,
                end=start + timedelta(minutes=30),
                created_at=now - timedelta(hours=1),
            )
        )
    assert not tab.numbers.isVisibleTo(tab)
    tab.numbers_button.click()
    assert tab.numbers.isVisibleTo(tab)
    numbers = tab.numbers
    assert numbers.heading.text() == "Numbers: all accounts"
    assert sum(numbers.booked_chart.values()) == 3
    assert numbers.booked_chart.summary().startswith("3 in all; most on ")
    assert numbers.lead_label.text().startswith(
        "Lead time (median of 3 bookings made in the last 30 days): "
    )
    tab.account_combo.setCurrentIndex(tab.account_combo.findData("h2"))
    qtbot.waitUntil(lambda: numbers.heading.text() == "Numbers: ben@agency.example")
    assert sum(numbers.booked_chart.values()) == 1
    assert numbers.lead_label.text().endswith("made in the last 30 days): 25 h")


def test_receiver_settings_are_checked_kept_and_register_the_tunnels_url(
    qtbot, qloop, tmp_path, english
):
    import socket

    from PySide6.QtCore import QSettings

    from console.ui.bookings.receiver_dialog import load_receiver

    app = create_app(SandboxConfig(rate_limit=False))
    state = app.state.sandbox
    bus = MessageBus()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]

    async def scenario() -> None:
        store = Store.open(":memory:")
        async with MeetergoClient(
            state.demo_api_key, BASE_URL, transport=sandbox_transport(app)
        ) as client:
            model = BookingsModel()
            tab = BookingsTab(model)
            qtbot.addWidget(tab)
            runner = TaskRunner(bus)
            presenter = BookingsPresenter(
                tab,
                model,
                store=store,
                client=client,
                connection="Agency",
                runner=runner,
                accounts=list,
                settings=settings,
            )
            messages: list[tuple[str, str]] = []
            presenter.message_posted.connect(lambda level, text: messages.append((level, text)))
            loaded = signal_future(presenter.loaded)
            presenter.start()
            await asyncio.wait_for(loaded, 10)
            await _until(presenter.status_changed, lambda: presenter.live.local_url is not None)
            # Not the sandbox's loopback API and no public URL: nothing registered, polling.
            assert await client.webhooks.list() == []

            tab.receiver_button.click()
            dialog = tab.receiver_dialog
            assert dialog is not None
            assert dialog.local_label.text() == f"Receiving now at {presenter.live.local_url}"
            dialog.url_edit.setText("http://tunnel.example")
            dialog.save_button.click()
            assert dialog.isVisible() and "must start with https://" in dialog.problem_label.text()
            dialog.url_edit.setText("https://tunnel.example")
            dialog.save_button.click()
            assert "one fixed port" in dialog.problem_label.text()
            dialog.port_spin.setValue(free_port)
            dialog.save_button.click()
            assert not dialog.isVisible()

            await _until(
                presenter.message_posted,
                lambda: any("Webhook registered" in text for _l, text in messages),
            )
            local = presenter.live.local_url
            assert local is not None and local.startswith(f"http://127.0.0.1:{free_port}/hooks/")
            path = local.split(str(free_port), 1)[1]
            hooks = await client.webhooks.list()
            assert [hook.endpoint for hook in hooks] == [f"https://tunnel.example{path}"]
            # Kept for the next start of this connection, and only of this one.
            kept = load_receiver(settings, "Agency")
            assert (kept.public_url, kept.host, kept.port) == (
                "https://tunnel.example",
                "127.0.0.1",
                free_port,
            )
            assert load_receiver(settings, "Other").public_url is None
            await runner.aclose()
            presenter.disconnect_view()
            assert presenter.live.receiver is None
        await store.close()
        await state.aclose()
        state.close()

    qloop.run_until_complete(scenario())


async def _until(signal, condition) -> None:
    """Wait for emissions of ``signal`` until ``condition()`` holds (each within 20 s)."""
    while not condition():
        await asyncio.wait_for(signal_future(signal), 20)


def test_a_group_booking_cancels_one_attendee_or_everyone(qtbot, qloop, english):
    async def scenario(rig: Rig) -> None:
        state, model, tab, presenter = rig.state, rig.model, rig.tab, rig.presenter
        tab.status_combo.setCurrentIndex(tab.status_combo.findData("confirmed"))

        def make_group(row: int) -> tuple[str, str]:
            appointment_id = model.booking_at(row).appointment_id
            doc = state.db.doc("SELECT doc FROM appointments WHERE id = ?", (appointment_id,))
            second = {**doc["attendees"][0], "id": f"guest-{row}", "fullname": "Bob Gast"}
            doc["attendees"].append({**second, "email": f"bob{row}@client.example"})
            state.store_appointment(doc)
            return appointment_id, second["id"]

        group_id, bob = make_group(0)
        other_id, _ = make_group(1)

        async def open_cancel(row: int) -> None:
            tab.table.selectRow(row)
            shown = signal_future(presenter.attendees_loaded)
            tab.cancel_button.click()
            await asyncio.wait_for(shown, 10)

        # One attendee leaves; the booking stays for the other.
        await open_cancel(model.row_of(group_id))
        dialog = tab.cancel_dialog
        assert dialog is not None and dialog.who_combo.isVisible()
        choices = [dialog.who_combo.itemText(i) for i in range(dialog.who_combo.count())]
        assert choices[0] == "All 2 attendees" and "Only Bob Gast" in choices
        dialog.who_combo.setCurrentIndex(dialog.who_combo.findData(bob))
        done = signal_future(presenter.action_finished)
        dialog.confirm_button.click()
        await asyncio.wait_for(done, 10)
        doc = state.db.doc("SELECT doc FROM appointments WHERE id = ?", (group_id,))
        assert doc["isCancelled"] is False
        assert [a["id"] for a in doc["attendees"]] == [doc["attendees"][0]["id"]]

        # The whole group booking: cancelAll, which the API requires for a group.
        await open_cancel(model.row_of(other_id))
        dialog = tab.cancel_dialog
        assert dialog is not None and dialog.who_combo.currentData() == ""
        done = signal_future(presenter.action_finished)
        dialog.confirm_button.click()
        await asyncio.wait_for(done, 10)
        doc = state.db.doc("SELECT doc FROM appointments WHERE id = ?", (other_id,))
        assert doc["isCancelled"] is True
        assert model.row_of(other_id) == -1  # no longer "confirmed"

    qloop.run_until_complete(_on_synced_sandbox(qtbot, scenario))


def test_a_pending_booking_that_ends_leaves_the_table_and_the_selection_stays(tab, qtbot):
    pending = _booking(7, host="h1", status="pending", name="Paula Wartet")
    pending = dataclasses.replace(pending, appointment_id="provisional:p7")
    tab.model.upsert(pending)
    tab.status_combo.setCurrentIndex(tab.status_combo.findData("pending"))
    assert _clients(tab) == ["Paula Wartet"]
    assert tab.model.index(0, Column.STATUS).data() == "pending"
    tab.status_combo.setCurrentIndex(0)
    tab.table.selectRow(_clients(tab).index("Anton Weber"))
    tab.model.remove("provisional:p7")
    assert _clients(tab) == ["Carla Weber", "Dirk Meier", "Eva Brown", "Anton Weber"]
    assert tab.model.total() == 4 and tab.model.row_of("provisional:p7") == -1
    selected = tab.selected_booking()
    assert selected is not None and selected.client_name == "Anton Weber"
    tab.model.upsert(_booking(8, host="h2", status="confirmed", name="Zoe Neu"))
    assert _clients(tab)[-1] == "Zoe Neu"  # positions after the removed row still line up


def test_a_plan_of_two_cancellations_of_one_account_names_each_booking(qtbot, english):
    import uuid

    from console.jobs.model import (
        ChangeSet,
        ChangeSetState,
        Operation,
        OpStatus,
        ResourceKind,
        WireRequest,
    )
    from console.ui.changes.panel import ChangesPanel

    def op(index: int, client: str) -> Operation:
        before = {"status": "confirmed", "start": START.isoformat(), "client": client}
        path = f"/v4/appointment/a{index}/cancel"
        return Operation(
            str(uuid.uuid4()),
            index,
            "h1",
            "anna@agency.example",
            ResourceKind.APPOINTMENT,
            f"a{index}",
            before,
            {**before, "status": "cancelled"},
            WireRequest("POST", path, "h1", {"reason": "Office closed"}),
            OpStatus.PENDING,
        )

    plan = ChangeSet(
        "cs", "Cancel 2 bookings", "Agency", START, START, ChangeSetState.PLANNED,
        [op(0, "Carla Weber"), op(1, "Dirk Meier")],
    )  # fmt: skip
    panel = ChangesPanel()
    qtbot.addWidget(panel)
    panel.set_available(True)
    panel.show_change_set(plan)
    model = panel.plan_model
    account = model.index(0, 0)
    when = START.astimezone().strftime("%Y-%m-%d %H:%M")
    titles = [model.index(r, 0, account).data() for r in range(model.rowCount(account))]
    assert titles == [f"Booking Carla Weber, {when}", f"Booking Dirk Meier, {when}"]
    assert panel.irreversible_label.isVisibleTo(panel) and not panel.undo_button.isVisibleTo(panel)
