"""The list of one account's meeting types (name, duration, slug, channel, enabled, template,
URL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)

from console.domain.meeting_types import channel_label
from console.domain.problems import PROBLEMS_CONTEXT

if TYPE_CHECKING:
    # The services bring the API client; the tab is built before the first paint.
    from console.services.meeting_types import MeetingTypeRecord

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = 7


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("MeetingTypesModel", "Name"),
        QCoreApplication.translate("MeetingTypesModel", "Duration"),
        QCoreApplication.translate("MeetingTypesModel", "Slug"),
        QCoreApplication.translate("MeetingTypesModel", "Channel"),
        QCoreApplication.translate("MeetingTypesModel", "Enabled"),
        QCoreApplication.translate("MeetingTypesModel", "Template"),
        QCoreApplication.translate("MeetingTypesModel", "Booking URL"),
    ]


def channel_text(channel: str | None) -> str:
    """A channel's readable name in the UI language."""
    return QCoreApplication.translate(PROBLEMS_CONTEXT, channel_label(channel)) if channel else ""


class MeetingTypesModel(QAbstractTableModel):
    """The meeting types of the current account, one row each; no signals of its own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingTypeRecord] = []
        self._dirty: set[str] = set()

    def set_records(self, records: Sequence[MeetingTypeRecord]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def records(self) -> list[MeetingTypeRecord]:
        return list(self._rows)

    def replace(self, record: MeetingTypeRecord) -> None:
        """Show ``record`` in place of the row with its id (or append it)."""
        for i, row in enumerate(self._rows):
            if row.id == record.id:
                self._rows[i] = record
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(record)
        self.endInsertRows()

    def remove(self, record_id: str) -> None:
        for i, row in enumerate(self._rows):
            if row.id == record_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self.endRemoveRows()
                return

    def set_dirty(self, ids: set[str]) -> None:
        """Mark the rows with unsaved edits (a dot before the name)."""
        ids = set(ids)
        if ids == self._dirty:
            return
        self._dirty = ids
        # Later, not now: this is called from selection slots, and a proxy that is filtering
        # must not see dataChanged in the middle of it (Qt then corrupts its mapping).
        QTimer.singleShot(0, self._emit_names_changed)

    def _emit_names_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        values, column = record.values, index.column()
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            if column == 0:  # the unsaved-edit dot must not move a row
                return record.name.casefold()
            if column == 1:
                return int(values.get("duration") or 0)
            return str(self.data(index) or "").casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ("● " if record.id in self._dirty else "") + record.name
            if column == 1:
                minutes = values.get("duration")
                return (
                    QCoreApplication.translate("MeetingTypesModel", "%1 min").replace(
                        "%1", str(minutes)
                    )
                    if minutes
                    else ""
                )
            if column == 2:
                return record.slug
            if column == 3:
                return channel_text(values.get("channel"))
            if column == 4:
                on = values.get("enabled") is not False
                return (
                    QCoreApplication.translate("MeetingTypesModel", "Yes")
                    if on
                    else QCoreApplication.translate("MeetingTypesModel", "No")
                )
            if column == 5:
                return record.template or ""
            return record.booking_url or ""
        return None


class MeetingTypesProxy(QSortFilterProxyModel):
    """Search over every column, sort by the sort role (durations as numbers)."""

    def __init__(self, source: MeetingTypesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)


__all__ = ["RECORD_ROLE", "MeetingTypesModel", "MeetingTypesProxy", "channel_text"]
