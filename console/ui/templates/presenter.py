"""Drives the templates tab: the stored templates, create and edit, assignment and re-apply
planned in the Changes panel, and the drift table."""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from console.jobs.edits.base import changed_fields, flatten, unflatten
from console.services.templates import AccountDrift, TemplateService
from console.store.templates import Assignment, TemplateRecord
from console.ui.field_labels import field_label
from console.ui.templates.tab import TemplatesTab

if TYPE_CHECKING:
    from console.asyncqt import TaskRunner
    from console.ui.changes.presenter import ChangesPresenter

LOAD = "templates-load"
SAVE = "templates-save"
DRIFT = "templates-drift"
PLAN = "templates-plan"


class TemplatesPresenter(QObject):
    """The templates of one connection in the tab.

    Signals:
        loaded(int): the stored templates are listed (how many).
        saved(str): a template was created or edited (its id).
        drift_shown(int): the drift table shows this many accounts.
        forget_asked(str): the question before forgetting a template is open (its id).
        forgotten(str): the console no longer keeps the template (its id).
        message_posted(str, str): level and a translated text for the status bar.
    """

    loaded = Signal(int)
    saved = Signal(str)
    drift_shown = Signal(int)
    forget_asked = Signal(str)
    forgotten = Signal(str)
    message_posted = Signal(str, str)

    def __init__(
        self,
        tab: TemplatesTab,
        *,
        service: TemplateService,
        changes: ChangesPresenter,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tab = tab
        self.service = service
        self.changes = changes
        self.runner = runner
        self._records: dict[str, TemplateRecord] = {}
        self.confirmation: QMessageBox | None = None  # the open "forget?" question
        self._connections: list[tuple[Any, Any]] = [
            (tab.template_chosen, self._on_tab_template_chosen),
            (tab.save_requested, self._on_tab_save_requested),
            (tab.register_requested, self._on_tab_register_requested),
            (tab.assign_requested, self._on_tab_assign_requested),
            (tab.drift_requested, self._on_tab_drift_requested),
            (tab.reapply_requested, self._on_tab_reapply_requested),
            (tab.forget_requested, self._on_tab_forget_requested),
            (changes.applied, self._on_changes_applied),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    def start(self) -> None:
        self._run(self._load(), LOAD)

    def disconnect_view(self) -> None:
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    # -- work ------------------------------------------------------------------------------

    async def _load(self, select: str = "") -> None:
        await self.service.sync_from_journal()
        records = await self.service.templates()
        self._records = {r.template_id: r for r in records}
        self.tab.set_templates(records, select)
        if select:
            self.tab.show_template(self._records.get(select))
        self.loaded.emit(len(records))

    async def _save(self, values: dict[str, Any], locked: list[str]) -> None:
        current = self.tab.current
        if not current:
            record = await self.service.create(unflatten(values))
            if locked:
                record = await self.service.edit(record.template_id, {}, locked_fields=locked)
        else:
            before = self._records[current]
            changes = unflatten(changed_fields(flatten(before.body), values))
            same_locks = sorted(locked) == sorted(before.locked_fields)
            if not changes and same_locks:
                self.message_posted.emit("info", self.tr("Nothing to save."))
                return
            record = await self.service.edit(
                current, changes, locked_fields=None if same_locks else locked
            )
        await self._load(record.template_id)
        self.message_posted.emit("info", self.tr("Template %1 saved.").replace("%1", record.name))
        self.saved.emit(record.template_id)

    async def _register(self, template_id: str) -> None:
        record = await self.service.register(template_id)
        await self._load(record.template_id)

    async def _drift(self, template_id: str) -> None:
        await self.service.sync_from_journal()
        drifts = await self.service.drift(template_id)
        if self.tab.current == template_id:
            self.tab.show_drift(drifts)
        self.drift_shown.emit(len(drifts))

    async def _plan_reapply(
        self, template_id: str, fields: Sequence[str], accounts: Sequence[str]
    ) -> None:
        edit, refs = await self.service.reapply_edit(template_id, fields, accounts)
        name = self.tr("Re-apply %1 to %n account(s)", "", len(refs)).replace(
            "%1", ", ".join(field_label(f) for f in edit.values)
        )
        self.changes.plan(name, refs, edit)

    async def _ask_forget(self, template_id: str) -> None:
        await self.service.sync_from_journal()
        record = self._records.get(template_id)
        if record is None:
            return
        self._confirm_forget(record, await self.service.assignments(template_id))

    async def _forget(self, template_id: str) -> None:
        record, _had = await self.service.forget(template_id)
        self.tab.show_template(None)
        await self._load()
        self.message_posted.emit(
            "info",
            self.tr("Template %1 is no longer kept here; it stays on the server.").replace(
                "%1", record.name
            ),
        )
        self.forgotten.emit(template_id)

    def forget_text(self, record: TemplateRecord, assigned: Sequence[Assignment]) -> str:
        """The question before forgetting ``record``, naming the accounts that got it."""
        parts = [
            self.tr("Stop keeping the template %1 in the console?").replace("%1", record.name),
            self.tr(
                "The API cannot delete templates: it stays on the server (delete it in the "
                "meetergo dashboard)."
            ),
        ]
        if assigned:
            names = ", ".join(a.account_label or a.account_id for a in assigned)
            parts.append(
                self.tr(
                    "%n account(s) got it; their meeting types stay, but the console no longer "
                    "knows they came from it: %1",
                    "",
                    len(assigned),
                ).replace("%1", names)
            )
        return "\n\n".join(parts)

    def _confirm_forget(self, record: TemplateRecord, assigned: Sequence[Assignment]) -> None:
        parent = self.tab if isinstance(self.tab, QWidget) else None
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Forget template"))
        box.setText(self.forget_text(record, assigned))
        confirm = box.addButton(self.tr("Forget"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(_result: int) -> None:
            self.confirmation = None
            if box.clickedButton() is confirm:
                self._run(self._forget(record.template_id), SAVE)

        box.finished.connect(on_finished)
        self.confirmation = box
        box.open()  # never exec() inside a coroutine
        self.forget_asked.emit(record.template_id)

    # -- the tab's requests ----------------------------------------------------------------

    def _on_tab_forget_requested(self, template_id: str) -> None:
        if template_id:
            self._run(self._ask_forget(template_id), LOAD)

    def _on_tab_template_chosen(self, template_id: str) -> None:
        self.tab.show_template(self._records.get(template_id))

    def _on_tab_save_requested(self, values: object, locked: object) -> None:
        assert isinstance(values, dict) and isinstance(locked, list)
        self._run(self._save(values, locked), SAVE)

    def _on_tab_register_requested(self, template_id: str, _name: str) -> None:
        self._run(self._register(template_id), SAVE)

    def _on_tab_assign_requested(self, template_id: str) -> None:
        record = self._records.get(template_id)
        if record is None:
            return
        try:
            edit = self.service.assign_edit(record)
        except ValueError as exc:
            self._failed(exc)
            return

        def chosen(accounts: list[Any]) -> None:
            if not accounts:
                return
            name = self.tr("Assign %1 to %n account(s)", "", len(accounts)).replace(
                "%1", record.name
            )
            self.changes.plan(name, accounts, edit)

        self.changes.pick_accounts(
            chosen, title=self.tr("Assign %1 to…").replace("%1", record.name)
        )

    def _on_tab_drift_requested(self, template_id: str) -> None:
        if template_id:
            self._run(self._drift(template_id), DRIFT)

    def _on_tab_reapply_requested(self, template_id: str, fields: object, accounts: object) -> None:
        assert isinstance(fields, list) and isinstance(accounts, list)
        if not fields:
            self.message_posted.emit("error", self.tr("Choose the fields to re-apply."))
            return
        if not accounts:
            self.message_posted.emit("error", self.tr("Tick the accounts to re-apply them to."))
            return
        self._run(self._plan_reapply(template_id, fields, accounts), PLAN)

    def _on_changes_applied(self, _change_set_id: str) -> None:
        # An assignment or re-apply finished: what the accounts got and how they compare moved.
        current = self.tab.current
        if current:
            self._run(self._drift(current), DRIFT)

    def _run(self, coro: Coroutine[Any, Any, None], name: str) -> None:
        self.runner.run(coro, name=name, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        self.message_posted.emit("error", self.tr("Templates: %1").replace("%1", str(message)))


__all__ = ["AccountDrift", "TemplatesPresenter"]
