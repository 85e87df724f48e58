"""The change sets of this connection, newest first, each with its result."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console.jobs.model import ChangeSet, ChangeSetState, OpStatus
from console.ui.changes.texts import count_texts, counts_text, state_text

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def result_text(change_set: ChangeSet) -> str:
    """ "done · 5 of 5 done", "finished with problems · 3 of 5 done · 2 failed", "planned…"."""
    state = state_text(change_set.state)
    if change_set.state is ChangeSetState.PLANNED:
        counts = change_set.counts()
        planned = counts[OpStatus.PENDING]
        return count_texts().to_send(planned).format(state=state)
    return f"{state} · {counts_text(change_set.counts())}"


def when_text(change_set: ChangeSet) -> str:
    """When the change set was made, in the user's locale and local time."""
    moment = QDateTime.fromMSecsSinceEpoch(round(change_set.created_at.timestamp() * 1000))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class HistoryModel(QAbstractTableModel):
    """Rows of :class:`ChangeSet` (no signals of its own beyond Qt's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sets: list[ChangeSet] = []

    def set_change_sets(self, change_sets: Sequence[ChangeSet]) -> None:
        self.beginResetModel()
        self._sets = list(change_sets)
        self.endResetModel()

    def update(self, change_set: ChangeSet) -> None:
        """Replace the row of ``change_set`` (same id) or put it on top as the newest."""
        for row, known in enumerate(self._sets):
            if known.id == change_set.id:
                self._sets[row] = change_set
                self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._sets.insert(0, change_set)
        self.endInsertRows()

    def row_of(self, change_set_id: str) -> int | None:
        for row, known in enumerate(self._sets):
            if known.id == change_set_id:
                return row
        return None

    def change_set(self, row: int) -> ChangeSet:
        return self._sets[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sets)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ChangesPanel", "Change set"),
                QCoreApplication.translate("ChangesPanel", "When"),
                QCoreApplication.translate("ChangesPanel", "Result"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change_set = self._sets[index.row()]
        if role == ID_ROLE:
            return change_set.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (change_set.name, when_text(change_set), result_text(change_set))[index.column()]
        return None


__all__ = ["ID_ROLE", "HistoryModel", "result_text", "when_text"]
