"""The templates tab: the templates the console keeps, an editor with a lock per field, and the
drift of every account that got the selected template."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.ui.changes.texts import format_value
from console.ui.field_labels import field_label, field_tooltip
from console.ui.templates.editor import CHANNEL, NEW_TEMPLATE, TemplateFields
from console.ui.widgets.tool_row import ToolRow

if TYPE_CHECKING:
    # The engine's edit kinds and the services bring the API client and the store; the tab is
    # built before the window's first paint, so they are imported where they are used.
    from console.services.templates import AccountDrift
    from console.store.templates import TemplateRecord

__all__ = ["CHANNEL", "NEW_TEMPLATE", "TemplatesTab"]


class TemplatesTab(QWidget):
    """Templates list, editor and drift table.

    Signals:
        template_chosen(str): a template was selected in the list (its id, "" for none).
        new_requested(): the user wants an empty editor for a new template.
        save_requested(object, object): the editor's values (flat wire fields → value) and the
            locked fields (list of wire fields), for the selected template or a new one.
        register_requested(str, str): keep a template made elsewhere (id, name).
        assign_requested(str): assign the selected template to accounts (its id).
        drift_requested(str): compare the selected template's accounts with it (its id).
        reapply_requested(str, object, object): template id, the chosen fields (list of wire
            fields) and the chosen accounts (list of account ids).
        forget_requested(str): stop keeping the selected template (its id).
    """

    template_chosen = Signal(str)
    new_requested = Signal()
    save_requested = Signal(object, object)
    register_requested = Signal(str, str)
    assign_requested = Signal(str)
    drift_requested = Signal(str)
    reapply_requested = Signal(str, object, object)
    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = ""
        self._drifts: list[AccountDrift] = []
        self.notice = QLabel(
            self.tr(
                "The API cannot list templates: the console keeps the ones it created or was given."
            )
        )
        self.notice.setWordWrap(True)
        self.templates = QListWidget()
        self.templates.currentItemChanged.connect(self._on_current_changed)
        self.new_button = QPushButton(self.tr("&New template"))
        self.new_button.clicked.connect(self._on_new_clicked)
        self.register_id = QLineEdit()
        self.register_id.setPlaceholderText(self.tr("Id of a template made elsewhere"))
        self.register_button = QPushButton(self.tr("&Keep"))
        self.register_button.clicked.connect(self._on_register_clicked)

        self.fields = TemplateFields()
        self.inputs: dict[str, QWidget] = self.fields.inputs
        self.locks: dict[str, QCheckBox] = self.fields.locks
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.save_button = QPushButton(self.tr("&Save template"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.assign_button = QPushButton(self.tr("&Assign to accounts…"))
        self.assign_button.clicked.connect(lambda: self.assign_requested.emit(self._current))
        self.drift_button = QPushButton(self.tr("Check &drift"))
        self.drift_button.clicked.connect(lambda: self.drift_requested.emit(self._current))
        self.forget_button = QPushButton(self.tr("&Forget…"))
        self.forget_button.setToolTip(
            self.tr(
                "Stop keeping this template in the console. The API cannot delete templates: "
                "it stays on the server, and the meeting types it made stay on their accounts."
            )
        )
        self.forget_button.clicked.connect(lambda: self.forget_requested.emit(self._current))

        self.drift_summary = QLabel()
        self.drift_table = QTableWidget(0, 5)
        self.drift_table.setHorizontalHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Status"),
                self.tr("Field"),
                self.tr("Template"),
                self.tr("Account value"),
            ]
        )
        self.drift_table.horizontalHeader().setStretchLastSection(True)
        self.drift_table.verticalHeader().setVisible(False)
        self.drift_table.setMinimumHeight(160)
        self.drift_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.reapply_fields = QListWidget()
        self.reapply_fields.setMaximumHeight(120)
        self.reapply_button = QPushButton(self.tr("&Re-apply chosen fields…"))
        self.reapply_button.clicked.connect(self._on_reapply_clicked)

        left = QVBoxLayout()
        left.addWidget(self.templates, 1)
        left.addWidget(self.new_button)
        keep = QHBoxLayout()
        keep.addWidget(self.register_id, 1)
        keep.addWidget(self.register_button)
        left.addLayout(keep)
        buttons = ToolRow()  # what does not fit at 800 px folds into its "»" menu
        for button in (self.save_button, self.assign_button, self.drift_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        right = QVBoxLayout()
        right.addWidget(self.fields)
        right.addWidget(self.problem)
        right.addWidget(buttons)
        right.addWidget(self.drift_summary)
        right.addWidget(self.drift_table, 1)
        reapply_label = QLabel(self.tr("Fields to re-apply (to the accounts ticked above):"))
        reapply_label.setWordWrap(True)
        right.addWidget(reapply_label)
        right.addWidget(self.reapply_fields)
        right.addWidget(self.reapply_button)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        outer = QVBoxLayout(self)
        outer.addWidget(self.notice)
        outer.addLayout(columns, 1)
        self._enable()

    # -- what the presenter shows ----------------------------------------------------------

    @property
    def current(self) -> str:
        return self._current

    def set_templates(self, records: Sequence[TemplateRecord], select: str = "") -> None:
        self.templates.blockSignals(True)
        self.templates.clear()
        for record in records:
            item = QListWidgetItem(record.name or record.template_id)
            item.setData(Qt.ItemDataRole.UserRole, record.template_id)
            item.setToolTip(record.template_id)
            self.templates.addItem(item)
            if record.template_id == (select or self._current):
                self.templates.setCurrentItem(item)
        self.templates.blockSignals(False)
        item = self.templates.currentItem()
        self._current = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        self._enable()

    def show_template(self, record: TemplateRecord | None) -> None:
        """Fill the editor with the values last sent (the defaults for a new template)."""
        from console.jobs.edits.base import flatten

        values: dict[str, Any] = dict(NEW_TEMPLATE)
        if record is not None:
            values = flatten(record.body)
        self.fields.show_values(values, record.locked_fields if record is not None else ())
        self.show_problem("")
        self._show_reapply_fields(flatten(record.body) if record is not None else {})
        self.show_drift([])

    def values(self) -> dict[str, Any]:
        """The editor's values as flat wire fields (``ValueError`` names a bad entry)."""
        return self.fields.values()

    def locked(self) -> list[str]:
        return self.fields.locked()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_drift(self, drifts: Sequence[AccountDrift]) -> None:
        from console.services.templates import DriftStatus

        """One row per drifted field (locked first), one per account in sync or gone; drifted
        accounts are ticked for re-apply."""
        self._drifts = list(drifts)
        table = self.drift_table
        table.setRowCount(0)
        for drift in drifts:
            status = self.status_text(drift)
            rows = drift.fields or (None,)
            for field in rows:
                row = table.rowCount()
                table.insertRow(row)
                account = QTableWidgetItem(drift.account_label or drift.account_id)
                account.setData(Qt.ItemDataRole.UserRole, drift.account_id)
                if field is not None or drift.status is DriftStatus.DRIFTED:
                    account.setFlags(account.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    account.setCheckState(Qt.CheckState.Checked)
                cells = [account, QTableWidgetItem(status)]
                if field is not None:
                    lock = " 🔒" if field.locked else ""
                    name = QTableWidgetItem(field_label(field.field) + lock)
                    name.setToolTip(field_tooltip(field.field))
                    cells += [
                        name,
                        _value_item(field.field, field.template),
                        _value_item(field.field, field.account),
                    ]
                for column, cell in enumerate(cells):
                    table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        drifted = sum(1 for d in drifts if d.status is DriftStatus.DRIFTED)
        gone = sum(1 for d in drifts if d.status is DriftStatus.GONE)
        self.drift_summary.setText(
            self.tr("%n account(s) got this template", "", len(drifts))
            + " · "
            + self.tr("%n drifted", "", drifted)
            + " · "
            + self.tr("%n meeting type(s) gone", "", gone)
            if drifts
            else ""
        )
        self._enable()

    def status_text(self, drift: AccountDrift) -> str:
        from console.services.templates import DriftStatus

        if drift.status is DriftStatus.IN_SYNC:
            return self.tr("in sync")
        if drift.status is DriftStatus.GONE:
            return self.tr("meeting type gone")
        return self.tr("drifted in %n field(s)", "", len(drift.fields))

    def chosen_accounts(self) -> list[str]:
        table = self.drift_table
        chosen: list[str] = []
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.checkState() is Qt.CheckState.Checked:
                account = str(item.data(Qt.ItemDataRole.UserRole))
                if account not in chosen:
                    chosen.append(account)
        return chosen

    def chosen_fields(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.reapply_fields.item(i) for i in range(self.reapply_fields.count()))
            if item is not None and item.checkState() is Qt.CheckState.Checked
        ]

    # -- inside ----------------------------------------------------------------------------

    def _show_reapply_fields(self, values: dict[str, Any]) -> None:
        self.reapply_fields.clear()
        for wire in values:
            if wire in ("templateType", "queueType"):
                continue
            item = QListWidgetItem(field_label(wire))
            item.setToolTip(field_tooltip(wire))
            item.setData(Qt.ItemDataRole.UserRole, wire)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reapply_fields.addItem(item)

    def _enable(self) -> None:
        chosen = bool(self._current)
        self.assign_button.setEnabled(chosen)
        self.drift_button.setEnabled(chosen)
        self.forget_button.setEnabled(chosen)
        self.reapply_button.setEnabled(chosen and bool(self._drifts))

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._current = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""
        self._drifts = []
        self._enable()
        self.template_chosen.emit(self._current)

    def _on_new_clicked(self) -> None:
        self.templates.setCurrentRow(-1)
        self._current = ""
        self.show_template(None)
        self._enable()
        self.new_requested.emit()

    def _on_save_clicked(self) -> None:
        try:
            values = self.values()
        except ValueError as exc:
            self.show_problem(str(exc))
            return
        self.show_problem("")
        self.save_requested.emit(values, self.locked())

    def _on_register_clicked(self) -> None:
        template_id = self.register_id.text().strip()
        if template_id:
            self.register_requested.emit(template_id, "")
            self.register_id.clear()

    def _on_reapply_clicked(self) -> None:
        self.reapply_requested.emit(self._current, self.chosen_fields(), self.chosen_accounts())


def _value_item(wire: str, value: Any) -> QTableWidgetItem:
    item = QTableWidgetItem(format_value(value, wire))
    item.setToolTip(json.dumps(value, ensure_ascii=False, default=str))
    return item
