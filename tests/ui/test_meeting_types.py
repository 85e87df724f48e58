"""The Meeting types tab against the in-process sandbox: the list, the editor's problems and
unsaved edits, save with read-back, a refused save, delete's shared availability, copy to many."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from console.api import MeetergoClient
from console.asyncqt import TaskRunner
from console.jobs.engine import ChangeEngine
from console.jobs.model import OpStatus
from console.messages import MessageBus
from console.services.meeting_types import MeetingTypeRecord, MeetingTypeService, Schedule
from console.store import Store
from console.ui.accounts.model import AccountRow
from console.ui.changes.panel import ChangesPanel
from console.ui.changes.presenter import ChangesPresenter
from console.ui.meeting_types.presenter import MeetingTypesPresenter
from console.ui.meeting_types.tab import MeetingTypesTab
from console.ui.selection import Selection
from console.ui.unsaved import UnsavedEdits
from tests.jobs.sandbox_helpers import sandbox_client


class Rig:
    """A tab and its presenter on a fresh sandbox with three accounts."""

    def __init__(self, qtbot: Any, loop: asyncio.AbstractEventLoop, bus: MessageBus) -> None:
        self.loop = loop
        self._cm = sandbox_client()
        self.client: MeetergoClient = loop.run_until_complete(self._cm.__aenter__())
        self.store = Store.open(":memory:")
        self.accounts = [self._account(n) for n in ("jana", "tom", "eva")]
        self.service = MeetingTypeService(self.client, self.store, "sandbox")
        self.runner = TaskRunner(bus)
        self.selection = Selection()
        self.tab = MeetingTypesTab()
        self.tab.resize(900, 700)
        qtbot.addWidget(self.tab)
        self.panel = ChangesPanel()
        qtbot.addWidget(self.panel)
        self.changes = ChangesPresenter(
            self.panel,
            backend=ChangeEngine(self.client, self.store, "sandbox", bus=bus),
            runner=self.runner,
            accounts=lambda: self.accounts,
            selection=self.selection,
            settings=QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "t", "t"),
        )
        self.unsaved = UnsavedEdits()
        self.presenter = MeetingTypesPresenter(
            self.tab,
            selection=self.selection,
            service=self.service,
            runner=self.runner,
            changes=self.changes,
            unsaved=self.unsaved,
        )
        self.messages: list[tuple[str, str]] = []
        self.presenter.message_posted.connect(lambda lvl, t: self.messages.append((lvl, t)))
        self.dirty: list[bool] = []
        self.presenter.dirty_changed.connect(self.dirty.append)

    def _account(self, name: str) -> AccountRow:
        async def make() -> AccountRow:
            user = await self.client.users.create(
                email=f"{name}@kanzlei.example",
                given_name=name.title(),
                family_name="Muster",
                timezone="Europe/Berlin",
                meeting_type={"name": "Erstberatung", "duration": 30},
            )
            return AccountRow(id=user.user_id, email=f"{name}@kanzlei.example")

        return self.loop.run_until_complete(make())

    def run(self, coro: Any) -> Any:
        return self.loop.run_until_complete(coro)

    def wait_idle(self, qtbot: Any) -> None:
        """Run the loop until the tab's tasks (and any they started) are done."""
        self.loop.run_until_complete(self.runner.drain())

    def choose(self, qtbot: Any, index: int) -> None:
        self.selection.set_current(self.accounts[index])
        self.wait_idle(qtbot)

    def server(self, index: int = 0) -> list[MeetingTypeRecord]:
        return self.loop.run_until_complete(self.service.list(self.accounts[index].id))

    def close(self) -> None:
        self.run(self.runner.aclose())
        self.run(self._cm.__aexit__(None, None, None))
        self.run(self.store.close())


@pytest.fixture
def rig(qtbot: Any, qloop: asyncio.AbstractEventLoop, bus: MessageBus) -> Iterator[Rig]:
    r = Rig(qtbot, qloop, bus)
    yield r
    r.close()


def _texts(tab: MeetingTypesTab, column: int) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_list_shows_the_chosen_accounts_meeting_types_and_searches_and_sorts(rig, qtbot):
    rig.run(rig.service.create(rig.accounts[0].id, {"name": "Mandatsgespräch", "duration": 45}))
    rig.choose(qtbot, 0)
    tab = rig.tab
    assert "jana@kanzlei.example" in tab.heading.text()
    assert _texts(tab, 0) == ["Erstberatung", "Mandatsgespräch"]
    assert _texts(tab, 1) == ["30 min", "45 min"]
    assert _texts(tab, 3)[0] == "Phone (host calls)"
    assert _texts(tab, 4) == ["Yes", "Yes"]
    assert _texts(tab, 5) == ["", ""]  # made without a template
    assert all(url.startswith("http") for url in _texts(tab, 6))
    tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _texts(tab, 0) == ["Mandatsgespräch", "Erstberatung"]
    qtbot.keyClicks(tab.search_edit, "mandat")
    assert _texts(tab, 0) == ["Mandatsgespräch"]
    rig.choose(qtbot, 1)
    tab.search_edit.clear()
    assert _texts(tab, 0) == ["Erstberatung"]


