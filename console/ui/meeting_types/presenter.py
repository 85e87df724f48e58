"""Presenter of the Meeting types tab: loads, edits, saves, creates, deletes, copies to many.

The service raises and reports nothing; every outcome reaches the user once from here. Unsaved
edits are kept per account and meeting type (``drafts``) until saved or discarded, so switching
accounts or rows loses nothing; ``has_unsaved()`` lets the window ask before closing.
Questions (delete, new name) are asked with non-modal dialogs *before* a coroutine starts:
no nested event loop ever runs inside a task.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from console.api.errors import ApiStatusError
from console.asyncqt import TaskRunner
from console.domain.meeting_types import meeting_type_problems
from console.services.accounts import ValidationFailed
from console.services.meeting_types import (
    MeetingTypeRecord,
    SaveResult,
    Schedule,
    SharedAvailability,
    field_problems,
)
from console.ui.accounts.model import AccountRow
from console.ui.errors import describe
from console.ui.meeting_types.copy_dialog import CopySettingsDialog
from console.ui.meeting_types.tab import MeetingTypesTab
from console.ui.selection import Selection
from console.ui.unsaved import UnsavedEdits

log = logging.getLogger(__name__)

LOAD = "meeting-types-load"
SCHEDULES = "meeting-types-schedules"
SAVE = "meeting-type-save"
#: The place name this tab's drafts have in :class:`UnsavedEdits`.
PLACE = "meeting-types"


class MeetingTypesBackend(Protocol):
    """What the presenter needs of :class:`~console.services.meeting_types.MeetingTypeService`."""

    async def schedules(self, user_id: str) -> list[Schedule]: ...
    async def list(self, user_id: str) -> list[MeetingTypeRecord]: ...
    async def update(
        self,
        record: MeetingTypeRecord,
        values: Mapping[str, Any],
        *,
        taken_slugs: frozenset[str] = ...,
    ) -> SaveResult: ...
    async def create(self, user_id: str, values: Mapping[str, Any]) -> SaveResult: ...
    async def duplicate(self, record: MeetingTypeRecord, name: str) -> SaveResult: ...
    async def set_enabled(self, record: MeetingTypeRecord, enabled: bool) -> SaveResult: ...
    async def delete(
        self, record: MeetingTypeRecord, *, delete_availability: bool = ...
    ) -> None: ...


class ChangesPlanner(Protocol):
    """What the tab uses of :class:`~console.ui.changes.presenter.ChangesPresenter`."""

    def pick_accounts(
        self, on_chosen: Callable[[list[Any]], object], *, title: str | None = None
    ) -> Any: ...
    def plan(self, name: str, accounts: Sequence[Any], edit: Any) -> None: ...


def _booking_url(record: MeetingTypeRecord, slug: str) -> str | None:
    """The booking URL with ``slug`` in place of the saved one (it updates while typing)."""
    url = record.booking_url
    if not url:
        return None
    base = url.rsplit("/", 1)[0] if record.slug and url.endswith("/" + record.slug) else url
    return f"{base}/{slug}" if slug else base


class MeetingTypesPresenter(QObject):
    """The meeting types of the current account of one connection.

    Signals:
        dirty_changed(bool): whether any meeting type of any account has unsaved edits.
        message_posted(str, str): level ("info", "error") and a translated status-bar text.
    """

    dirty_changed = Signal(bool)
    message_posted = Signal(str, str)

    def __init__(
        self,
        tab: MeetingTypesTab,
        *,
        selection: Selection,
        service: MeetingTypesBackend,
        runner: TaskRunner,
        changes: ChangesPlanner | None = None,
        unsaved: UnsavedEdits | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tab = tab
        self._unsaved = unsaved
        self._selection = selection
        self._service = service
        self._runner = runner
        self._changes = changes
        self._account: AccountRow | None = None
        self._current: MeetingTypeRecord | None = None
        # account id → meeting type id → the fields changed and not saved yet.
        self.drafts: dict[str, dict[str, dict[str, Any]]] = {}
        self.dialog: QWidget | None = None
        self._was_dirty = False
        self._connections: list[tuple[Any, Callable[..., Any]]] = [
            (tab.current_changed, self._on_current),
            (tab.editor.edited, self._on_edited),
            (tab.save_requested, self.save),
            (tab.discard_requested, self.discard),
            (tab.new_requested, self.ask_new),
            (tab.duplicate_requested, self.ask_duplicate),
            (tab.toggle_enabled_requested, self.toggle_enabled),
            (tab.delete_requested, self.ask_delete),
            (tab.copy_to_many_requested, self.open_copy_to_many),
            (selection.changed, self._on_account),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    def start(self) -> None:
        """Show the current account's meeting types."""
        self._on_account(self._selection.current())

    def disconnect_view(self) -> None:
        """Stop reacting to the tab (the connection closes)."""
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the widget went first
                pass
        self._connections.clear()
        if shiboken6.isValid(self._tab):
            self._tab.set_records([])
            self._tab.show_account(None)

    def has_unsaved(self) -> bool:
        """Whether any meeting type has edits that were neither saved nor discarded."""
        self._stash()
        return any(self.drafts.values())

    # -- loading ----------------------------------------------------------------------------

    def _on_account(self, account: AccountRow | None) -> None:
        if account is not None and self._account is not None and account.id == self._account.id:
            self._account = account
            return
        self._stash()
        self._account = account
        self._current = None
        self._tab.set_records([])
        self._tab.set_notice("")
        if account is None:
            self._tab.show_account(None)
            return
        self._tab.show_account(account.email or account.id)
        self._tab.editor.set_schedules([])
        self.reload()
        self._runner.run(
            self._load_schedules(account.id),
            name=SCHEDULES,
            on_failure=self._on_schedules_failed,
        )

    async def _load_schedules(self, account_id: str) -> None:
        schedules = await self._service.schedules(account_id)
        if self._account is not None and self._account.id == account_id:
            self._tab.editor.set_schedules(schedules)

    def reload(self, select: str | None = None) -> None:
        """Read the current account's meeting types again."""
        account = self._account
        if account is None:
            return
        self._runner.run(self._load(account.id, select), name=LOAD, on_failure=self._on_load_failed)

    async def _load(self, account_id: str, select: str | None) -> None:
        records = await self._service.list(account_id)
        if self._account is None or self._account.id != account_id:
            return
        keep = select or (self._current.id if self._current else None)
        self._current = None
        self._tab.set_records(records)
        self._mark_dirty_rows()
        if records:
            self._tab.select(keep if any(r.id == keep for r in records) else None)
            if self._tab.current_record() is None:
                self._tab.table.selectRow(0)

    def _on_schedules_failed(self, exc: BaseException) -> None:
        log.warning("loading availabilities failed", exc_info=exc)
        self.message_posted.emit(
            "error",
            self.tr("Could not load the account's availabilities: %1").replace("%1", describe(exc)),
        )

    def _on_load_failed(self, exc: BaseException) -> None:
        log.warning("loading meeting types failed", exc_info=exc)
        self.message_posted.emit(
            "error", self.tr("Could not load the meeting types: %1").replace("%1", describe(exc))
        )

    # -- editing ----------------------------------------------------------------------------

    def _account_drafts(self) -> dict[str, dict[str, Any]]:
        if self._account is None:
            return {}
        return self.drafts.setdefault(self._account.id, {})

    def _stash(self) -> None:
        """Keep the editor's unsaved changes of the current meeting type (or forget none)."""
        if self._account is None or self._current is None:
            return
        changes = self._tab.editor.changes()
        drafts = self._account_drafts()
        if changes:
            drafts[self._current.id] = changes
        else:
            drafts.pop(self._current.id, None)
        self._signal_dirty()

    def _on_current(self, record: MeetingTypeRecord | None) -> None:
        self._stash()
        self._current = record
        self._tab.set_notice("")
        self._tab.set_origin(record)
        if record is None:
            self._tab.editor.load({})
            self._tab.set_booking_url(None)
            self._tab.set_dirty(False)
            return
        self._tab.editor.load(record.values, self._account_drafts().get(record.id))
        self._refresh_editor()

    def _on_edited(self) -> None:
        self._stash()
        self._refresh_editor()

    def _taken_slugs(self) -> frozenset[str]:
        current = self._current.id if self._current else None
        return frozenset(r.slug for r in self._tab.model.records() if r.id != current and r.slug)

    def _refresh_editor(self) -> None:
        record = self._current
        if record is None:
            return
        editor = self._tab.editor
        values = editor.values()
        changed = editor.changes()
        problems = meeting_type_problems(values, taken_slugs=self._taken_slugs())
        # A value the server already holds is not the user's doing: only edited fields (and
        # the link a custom channel needs) are flagged while typing.
        editor.show_problems(
            {k: p for k, p in problems.items() if k in changed or k == "custom_channel_link"}
        )
        self._tab.set_booking_url(_booking_url(record, str(values.get("slug") or "")))
        self._tab.set_dirty(bool(changed))
        self._mark_dirty_rows()

    def _mark_dirty_rows(self) -> None:
        self._tab.model.set_dirty(set(self._account_drafts()))
        self._signal_dirty()

    def _signal_dirty(self) -> None:
        if self._unsaved is not None:
            for account_id, drafts in self.drafts.items():
                if drafts:
                    self._unsaved.mark(account_id, PLACE)
                else:
                    self._unsaved.clear(account_id, PLACE)
        dirty = any(self.drafts.values())
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    # -- save and discard -------------------------------------------------------------------

    def save(self) -> None:
        """PATCH the changed fields of the current meeting type, then show what was stored."""
        record = self._current
        if record is None:
            return
        editor = self._tab.editor
        changes = editor.changes()
        if not changes:
            return
        values = editor.values()
        problems = meeting_type_problems(values, taken_slugs=self._taken_slugs())
        problems = {k: p for k, p in problems.items() if k in changes or k == "custom_channel_link"}
        if problems:
            editor.show_problems(problems)
            self._tab.set_notice(self.tr("Correct the marked fields first."), error=True)
            return
        self._tab.set_busy(True)
        self._tab.set_notice(self.tr("Saving…"))
        self._runner.run(
            self._service.update(record, changes, taken_slugs=self._taken_slugs()),
            name=SAVE,
            on_success=lambda result: self._on_saved(record, result),
            on_failure=lambda exc: self._on_save_failed(record, exc),
        )

    def _on_saved(self, before: MeetingTypeRecord, result: SaveResult) -> None:
        if not shiboken6.isValid(self._tab):
            return
        account_drafts = self.drafts.get(result.record.user_id, {})
        account_drafts.pop(before.id, None)
        self._tab.set_busy(False)
        self._tab.model.replace(result.record)
        if self._current is not None and self._current.id == before.id:
            self._current = result.record
            self._tab.set_origin(result.record)
            self._tab.editor.load(result.record.values)
            self._refresh_editor()
            if result.not_kept:
                self._tab.editor.show_not_kept(result.not_kept)
                self._tab.set_notice(
                    self.tr("Saved, but the server did not keep every change (marked)."),
                    error=True,
                )
            else:
                self._tab.set_notice("")
        self._mark_dirty_rows()
        self.message_posted.emit("info", self.tr("Saved “%1”.").replace("%1", result.record.name))

    def _on_save_failed(self, record: MeetingTypeRecord, exc: BaseException) -> None:
        if not shiboken6.isValid(self._tab):
            self.message_posted.emit("error", describe(exc))
            return
        self._tab.set_busy(False)
        self._tab.set_dirty(True)
        if self._current is None or self._current.id != record.id:
            self.message_posted.emit(
                "error",
                self.tr("Saving “%1” failed: %2")
                .replace("%1", record.name)
                .replace("%2", describe(exc)),
            )
            return
        if isinstance(exc, ValidationFailed):
            self._tab.editor.show_problems(exc.problems)
            self._tab.set_notice(self.tr("Correct the marked fields first."), error=True)
            return
        by_field = field_problems(exc) if isinstance(exc, ApiStatusError) else {}
        self._tab.editor.show_problems(by_field)
        self._tab.set_notice(
            self.tr("The server refused the change; your edit is kept: %1").replace(
                "%1", describe(exc)
            ),
            error=True,
        )

    def discard(self) -> None:
        """Forget the current meeting type's unsaved edits."""
        record = self._current
        if record is None:
            return
        self._account_drafts().pop(record.id, None)
        self._tab.editor.load(record.values)
        self._tab.set_notice("")
        self._refresh_editor()

    # -- create, duplicate, enable, delete --------------------------------------------------

    def _ask_name(self, title: str, default: str, then: Callable[[str], None]) -> QInputDialog:
        dialog = QInputDialog(self._tab)
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Name of the meeting type:"))
        dialog.setTextValue(default)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: then(text.strip()) if text.strip() else None)
        self.dialog = dialog
        dialog.open()
        return dialog

    def ask_new(self) -> QInputDialog | None:
        """Ask for a name, then create a blank 30-minute meeting type."""
        account = self._account
        if account is None:
            return None

        def create(name: str) -> None:
            self._run_change(
                self._service.create(account.id, {"name": name, "duration": 30}),
                self.tr("Created “%1”.").replace("%1", name),
            )

        return self._ask_name(self.tr("New meeting type"), "", create)

    def ask_duplicate(self, record: MeetingTypeRecord) -> QInputDialog:
        """Ask for the copy's name, then create it with every setting of ``record``."""

        def duplicate(name: str) -> None:
            self._run_change(
                self._service.duplicate(record, name),
                self.tr("Created “%1”.").replace("%1", name),
            )

        default = self.tr("%1 (copy)").replace("%1", record.name)
        return self._ask_name(self.tr("Duplicate meeting type"), default, duplicate)

    def toggle_enabled(self, record: MeetingTypeRecord) -> None:
        """Turn booking of ``record`` off (or on again)."""
        enable = record.values.get("enabled") is False
        text = self.tr("Enabled “%1”.") if enable else self.tr("Disabled “%1”.")
        self._run_change(self._service.set_enabled(record, enable), text.replace("%1", record.name))

    def _run_change(self, coro: Any, done: str) -> None:
        def ok(result: SaveResult | None) -> None:
            self.message_posted.emit("info", done)
            self.reload(select=result.record.id if result is not None else None)

        def failed(exc: BaseException) -> None:
            self.message_posted.emit("error", describe(exc))

        self._runner.run(coro, on_success=ok, on_failure=failed)

    def ask_delete(self, record: MeetingTypeRecord) -> QMessageBox:
        """Confirm, then delete (the meeting type only, or with its availability)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete meeting type"),
            self.tr(
                "Delete “%1”? Its booking URL stops taking bookings. Existing appointments "
                "stay as they are."
            ).replace("%1", record.name),
            QMessageBox.StandardButton.Cancel,
            self._tab,
        )
        only = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        with_hours = box.addButton(
            self.tr("Delete with its availability"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is only:
                self._delete(record, with_availability=False)
            elif clicked is with_hours:
                self._delete(record, with_availability=True)

        box.finished.connect(chosen)
        self.dialog = box
        box.open()
        return box

    def _delete(self, record: MeetingTypeRecord, *, with_availability: bool) -> None:
        def ok(_none: None) -> None:
            self._account_drafts().pop(record.id, None)
            self._current = None
            self.message_posted.emit("info", self.tr("Deleted “%1”.").replace("%1", record.name))
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, SharedAvailability):
                self._explain_shared(record, exc)
            else:
                self.message_posted.emit("error", describe(exc))

        self._runner.run(
            self._service.delete(record, delete_availability=with_availability),
            on_success=ok,
            on_failure=failed,
        )

    def _explain_shared(self, record: MeetingTypeRecord, exc: SharedAvailability) -> QMessageBox:
        others = ", ".join(slug or mt_id for mt_id, slug in exc.shared_with)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Availability is shared"),
            self.tr(
                "The availability of “%1” is also used by: %2. It cannot be deleted while they "
                "use it. Delete only the meeting type and keep the availability for them? "
                "Existing appointments stay as they are."
            )
            .replace("%1", record.name)
            .replace("%2", others),
            QMessageBox.StandardButton.Cancel,
            self._tab,
        )
        only = box.addButton(
            self.tr("Delete the meeting type only"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _r: (
                self._delete(record, with_availability=False)
                if box.clickedButton() is only
                else None
            )
        )
        self.dialog = box
        box.open()
        return box

    # -- copy to many -----------------------------------------------------------------------

    def for_accounts(self, title: str, accounts: int) -> str:
        """A change set's name: ``title`` for that many accounts."""
        return self.tr("%1 for %n account(s)", "", accounts).replace("%1", title)

    def open_copy_to_many(self, record: MeetingTypeRecord) -> CopySettingsDialog | None:
        """Choose fields and matching, then accounts; the plan opens in the Changes panel."""
        changes = self._changes
        if changes is None:
            return None
        dialog = CopySettingsDialog(record, self._tab)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(edit: Any, title: str) -> None:
            changes.pick_accounts(
                lambda accounts: (
                    changes.plan(self.for_accounts(title, len(accounts)), accounts, edit)
                    if accounts
                    else None
                ),
                title=title,
            )

        dialog.edit_chosen.connect(chosen)
        self.dialog = dialog
        dialog.open()
        return dialog


__all__ = ["MeetingTypesBackend", "MeetingTypesPresenter"]
