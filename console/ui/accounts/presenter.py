"""Presenter of the Accounts tab: owns every coroutine behind the fleet table and its dialogs.

Widgets stay synchronous; this QObject runs the service calls through the :class:`TaskRunner`
and pushes results back with setters. The service raises and reports nothing itself, so every
outcome reaches the user once, translated, from here: a failed send in the dialog that asked
(which stays open), a failed load and every success on the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog

from console.asyncqt import TaskRunner
from console.services.accounts import NewAccount, ValidationFailed
from console.store import CachedAccount
from console.ui.accounts.dialogs import DeleteAccountDialog, EditAccountDialog, NewAccountDialog
from console.ui.accounts.model import AccountRow, AccountsModel
from console.ui.accounts.tab import AccountsTab
from console.ui.errors import describe
from console.ui.operations import WhenClosed, run_dialog_operation
from console.ui.problems import translate_problems
from console.ui.selection import Selection

log = logging.getLogger(__name__)


class AccountsBackend(Protocol):
    """What the presenter needs of ``console.services.accounts.AccountService``."""

    async def cached(self) -> Sequence[CachedAccount]: ...
    async def refresh(
        self,
        on_progress: Callable[[int, int | None], None] | None = None,
        *,
        on_page: Callable[[list[CachedAccount], int, int | None], None] | None = None,
    ) -> Sequence[CachedAccount]: ...
    async def create(self, new: NewAccount) -> CachedAccount: ...
    async def rename(self, user_id: str, given_name: str, family_name: str) -> CachedAccount: ...
    async def change_slug(self, user_id: str, slug: str) -> CachedAccount: ...
    async def delete(self, user_id: str, transfer_to: str | None = None) -> None: ...


AuditSource = Callable[[], Awaitable[Sequence[Any]]]


class AccountsPresenter(QObject):
    """Loads, creates, edits and deletes accounts for one connection.

    Signals:
        loaded(int): the fleet table now holds this many accounts (after cache or refresh).
        page_loaded(int): one more page of a refresh is in the table; accounts loaded so far.
        account_created(str): the user id of a newly created account.
        account_changed(str): the user id of an edited account.
        account_deleted(str): the user id of a deleted account.
        message_posted(str, str): level ("info", "error") and a translated text for the status
            bar, posted once per outcome (a service raises; it never reports itself).
        section_requested(str): show another tab for the current account: "availability" or
            "meeting_types" (the edit dialog's links; the account is made current first).
    """

    loaded = Signal(int)
    page_loaded = Signal(int)
    account_created = Signal(str)
    account_changed = Signal(str)
    account_deleted = Signal(str)
    message_posted = Signal(str, str)
    section_requested = Signal(str)

    def __init__(
        self,
        tab: AccountsTab,
        model: AccountsModel,
        *,
        selection: Selection,
        service: AccountsBackend,
        runner: TaskRunner,
        audit_source: AuditSource | None = None,
        default_timezone: str = "Europe/Berlin",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tab = tab
        self._model = model
        self._selection = selection
        self._service = service
        self._runner = runner
        self._audit_source = audit_source
        self._default_timezone = default_timezone
        self._dialog: QDialog | None = None
        self._tab.refresh_requested.connect(self.refresh)
        self._tab.new_requested.connect(self.open_new_account)
        self._tab.edit_requested.connect(self.open_edit)
        self._tab.delete_requested.connect(self.open_delete)
        self._tab.audit_panel.refresh_requested.connect(self.reload_audit)

    def disconnect_view(self) -> None:
        """Stop reacting to the tab (the connection changed; a new presenter takes over)."""
        if not shiboken6.isValid(self._tab):  # the window went first: nothing to let go of
            return
        self._tab.refresh_requested.disconnect(self.refresh)
        self._tab.new_requested.disconnect(self.open_new_account)
        self._tab.edit_requested.disconnect(self.open_edit)
        self._tab.delete_requested.disconnect(self.open_delete)
        self._tab.audit_panel.refresh_requested.disconnect(self.reload_audit)

    # -- loading ----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the cache at once, then refresh from the server in the background."""
        self._runner.run(self._load(), name="accounts-load", on_failure=self._on_load_failed)

    def refresh(self) -> None:
        """Reload every page from the server (Ctrl+R, after an import), then the audit trail:
        whatever changed the accounts also wrote entries there."""
        self._runner.run(self._refresh_all(), name="accounts-load", on_failure=self._on_load_failed)

    async def _refresh_all(self) -> None:
        await self._refresh()
        await self.load_audit()

    def _on_load_failed(self, exc: BaseException) -> None:
        log.warning("loading the accounts failed", exc_info=exc)
        self.message_posted.emit(
            "error", self.tr("Could not load the accounts: {reason}").format(reason=describe(exc))
        )

    async def _load(self) -> None:
        cached = await self._service.cached()
        if cached:
            self._model.set_accounts(AccountRow.from_cached(a) for a in cached)
            self.loaded.emit(len(cached))
        await self.load_audit()
        await self._refresh()

    async def _refresh(self) -> None:
        self._tab.set_loading(0, None)
        try:
            fresh = await self._service.refresh(on_page=self._on_service_page)
        finally:
            self._tab.set_loaded()
        # Rows merged from the pages stay; only accounts gone from the server leave now.
        self._model.retain(str(a.user_id) for a in fresh)
        self._tab.set_loaded()
        self.loaded.emit(len(fresh))

    def _on_service_page(
        self, accounts: list[CachedAccount], loaded: int, total: int | None
    ) -> None:
        # Each page lands in the table at once; the user can already search, sort and select.
        self._model.merge_accounts([AccountRow.from_cached(a) for a in accounts])
        self._tab.set_loading(loaded, total)
        self.page_loaded.emit(loaded)

    def reload_audit(self) -> None:
        """Re-read the audit trail into the panel."""
        self._runner.run(self.load_audit(), name="audit-load")

    async def load_audit(self) -> None:
        """Read the audit trail (newest first) into the panel."""
        if self._audit_source is not None:
            self._tab.audit_panel.show_entries(await self._audit_source())

    # -- new account ------------------------------------------------------------------------

    def open_new_account(self) -> NewAccountDialog:
        """Open the new-account form (non-modal ``open()``, never ``exec()``)."""
        taken = frozenset(r.slug for r in self._model.accounts() if r.slug)
        dialog = NewAccountDialog(
            default_timezone=self._default_timezone, taken_slugs=taken, parent=self._tab.window()
        )

        def on_create_requested(new: NewAccount) -> None:
            def failed(exc: BaseException) -> None:
                if isinstance(exc, ValidationFailed):
                    dialog.show_send_error(
                        self.tr("Please correct the marked fields."), exc.problems
                    )
                else:
                    dialog.show_send_error(describe(exc))

            # FINISH: once the POST is out, Cancel closes the form but the account, its cache
            # row and its audit entry are still recorded.
            run_dialog_operation(
                self._runner,
                dialog,
                self._create(new),
                name="account-create",
                on_failure=failed,
                when_closed=WhenClosed.FINISH,
            )

        dialog.create_requested.connect(on_create_requested)
        self._show(dialog)
        return dialog

    async def _create(self, new: NewAccount) -> None:
        created = await self._service.create(new)
        row = AccountRow.from_cached(created)
        self._model.upsert(row)
        self._tab.select_account(row.id)
        self.message_posted.emit("info", self.tr("Created {email}.").format(email=row.email))
        await self.load_audit()  # before the signal: listeners see the new entry
        self.account_created.emit(row.id)

    # -- edit / delete ----------------------------------------------------------------------

    def open_edit(self, account: AccountRow) -> EditAccountDialog:
        """Open the edit dialog for ``account``."""
        dialog = EditAccountDialog(account, parent=self._tab.window())

        def on_save_requested(acc: AccountRow, given: str, family: str, slug: str) -> None:
            run_dialog_operation(
                self._runner,
                dialog,
                self._edit(acc, given, family, slug),
                name="account-edit",
                on_failure=lambda exc: dialog.show_send_error(_sentence(exc)),
                when_closed=WhenClosed.FINISH,
            )

        dialog.save_requested.connect(on_save_requested)
        dialog.hours_requested.connect(lambda acc: self._open_section(acc, "availability"))
        dialog.meeting_types_requested.connect(lambda acc: self._open_section(acc, "meeting_types"))
        self._show(dialog)
        return dialog

    def _open_section(self, account: AccountRow, section: str) -> None:
        self._selection.set_current(self._model.account_by_id(account.id) or account)
        self.section_requested.emit(section)

    async def _edit(self, account: AccountRow, given: str, family: str, slug: str) -> None:
        updated = account
        if (given, family) != (account.given_name, account.family_name):
            updated = AccountRow.from_cached(await self._service.rename(account.id, given, family))
        if slug and slug != account.slug:
            updated = AccountRow.from_cached(await self._service.change_slug(account.id, slug))
        self._model.upsert(updated)
        if self._selection.current_id() == account.id:
            self._selection.set_current(updated)
        if updated is not account:
            self.message_posted.emit(
                "info", self.tr("Updated {email}.").format(email=updated.email or updated.id)
            )
        await self.load_audit()  # before the signal: listeners see the new entry
        self.account_changed.emit(account.id)

    def open_rename(self, account: AccountRow) -> EditAccountDialog:
        """Open the edit dialog with the given name selected for typing (F2 on a row)."""
        dialog = self.open_edit(account)
        dialog.given_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.given_edit.selectAll()
        return dialog

    def open_delete(self, account: AccountRow) -> DeleteAccountDialog:
        """Open the delete dialog (transfer target + typed confirmation)."""
        dialog = DeleteAccountDialog(account, self._model.accounts(), parent=self._tab.window())

        def on_delete_requested(acc: AccountRow, target: str | None) -> None:
            run_dialog_operation(
                self._runner,
                dialog,
                self._delete(acc, target),
                name="account-delete",
                on_failure=lambda exc: dialog.show_send_error(_sentence(exc)),
                when_closed=WhenClosed.FINISH,
            )

        dialog.delete_requested.connect(on_delete_requested)
        self._show(dialog)
        return dialog

    async def _delete(self, account: AccountRow, transfer_to: str | None) -> None:
        await self._service.delete(account.id, transfer_to=transfer_to)
        self._model.remove(account.id)
        self._selection.forget(account.id)
        self.message_posted.emit(
            "info", self.tr("Deleted {email}.").format(email=account.email or account.id)
        )
        await self.load_audit()  # before the signal: listeners see the new entry
        self.account_deleted.emit(account.id)

    def current_dialog(self) -> QDialog | None:
        """The dialog opened last (tests drive it)."""
        return self._dialog

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()


def _sentence(exc: BaseException) -> str:
    """What a dialog says when the service refused: the problems themselves, translated, for
    a refused input; else the error's sentence (never an exception's name)."""
    if isinstance(exc, ValidationFailed):
        return translate_problems(exc.problems.values())
    return describe(exc)