def test_the_editor_flags_problems_inline_and_never_sends_them(rig, qtbot):
    rig.choose(qtbot, 0)
    editor = rig.tab.editor
    editor.spins["duration"].setValue(500)
    editor.spins["duration"].editingFinished.emit()
    editor.spins["buffer_after"].setValue(150)
    assert editor.problem_text("duration") == "Must be 5 to 480."
    assert editor.problem_text("buffer_after") == "Must be 0 to 120."
    editor.slug_edit.clear()
    qtbot.keyClicks(editor.slug_edit, "Erst Beratung")
    assert "lower-case" in editor.problem_text("slug")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("custom"))
    assert "link" in editor.problem_text("custom_channel_link")
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    assert rig.tab.notice.text() == "Correct the marked fields first."
    assert rig.server()[0].values["duration"] == 30


def test_unsaved_edits_are_marked_and_survive_switching_accounts(rig, qtbot):
    rig.choose(qtbot, 0)
    editor = rig.tab.editor
    editor.spins["duration"].setValue(45)
    assert rig.dirty == [True]
    assert rig.tab.save_button.isEnabled()
    qtbot.waitUntil(lambda: _texts(rig.tab, 0) == ["● Erstberatung"])
    rig.choose(qtbot, 1)
    assert editor.spins["duration"].value() == 30  # tom's own meeting type
    assert not rig.tab.save_button.isEnabled()
    assert rig.presenter.has_unsaved()
    rig.choose(qtbot, 0)
    assert editor.spins["duration"].value() == 45
    assert editor.changes() == {"duration": 45}
    qtbot.mouseClick(rig.tab.discard_button, Qt.MouseButton.LeftButton)
    assert editor.spins["duration"].value() == 30
    assert rig.dirty == [True, False]
    assert not rig.presenter.has_unsaved()


def test_accounts_with_drafts_are_marked_unsaved_until_saved_or_discarded(rig, qtbot):
    jana, tom = rig.accounts[0].id, rig.accounts[1].id
    changed: list[str] = []
    rig.unsaved.changed.connect(changed.append)
    rig.choose(qtbot, 0)
    rig.tab.editor.spins["duration"].setValue(45)
    assert rig.unsaved.accounts() == {jana}
    assert rig.unsaved.places(jana) == {"meeting-types"}
    rig.choose(qtbot, 1)
    rig.tab.editor.spins["buffer_after"].setValue(5)
    assert rig.unsaved.accounts() == {jana, tom}
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    assert rig.unsaved.accounts() == {jana}
    rig.choose(qtbot, 0)
    rig.tab.editor.spins["duration"].setValue(30)  # back to what is saved: no draft left
    assert rig.unsaved.accounts() == frozenset()
    assert changed == [jana, tom, tom, jana]


def test_the_list_and_the_editor_name_the_template_a_meeting_type_came_from(rig, qtbot):
    from console.store.templates import Assignment

    jana = rig.accounts[0].id
    [first] = rig.server()
    other = rig.run(rig.service.create(jana, {"name": "Mandatsgespräch", "duration": 45})).record
    rig.run(rig.store.templates.save("sandbox", "tpl-1", name="Erstberatung Kanzlei", body={}))
    rig.run(rig.store.templates.record_assignment("sandbox", Assignment("tpl-1", jana, first.id)))
    rig.choose(qtbot, 0)
    rig.tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _texts(rig.tab, 5) == ["Erstberatung Kanzlei", ""]
    rig.tab.select(first.id)
    assert "template “Erstberatung Kanzlei”" in rig.tab.origin_label.text()
    rig.tab.select(other.id)
    assert "not made from a template" in rig.tab.origin_label.text()
    rig.tab.select(first.id)
    rig.tab.editor.spins["duration"].setValue(40)
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    assert _texts(rig.tab, 5)[0] == "Erstberatung Kanzlei"  # still known after the read-back
    assert "Erstberatung Kanzlei" in rig.tab.origin_label.text()


