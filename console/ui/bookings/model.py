"""Table model of the live bookings: filtering and sorting in the model, for 100,000 rows.

A ``QSortFilterProxyModel`` asks Python once per row and filter change, which is too slow for a
100,000-row table; this model keeps the filtered, sorted list of row positions itself and
formats a cell only when the view paints it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from console.store.records import BookingRecord
from console.ui.theme import readable_background

if TYPE_CHECKING:
    from console.live.export import AccountInfo

#: How long a new or changed row stays highlighted.
HIGHLIGHT_SECONDS = 4.0


class Column(enum.IntEnum):
    START = 0
    START_HOST = 1
    CLIENT = 2
    EMAIL = 3
    ACCOUNT = 4
    MEETING_TYPE = 5
    STATUS = 6
    CREATED = 7


#: Role that returns the whole :class:`BookingRecord` of an index.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset({_DISPLAY, _BACKGROUND, _TOOLTIP, int(ROW_ROLE)})
_EPOCH = datetime.min.replace(tzinfo=UTC)
_END = datetime.max.replace(tzinfo=UTC)
_Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    """The translated name of a booking status."""
    names = {
        "confirmed": QCoreApplication.translate("BookingsModel", "confirmed"),
        "cancelled": QCoreApplication.translate("BookingsModel", "cancelled"),
        "rescheduled": QCoreApplication.translate("BookingsModel", "rescheduled"),
        "pending": QCoreApplication.translate("BookingsModel", "pending"),
    }
    return names.get(status, status)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("BookingsModel", "Start (your time)"),
        QCoreApplication.translate("BookingsModel", "Start (host's time)"),
        QCoreApplication.translate("BookingsModel", "Client"),
        QCoreApplication.translate("BookingsModel", "E-mail"),
        QCoreApplication.translate("BookingsModel", "Account"),
        QCoreApplication.translate("BookingsModel", "Meeting type"),
        QCoreApplication.translate("BookingsModel", "Status"),
        QCoreApplication.translate("BookingsModel", "Created"),
    ]


@dataclass(frozen=True)
class BookingFilter:
    """What the filter bar asks for; None / empty means "any"."""

    host_ids: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    meeting_type: str | None = None
    start_from: datetime | None = None
    start_before: datetime | None = None
    search: str = ""


@dataclass
class _Zones:
    cache: dict[str, ZoneInfo | None] = field(default_factory=dict)

    def get(self, name: str | None) -> ZoneInfo | None:
        if not name:
            return None
        if name not in self.cache:
            try:
                self.cache[name] = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                self.cache[name] = None
        return self.cache[name]


class BookingsModel(QAbstractTableModel):
    """Table model over :class:`BookingRecord` rows with its own filter and sort (no signals)."""

    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._all: list[BookingRecord] = []
        self._haystacks: list[str] = []
        # One list per filtered field: a comprehension over a list of strings is about twice
        # as fast as one reading an attribute of each row.
        self._statuses: list[str] = []
        self._hosts: list[str | None] = []
        self._position: dict[str, int] = {}
        self._rows: list[int] = []
        # Every position in the current sort order; a filter keeps the ones it accepts, so a
        # filter change never sorts.
        self._order: list[int] = []
        self._filter = BookingFilter()
        self._accounts: dict[str, AccountInfo] = {}
        self._zones = _Zones()
        self._headers = _headers()
        self._sort_column = int(Column.START)
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._clock = clock
        self._fresh: dict[str, float] = {}
        self._fade = QTimer(self)
        self._fade.setInterval(500)
        self._fade.timeout.connect(self._on_fade_timeout)

    # -- public API ----------------------------------------------------------------------------

    def set_accounts(self, accounts: dict[str, AccountInfo]) -> None:
        """Names and zones of the hosts (account column, host's start)."""
        self._accounts = dict(accounts)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 7))

    def set_bookings(self, bookings: Iterable[BookingRecord]) -> None:
        """Replace every row (the first load from the store)."""
        self.beginResetModel()
        self._all = list(bookings)
        self._haystacks = [_haystack(b) for b in self._all]
        self._statuses = [b.status for b in self._all]
        self._hosts = [b.host_id for b in self._all]
        self._position = {b.appointment_id: i for i, b in enumerate(self._all)}
        self._fresh.clear()
        self._order = list(range(len(self._all)))
        self._sort_rows(self._order)
        self._rows = self._filtered()
        self.endResetModel()

    def upsert(self, booking: BookingRecord, *, highlight: bool = True) -> None:
        """Add or replace one booking (a feed event); it is highlighted for a few seconds."""
        position = self._position.get(booking.appointment_id)
        if position is None:
            position = len(self._all)
            self._all.append(booking)
            self._haystacks.append(_haystack(booking))
            self._statuses.append(booking.status)
            self._hosts.append(booking.host_id)
            self._position[booking.appointment_id] = position
        else:
            self._all[position] = booking
            self._haystacks[position] = _haystack(booking)
            self._statuses[position] = booking.status
            self._hosts[position] = booking.host_id
        if highlight:
            self._fresh[booking.appointment_id] = self._clock() + HIGHLIGHT_SECONDS
            if not self._fade.isActive():
                self._fade.start()
        # One row changes: place it alone (an insert, move or removal Qt keeps the selection
        # through) instead of filtering and sorting the whole table again.
        key = self._sort_key(Column(self._sort_column))
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        with contextlib.suppress(ValueError):
            self._order.remove(position)
        self._order.insert(_insertion(self._order, key(position), key, descending), position)
        accepted = bool(self._accept([position]))
        try:
            old_row = self._rows.index(position)
        except ValueError:
            old_row = -1
        root = QModelIndex()
        if old_row >= 0:
            rest = self._rows[:old_row] + self._rows[old_row + 1 :]
            if not accepted:
                self.beginRemoveRows(root, old_row, old_row)
                self._rows = rest
                self.endRemoveRows()
                return
            new_row = _insertion(rest, key(position), key, descending)
            if new_row == old_row:
                last = len(Column) - 1
                self.dataChanged.emit(self.index(old_row, 0), self.index(old_row, last))
                return
            # Qt names the destination in the list before the move.
            self.beginMoveRows(root, old_row, old_row, root, new_row + (new_row > old_row))
            rest.insert(new_row, position)
            self._rows = rest
            self.endMoveRows()
        elif accepted:
            new_row = _insertion(self._rows, key(position), key, descending)
            self.beginInsertRows(root, new_row, new_row)
            self._rows.insert(new_row, position)
            self.endInsertRows()

    def remove(self, appointment_id: str) -> None:
        """Drop one booking (a provisional one that is pending no more)."""
        position = self._position.get(appointment_id)
        if position is None:
            return
        try:
            row = self._rows.index(position)
        except ValueError:
            row = -1
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

        def shift(positions: list[int]) -> list[int]:
            return [p - (p > position) for p in positions if p != position]

        # Rare (a pending booking ends): re-number the positions after it, keep the order.
        for column in (self._all, self._haystacks, self._statuses, self._hosts):
            del column[position]
        self._rows = shift(self._rows)
        self._order = shift(self._order)
        self._position = {b.appointment_id: i for i, b in enumerate(self._all)}
        self._fresh.pop(appointment_id, None)

    def set_filter(self, wanted: BookingFilter) -> None:
        """Show only the rows ``wanted`` accepts."""
        before = self._filter
        narrowing = dataclasses.replace(
            before, search=wanted.search
        ) == wanted and wanted.search.strip().lower().startswith(before.search.strip().lower())
        self.beginResetModel()
        self._filter = wanted
        # Typing on in the search box only narrows: look among the rows shown, not all of them.
        self._rows = self._accept(self._rows) if narrowing else self._filtered()
        self.endResetModel()

    def current_filter(self) -> BookingFilter:
        return self._filter

    def booking_at(self, row: int) -> BookingRecord:
        return self._all[self._rows[row]]

    def row_of(self, appointment_id: str) -> int:
        """The visible row of an appointment, or -1."""
        position = self._position.get(appointment_id)
        if position is None:
            return -1
        try:
            return self._rows.index(position)
        except ValueError:
            return -1

    def visible(self) -> list[BookingRecord]:
        """The rows the filter shows, in the shown order (what an export writes)."""
        return [self._all[i] for i in self._rows]

    def visible_between(self, start: datetime, end: datetime) -> list[BookingRecord]:
        """The shown rows starting in ``[start, end)`` (what the calendar draws)."""
        b = self._all
        return [b[i] for i in self._rows if (s := b[i].start) is not None and start <= s < end]

    def all_bookings(self) -> list[BookingRecord]:
        """Every row, shown or not (what the numbers count)."""
        return list(self._all)

    def accounts(self) -> dict[str, AccountInfo]:
        """Host id → name and zone, as :meth:`set_accounts` gave them."""
        return dict(self._accounts)

    def highlighted(self) -> list[str]:
        """The appointment ids highlighted now (new or just changed)."""
        now = self._clock()
        return [key for key, until in self._fresh.items() if until > now]

    def total(self) -> int:
        return len(self._all)

    def meeting_types(self) -> list[str]:
        """Every meeting type the rows name, for the filter's choices."""
        return sorted({b.meeting_type_name or b.meeting_type_id or "" for b in self._all} - {""})

    def is_highlighted(self, appointment_id: str) -> bool:
        return self._fresh.get(appointment_id, 0.0) > self._clock()

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # The view asks a dozen roles per painted cell; answer the ones we do not serve first.
        if role not in _ROLES or not index.isValid():
            return None
        booking = self._all[self._rows[index.row()]]
        if role == _DISPLAY:
            return self._text(booking, Column(index.column()))
        if role == int(ROW_ROLE):
            return booking
        if role == _BACKGROUND and self.is_highlighted(booking.appointment_id):
            return QBrush(readable_background(QColor(255, 236, 153)))  # legible in dark mode
        if role == _TOOLTIP and index.column() == Column.STATUS:
            return booking.appointment_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def resort() -> None:
            self._sort_column, self._sort_order = column, order
            self._sort_rows(self._order)
            self._rows = self._accept(self._order)

        self._relayout(resort)

    def _relayout(self, change: Callable[[], None]) -> None:
        # The selection follows its booking, not its row number: a webhook arriving while a row
        # is selected must never move the selection onto another client's booking.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(p, self._rows[p.row()] if p.row() < len(self._rows) else -1) for p in persistent]
        change()
        where = {position: row for row, position in enumerate(self._rows)}
        for index, position in held:
            row = where.get(position, -1)
            target = self.index(row, index.column()) if row >= 0 else QModelIndex()
            self.changePersistentIndex(index, target)
        self.layoutChanged.emit()

    # -- internals -----------------------------------------------------------------------------

    def _filtered(self) -> list[int]:
        return self._accept(self._order)

    def _accept(self, candidates: list[int]) -> list[int]:
        """The positions among ``candidates`` the filter accepts, in their order.

        One comprehension per active condition: a plain loop over a list is what keeps a
        keystroke over 100,000 rows within a frame.
        """
        wanted, b, hay = self._filter, self._all, self._haystacks
        rows = candidates
        if wanted.host_ids is not None:
            hosts, host_of = wanted.host_ids, self._hosts
            rows = [i for i in rows if host_of[i] in hosts]
        if wanted.statuses:
            statuses, status_of = wanted.statuses, self._statuses
            rows = [i for i in rows if status_of[i] in statuses]
        if wanted.meeting_type:
            kind = wanted.meeting_type
            rows = [i for i in rows if (b[i].meeting_type_name or b[i].meeting_type_id) == kind]
        if wanted.start_from is not None:
            low = wanted.start_from
            rows = [i for i in rows if (b[i].start or _EPOCH) >= low]
        if wanted.start_before is not None:
            high = wanted.start_before
            rows = [i for i in rows if (b[i].start or _END) < high]
        needle = wanted.search.strip().lower()
        if needle:
            rows = [i for i in rows if needle in hay[i]]
        return list(rows) if rows is candidates else rows

    def _sort_rows(self, rows: list[int]) -> None:
        key = self._sort_key(Column(self._sort_column))
        rows.sort(key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: Column) -> Callable[[int], Any]:
        b = self._all
        if column in (Column.START, Column.START_HOST):
            return lambda i: b[i].start or _EPOCH
        if column == Column.CREATED:
            return lambda i: b[i].created_at or _EPOCH
        return lambda i: self._text(b[i], column).casefold()

    def _text(self, booking: BookingRecord, column: Column) -> str:
        if column == Column.START:
            return _when(booking.start, None)
        if column == Column.START_HOST:
            account = self._accounts.get(booking.host_id or "")
            zone = self._zones.get(account.timezone if account else None)
            if zone is None:
                return ""
            return _when(booking.start, zone, with_zone=True)
        if column == Column.CLIENT:
            return booking.client_name
        if column == Column.EMAIL:
            return booking.client_email
        if column == Column.ACCOUNT:
            account = self._accounts.get(booking.host_id or "")
            return account.email if account else booking.host_id or ""
        if column == Column.MEETING_TYPE:
            return booking.meeting_type_name or booking.meeting_type_id or ""
        if column == Column.STATUS:
            return status_text(booking.status)
        return _when(booking.created_at, None)

    def _on_fade_timeout(self) -> None:
        now = self._clock()
        faded = [k for k, until in self._fresh.items() if until <= now]
        for key in faded:
            del self._fresh[key]
            row = self.row_of(key)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if not self._fresh:
            self._fade.stop()


