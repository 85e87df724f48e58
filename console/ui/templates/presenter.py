"""Drives the templates tab: the stored templates, create and edit, assignment and re-apply
planned in the Changes panel, and the drift table."""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from console.jobs.edits.base import changed_fields, flatten, unflatten
from console.services.templates import AccountDrift, TemplateService
from console.store.templates import TemplateRecord
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
        message_posted(str, str): level and a translated text for the status bar.
    """

    loaded = Signal(int)
    saved = Signal(str)
    drift_shown = Signal(int)
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
        self._connections: list[tuple[Any, Any]] = [
            (tab.template_chosen, self._on_tab_template_chosen),
            (tab.save_requested, self._on_tab_save_requested),
            (tab.register_requested, self._on_tab_register_requested),
            (tab.assign_requested, self._on_tab_assign_requested),
            (tab.drift_requested, self._on_tab_drift_requested),
            (tab.reapply_requested, self._on_tab_reapply_requested),
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
            "%1", ", ".join(edit.values)
        )
        self.changes.plan(name, refs, edit)

    # -- the tab's requests ----------------------------------------------------------------

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
