"""The fleet table model: every user of the current connection, cheap to filter at 10,000 rows.

Rows are plain frozen dataclasses (:class:`AccountRow`), so the model never touches the API or
the store. Filtering is done by :class:`AccountsFilterModel`, which matches one precomputed,
lower-cased text per row instead of asking ``data()`` for every cell (that is what keeps a
keystroke over 10,000 accounts under 30 ms).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AccountRow:
    """One client account as the table shows it."""

    id: str
    email: str
    given_name: str = ""
    family_name: str = ""
    slug: str = ""
    timezone: str = ""
    meeting_type_count: int = 0
    booking_url: str = ""
    created_at: datetime | None = None

    @property
    def name(self) -> str:
        """Full name, falling back to the e-mail for accounts without a name."""
        full = f"{self.given_name} {self.family_name}".strip()
        return full or self.email

    @classmethod
    def from_user(cls, user: Any) -> AccountRow:
        """Build a row from a ``console.api`` ``User`` (or anything with the same attributes)."""
        meeting_types = getattr(user, "meeting_type_ids", None) or []
        return cls(
            id=str(user.id),
            email=str(getattr(user, "email", "") or ""),
            given_name=str(getattr(user, "given_name", "") or ""),
            family_name=str(getattr(user, "family_name", "") or ""),
            slug=str(getattr(user, "slug", "") or ""),
            timezone=str(getattr(user, "timezone", "") or ""),
            meeting_type_count=len(meeting_types),
            booking_url=str(getattr(user, "booking_url", "") or ""),
            created_at=getattr(user, "created_at", None),
        )

    @classmethod
    def from_cached(cls, account: Any) -> AccountRow:
        """Build a row from a ``console.store.CachedAccount``."""
        return cls(
            id=str(account.user_id),
            email=account.email or "",
            given_name=account.given_name or "",
            family_name=account.family_name or "",
            slug=account.slug or "",
            timezone=account.timezone or "",
            meeting_type_count=int(account.meeting_type_count or 0),
            booking_url=account.booking_url or "",
            created_at=account.created_at,
        )


class Column(enum.IntEnum):
    NAME = 0
    EMAIL = 1
    SLUG = 2
    TIMEZONE = 3
    MEETING_TYPES = 4
    BOOKING_URL = 5
    CREATED = 6


# Role that returns the whole :class:`AccountRow` of an index.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Role that returns a sortable key (numbers and dates sort as such, not as text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, int(ROW_ROLE), int(SORT_ROLE)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("AccountsModel", "Name"),
        QCoreApplication.translate("AccountsModel", "E-mail"),
        QCoreApplication.translate("AccountsModel", "Slug"),
        QCoreApplication.translate("AccountsModel", "Time zone"),
        QCoreApplication.translate("AccountsModel", "Meeting types"),
        QCoreApplication.translate("AccountsModel", "Booking URL"),
        QCoreApplication.translate("AccountsModel", "Created"),
    ]


class AccountsModel(QAbstractTableModel):
    """Table model over a list of :class:`AccountRow` (no signals of its own beyond Qt's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._haystacks: list[str] = []
        self._index_by_id: dict[str, int] = {}
        self._headers = _headers()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- public API -------------------------------------------------------------------------

    def set_accounts(self, rows: Iterable[AccountRow]) -> None:
        """Replace every row (first load from the cache, or a finished refresh)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows()
        self._reindex()
        self.endResetModel()

    def append_accounts(self, rows: Sequence[AccountRow]) -> None:
        """Add one page of accounts at the end (page-by-page loading)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        for offset, row in enumerate(rows):
            self._rows.append(row)
            self._haystacks.append(_haystack(row))
            self._index_by_id[row.id] = first + offset
        self.endInsertRows()

    def merge_accounts(self, rows: Sequence[AccountRow]) -> None:
        """Update known accounts in place and add new ones (one page of a refresh).

        The current sort order is kept: new rows are sorted in, and selections (persistent
        indexes) follow their rows.
        """
        added: list[AccountRow] = []
        for row in rows:
            position = self._index_by_id.get(row.id)
            if position is None:
                added.append(row)
            elif self._rows[position] != row:
                self._rows[position] = row
                self._haystacks[position] = _haystack(row)
                self.dataChanged.emit(
                    self.index(position, 0), self.index(position, len(Column) - 1)
                )
        self.append_accounts(added)
        if added and self._sort_column >= 0:
            self.sort(self._sort_column, self._sort_order)

    def retain(self, account_ids: Iterable[str]) -> None:
        """Drop every account whose id is not in ``account_ids`` (gone from the server)."""
        keep = set(account_ids)
        doomed = [i for i, r in enumerate(self._rows) if r.id not in keep]
        # Remove contiguous blocks from the end so earlier positions stay valid.
        while doomed:
            last = doomed.pop()
            first = last
            while doomed and doomed[-1] == first - 1:
                first = doomed.pop()
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            del self._haystacks[first : last + 1]
            self.endRemoveRows()
        self._index_by_id = {r.id: i for i, r in enumerate(self._rows)}

    def upsert(self, row: AccountRow) -> None:
        """Insert a new account or replace the one with the same id (after create/edit)."""
        position = self._index_by_id.get(row.id)
        if position is None:
            self.append_accounts([row])
            return
        self._rows[position] = row
        self._haystacks[position] = _haystack(row)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    def remove(self, account_id: str) -> None:
        """Drop the account with ``account_id`` (after a delete)."""
        position = self._index_by_id.get(account_id)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        del self._haystacks[position]
        self.endRemoveRows()
        self._index_by_id = {r.id: i for i, r in enumerate(self._rows)}

    def accounts(self) -> list[AccountRow]:
        """All rows, in load order."""
        return list(self._rows)

    def account(self, row: int) -> AccountRow:
        """The account at source row ``row``."""
        return self._rows[row]

    def row_of(self, account_id: str) -> int | None:
        """The model row of ``account_id``, if it is listed."""
        return self._index_by_id.get(account_id)

    def account_by_id(self, account_id: str) -> AccountRow | None:
        position = self._index_by_id.get(account_id)
        return None if position is None else self._rows[position]

    def haystacks(self) -> list[str]:
        """Lower-cased search text per row, used by :class:`AccountsFilterModel`."""
        return self._haystacks

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Hot path: a repaint asks ~10 roles per visible cell, so unneeded roles leave first
        # and roles are compared as plain ints (PySide enum comparisons are slow).
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == _TOOLTIP and column == Column.BOOKING_URL:
            return row.booking_url
        if role == _ALIGN and column == Column.MEETING_TYPES:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by ``column`` with precomputed keys; remembered for later loads."""
        self._sort_column = column
        self._sort_order = order
        if not self._rows or column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self._rows[i.row()].id for i in old_persistent]
        self._sort_rows()
        self._reindex()
        new_persistent = [
            self.index(self._index_by_id[account_id], i.column())
            for account_id, i in zip(old_ids, old_persistent, strict=True)
        ]
        self.changePersistentIndexList(old_persistent, new_persistent)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        if self._sort_column < 0:
            return
        column = self._sort_column
        self._rows.sort(
            key=lambda r: _sort_key(r, column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _reindex(self) -> None:
        # In place: the filter proxy holds a reference to this very list.
        self._haystacks[:] = [_haystack(r) for r in self._rows]
        self._index_by_id = {r.id: i for i, r in enumerate(self._rows)}


def _display(row: AccountRow, column: int) -> str:
    if column == Column.NAME:
        return row.name
    if column == Column.EMAIL:
        return row.email
    if column == Column.SLUG:
        return row.slug
    if column == Column.TIMEZONE:
        return row.timezone
    if column == Column.MEETING_TYPES:
        return str(row.meeting_type_count)
    if column == Column.BOOKING_URL:
        return row.booking_url
    if column == Column.CREATED:
        return row.created_at.strftime("%Y-%m-%d") if row.created_at else ""
    return ""


def _sort_key(row: AccountRow, column: int) -> Any:
    if column == Column.MEETING_TYPES:
        return row.meeting_type_count
    if column == Column.CREATED:
        return row.created_at.isoformat() if row.created_at else ""
    return _display(row, column).casefold()


def _haystack(row: AccountRow) -> str:
    return "\n".join((row.name, row.email, row.slug, row.timezone, row.booking_url)).casefold()


class AccountsFilterModel(QSortFilterProxyModel):
    """Keeps the rows whose name, e-mail, slug, zone or URL contain the search text; sorts.

    Two choices keep this fast at 10,000 rows (see ``tests/bench/test_accounts_model.py``):

    * each row is matched against one precomputed lower-cased string, so a keystroke costs one
      substring test per row instead of seven Python ``data()`` calls;
    * sorting is delegated to :meth:`AccountsModel.sort`, which sorts with precomputed Python
      keys, instead of Qt's comparisons that call ``data()`` ~2·n·log n times.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._haystacks: list[str] = []

    def setSourceModel(self, model: Any) -> None:
        """Attach the source; only :class:`AccountsModel` supports the fast path."""
        super().setSourceModel(model)
        self._haystacks = model.haystacks() if isinstance(model, AccountsModel) else []

    def set_search_text(self, text: str) -> None:
        """Filter to the rows containing ``text`` (case-insensitive); empty shows all."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def search_text(self) -> str:
        """The current (normalised) search text."""
        return self._needle

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model (fast, key-based); the proxy keeps the source order."""
        source = self.sourceModel()
        if isinstance(source, AccountsModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        needle = self._needle
        return not needle or needle in self._haystacks[source_row]
