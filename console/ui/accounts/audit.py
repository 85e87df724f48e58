"""The audit-trail panel: every change the console sent, newest first (read-only)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class AuditRecord(Protocol):
    """What the panel reads of ``console.store.AuditEntry``."""

    who: str
    at: datetime
    connection: str
    account_id: str | None
    account_email: str | None
    action: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None


def _summary(values: Mapping[str, Any] | None) -> str:
    if not values:
        return "—"
    return ", ".join(f"{field_text(key)}={value}" for key, value in values.items())


# Each text is a literal QCoreApplication.translate call, so pyside6-lupdate extracts it.


def action_text(action: str) -> str:
    """A recorded change kind ("rename", "patch meeting_type") in the console's language."""
    kinds = {
        "create": QCoreApplication.translate("AuditPanel", "account created"),
        "delete": QCoreApplication.translate("AuditPanel", "account deleted"),
        "rename": QCoreApplication.translate("AuditPanel", "renamed"),
        "change_slug": QCoreApplication.translate("AuditPanel", "slug changed"),
        "branding": QCoreApplication.translate("AuditPanel", "booking page changed"),
        "create_meeting_type": QCoreApplication.translate("AuditPanel", "meeting type created"),
        "update_meeting_type": QCoreApplication.translate("AuditPanel", "meeting type changed"),
        "delete_meeting_type": QCoreApplication.translate("AuditPanel", "meeting type deleted"),
    }
    if action in kinds:
        return kinds[action]
    # A change set's operation: "<HTTP method> <resource>".
    method, _, resource = action.partition(" ")
    verbs = {
        "post": QCoreApplication.translate("AuditPanel", "{what} created"),
        "patch": QCoreApplication.translate("AuditPanel", "{what} changed"),
        "put": QCoreApplication.translate("AuditPanel", "{what} set"),
        "delete": QCoreApplication.translate("AuditPanel", "{what} deleted"),
    }
    things = {
        "user": QCoreApplication.translate("AuditPanel", "account"),
        "meeting_type": QCoreApplication.translate("AuditPanel", "meeting type"),
        "availability": QCoreApplication.translate("AuditPanel", "weekly hours"),
        "personal_page": QCoreApplication.translate("AuditPanel", "booking page"),
        "template_assignment": QCoreApplication.translate("AuditPanel", "template"),
    }
    if method in verbs and resource in things:
        return verbs[method].format(what=things[resource])
    return action


def field_text(name: str) -> str:
    """A recorded field's name in the console's language (unknown names stay as they are)."""
    fields = {
        "id": QCoreApplication.translate("AuditPanel", "ID"),
        "email": QCoreApplication.translate("AuditPanel", "e-mail"),
        "given_name": QCoreApplication.translate("AuditPanel", "first name"),
        "family_name": QCoreApplication.translate("AuditPanel", "last name"),
        "slug": QCoreApplication.translate("AuditPanel", "slug"),
        "timezone": QCoreApplication.translate("AuditPanel", "time zone"),
        "deleted": QCoreApplication.translate("AuditPanel", "deleted"),
        "title": QCoreApplication.translate("AuditPanel", "title"),
        "name": QCoreApplication.translate("AuditPanel", "name"),
        "duration": QCoreApplication.translate("AuditPanel", "duration"),
        "enabled": QCoreApplication.translate("AuditPanel", "enabled"),
    }
    return fields.get(name, name)


class AuditPanel(QWidget):
    """Table of :class:`AuditEntry` rows.

    Signals:
        refresh_requested(): the user wants the trail re-read from the store.
    """

    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(0, 6, self)
        self._setup_ui()

    def show_entries(self, entries: Iterable[AuditRecord]) -> None:
        """Replace the table with ``entries`` (newest first)."""
        self._model.removeRows(0, self._model.rowCount())
        ordered = sorted(entries, key=lambda e: e.at, reverse=True)
        for entry in ordered:
            cells = [
                entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                entry.who,
                entry.connection,
                entry.account_email or entry.account_id or "—",
                action_text(entry.action),
                f"{_summary(entry.before)} → {_summary(entry.after)}",
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            self._model.appendRow(items)
        self.count_label.setText(self.tr("%n change(s) recorded", "", len(ordered)))

    def row_count(self) -> int:
        """Number of entries shown."""
        return self._model.rowCount()

    def _setup_ui(self) -> None:
        self._model.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Connection"),
                self.tr("Account"),
                self.tr("Change"),
                self.tr("Before → after"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        title = QLabel(self.tr("Audit trail"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.count_label = QLabel(self.tr("%n change(s) recorded", "", 0))
        self.refresh_button = QPushButton(self.tr("Reload"))
        self.refresh_button.setAccessibleName(self.tr("Reload audit trail"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        header.addWidget(title)
        header.addWidget(self.count_label, 1)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setModel(self._model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