def test_channels_also_offered_are_ticked_by_their_readable_names_and_saved(rig, qtbot):
    rig.choose(qtbot, 0)
    checklist = rig.tab.editor.allowed_channels
    labels = [checklist.item(row).text() for row in range(checklist.count())]
    assert "Zoom" in labels and "Microsoft Teams" in labels and "zoom" not in labels
    checklist.set_checked("zoom", True)
    checklist.set_checked("phone-incoming", True)
    assert rig.tab.editor.changes() == {"allowed_channels": ["zoom", "phone-incoming"]}
    assert rig.unsaved.accounts() == {rig.accounts[0].id}
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    assert rig.server()[0].values["allowed_channels"] == ["zoom", "phone-incoming"]
    assert checklist.channels() == ["zoom", "phone-incoming"]  # as read back
    assert not rig.tab.editor.is_dirty()


def test_the_availability_is_chosen_among_the_accounts_schedules_by_name(rig, qtbot):
    jana = rig.accounts[0].id
    acting = rig.client.acting_as(jana)
    week = {"monday": {"enabled": True, "hours": [{"start": "08:00", "end": "12:00"}]}}
    other = rig.run(
        acting.send(
            "POST",
            "/availability",
            json={"name": "Vormittags", "timezone": "Europe/Berlin", "schedule": week},
        )
    )
    rig.choose(qtbot, 0)
    combo = rig.tab.editor.availability_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Vormittags" in texts
    assert any(text.endswith(" (default)") for text in texts)
    assert combo.currentData() == rig.server()[0].values["availability_id"]
    assert not rig.tab.editor.is_dirty()  # the names arriving is no edit
    combo.setCurrentIndex(combo.findData(other["id"]))
    assert rig.tab.editor.changes() == {"availability_id": other["id"]}
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    assert rig.server()[0].values["availability_id"] == other["id"]
    assert combo.currentText() == "Vormittags"


def test_fields_of_other_channels_are_hidden_and_locations_are_a_list(rig, qtbot):
    rig.choose(qtbot, 0)
    editor = rig.tab.editor
    rig.tab.show()
    assert editor.channel_combo.currentData() == "phone"
    for name in ("custom_channel_name", "custom_channel_link", "locations"):
        assert not editor.row_shown(name)
    assert editor.row_shown("allowed_channels")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("custom"))
    assert editor.row_shown("custom_channel_link") and editor.row_shown("custom_channel_name")
    assert not editor.row_shown("locations")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("local"))
    assert editor.row_shown("locations") and not editor.row_shown("custom_channel_link")
    item = editor.locations.add_entry()
    assert editor.changes() == {"channel": "local"}  # an empty entry is no address yet
    item.setText("Hauptstraße 1, 10115 Berlin")
    editor.locations.add_entry("Filiale Potsdam")
    assert editor.changes()["locations"] == ["Hauptstraße 1, 10115 Berlin", "Filiale Potsdam"]
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    stored = rig.server()[0].values
    assert stored["channel"] == "local"
    assert stored["locations"] == ["Hauptstraße 1, 10115 Berlin", "Filiale Potsdam"]
    editor.locations.list.setCurrentRow(0)
    editor.locations.remove_current()
    assert editor.changes() == {"locations": ["Filiale Potsdam"]}


def test_the_booking_url_follows_the_slug_as_it_is_typed(rig, qtbot):
    rig.choose(qtbot, 0)
    editor = rig.tab.editor
    editor.slug_edit.clear()
    qtbot.keyClicks(editor.slug_edit, "erstgespraech")
    assert editor.booking_url_label.text().endswith("/erstgespraech")
    rig.tab.copy_booking_url()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text().endswith("/erstgespraech")


def test_save_patches_the_changes_and_shows_what_the_server_stored(rig, qtbot):
    rig.choose(qtbot, 0)
    editor = rig.tab.editor
    editor.spins["duration"].setValue(45)
    editor.spins["buffer_after"].setValue(10)
    editor.slug_edit.clear()
    qtbot.keyClicks(editor.slug_edit, "erstgespraech")
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    [stored] = rig.server()
    assert (stored.values["duration"], stored.values["buffer_after"]) == (45, 10)
    assert stored.slug == "erstgespraech"
    assert not editor.is_dirty() and not rig.tab.save_button.isEnabled()
    assert _texts(rig.tab, 2) == ["erstgespraech"]
    assert rig.dirty == [True, False]
    assert ("info", "Saved “Erstberatung”.") in rig.messages


