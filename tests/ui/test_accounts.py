"""Accounts table, filter, new-account form validation and the presenter against a fake service."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from console.api.errors import Conflict
from console.asyncqt import TaskRunner, signal_future
from console.messages import MessageBus
from console.services.accounts import NewAccount, ValidationFailed
from console.store import AuditEntry, CachedAccount
from console.ui.accounts.dialogs import DeleteAccountDialog, EditAccountDialog, NewAccountDialog
from console.ui.accounts.model import AccountsFilterModel, AccountsModel, Column
from console.ui.accounts.presenter import AccountsBackend, AccountsPresenter
from console.ui.selection import Selection
from console.ui.wiring import Views, build_views
from tests.ui.accounts_data import sample_accounts


def test_the_model_shows_one_row_per_account_with_the_seven_columns_then_health(qtbot):
    model = AccountsModel()
    model.set_accounts(sample_accounts(3))
    assert model.rowCount() == 3
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Name",
        "E-mail",
        "Slug",
        "Time zone",
        "Meeting types",
        "Booking URL",
        "Created",
        "Health",
        "Next slot",
        "Last booking",
    ]
    assert model.index(1, Column.NAME).data() == "Jörg Müller1"
    assert model.index(1, Column.CREATED).data() == "2026-01-02"


def test_sorting_by_meeting_types_sorts_numerically_and_filtering_keeps_the_order(qtbot):
    model = AccountsModel()
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    model.set_accounts(sample_accounts(12))
    proxy.sort(Column.MEETING_TYPES, Qt.SortOrder.DescendingOrder)
    counts = [int(proxy.index(r, Column.MEETING_TYPES).data()) for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    proxy.set_search_text("europe/london")
    assert proxy.rowCount() == 6
    counts = [int(proxy.index(r, Column.MEETING_TYPES).data()) for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)


def test_new_rows_appear_under_an_active_filter_only_when_they_match(qtbot):
    model = AccountsModel()
    proxy = AccountsFilterModel()
    proxy.setSourceModel(model)
    rows = sample_accounts(8)
    model.set_accounts(rows[:4])
    proxy.set_search_text("mia")
    assert proxy.rowCount() == 1
    model.append_accounts(rows[4:])
    assert proxy.rowCount() == 2
    model.remove(rows[2].id)
    assert proxy.rowCount() == 1


def make_form(qtbot, **kwargs) -> NewAccountDialog:
    dialog = NewAccountDialog(**kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_new_account_form_marks_a_bad_email_inline_and_keeps_create_disabled(qtbot):
    dialog = make_form(qtbot)
    assert not dialog.create_button.isEnabled()
    assert dialog.problem_text("email") == ""  # untouched fields are not shouted at
    qtbot.keyClicks(dialog.email_edit, "anna@")
    assert "not a valid e-mail address" in dialog.problem_text("email")
    qtbot.keyClicks(dialog.email_edit, "kanzlei.de")
    assert dialog.problem_text("email") == ""


def test_a_complete_form_suggests_the_slug_and_sends_a_valid_account(qtbot):
    dialog = make_form(qtbot)
    qtbot.keyClicks(dialog.email_edit, "juergen@kanzlei.de")
    qtbot.keyClicks(dialog.given_edit, "Jurgen")
    qtbot.keyClicks(dialog.family_edit, "Mayer")
    assert dialog.slug_edit.text() == "jurgen-mayer"
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.create_requested) as blocker:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    account: NewAccount = blocker.args[0]
    assert account.email == "juergen@kanzlei.de"
    assert account.timezone == "Europe/Berlin"
    assert account.availability_preset == "weekdays_9_17"
    assert account.validate() == {}
    assert dialog.create_button.text() == "Creating…"


def test_a_taken_slug_and_an_unknown_time_zone_are_explained(qtbot):
    dialog = make_form(qtbot, taken_slugs=frozenset({"anna-schmidt"}))
    qtbot.keyClicks(dialog.given_edit, "Anna")
    qtbot.keyClicks(dialog.family_edit, "Schmidt")
    assert "already taken" in dialog.problem_text("slug")
    dialog.timezone_box.setEditText("Mars/Olympus")
    assert "not a known time zone" in dialog.problem_text("timezone")


def test_custom_availability_builds_a_schedule_and_rejects_end_before_start(qtbot):
    dialog = make_form(qtbot)
    dialog.availability_combo.setCurrentIndex(dialog.availability_combo.findData("custom"))
    assert dialog.custom_widget.isVisible()
    account = dialog.new_account()
    assert account.custom_schedule is not None
    wire = account.custom_schedule.to_wire()
    assert wire["monday"]["hours"] == [{"start": "09:00", "end": "17:00"}]
    assert wire["saturday"] == {"enabled": False, "hours": []}
    dialog.end_edit.setTime(dialog.start_edit.time().addSecs(-3600))
    assert dialog.problem_text("availability") != ""


def test_delete_needs_the_typed_email(qtbot):
    rows = sample_accounts(3)
    dialog = DeleteAccountDialog(rows[0], rows)
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    assert dialog.transfer_combo.count() == 3  # nobody + the two others
    qtbot.keyClicks(dialog.confirm_edit, rows[0].email)
    assert dialog.delete_button.isEnabled()
    dialog.transfer_combo.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.delete_requested) as blocker:
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [rows[0], rows[1].id]


def cached(i: int, **changes: Any) -> CachedAccount:
    base: dict[str, Any] = dict(
        user_id=f"u{i}",
        email=f"person{i}@example.com",
        given_name=f"Person{i}",
        family_name="Example",
        slug=f"person-{i}",
        timezone="Europe/Berlin",
        meeting_type_count=1,
        booking_url=f"http://127.0.0.1:9/cal/person-{i}",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        fetched_at=datetime(2026, 1, 1, tzinfo=UTC),
    )
    base.update(changes)
    return CachedAccount(**base)


def audit_entry(action: str, account_id: str, email: str | None) -> AuditEntry:
    return AuditEntry(
        who="alice",
        at=datetime(2026, 2, 1, tzinfo=UTC),
        connection="Sandbox",
        account_id=account_id,
        account_email=email,
        action=action,
        before=None,
        after={"action": action},
    )


@dataclass
class FakeService:
    """Answers like ``AccountService``: cached rows, a ``CreatedUser``, updated ``CachedAccount``s,
    and an audit entry for every change (which the audit panel reads back)."""

    cache: list[CachedAccount]
    server: list[CachedAccount]
    create_error: Exception | None = None

    def __post_init__(self) -> None:
        self.created: list[NewAccount] = []
        self.deleted: list[tuple[str, str | None]] = []
        self.progress: list[tuple[int, int | None]] = []
        self.audit_log: list[AuditEntry] = []
        self.create_gate: asyncio.Future[None] | None = None

    async def cached(self) -> list[CachedAccount]:
        return list(self.cache)

    async def refresh(self, on_progress=None, *, on_page=None) -> list[CachedAccount]:
        for n in range(0, len(self.server), 2):
            await asyncio.sleep(0)
            loaded = min(n + 2, len(self.server))
            if on_page:
                on_page(self.server[n : n + 2], loaded, len(self.server))
            if on_progress:
                on_progress(loaded, len(self.server))
        self.cache = list(self.server)
        return list(self.server)

    async def create(self, new: NewAccount) -> CachedAccount:
        problems = new.validate()
        if problems:
            raise ValidationFailed(problems)
        if self.create_error:
            raise self.create_error
        if self.create_gate is not None:
            await self.create_gate  # the request is on its way
        self.created.append(new)
        self.audit_log.insert(0, audit_entry("create", "new-1", new.email))
        return cached(
            1,
            user_id="new-1",
            email=new.email.strip(),
            given_name=new.given_name.strip(),
            family_name=new.family_name.strip(),
            slug=new.normalized_slug,
            timezone=new.timezone.strip(),
            booking_url="http://127.0.0.1:9/cal/new/mt",
        )

    async def rename(self, user_id: str, given_name: str, family_name: str) -> CachedAccount:
        account = self._account(user_id, given_name=given_name, family_name=family_name)
        self.audit_log.insert(0, audit_entry("rename", user_id, account.email))
        return account

    async def change_slug(self, user_id: str, slug: str) -> CachedAccount:
        account = self._account(user_id, slug=slug)
        self.audit_log.insert(0, audit_entry("change_slug", user_id, account.email))
        return account

    async def delete(self, user_id: str, transfer_to: str | None = None) -> None:
        self.deleted.append((user_id, transfer_to))
        self.audit_log.insert(0, audit_entry("delete", user_id, None))

    def _account(self, user_id: str, **changes: Any) -> CachedAccount:
        current = next(a for a in self.server if a.user_id == user_id)
        updated = replace(current, **changes)
        self.server = [updated if a.user_id == user_id else a for a in self.server]
        return updated


def make_presenter(
    qtbot: QtBot, bus: MessageBus, service: AccountsBackend, *, views: Views | None = None
) -> tuple[Views, AccountsPresenter, TaskRunner]:
    if views is None:
        views = build_views()
        qtbot.addWidget(views.window)
        views.window.allow_close()
    window = views.window
    runner = TaskRunner(bus)
    selection = Selection()
    selection.attach(window.account_chosen, window.show_current_account)
    selection.attach(views.accounts_tab.account_chosen, views.accounts_tab.show_current_account)

    async def audit_source() -> list[AuditEntry]:
        return list(getattr(service, "audit_log", []))

    presenter = AccountsPresenter(
        views.accounts_tab,
        window.accounts_model,
        selection=selection,
        service=service,
        runner=runner,
        audit_source=audit_source,
    )
    presenter.message_posted.connect(window.show_message)  # as the wiring connects it
    return views, presenter, runner


def test_the_cache_shows_first_and_the_server_list_replaces_it(qtbot, qloop, bus):
    service = FakeService(cache=[cached(1)], server=[cached(i) for i in range(1, 6)])
    views, presenter, _runner = make_presenter(qtbot, bus, service)
    counts: list[int] = []
    presenter.loaded.connect(counts.append)

    async def scenario() -> None:
        done = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(done, 5)
        again = signal_future(presenter.loaded)
        await asyncio.wait_for(again, 5)

    qloop.run_until_complete(scenario())
    assert counts == [1, 5]
    assert views.window.accounts_model.rowCount() == 5
    assert not views.accounts_tab.progress.isVisible()
    assert views.accounts_tab.count_label.text() == "5 accounts"


def test_creating_an_account_adds_it_to_the_table_and_closes_the_form(qtbot, qloop, bus):
    service = FakeService(cache=[], server=[])
    views, presenter, _runner = make_presenter(qtbot, bus, service)

    async def scenario() -> None:
        dialog = presenter.open_new_account()
        qtbot.keyClicks(dialog.email_edit, "neu@kanzlei.de")
        qtbot.keyClicks(dialog.given_edit, "Nora")
        qtbot.keyClicks(dialog.family_edit, "Neumann")
        created = signal_future(presenter.account_created)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert await asyncio.wait_for(created, 5) == ("new-1",)
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed (and deleted)

    qloop.run_until_complete(scenario())
    assert [r.email for r in views.window.accounts_model.accounts()] == ["neu@kanzlei.de"]
    selected = views.accounts_tab.selected_account()
    assert selected is not None and selected.booking_url.endswith("/cal/new/mt")


def test_a_refused_create_keeps_the_form_open_with_what_was_typed(qtbot, qloop, bus):
    conflict = Conflict("slug already exists", status_code=409, method="POST", url="/v4/user")
    service = FakeService(cache=[], server=[], create_error=conflict)
    views, presenter, runner = make_presenter(qtbot, bus, service)

    async def scenario() -> NewAccountDialog:
        dialog: NewAccountDialog = presenter.open_new_account()
        qtbot.keyClicks(dialog.email_edit, "neu@kanzlei.de")
        qtbot.keyClicks(dialog.given_edit, "Nora")
        qtbot.keyClicks(dialog.family_edit, "Neumann")
        finished = signal_future(runner.finished)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(finished, 5)
        return dialog

    dialog = qloop.run_until_complete(scenario())
    assert dialog.isVisible()
    assert dialog.send_error_label.text() == "Conflict: slug already exists"
    assert dialog.email_edit.text() == "neu@kanzlei.de"
    assert dialog.create_button.isEnabled()
    assert views.window.accounts_model.rowCount() == 0


def test_deleting_sends_the_transfer_target_and_removes_the_row(qtbot, qloop, bus):
    service = FakeService(cache=[], server=[cached(1), cached(2)])
    views, presenter, _runner = make_presenter(qtbot, bus, service)

    async def scenario() -> None:
        loaded = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(loaded, 5)
        first = views.window.accounts_model.account_by_id("u1")
        assert first is not None
        dialog = presenter.open_delete(first)
        dialog.transfer_combo.setCurrentIndex(1)
        qtbot.keyClicks(dialog.confirm_edit, "person1@example.com")
        deleted = signal_future(presenter.account_deleted)
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(deleted, 5)

    qloop.run_until_complete(scenario())
    assert service.deleted == [("u1", "u2")]
    assert [r.id for r in views.window.accounts_model.accounts()] == ["u2"]
    panel = views.accounts_tab.audit_panel
    assert panel.row_count() == 1
    assert panel.count_label.text() == "1 change recorded"


def test_editing_renames_and_changes_the_slug_through_the_service(qtbot, qloop, bus):
    calls: list[tuple[str, ...]] = []

    class RecordingService(FakeService):
        async def rename(self, user_id: str, given_name: str, family_name: str) -> CachedAccount:
            calls.append(("rename", user_id, given_name, family_name))
            return await super().rename(user_id, given_name, family_name)

        async def change_slug(self, user_id: str, slug: str) -> CachedAccount:
            calls.append(("slug", user_id, slug))
            return await super().change_slug(user_id, slug)

    service = RecordingService(cache=[], server=[cached(1)])
    views, presenter, _runner = make_presenter(qtbot, bus, service)

    async def scenario() -> None:
        loaded = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(loaded, 5)
        account = views.window.accounts_model.account_by_id("u1")
        assert account is not None
        dialog = presenter.open_edit(account)
        dialog.given_edit.setText("Petra")
        dialog.slug_edit.setText("petra-example")
        changed = signal_future(presenter.account_changed)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(changed, 5)

    qloop.run_until_complete(scenario())
    assert calls == [("rename", "u1", "Petra", "Example"), ("slug", "u1", "petra-example")]
    row = views.window.accounts_model.account_by_id("u1")
    assert row is not None and (row.name, row.slug) == ("Petra Example", "petra-example")


class GatedService(FakeService):
    """Hands out one page per resolved gate, so a test sees the table between pages."""

    def __init__(self, cache: list[CachedAccount], pages: list[list[CachedAccount]]) -> None:
        super().__init__(cache=cache, server=[a for page in pages for a in page])
        self.pages = pages
        self.gates: list[asyncio.Future[None]] = []

    async def refresh(self, on_progress=None, *, on_page=None):
        loaded = 0
        total = len(self.server)
        for page, gate in zip(self.pages, self.gates, strict=True):
            await gate
            loaded += len(page)
            on_page(list(page), loaded, total)
        return list(self.server)


def test_the_table_fills_page_by_page_and_can_be_searched_before_the_refresh_ends(
    qtbot, qloop, bus
):
    stale = cached(99, given_name="Stale", email="stale@example.com")
    renamed = cached(1, given_name="Renamed")
    pages = [[cached(1), cached(2)], [cached(3), renamed], [cached(4)]]
    service = GatedService(cache=[stale, cached(1)], pages=pages)
    views, presenter, _runner = make_presenter(qtbot, bus, service)

    def names() -> list[str]:
        proxy = views.window.accounts_proxy
        return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]

    async def scenario() -> None:
        service.gates = [asyncio.get_running_loop().create_future() for _ in pages]
        cache_shown = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(cache_shown, 5)
        assert names() == ["Person1 Example", "Stale Example"]

        page = signal_future(presenter.page_loaded)
        service.gates[0].set_result(None)
        assert await asyncio.wait_for(page, 5) == (2,)
        assert names() == ["Person1 Example", "Person2 Example", "Stale Example"]
        assert not views.accounts_tab.progress.isHidden()
        assert views.accounts_tab.progress.value() == 2

        # The user searches while pages are still arriving; new pages respect the filter.
        qtbot.keyClicks(views.window.search_edit, "person3")
        assert names() == []
        page = signal_future(presenter.page_loaded)
        service.gates[1].set_result(None)
        await asyncio.wait_for(page, 5)
        assert names() == ["Person3 Example"]
        views.window.search_edit.clear()
        assert "Renamed Example" in names() and "Person1 Example" not in names()

        done = signal_future(presenter.loaded)
        service.gates[2].set_result(None)
        assert await asyncio.wait_for(done, 5) == (5,)

    qloop.run_until_complete(scenario())
    # The stale cached account vanished only at the end; every server account is shown.
    assert names() == ["Person2 Example", "Person3 Example", "Person4 Example", "Renamed Example"]
    assert views.accounts_tab.progress.isHidden()


def test_cancelling_the_new_account_form_while_it_sends_still_records_the_account(
    qtbot, qloop, bus, recorder
):
    service = FakeService(cache=[], server=[])
    views, presenter, runner = make_presenter(qtbot, bus, service)

    async def scenario() -> None:
        service.create_gate = asyncio.get_running_loop().create_future()
        dialog = presenter.open_new_account()
        qtbot.keyClicks(dialog.email_edit, "eilig@kanzlei.de")
        qtbot.keyClicks(dialog.given_edit, "Eva")
        qtbot.keyClicks(dialog.family_edit, "Eilig")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.create_button.text() == "Creating…"
        cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        assert cancel.isEnabled()  # Cancel works while the form sends
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()
        created = signal_future(presenter.account_created)
        service.create_gate.set_result(None)  # the server answers after the form is gone
        assert await asyncio.wait_for(created, 5) == ("new-1",)
        await runner.drain()

    qloop.run_until_complete(scenario())
    assert [m.text for m in recorder.messages if m.level.value == "error"] == []
    assert [r.email for r in views.window.accounts_model.accounts()] == ["eilig@kanzlei.de"]
    assert views.accounts_tab.audit_panel.row_count() == 1
    selected = views.accounts_tab.selected_account()
    assert selected is not None and selected.id == "new-1"


def test_a_custom_evening_until_midnight_creates_the_account_on_the_sandbox(qtbot, qloop):
    from console.services.accounts import AccountService
    from console.store import Store
    from tests.jobs.sandbox_helpers import sandbox_client

    dialog = make_form(qtbot)
    qtbot.keyClicks(dialog.email_edit, "abend@kanzlei.de")
    qtbot.keyClicks(dialog.given_edit, "Abend")
    qtbot.keyClicks(dialog.family_edit, "Dienst")
    dialog.availability_combo.setCurrentIndex(dialog.availability_combo.findData("custom"))
    dialog.start_edit.setTime(QTime(20, 0))
    dialog.end_edit.setTime(QTime(0, 0))
    assert dialog.problem_text("availability") == ""
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.create_requested) as blocker:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    account: NewAccount = blocker.args[0]

    async def scenario() -> dict[str, dict[str, object]]:
        store = Store.open(":memory:")
        try:
            async with sandbox_client() as client:
                created = await AccountService(client, store, "Sandbox").create(account)
                availability = await client.acting_as(created.user_id).availabilities.get(
                    created.raw["availabilityId"]
                )
                return availability.schedule.to_wire()
        finally:
            await store.close()

    schedule = qloop.run_until_complete(scenario())
    assert schedule["monday"] == {"enabled": True, "hours": [{"start": "20:00", "end": "24:00"}]}
    assert schedule["saturday"]["enabled"] is False


@pytest.fixture
def german_window(qtbot, qapp, bus, tmp_path):
    """A window whose status bar shows the bus like the shell wires it, in German."""
    from console.asyncqt import QtMessageBridge
    from console.ui.i18n import install_translators, remove_translators

    views = build_views()
    qtbot.addWidget(views.window)
    views.window.allow_close()
    bridge = QtMessageBridge(bus)
    bridge.message_posted.connect(views.window.show_message)
    translators = install_translators(qapp, "de", target_dir=tmp_path)
    yield views
    remove_translators(qapp, translators)
    bridge.detach()


@pytest.fixture
def memory_store(qloop):
    from console.store import Store

    store = Store.open(":memory:")
    yield store
    qloop.run_until_complete(store.close())


def test_a_refused_save_is_reported_once_in_the_users_language(
    qtbot, qloop, bus, recorder, german_window, memory_store
):
    from console.services.accounts import AccountService
    from tests.jobs.fakes import FakeClient

    client = FakeClient()
    eva = client.add_user("eva@example.com", "Eva", "Alt", slug="eva-alt")
    client.add_user("max@example.com", "Max", "Taken", slug="max-taken")
    views = german_window
    window = views.window

    async def scenario() -> EditAccountDialog:
        service = AccountService(client, memory_store, "Agency")
        _views, presenter, runner = make_presenter(qtbot, bus, service, views=views)
        loaded = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(loaded, 5)
        dialog = presenter.open_edit(window.accounts_model.account_by_id(eva))
        dialog.slug_edit.setText("max-taken")
        finished = signal_future(runner.finished)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(finished, 5)
        return dialog

    dialog = qloop.run_until_complete(scenario())
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Der Server hat die Eingabe abgelehnt: slug already taken"
    assert recorder.texts == []
    assert window.statusBar().currentMessage() == ""


def test_a_server_error_on_create_is_reported_once_in_the_users_language(
    qtbot, qloop, bus, recorder, german_window, memory_store
):
    from console.services.accounts import AccountService
    from tests.jobs.fakes import FakeClient

    client = FakeClient()
    client.create_failures["neu@kanzlei.de"] = ["5xx"]
    views = german_window
    window = views.window

    async def scenario() -> NewAccountDialog:
        service = AccountService(client, memory_store, "Agency")
        _views, presenter, runner = make_presenter(qtbot, bus, service, views=views)
        dialog = presenter.open_new_account()
        qtbot.keyClicks(dialog.email_edit, "neu@kanzlei.de")
        qtbot.keyClicks(dialog.given_edit, "Nora")
        qtbot.keyClicks(dialog.family_edit, "Neumann")
        finished = signal_future(runner.finished)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(finished, 5)
        return dialog

    dialog = qloop.run_until_complete(scenario())
    assert dialog.isVisible()
    assert dialog.send_error_label.text() == (
        "Der Server hatte ein Problem (500). Bitte später erneut versuchen."
    )
    assert recorder.texts == []
    assert window.statusBar().currentMessage() == ""
    assert window.accounts_model.rowCount() == 0


def test_a_created_account_is_confirmed_on_the_status_bar(qtbot, qloop, bus, recorder):
    service = FakeService(cache=[], server=[])
    views, presenter, _runner = make_presenter(qtbot, bus, service)
    window = views.window

    async def scenario() -> None:
        dialog = presenter.open_new_account()
        qtbot.keyClicks(dialog.email_edit, "neu@kanzlei.de")
        qtbot.keyClicks(dialog.given_edit, "Nora")
        qtbot.keyClicks(dialog.family_edit, "Neumann")
        created = signal_future(presenter.account_created)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(created, 5)

    qloop.run_until_complete(scenario())
    assert window.statusBar().currentMessage() == "Created neu@kanzlei.de."
    assert recorder.texts == []


def test_a_failed_refresh_is_reported_once_on_the_status_bar(qtbot, qloop, bus, recorder):
    from console.api.errors import ServerError

    class FailingService(FakeService):
        async def refresh(self, on_progress=None, *, on_page=None):
            raise ServerError("Internal", status_code=503, method="GET", url="/v4/user")

    views, presenter, runner = make_presenter(qtbot, bus, FailingService(cache=[], server=[]))
    window = views.window

    async def scenario() -> None:
        finished = signal_future(runner.finished)
        presenter.refresh()
        await asyncio.wait_for(finished, 5)

    qloop.run_until_complete(scenario())
    assert window.statusBar().currentMessage() == (
        "Error: Could not load the accounts: The server had a problem (503). Try again later."
    )
    assert recorder.texts == []
    assert not views.accounts_tab.progress.isVisible()


def test_a_refresh_after_an_import_shows_the_new_audit_entries(qtbot, qloop, bus):
    service = FakeService(cache=[], server=[cached(1)])
    views, presenter, _runner = make_presenter(qtbot, bus, service)
    panel = views.accounts_tab.audit_panel

    async def scenario() -> None:
        done = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(done, 5)
        assert panel.row_count() == 0
        # An import (another job) created an account and recorded it in the audit trail.
        service.server.append(cached(2))
        service.audit_log.insert(0, audit_entry("create", "u2", "person2@example.com"))
        done = signal_future(presenter.loaded)
        presenter.refresh()
        await asyncio.wait_for(done, 5)
        await asyncio.sleep(0)  # the audit trail is read right after the accounts
        await asyncio.sleep(0)

    qloop.run_until_complete(scenario())
    assert views.window.accounts_model.rowCount() == 2
    assert panel.row_count() == 1


def test_a_delete_under_a_search_counts_what_is_left(qtbot, qloop, bus):
    service = FakeService(cache=[], server=[cached(i) for i in range(1, 27)])
    views, presenter, _runner = make_presenter(qtbot, bus, service)
    tab = views.accounts_tab

    async def scenario() -> None:
        done = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(done, 5)
        views.window.search_edit.setText("person1")  # person1, person10 … person19
        assert tab.count_label.text() == "11 of 26 accounts match the search"
        await presenter._delete(views.window.accounts_model.account(0), None)

    qloop.run_until_complete(scenario())
    qtbot.waitUntil(lambda: tab.count_label.text() == "10 of 25 accounts match the search")


def test_a_created_account_lands_at_its_sorted_place_and_stays_after_a_refresh(qtbot, qloop, bus):
    service = FakeService(cache=[], server=[cached(i, given_name=f"Fritz{i}") for i in (1, 3, 10)])
    views, presenter, _runner = make_presenter(qtbot, bus, service)
    table = views.accounts_tab.table.model()

    def names() -> list[str]:
        return [table.index(r, 0).data() for r in range(table.rowCount())]

    async def scenario() -> None:
        done = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(done, 5)
        service.create_error = None
        new = NewAccount(
            email="fritz2@example.com",
            given_name="Fritz2",
            family_name="Example",
            timezone="Europe/Berlin",
        )
        await presenter._create(new)
        assert names() == [
            "Fritz1 Example",
            "Fritz2 Example",
            "Fritz3 Example",
            "Fritz10 Example",
        ]
        service.server.insert(0, cached(1, user_id="new-1", given_name="Fritz2"))
        done = signal_future(presenter.loaded)
        presenter.refresh()
        await asyncio.wait_for(done, 5)

    qloop.run_until_complete(scenario())
    assert names() == ["Fritz1 Example", "Fritz2 Example", "Fritz3 Example", "Fritz10 Example"]


def test_the_custom_availability_rows_are_not_clipped(qtbot):
    from PySide6.QtWidgets import QWidget

    dialog = make_form(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.availability_combo.setCurrentIndex(dialog.availability_combo.findData("custom"))
    qtbot.waitUntil(dialog.custom_widget.isVisible)
    for child in dialog.custom_widget.findChildren(QWidget):
        if child.isVisible() and child.parentWidget() is dialog.custom_widget:
            assert child.width() >= child.minimumSizeHint().width(), child
            right = child.mapTo(dialog, child.rect().topRight()).x()
            assert right <= dialog.width(), child


def test_a_refused_edit_names_the_problem_not_a_generic_failure(qtbot, qloop, bus):
    service = FakeService(cache=[], server=[cached(1)])

    async def refuse(user_id: str, slug: str) -> CachedAccount:
        raise ValidationFailed({"slug": "the slug must have at least 5 characters"})

    service.change_slug = refuse  # type: ignore[method-assign]
    views, presenter, runner = make_presenter(qtbot, bus, service)

    async def scenario() -> EditAccountDialog:
        loaded = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(loaded, 5)
        dialog = presenter.open_edit(views.window.accounts_model.account(0))
        dialog.slug_edit.setText("abcdef")
        finished = signal_future(runner.finished)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(finished, 5)
        return dialog

    dialog = qloop.run_until_complete(scenario())
    assert dialog.error_label.text() == "the slug must have at least 5 characters"


def test_edit_shows_why_email_and_time_zone_are_fixed_and_links_to_hours(qtbot, qloop, bus):
    service = FakeService(cache=[], server=[cached(1), cached(2)])
    views, presenter, _runner = make_presenter(qtbot, bus, service)
    sections: list[str] = []
    presenter.section_requested.connect(sections.append)

    async def scenario() -> None:
        loaded = signal_future(presenter.loaded)
        presenter.start()
        await asyncio.wait_for(loaded, 5)

    qloop.run_until_complete(scenario())
    second = views.window.accounts_model.account_by_id("u2")
    assert second is not None
    dialog = presenter.open_edit(second)
    assert dialog.email_edit.isReadOnly() and dialog.email_edit.text() == second.email
    assert dialog.timezone_edit.isReadOnly() and dialog.timezone_edit.text() == "Europe/Berlin"
    assert "does not let the e-mail or the time zone" in dialog.limit_note.text()
    dialog.given_edit.setText("Changed")
    assert not dialog.hours_button.isEnabled()  # following it would drop the typed name
    dialog.given_edit.setText(second.given_name)
    qtbot.mouseClick(dialog.hours_button, Qt.MouseButton.LeftButton)
    assert sections == ["availability"]
    assert views.accounts_tab.selected_account() == second
    assert not dialog.isVisible()
