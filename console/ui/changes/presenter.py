"""Presenter of the Changes panel: owns every coroutine of planning, applying, resuming, undoing.

Tabs call :meth:`ChangesPresenter.pick_accounts` and :meth:`ChangesPresenter.plan` (or build a
plan with the engine themselves and call :meth:`ChangesPresenter.show_plan`); the plan is shown
in the panel and nothing is sent before the user presses Apply. The engine reports each
operation as it happens (``subscribe``); the presenter forwards those events to the panel.

Every coroutine runs on the connection's task scope, so closing the connection ends them all.
No coroutine waits on a dialog: the undo confirmation is opened (``open()``) after the undo plan
was read and applies when answered; the resume offer and a lease held by another process are
sentences in the panel, not modal boxes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from console.asyncqt import TaskRunner
from console.jobs.model import ChangeEvent, ChangeSet, ChangeSetState, OpStatus
from console.ui.accounts.model import AccountRow
from console.ui.changes.accounts import PickedAccount
from console.ui.changes.backend import ChangesBackend, LeaseHeldError
from console.ui.changes.panel import ChangesPanel
from console.ui.changes.picker import AccountPicker
from console.ui.changes.texts import counts_text
from console.ui.errors import describe
from console.ui.selection import Selection

log = logging.getLogger(__name__)

# Task names on the connection's scope (a second run of the same name replaces the first).
START, PLAN, APPLY, LOAD, UNDO_PLAN = (
    "changes-start",
    "changes-plan",
    "changes-apply",
    "changes-load",
    "changes-undo-plan",
)

# How many changed fields the undo confirmation names before it says "…".
_FIELDS_NAMED = 6


def _deletions(change_set: ChangeSet) -> int:
    return sum(
        1
        for op in change_set.operations
        if op.status is OpStatus.PENDING
        and op.request is not None
        and op.request.method.upper() == "DELETE"
    )


class ChangesPresenter(QObject):
    """Drives one :class:`ChangesPanel` for one connection's change engine.

    Signals:
        plan_shown(str): the change set with this id is shown, ready to apply.
        applied(str): an apply, resume or retry of this change set ended (tabs reload).
        resume_offered(str): an interrupted change set (its id) is offered for resume.
        message_posted(str, str): level and a translated sentence for the status bar.
    """

    plan_shown = Signal(str)
    applied = Signal(str)
    resume_offered = Signal(str)
    message_posted = Signal(str, str)

    def __init__(
        self,
        panel: ChangesPanel,
        *,
        backend: ChangesBackend | None,
        runner: TaskRunner,
        accounts: Callable[[], Sequence[AccountRow]] = list,
        selection: Selection | None = None,
        settings: QSettings | None = None,
        parent_widget: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._panel = panel
        self._backend = backend
        self._runner = runner
        self._accounts = accounts
        self._selection = selection
        self._settings = settings
        self._parent_widget = parent_widget
        self._running_id: str | None = None
        self.confirmation: QMessageBox | None = None
        self.picker: AccountPicker | None = None
        self._unsubscribe: Callable[[], None] | None = None
        if backend is not None:
            self._unsubscribe = backend.subscribe(self._on_engine_event)
        self._connections = [
            (panel.apply_requested, self.apply),
            (panel.pause_toggled, self._on_panel_pause_toggled),
            (panel.cancel_requested, self.cancel),
            (panel.retry_requested, self.retry_failed),
            (panel.undo_requested, self.undo),
            (panel.history_chosen, self.load),
            (panel.resume_requested, self.resume),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        panel.set_available(backend is not None)

    @property
    def available(self) -> bool:
        """Whether a change engine is connected (without one the panel only says so)."""
        return self._backend is not None

    # -- entry points for tabs --------------------------------------------------------------

    def start(self) -> None:
        """Load this connection's history and offer to resume an interrupted change set."""
        if self._backend is not None:
            self._run(self._start(self._backend), START)

    def pick_accounts(
        self, on_chosen: Callable[[list[PickedAccount]], object], *, title: str | None = None
    ) -> AccountPicker:
        """Open the account picker (non-modal); ``on_chosen`` gets the ticked accounts."""
        current = self._selection.current() if self._selection is not None else None
        picker = AccountPicker(
            self._accounts(),
            current=current,
            settings=self._settings,
            title=title,
            parent=self._parent_widget,
        )
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accounts_chosen.connect(on_chosen)
        self.picker = picker
        picker.open()
        return picker

    def plan(self, name: str, accounts: Sequence[Any], edit: Any) -> None:
        """Read the accounts' current state through the engine and show the plan (sends nothing)."""
        backend = self._backend
        if backend is None:
            self.message_posted.emit(
                "error", self.tr("Changes to many accounts are not available for this connection.")
            )
            return
        self._reveal()
        self._panel.clear_notice()
        self._panel.set_busy(
            self.tr("Reading the current state of %n account(s)…", "", len(accounts))
        )
        self._run(self._plan(backend, name, accounts, edit), PLAN)

    def show_plan(self, change_set: ChangeSet) -> None:
        """Show a plan a tab built with the engine; it waits for Apply."""
        self._reveal()
        self._panel.clear_notice()
        self._panel.show_change_set(change_set, running=self._running_id == change_set.id)
        self.plan_shown.emit(change_set.id)

    def running_name(self) -> str | None:
        """The name of the change set being sent or paused (None when none is)."""
        shown = self._panel.change_set
        if self._running_id is None:
            return None
        return shown.name if shown is not None and shown.id == self._running_id else ""

    # -- the panel's buttons ----------------------------------------------------------------

    def apply(self, change_set_id: str) -> None:
        """Send the shown change set (or, if it was interrupted, the rest of it)."""
        backend, shown = self._backend, self._panel.change_set
        if backend is None or self._running_id is not None:
            return
        if (
            shown is not None
            and shown.id == change_set_id
            and shown.state is not (ChangeSetState.PLANNED)
        ):
            self._send(backend.resume(change_set_id), change_set_id)
        else:
            self._send(backend.apply(change_set_id), change_set_id)

    def resume(self, change_set_id: str) -> None:
        """Continue an interrupted change set (in-flight operations are checked first)."""
        if self._backend is not None and self._running_id is None:
            self._send(self._backend.resume(change_set_id), change_set_id)

    def retry_failed(self, change_set_id: str) -> None:
        """Send the failed operations again."""
        if self._backend is not None and self._running_id is None:
            self._send(self._backend.retry_failed(change_set_id), change_set_id)

    def pause(self) -> None:
        self._on_panel_pause_toggled(True)

    def unpause(self) -> None:
        self._on_panel_pause_toggled(False)

    def cancel(self) -> None:
        """Stop the running apply after the requests already in flight."""
        if self._backend is not None and self._running_id is not None:
            self._backend.cancel()

    def undo(self, change_set_id: str) -> None:
        """Plan the undo, show it, and ask before it is applied."""
        backend = self._backend
        if backend is None or self._running_id is not None:
            return
        self._panel.set_busy(self.tr("Reading what the undo would restore…"))
        self._run(self._plan_undo(backend, change_set_id), UNDO_PLAN)

    def load(self, change_set_id: str) -> None:
        """Show a change set of the history with its operations."""
        if self._backend is not None:
            self._run(self._load(self._backend, change_set_id), LOAD)

    # -- coroutines -------------------------------------------------------------------------

    async def _start(self, backend: ChangesBackend) -> None:
        history = await backend.history()
        self._panel.set_history(history)
        unfinished = await backend.unfinished()
        if not unfinished:
            return
        change_set = unfinished[0]
        counts = change_set.counts()
        left = counts[OpStatus.PENDING] + counts[OpStatus.IN_FLIGHT]
        text = self.tr(
            "“{name}” was interrupted with %n operation(s) still to send. Resume it? "
            "Operations that may have been sent already are checked on the server first, "
            "so nothing is applied twice.",
            "",
            left,
        ).format(name=change_set.name)
        if len(unfinished) > 1:
            text += " " + self.tr(
                "%n more interrupted change set(s) are in the history.", "", len(unfinished) - 1
            )
        self._reveal()
        self._panel.show_change_set(change_set)
        self._panel.offer_resume(change_set, text)
        self.resume_offered.emit(change_set.id)

    async def _plan(
        self, backend: ChangesBackend, name: str, accounts: Sequence[Any], edit: Any
    ) -> None:
        try:
            change_set = await backend.plan(name, accounts, edit)
        except Exception as exc:
            log.warning("planning %s failed", name, exc_info=exc)
            self._panel.set_busy(None)
            self._panel.show_notice(
                self.tr("The plan could not be made: {reason}").format(reason=self._reason(exc)),
                level="error",
            )
            return
        self.show_plan(change_set)

    def _send(self, coro: Coroutine[Any, Any, ChangeSet], change_set_id: str) -> None:
        # Running from the click on: a second click cannot start a second apply.
        self._running_id = change_set_id
        self._panel.clear_notice()
        self._panel.set_running(True)
        shown = self._panel.change_set
        if shown is not None and shown.id == change_set_id:
            self._panel.set_progress(ChangeSetState.APPLYING, shown.counts())
        self._run(self._watch(coro, change_set_id), APPLY)

    async def _watch(self, coro: Coroutine[Any, Any, ChangeSet], change_set_id: str) -> None:
        try:
            result = await coro
        except Exception as exc:
            log.warning("applying change set %s failed", change_set_id, exc_info=exc)
            self._panel.show_notice(self._stop_text(exc), level=self._level(exc))
            await self._reload(change_set_id)
            return
        finally:
            self._running_id = None
            self._panel.set_running(False)
        self._panel.show_change_set(result)
        self._announce(result)
        self.applied.emit(result.id)

    async def _plan_undo(self, backend: ChangesBackend, change_set_id: str) -> None:
        try:
            undo = await backend.plan_undo(change_set_id)
            deletions = _deletions(undo)
            appointments = await backend.attached_appointments(change_set_id) if deletions else 0
        except Exception as exc:
            log.warning("planning the undo of %s failed", change_set_id, exc_info=exc)
            self._panel.set_busy(None)
            self._panel.show_notice(
                self.tr("The undo could not be planned: {reason}").format(reason=self._reason(exc)),
                level="error",
            )
            return
        original = self._panel.change_set
        self.show_plan(undo)
        if undo.counts()[OpStatus.PENDING] == 0:
            self._panel.show_notice(
                self.tr(
                    "Nothing to undo: every value was changed again since, or is already restored."
                )
            )
            return
        name = original.name if original is not None and original.id == change_set_id else ""
        self._confirm_undo(undo, name or undo.name, deletions, appointments)

    async def _load(self, backend: ChangesBackend, change_set_id: str) -> None:
        try:
            change_set = await backend.load(change_set_id)
        except Exception as exc:
            self._panel.show_notice(
                self.tr("The change set could not be read: {reason}").format(
                    reason=self._reason(exc)
                ),
                level="error",
            )
            return
        self._panel.clear_notice()
        self._panel.show_change_set(change_set, running=self._running_id == change_set.id)

    async def _reload(self, change_set_id: str) -> None:
        # After a failed apply, show what the journal says really happened.
        if self._backend is None:
            return
        try:
            change_set = await self._backend.load(change_set_id)
        except Exception as exc:
            log.warning("re-reading change set %s failed", change_set_id, exc_info=exc)
            return
        self._panel.show_change_set(change_set)

    # -- undo confirmation ------------------------------------------------------------------

    def undo_text(self, undo: ChangeSet, name: str, deletions: int, appointments: int) -> str:
        """What the confirmation says will be restored (and deleted)."""
        pending = [op for op in undo.operations if op.status is OpStatus.PENDING]
        restoring = [op for op in pending if op.request is None or op.request.method != "DELETE"]
        fields = list(dict.fromkeys(d.field for op in restoring for d in op.diffs()))
        named = ", ".join(fields[:_FIELDS_NAMED]) + (", …" if len(fields) > _FIELDS_NAMED else "")
        accounts = len({op.account_id for op in restoring})
        parts = [self.tr("Undo “{name}”?").format(name=name)]
        if restoring:
            parts.append(
                self.tr(
                    "This restores the values from before the change on %n account(s): {fields}.",
                    "",
                    accounts,
                ).format(fields=named)
            )
        if deletions:
            parts.append(self.tr("It deletes %n item(s) the change created.", "", deletions))
            parts.append(
                self.tr("%n appointment(s) are attached to them.", "", appointments)
                if appointments
                else self.tr("No appointments are attached to them.")
            )
        conflicts = undo.counts()[OpStatus.CONFLICT]
        if conflicts:
            parts.append(
                self.tr(
                    "%n account(s) were changed again since and are left as they are.",
                    "",
                    conflicts,
                )
            )
        return "\n\n".join(parts)

    def _confirm_undo(self, undo: ChangeSet, name: str, deletions: int, appointments: int) -> None:
        box = QMessageBox(self._parent_widget or self._panel)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Undo change set"))
        box.setText(self.undo_text(undo, name, deletions, appointments))
        confirm = box.addButton(self.tr("Undo now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(_result: int) -> None:
            self.confirmation = None
            if box.clickedButton() is confirm:
                self.apply(undo.id)

        box.finished.connect(on_finished)
        self.confirmation = box
        box.open()  # never exec() inside a coroutine

    # -- engine events ----------------------------------------------------------------------

    def _on_engine_event(self, event: ChangeEvent) -> None:
        panel = self._panel
        if not shiboken6.isValid(panel):
            return
        shown = panel.change_set
        if shown is None or shown.id != event.change_set_id:
            return
        if event.operation is not None:
            panel.update_operation(event.operation)
        panel.set_progress(event.state, event.counts)
        if self._running_id == event.change_set_id:
            panel.set_waiting_until(event.waiting_until)

    def _on_panel_pause_toggled(self, paused: bool) -> None:
        backend, shown = self._backend, self._panel.change_set
        if backend is None or self._running_id is None:
            return
        if paused:
            backend.pause()
        else:
            backend.unpause()
        if shown is not None:
            state = ChangeSetState.PAUSED if paused else ChangeSetState.APPLYING
            self._panel.set_progress(state, shown.counts())

    # -- helpers ----------------------------------------------------------------------------

    def _run(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self._runner.run(coro, name=name)

    def _reveal(self) -> None:
        self._panel.show()
        if not self._panel.isWindow():  # docked (maybe tabbed with another dock): bring it up
            self._panel.raise_()

    def _reason(self, exc: BaseException) -> str:
        if isinstance(exc, KeyError):
            return self.tr("it is not in this connection's journal")
        return describe(exc)

    def _level(self, exc: BaseException) -> str:
        return "warning" if isinstance(exc, LeaseHeldError) else "error"

    def _stop_text(self, exc: BaseException) -> str:
        if isinstance(exc, LeaseHeldError):
            since = exc.since.astimezone().strftime("%H:%M")
            return self.tr(
                "Another console is applying this change set: {owner}, since {since}. "
                "Wait until it has finished, or stop it there."
            ).format(owner=exc.owner, since=since)
        return self.tr("The apply stopped: {reason}").format(reason=self._reason(exc))

    def _announce(self, change_set: ChangeSet) -> None:
        counts = change_set.counts()
        text = self.tr("“{name}”: {counts}").format(
            name=change_set.name, counts=counts_text(counts)
        )
        problems = counts[OpStatus.FAILED] + counts[OpStatus.CONFLICT]
        self.message_posted.emit("warning" if problems else "info", text)

    def close(self) -> None:
        """Let go of the panel and the engine (the connection closes; its tasks have ended)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for widget in (self.confirmation, self.picker):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
        self.confirmation = None
        self.picker = None
        if shiboken6.isValid(self._panel):
            for signal, slot in self._connections:
                signal.disconnect(slot)
            self._panel.clear()
        self._connections = []


__all__ = ["ChangesPresenter"]