def test_a_save_the_server_refuses_keeps_the_edit_and_names_the_field(rig, qtbot):
    rig.choose(qtbot, 0)
    editor = rig.tab.editor
    editor.spins["duration"].setValue(45)
    # An availability deleted on the server after the list was read: the server refuses it.
    schedules = [
        editor.availability_combo.itemData(i) for i in range(1, editor.availability_combo.count())
    ]
    editor.set_schedules(
        [*(Schedule(s, s) for s in schedules), Schedule("no-such-availability", "Gone")]
    )
    editor.availability_combo.setCurrentIndex(
        editor.availability_combo.findData("no-such-availability")
    )
    qtbot.mouseClick(rig.tab.save_button, Qt.MouseButton.LeftButton)
    rig.wait_idle(qtbot)
    assert "availabilityId" in editor.problem_text("availability_id")
    assert "refused" in rig.tab.notice.text()
    assert editor.changes()["duration"] == 45
    assert rig.tab.save_button.isEnabled()
    assert rig.server()[0].values["duration"] == 30


def _click(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_delete_explains_shared_availability_and_offers_deleting_the_type_only(rig, qtbot):
    jana = rig.accounts[0].id
    first = rig.server()[0]
    copy = rig.run(rig.service.duplicate(first, "Mandatsgespräch")).record
    if copy.values["availability_id"] != first.values["availability_id"]:
        rig.run(rig.service.update(copy, {"availability_id": first.values["availability_id"]}))
    rig.choose(qtbot, 0)
    rig.tab.select(first.id)
    box = rig.presenter.ask_delete(rig.tab.current_record())
    assert "Existing appointments stay" in box.text()
    _click(box, "Delete with its availability")
    qtbot.waitUntil(lambda: rig.presenter.dialog is not box, timeout=10_000)
    shared = rig.presenter.dialog
    assert isinstance(shared, QMessageBox)
    assert copy.slug in shared.text() and "Existing appointments stay" in shared.text()
    assert len(rig.run(rig.service.list(jana))) == 2  # nothing deleted yet
    _click(shared, "Delete the meeting type only")
    rig.wait_idle(qtbot)
    qtbot.waitUntil(lambda: _texts(rig.tab, 0) == ["Mandatsgespräch"], timeout=10_000)
    assert [r.id for r in rig.server()] == [copy.id]


def test_copy_settings_plans_in_the_changes_panel_and_sends_nothing(rig, qtbot):
    rig.choose(qtbot, 0)
    record = rig.tab.current_record()
    rig.run(rig.service.update(record, {"duration": 45, "buffer_after": 10}))
    rig.run(rig.service.update(rig.server(2)[0], {"name": "Kennenlernen", "slug": "kennenlernen"}))
    rig.presenter.reload()
    rig.wait_idle(qtbot)
    dialog = rig.presenter.open_copy_to_many(rig.tab.current_record())
    assert dialog is not None
    assert sorted(dialog.values()) == ["bufferAfter", "bufferBefore", "duration"]
    dialog.checks["buffer_before"].setChecked(False)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    picker = rig.changes.picker
    assert picker is not None
    picker.model.set_checked([rig.accounts[1].id, rig.accounts[2].id])
    picker.ok_button.click()
    rig.wait_idle(qtbot)
    qtbot.waitUntil(lambda: rig.panel.change_set is not None, timeout=10_000)
    rig.wait_idle(qtbot)
    ops = {op.account_label: op for op in rig.panel.change_set.operations}
    tom = ops["tom@kanzlei.example"]
    assert tom.status is OpStatus.PENDING
    assert tom.after["meetingInfo.duration"] == 45 and tom.after["meetingInfo.bufferAfter"] == 10
    assert ops["eva@kanzlei.example"].status is OpStatus.SKIPPED
    assert rig.server(1)[0].values["duration"] == 30  # planned, not sent


def test_copy_settings_can_create_the_meeting_type_where_it_is_missing(rig, qtbot):
    rig.choose(qtbot, 0)
    record = rig.tab.current_record()
    rig.run(rig.service.update(record, {"duration": 45, "buffer_after": 10}))
    rig.run(rig.service.update(rig.server(2)[0], {"name": "Kennenlernen", "slug": "kennenlernen"}))
    rig.presenter.reload()
    rig.wait_idle(qtbot)
    dialog = rig.presenter.open_copy_to_many(rig.tab.current_record())
    assert dialog is not None
    assert "skipped" in dialog.missing_label.text()
    dialog.create_check.setChecked(True)
    assert "created" in dialog.missing_label.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    picker = rig.changes.picker
    assert picker is not None
    picker.model.set_checked([rig.accounts[1].id, rig.accounts[2].id])
    picker.ok_button.click()
    rig.wait_idle(qtbot)
    qtbot.waitUntil(lambda: rig.panel.change_set is not None, timeout=10_000)
    rig.wait_idle(qtbot)
    ops = {op.account_label: op for op in rig.panel.change_set.operations}
    eva = ops["eva@kanzlei.example"]
    assert eva.status is OpStatus.PENDING and eva.request is not None
    assert eva.request.method == "POST"
    assert eva.after["meetingInfo.name"] == "Erstberatung"
    assert eva.after["meetingInfo.duration"] == 45 and eva.after["meetingInfo.bufferAfter"] == 10
    assert ops["tom@kanzlei.example"].request.method == "PATCH"
    assert [r.name for r in rig.server(2)] == ["Kennenlernen"]  # planned, not sent


def _shell(qtbot: Any, home: Any, names: tuple[str, ...] = ("A",)) -> Any:
    from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
    from console.sandbox import SandboxConfig, create_app, sandbox_transport
    from console.ui.wiring import build_shell
    from tests.ui.test_shell import BASE_URL, NoSandbox

    app = create_app(SandboxConfig(rate_limit=False))
    connections, secrets = ConnectionStore(), SecretStore()
    for name in names:
        connections.add(Connection(name, BASE_URL, CredentialKind.API_KEY))
        secrets.set(name, app.state.sandbox.demo_api_key)
    shell = build_shell(
        store=Store.open(":memory:"),
        settings=QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat),
        connections=connections,
        secrets=secrets,
        client_factory=lambda url, key: MeetergoClient(key, url, transport=sandbox_transport(app)),
        sandbox=NoSandbox(),
        preferred_connection="A",
    )
    qtbot.addWidget(shell.window)
    return shell


