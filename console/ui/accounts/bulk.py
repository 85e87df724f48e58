"""Actions on many selected accounts: delete with transfer, a brand kit, a template, a closed day.

The tab never loops over accounts itself: every action becomes one edit planned for the selected
accounts through the Changes panel (``ChangesPresenter.plan``), where the user sees per account
what will change, applies it, pauses, resumes or undoes it. The dialogs here only ask what to
do (non-modal ``open()``; nothing waits on them).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.asyncqt import TaskRunner
from console.jobs.edits.exceptions import closed_days_edit
from console.jobs.edits.users import UserDeleteEdit
from console.ui.accounts.model import AccountRow
from console.ui.accounts.tab import AccountsTab
from console.ui.changes.picker import picked
from console.ui.errors import describe

log = logging.getLogger(__name__)

# How many e-mails a confirmation lists before "and N more".
_LISTED = 5

#: A labelled edit the user can choose (a brand kit, a template), read when a dialog opens.
Choices = Callable[[], Awaitable[Sequence[tuple[str, Any]]]]


class PlansChanges(Protocol):
    """What the bulk actions need of ``ChangesPresenter``."""

    def plan(self, name: str, accounts: Sequence[Any], edit: Any) -> None: ...


class BulkDeleteDialog(QDialog):
    """Delete several accounts: who receives their resources, and the count typed to confirm.

    Signals:
        delete_requested(object): the transfer target's user id, or None.
    """

    delete_requested = Signal(object)

    def __init__(
        self,
        accounts: Sequence[AccountRow],
        everyone: Sequence[AccountRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.accounts = list(accounts)
        count = len(self.accounts)
        self.setWindowTitle(self.tr("Delete %n account(s)", "", count))
        layout = QVBoxLayout(self)
        names = ", ".join(a.email or a.name for a in self.accounts[:_LISTED])
        if count > _LISTED:
            names = self.tr("{names} and %n more", "", count - _LISTED).format(names=names)
        warning = QLabel(
            self.tr(
                "This plans deleting the meetergo accounts of {names}. Nothing is sent until you "
                "apply it in the Changes panel; once applied it cannot be undone."
            ).format(names=names)
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.transfer_combo = QComboBox()
        self.transfer_combo.addItem(self.tr("Nobody (delete their meeting types too)"), None)
        doomed = {a.id for a in self.accounts}
        for other in everyone:
            if other.id not in doomed:
                self.transfer_combo.addItem(f"{other.name} <{other.email}>", other.id)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(str(count))
        form.addRow(self.tr("&Transfer to:"), self.transfer_combo)
        form.addRow(self.tr("Type the number of accounts to &confirm:"), self.confirm_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            self.tr("Plan the deletion"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm_edit.textChanged.connect(self._on_confirm_edit_text_changed)

    def _on_confirm_edit_text_changed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip() == str(len(self.accounts)))

    def _on_delete_button_clicked(self) -> None:
        self.delete_requested.emit(self.transfer_combo.currentData())
        self.accept()


class ChoiceDialog(QDialog):
    """Choose one of several labelled items (a brand kit, a template) for the selected accounts.

    Signals:
        chosen(int): the position of the chosen item.
    """

    chosen = Signal(int)

    def __init__(
        self, title: str, label: str, items: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.combo = QComboBox()
        self.combo.addItems(list(items))
        form.addRow(label, self.combo)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _on_accepted(self) -> None:
        self.chosen.emit(self.combo.currentIndex())
        self.accept()


class CloseDaysDialog(QDialog):
    """Choose the first and last day the selected accounts are closed (one day by default).

    Signals:
        days_chosen(object, object): the first and the last ``datetime.date`` (inclusive).
    """

    days_chosen = Signal(object, object)

    def __init__(self, count: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close a day for %n account(s)", "", count))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        start = QDate(today.year, today.month, today.day)
        self.first_edit = QDateEdit(start)
        self.last_edit = QDateEdit(start)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(start)
        form.addRow(self.tr("&From:"), self.first_edit)
        form.addRow(self.tr("&Until (inclusive):"), self.last_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first_edit.dateChanged.connect(self._validate)
        self.last_edit.dateChanged.connect(self._validate)

    def _validate(self, *args: object) -> None:
        self.ok_button.setEnabled(self.last_edit.date() >= self.first_edit.date())

    def _on_accepted(self) -> None:
        first = self.first_edit.date().toPython()
        last = self.last_edit.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        self.days_chosen.emit(first, last)
        self.accept()


class BulkActions(QObject):
    """Turns the tab's actions on many accounts into change sets in the Changes panel.

    ``brand_kits`` and ``templates`` list ``(label, edit)`` pairs when their dialog opens (the
    Branding and Templates tabs own what a kit or a template writes). ``on_deleted`` runs after
    a change set with deletions was applied (the table reloads).

    Signals:
        message_posted(str, str): level and a translated sentence for the status bar.
    """

    message_posted = Signal(str, str)

    def __init__(
        self,
        tab: AccountsTab,
        *,
        changes: PlansChanges,
        accounts: Callable[[], list[AccountRow]],
        runner: TaskRunner,
        brand_kits: Choices | None = None,
        templates: Choices | None = None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._tab = tab
        self._changes = changes
        self._accounts = accounts
        self._runner = runner
        self._brand_kits = brand_kits
        self._templates = templates
        self._today = today
        self._dialog: QDialog | None = None
        self.deletions_planned = False
        self._connections = (
            (tab.bulk_delete_requested, self.open_delete),
            (tab.brand_kit_requested, self.open_brand_kit),
            (tab.template_requested, self.open_template),
            (tab.close_day_requested, self.open_close_days),
        )
        for signal, slot in self._connections:
            signal.connect(slot)

    def disconnect_view(self) -> None:
        """Stop reacting to the tab (the connection closes)."""
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except RuntimeError:  # the tab went first
                pass

    def current_dialog(self) -> QDialog | None:
        """The dialog opened last (tests drive it)."""
        return self._dialog

    # -- delete -----------------------------------------------------------------------------

    def open_delete(self, rows: Sequence[AccountRow]) -> BulkDeleteDialog:
        """Ask for the transfer target and the typed count, then plan the deletion."""
        dialog = BulkDeleteDialog(rows, self._accounts(), parent=self._tab.window())
        accounts = list(rows)

        def on_delete_requested(target: object) -> None:
            transfer = str(target) if target is not None else None
            self.deletions_planned = True
            self._changes.plan(
                self.tr("Delete %n account(s)", "", len(accounts)),
                [picked(a) for a in accounts],
                UserDeleteEdit(transfer),
            )

        dialog.delete_requested.connect(on_delete_requested)
        self._show(dialog)
        return dialog

    # -- brand kit, template ----------------------------------------------------------------

    def open_brand_kit(self, rows: Sequence[AccountRow]) -> None:
        """Choose a brand kit (from the Branding tab's kits) and plan it for ``rows``."""
        self._choose(
            rows,
            self._brand_kits,
            title=self.tr("Apply a brand kit to %n account(s)", "", len(rows)),
            label=self.tr("&Brand kit:"),
            none=self.tr("There are no brand kits yet: save one in the Branding tab first."),
            name=self.tr("Brand kit {label} for %n account(s)", "", len(rows)),
        )

    def open_template(self, rows: Sequence[AccountRow]) -> None:
        """Choose a meeting-type template and plan assigning it to ``rows``."""
        self._choose(
            rows,
            self._templates,
            title=self.tr("Assign a template to %n account(s)", "", len(rows)),
            label=self.tr("&Template:"),
            none=self.tr("There are no templates yet: create one in the Templates tab first."),
            name=self.tr("Template {label} for %n account(s)", "", len(rows)),
        )

    def _choose(
        self,
        rows: Sequence[AccountRow],
        source: Choices | None,
        *,
        title: str,
        label: str,
        none: str,
        name: str,
    ) -> None:
        accounts = list(rows)
        if source is None:
            self.message_posted.emit("info", none)
            return

        async def read() -> Sequence[tuple[str, Any]]:
            return await source()

        def failed(exc: BaseException) -> None:
            log.warning("listing the choices failed", exc_info=exc)
            self.message_posted.emit("error", describe(exc))

        def listed(choices: Sequence[tuple[str, Any]]) -> None:
            if not choices:
                self.message_posted.emit("info", none)
                return
            dialog = ChoiceDialog(title, label, [c[0] for c in choices], parent=self._tab.window())

            def on_chosen(position: int) -> None:
                chosen_label, edit = choices[position]
                self._changes.plan(
                    name.format(label=chosen_label), [picked(a) for a in accounts], edit
                )

            dialog.chosen.connect(on_chosen)
            self._show(dialog)

        self._runner.run(read(), name="bulk-choices", on_success=listed, on_failure=failed)

    # -- closed days ------------------------------------------------------------------------

    def open_close_days(self, rows: Sequence[AccountRow]) -> CloseDaysDialog:
        """Ask for the days, then plan them as closed for ``rows``."""
        accounts = list(rows)
        dialog = CloseDaysDialog(len(accounts), self._today(), parent=self._tab.window())

        def on_days_chosen(first: object, last: object) -> None:
            assert isinstance(first, date) and isinstance(last, date)
            edit = closed_days_edit(first, last)
            self._changes.plan(
                self.tr("{days} closed for %n account(s)", "", len(accounts)).format(
                    days=_span(first, last)
                ),
                [picked(a) for a in accounts],
                edit,
            )

        dialog.days_chosen.connect(on_days_chosen)
        self._show(dialog)
        return dialog

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()


def _span(first: date, last: date) -> str:
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


__all__ = ["BulkActions", "BulkDeleteDialog", "ChoiceDialog", "CloseDaysDialog", "PlansChanges"]