def _insertion(rows: list[int], value: Any, key: Callable[[int], Any], descending: bool) -> int:
    """Where a row with sort key ``value`` goes in ``rows`` (sorted by ``key``), after equals."""
    low, high = 0, len(rows)
    while low < high:
        middle = (low + high) // 2
        other = key(rows[middle])
        if (value < other) if not descending else (value > other):
            high = middle
        else:
            low = middle + 1
    return low


def _haystack(booking: BookingRecord) -> str:
    return f"{booking.client_name}\n{booking.client_email}".lower()


def _when(value: datetime | None, zone: ZoneInfo | None, *, with_zone: bool = False) -> str:
    if value is None:
        return ""
    local = value.astimezone(zone) if zone is not None else value.astimezone()
    return local.strftime("%Y-%m-%d %H:%M %Z" if with_zone else "%Y-%m-%d %H:%M")


def account_infos(accounts: Sequence[Any]) -> dict[str, AccountInfo]:
    """Host id → :class:`AccountInfo` from the accounts model's rows (``AccountRow``)."""
    from console.live.export import AccountInfo  # icalendar and the event log: not at start-up

    return {
        a.id: AccountInfo(a.email, f"{a.given_name} {a.family_name}".strip(), a.timezone or None)
        for a in accounts
    }