def test_closing_the_window_with_unsaved_edits_asks_first(qtbot, qloop, isolated_dirs):
    from console.asyncqt import signal_future

    shell = _shell(qtbot, isolated_dirs)
    tab = shell.window.findChildren(MeetingTypesTab)[0]

    async def scenario() -> None:
        opened = signal_future(shell.connection_opened)
        run = asyncio.ensure_future(shell.run())
        await asyncio.wait_for(opened, 30)
        assert shell.ui is not None and shell.ui.meeting_types is not None
        await shell.ui.runner.drain()
        shell.window.account_list.setCurrentIndex(shell.window.account_list.model().index(0, 0))
        await shell.ui.runner.drain()
        assert tab.current_record() is not None
        tab.editor.spins["duration"].setValue(tab.editor.spins["duration"].value() + 5)
        titles = [shell.window.tabs.tabText(i) for i in range(shell.window.tabs.count())]
        assert "Meeting types *" in titles
        shell.window.close()
        box = shell.close_question
        assert box is not None and "unsaved" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        await asyncio.sleep(0)
        assert not run.done()
        shell.window.close()
        _click(shell.close_question, "Close without saving")
        await asyncio.wait_for(run, 30)

    qloop.run_until_complete(scenario())


def test_switching_connections_with_unsaved_edits_asks_and_cancel_keeps_them(
    qtbot, qloop, isolated_dirs
):
    from console.asyncqt import signal_future

    shell = _shell(qtbot, isolated_dirs, ("A", "B"))
    tab = shell.window.findChildren(MeetingTypesTab)[0]
    combo = shell.window.connection_combo

    async def scenario() -> None:
        opened = signal_future(shell.connection_opened)
        run = asyncio.ensure_future(shell.run())
        await asyncio.wait_for(opened, 30)
        assert shell.ui is not None
        await shell.ui.runner.drain()
        shell.window.account_list.setCurrentIndex(shell.window.account_list.model().index(0, 0))
        await shell.ui.runner.drain()
        duration = tab.editor.spins["duration"].value() + 5
        tab.editor.spins["duration"].setValue(duration)
        assert len(shell.ui.unsaved.accounts()) == 1
        combo.setCurrentText("B")
        box = shell.close_question
        assert box is not None and "unsaved edits of 1 account" in box.text()
        assert combo.currentText() == "A"  # nothing switched while the question is open
        box.button(QMessageBox.StandardButton.Cancel).click()
        await asyncio.sleep(0)
        await shell.runner.drain()
        assert shell.current is not None and shell.current.name == "A"
        assert combo.currentText() == "A"
        assert tab.editor.spins["duration"].value() == duration
        opened = signal_future(shell.connection_opened)
        combo.setCurrentText("B")
        _click(shell.close_question, "Discard and switch")
        assert await asyncio.wait_for(opened, 30) == ("B",)
        assert combo.currentText() == "B"
        assert not shell.ui.unsaved.accounts()
        shell.request_close()
        await asyncio.wait_for(run, 30)

    qloop.run_until_complete(scenario())
