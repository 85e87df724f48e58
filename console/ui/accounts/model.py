"""The fleet table model: every user of the current connection, cheap at 100,000 rows.

Rows are plain frozen dataclasses (:class:`AccountRow`), so the model never touches the API or
the store. The model itself keeps its rows sorted and filtered (see ``tests/bench/
test_accounts_model.py`` for the figures):

* every account is one entry ``(sort key, row)`` in a list kept in key order, the key ending
  in a per-account sequence number so keys are unique; a page of a refresh is bisected in, one
  row at a time — O(page · log n) Python work, where re-sorting the whole list per page made a
  100,000-account refresh quadratic; text keys sort naturally ("Fritz2" before "Fritz10");
* the rows matching the search are a second list in the same order (the same list object when
  there is no search), so a keystroke is one substring test per account on precomputed text,
  folded for case and accents (``console.domain.search``), outside Qt's per-row
  ``filterAcceptsRow`` callback; the search texts are made on the first search (and ahead of
  it while the loop is idle), not on every load, and kept per account while its values stay;
* :class:`AccountsFilterModel` is a C++ identity proxy the views attach to; it hands search and
  sort to this model.
"""

from __future__ import annotations

import contextlib
import enum
import gc
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import accumulate, compress, repeat
from operator import attrgetter, contains, itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from console.domain.search import search_key, search_needle
from console.ui.accounts import health_columns

if TYPE_CHECKING:
    from console.health.model import AccountHealth, HealthKind

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class AccountRow:
    """One client account as the table shows it (the model holds its fields as a tuple)."""

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


# -- health (console.health): columns after the table's own, a role, a filter ---------------


class HealthColumn(enum.IntEnum):
    """The health columns, appended after :class:`Column` (see ``health_columns``)."""

    HEALTH = len(Column)
    NEXT_SLOT = len(Column) + 1
    LAST_BOOKING = len(Column) + 2


FIRST_HEALTH_COLUMN = int(HealthColumn.HEALTH)
COLUMN_COUNT = len(Column) + len(HealthColumn)
# Role that returns the account's :class:`~console.health.model.AccountHealth` (None: not
# known yet) on any column of its row: the left list's badge paints from it.
HEALTH_ROLE = health_columns.HEALTH_ROLE
#: The "Needs attention" filter: every account needing attention, or one kind of problem.
NEEDS_ATTENTION = "attention"

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_HEALTH = int(HEALTH_ROLE)
_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, _ALIGN, _DECORATION, int(ROW_ROLE), int(SORT_ROLE), _HEALTH}
)
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


# (sort key, the row's fields); see _rank for the key. The fields are
# held as a plain tuple: the garbage collector stops tracking exact tuples of strings, ints and
# datetimes (and the entries holding them), but never a dataclass (or a tuple subclass), so
# 100,000 AccountRows would make every full pass of the collector walk 200,000 more objects
# (hundreds of milliseconds with the loop blocked).
_Key = str
_Fields = tuple[Any, ...]
_Entry = tuple[_Key, _Fields]


def _row(fields: _Fields) -> AccountRow:
    return AccountRow(*fields)


# A row's fields in AccountRow order, as one C call (a full load maps it over every row).
_fields: Callable[[AccountRow], _Fields] = attrgetter(
    "id",
    "email",
    "given_name",
    "family_name",
    "slug",
    "timezone",
    "meeting_type_count",
    "booking_url",
    "created_at",
)


_KEY_OF = itemgetter(0)
_FIELDS_OF = itemgetter(1)
_ID = itemgetter(0)
_NAME_PARTS = itemgetter(2, 3)

# Rows sampled to tell a common needle from a rare one (see AccountsModel._matching); a needle
# in more than one row of _COMMON is common: a C-level test of every row then costs less than
# a Python step per match.
_SAMPLE = 500
_COMMON = 20
# Search texts made per pass of the idle loop ahead of the first search (a few milliseconds).
_WARM_CHUNK = 1000
_WARM_DELAY_MS = 5


class AccountsModel(QAbstractTableModel):
    """Table model over the :class:`AccountRow` s matching the search, in the sort order.

    Model rows are the rows shown: :meth:`rowCount` counts the matches, :meth:`total` every
    account. No signals of its own beyond Qt's.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        # The entries matching the search; the very same list while there is no search.
        self._shown: list[_Entry] = self._entries
        self._keys: dict[str, _Key] = {}
        self._next_seq = 0
        self._needle = ""
        # Per account id: (the fields the text was made of, its search text).
        self._texts_of: dict[str, tuple[_Fields, str]] = {}
        self._warm_position = 0
        self._warm_timer = QTimer(self)
        self._warm_timer.setInterval(_WARM_DELAY_MS)
        self._warm_timer.timeout.connect(self._warm_search_texts)
        # (search texts, the texts joined by newlines, start offset of each): built on the
        # first search after a change of the rows, dropped on the next change.
        self._search_index: tuple[list[str], str, list[int]] | None = None
        self._headers = _headers() + health_columns.health_headers()
        self._sort_column = -1
        self._descending = False
        self._health: dict[str, AccountHealth] = {}
        self._health_filter: str | None = None

    # -- public API -------------------------------------------------------------------------

    def set_accounts(self, rows: Iterable[AccountRow]) -> None:
        """Replace every row (first load from the cache, or a finished refresh)."""
        self.beginResetModel()
        with _collector_paused():
            column = self._sort_column
            unique = {row.id: row for row in rows}  # an id listed twice: the later values win
            if column >= FIRST_HEALTH_COLUMN:
                entries = [self._entry(r, seq) for seq, r in enumerate(unique.values())]
            else:
                entries = _entries_of(unique.values(), column)
            self._next_seq = len(entries)
            self._take(entries)
        self.endResetModel()
        self._warm_position = 0
        self._warm_timer.start()

    def append_accounts(self, rows: Sequence[AccountRow]) -> None:
        """Add accounts (one page of page-by-page loading); known ids are updated instead."""
        self.merge_accounts(rows)

    def merge_accounts(self, rows: Sequence[AccountRow]) -> None:
        """Update known accounts in place and add new ones (one page of a refresh).

        The sort order and the search are kept: new rows are sorted in, a changed row moves to
        its place, and selections (persistent indexes) follow their rows. Costs O(len(rows) ·
        log n) Python work, independent of how many rows are already listed.
        """
        if len(rows) == 1:
            self.upsert(rows[0])
        elif rows:
            # One layout change per page rather than a signal per row: the views then relayout
            # once, and the Python-to-Qt calls stay few per page.
            self._relayout(lambda: self._merge(rows))

    def retain(self, account_ids: Iterable[str]) -> None:
        """Drop every account whose id is not in ``account_ids`` (gone from the server)."""
        keep = set(account_ids)
        doomed = {account_id for account_id in self._keys if account_id not in keep}
        if not doomed:
            return
        shown = self._shown
        rows = sorted(self._view_row(i) for i, e in enumerate(shown) if e[1][0] in doomed)
        # Remove contiguous blocks from the end so earlier rows stay valid.
        while rows:
            last = rows.pop()
            first = last
            while rows and rows[-1] == first - 1:
                first = rows.pop()
            low, high = sorted((self._view_row(first), self._view_row(last)))
            self.beginRemoveRows(QModelIndex(), first, last)
            del shown[low : high + 1]
            self.endRemoveRows()
        self._search_index = None
        if shown is not self._entries:
            self._entries[:] = [e for e in self._entries if e[1][0] not in doomed]
        for account_id in doomed:
            del self._keys[account_id]
            self._texts_of.pop(account_id, None)

    def upsert(self, row: AccountRow) -> None:
        """Insert a new account or replace the one with the same id (after create/edit)."""
        old_key = self._keys.get(row.id)
        if old_key is None:
            seq = self._next_seq
            self._next_seq += 1
            self._add(self._entry(row, seq))
            return
        old = self._entries[_at(self._entries, old_key)]
        if old[1] == _fields(row):
            return
        new = self._entry(row, _seq(old_key))
        if self._shown is self._entries or self._accepts(old) == self._accepts(new):
            self._replace(old, new)
        else:
            self._discard(old_key)
            self._add(new)

    def remove(self, account_id: str) -> None:
        """Drop the account with ``account_id`` (after a delete)."""
        if account_id in self._keys:
            self._discard(self._keys[account_id])

    def accounts(self) -> list[AccountRow]:
        """Every account (also those the search hides), in the sort order."""
        rows = [_row(entry[1]) for entry in self._entries]
        return rows[::-1] if self._descending else rows

    def total(self) -> int:
        """How many accounts are listed, shown or not."""
        return len(self._entries)

    def account(self, row: int) -> AccountRow:
        """The account at model row ``row``."""
        return _row(self._shown[self._view_row(row)][1])

    def row_of(self, account_id: str) -> int | None:
        """The model row of ``account_id``, if it is listed and matches the search."""
        key = self._keys.get(account_id)
        if key is None:
            return None
        position = _find(self._shown, key)
        return None if position is None else self._view_row(position)

    def account_by_id(self, account_id: str) -> AccountRow | None:
        """The listed account with ``account_id``, shown or not."""
        key = self._keys.get(account_id)
        if key is None:
            return None
        position = _find(self._entries, key)
        return None if position is None else _row(self._entries[position][1])

    def set_search_text(self, text: str) -> None:
        """Show only the rows containing ``text`` (case- and accent-insensitive); empty shows all.

        Selections on rows that still match are kept (a layout change, not a reset).
        """
        needle = search_needle(text)
        if needle == self._needle:
            return
        self._relayout(lambda: self._set_needle(needle))

    def search_text(self) -> str:
        """The current (normalised) search text."""
        return self._needle

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Hot path: a repaint asks ~10 roles per visible cell, so unneeded roles leave first
        # and roles are compared as plain ints (PySide enum comparisons are slow).
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        r = index.row()
        row = _row(self._shown[len(self._shown) - 1 - r if self._descending else r][1])
        column = index.column()
        if column >= FIRST_HEALTH_COLUMN or role == _HEALTH:
            return self._health_data(row, column, role)
        if role == _DISPLAY:
            return _display(row, column)
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == _TOOLTIP and column == Column.BOOKING_URL:
            return row.booking_url
        if role == _TOOLTIP and column == Column.NAME:
            health = self._health.get(row.id)
            return health_columns.tooltip(health) if health and health.needs_attention else None
        if role == _ALIGN and column == Column.MEETING_TYPES:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section >= FIRST_HEALTH_COLUMN:
                cell = health_columns.HealthCell(section - FIRST_HEALTH_COLUMN)
                return health_columns.header_tooltip(cell)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by ``column`` with precomputed keys; remembered for later loads."""
        self._relayout(lambda: self._resort(column, order == Qt.SortOrder.DescendingOrder))

    # -- internals --------------------------------------------------------------------------

    def _entry(self, row: AccountRow, seq: int) -> _Entry:
        return (self._rank_of(row, self._sort_column, seq), _fields(row))

    def _text(self, fields: _Fields) -> str:
        """The search text of one row's fields (kept while the account's values stay)."""
        cached = self._texts_of.get(fields[0])
        if cached is not None and (cached[0] is fields or cached[0] == fields):
            return cached[1]
        text = _haystack(fields)
        self._texts_of[fields[0]] = (fields, text)
        return text

    def _warm_search_texts(self) -> None:
        # A slice of the search texts per idle pass, so the first keystroke finds them made.
        entries = self._entries
        start = self._warm_position
        end = min(start + _WARM_CHUNK, len(entries))
        text = self._text
        for entry in entries[start:end]:
            text(entry[1])
        self._warm_position = end
        if end >= len(entries):
            self._warm_timer.stop()
            self._search_texts()  # and the joined index, the last step of a first search

    def _view_row(self, position: int) -> int:
        # Model row <-> position in the shown list (the same mapping both ways).
        return len(self._shown) - 1 - position if self._descending else position

    def _matching(self, needle: str) -> list[_Entry]:
        # Case-folded substring search over every account, in C where possible. Rare needles:
        # str.find over all search texts joined skips non-matching rows without a Python step
        # per row. Common ones (a first letter matches nearly every row): one C-level map of
        # ``in`` over the texts, which stops early in each row. A spread sample of the rows
        # tells which (the rows' sort order clusters matches, so a prefix would mislead).
        entries = self._entries
        if not needle:
            return entries
        texts, blob, starts = self._search_texts()
        sample = texts[:: max(1, len(texts) // _SAMPLE)]
        if sum(map(contains, sample, repeat(needle))) * _COMMON > len(sample):
            return list(compress(entries, map(contains, texts, repeat(needle))))
        found: list[_Entry] = []
        position = blob.find(needle)
        while position >= 0:
            i = bisect_right(starts, position) - 1
            found.append(entries[i])
            position = blob.find(needle, starts[i + 1])
        return found

    def _search_texts(self) -> tuple[list[str], str, list[int]]:
        """(search texts in entry order, joined by newlines, start offset of each)."""
        if self._search_index is None:
            text = self._text
            texts = [text(entry[1]) for entry in self._entries]
            starts = list(accumulate(map(len, texts), lambda a, n: a + n + 1, initial=0))
            self._search_index = (texts, "\n".join(texts), starts)
        return self._search_index

    def _merge(self, rows: Sequence[AccountRow]) -> None:
        # Inside a layout change: the lists change silently; views relayout afterwards.
        self._search_index = None
        entries = self._entries
        filtered = self._shown is not entries
        added: dict[str, _Entry] = {}
        gone: set[_Key] = set()
        for row in rows:
            old_key = self._keys.get(row.id)
            if row.id in added:  # listed twice in one page: the later values win
                new = self._entry(row, _seq(added[row.id][0]))
            elif old_key is None:
                new = self._entry(row, self._next_seq)
                self._next_seq += 1
            else:
                old = entries[_at(entries, old_key)]
                if old[1] == _fields(row):
                    continue
                new = self._entry(row, _seq(old_key))
                gone.add(old_key)
            added[row.id] = new
        shown = self._shown
        for key in gone:  # changed rows leave their old place, then are sorted in anew
            del entries[_at(entries, key)]
            if filtered and (found := _find(shown, key)) is not None:
                del shown[found]
        for account_id, entry in added.items():
            self._keys[account_id] = entry[0]
        additions = sorted(added.values())
        self._entries = _merged(entries, additions)
        if filtered:
            self._shown = _merged(shown, [e for e in additions if self._accepts(e)])
        else:
            self._shown = self._entries

    def _add(self, entry: _Entry) -> None:
        self._search_index = None
        self._keys[entry[1][0]] = entry[0]
        shown = self._shown
        if shown is not self._entries:
            self._entries.insert(bisect_left(self._entries, entry), entry)
            if not self._accepts(entry):
                return
        position = bisect_left(shown, entry)
        row = len(shown) - position if self._descending else position
        self.beginInsertRows(QModelIndex(), row, row)
        shown.insert(position, entry)
        self.endInsertRows()

    def _discard(self, key: _Key) -> None:
        self._search_index = None
        entry = self._entries[_at(self._entries, key)]
        del self._keys[entry[1][0]]
        self._texts_of.pop(entry[1][0], None)
        shown = self._shown
        if shown is not self._entries:
            del self._entries[_at(self._entries, key)]
        position = _find(shown, key)
        if position is None:
            return
        row = self._view_row(position)
        self.beginRemoveRows(QModelIndex(), row, row)
        del shown[position]
        self.endRemoveRows()

    def _replace(self, old: _Entry, new: _Entry) -> None:
        # ``new`` is shown exactly when ``old`` was: update in place or move the row.
        self._search_index = None
        self._keys[new[1][0]] = new[0]
        shown = self._shown
        if shown is not self._entries:
            entries = self._entries
            del entries[_at(entries, old[0])]
            entries.insert(bisect_left(entries, new), new)
        position = _find(shown, old[0])
        if position is None:
            return
        source = self._view_row(position)
        del shown[position]
        target = bisect_left(shown, new)
        shown.insert(target, new)
        if target == position:
            self.dataChanged.emit(self.index(source, 0), self.index(source, len(Column) - 1))
            return
        # Put the list back for the signals: Qt reads the old layout between begin and end.
        del shown[target]
        shown.insert(position, old)
        final = self._view_row(target)
        destination = final if final < source else final + 1
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        del shown[position]
        shown.insert(target, new)
        self.endMoveRows()
        self.dataChanged.emit(self.index(final, 0), self.index(final, len(Column) - 1))

    def _relayout(self, change: Callable[[], None]) -> None:
        # A layout change (not a reset) so selections follow their rows or drop out cleanly.
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._shown[self._view_row(i.row())][1][0] for i in persistent]
        change()
        moved = []
        for account_id, old in zip(ids, persistent, strict=True):
            position = _find(self._shown, self._keys[account_id])
            moved.append(
                QModelIndex()
                if position is None
                else self.index(self._view_row(position), old.column())
            )
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _set_needle(self, needle: str) -> None:
        self._needle = needle
        self._shown = self._visible(needle)

    def _resort(self, column: int, descending: bool) -> None:
        self._sort_column = column
        self._descending = descending
        with _collector_paused():
            self._take(
                [(self._rank_of(_row(row), column, _seq(key)), row) for key, row in self._entries]
            )

    def _take(self, entries: list[_Entry]) -> None:
        entries.sort()
        self._entries = entries
        self._keys = dict(
            zip(map(_ID, map(_FIELDS_OF, entries)), map(_KEY_OF, entries), strict=True)
        )
        self._search_index = None
        self._shown = self._visible(self._needle)

    # -- health (console.health) --------------------------------------------------------------

    def set_health(self, health: Mapping[str, AccountHealth], *, replace: bool = False) -> None:
        """Show these accounts' health (``replace``: forget every other account's first).

        The health columns, the name column's badge and tooltip repaint; while the table is
        sorted by a health column or the "Needs attention" filter is on, rows move to match.
        """
        if replace:
            self._health = dict(health)
        else:
            self._health.update(health)
        if self._sort_column >= FIRST_HEALTH_COLUMN or self._health_filter is not None:
            self._relayout(self._rehealth)
        elif self._shown:
            last = self.index(len(self._shown) - 1, COLUMN_COUNT - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def health(self, account_id: str) -> AccountHealth | None:
        """The health shown for ``account_id`` (None: not known yet)."""
        return self._health.get(account_id)

    def set_health_filter(self, wanted: str | HealthKind | None) -> None:
        """Show only accounts needing attention (:data:`NEEDS_ATTENTION`), only those with one
        kind of problem (a :class:`~console.health.model.HealthKind`), or all (None)."""
        value = None if wanted is None else str(wanted)
        if value == self._health_filter:
            return
        self._health_filter = value
        self._relayout(self._rehealth)

    def health_filter(self) -> str | None:
        return self._health_filter

    def _rehealth(self) -> None:
        if self._sort_column >= FIRST_HEALTH_COLUMN:
            self._resort(self._sort_column, self._descending)
        else:
            self._shown = self._visible(self._needle)

    def _health_data(self, row: AccountRow, column: int, role: int) -> Any:
        health = self._health.get(row.id)
        if role == _HEALTH:
            return health
        if role == SORT_ROLE:
            cell = health_columns.HealthCell(column - FIRST_HEALTH_COLUMN)
            return health_columns.sort_key(health, cell)
        if role in (_DISPLAY, _TOOLTIP, _DECORATION):
            cell = health_columns.HealthCell(column - FIRST_HEALTH_COLUMN)
            return health_columns.cell(health, cell, role)
        return None

    def _rank_of(self, row: AccountRow, column: int, seq: int) -> str:
        if column < FIRST_HEALTH_COLUMN:
            return _rank(row, column, seq)
        cell = health_columns.HealthCell(column - FIRST_HEALTH_COLUMN)
        return f"{health_columns.sort_key(self._health.get(row.id), cell)}\x00{seq:010d}"

    def _accepts(self, entry: _Entry) -> bool:
        """Whether ``entry`` is shown under the search and the health filter."""
        return self._needle in self._text(entry[1]) and self._health_ok(entry[1][0])

    def _health_ok(self, account_id: str) -> bool:
        wanted = self._health_filter
        if wanted is None:
            return True
        health = self._health.get(account_id)
        if health is None:
            return False
        if wanted == NEEDS_ATTENTION:
            return health.needs_attention
        return any(str(kind) == wanted for kind in health.problems)

    def _visible(self, needle: str) -> list[_Entry]:
        found = self._matching(needle)
        if self._health_filter is None:
            return found
        return [e for e in found if self._health_ok(e[1][0])]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while 100,000 rows' tuples are made.

    Each burst of allocations would otherwise trigger collections that walk every tracked
    object, doubling the time of a full load (the rows hold no cycles to find).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _merged(entries: list[_Entry], additions: list[_Entry]) -> list[_Entry]:
    """``entries`` with the sorted ``additions`` sorted in (no key in both lists).

    One new list copied slice by slice: O(n) pointer copies in C, against a memmove of the
    list's tail per ``list.insert`` (the bisections are O(page · log n) comparisons).
    """
    if not additions:
        return entries
    out: list[_Entry] = []
    start = 0
    for entry in additions:
        cut = bisect_left(entries, entry, start)
        out += entries[start:cut]
        out.append(entry)
        start = cut
    out += entries[start:]
    return out


def _at(entries: list[_Entry], key: _Key) -> int:
    """Position of the entry with ``key``, which is in the list."""
    return bisect_left(entries, (key,))


def _find(entries: list[_Entry], key: _Key) -> int | None:
    """Position of the entry with ``key`` in a key-ordered list, if it is there."""
    position = bisect_left(entries, (key,))
    if position < len(entries) and entries[position][0] == key:
        return position
    return None


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
    return _natural(_display(row, column).casefold())


_DIGITS = "0123456789"
_DIGIT_RUN = re.compile(r"\d+")
_HAS_DIGIT = re.compile(r"\d").search
# A run of n digits sorts after the mark chr(1 + n): shorter numbers first, so "fritz2" sorts
# before "fritz10", and a name without a number before the same name with one. The marks are
# below every printable character and above the "\x00" that ends a key's text.
_RUN_MARK = ["", *(chr(1 + n) for n in range(1, 32))]


def _mark_run(match: re.Match[str]) -> str:
    digits = match[0]
    return f"{_RUN_MARK[min(len(digits), 31)]}{digits}"


def _natural(text: str) -> str:
    """``text`` (case-folded) as a natural sort key: each run of digits prefixed by its length."""
    stem = text.rstrip(_DIGITS)
    if _HAS_DIGIT(stem) is not None:
        return _DIGIT_RUN.sub(_mark_run, text)
    if len(stem) == len(text):
        return text
    return f"{stem}{_RUN_MARK[min(len(text) - len(stem), 31)]}{text[len(stem) :]}"


def _rank(row: AccountRow, column: int, seq: int) -> str:
    """The sort key of ``row``: one string ordered like (column key, seq), unique per account.

    One string compares and bisects faster, and takes less memory, than a tuple of both.
    """
    if column < 0:
        return f"{seq:010d}"
    if column == Column.MEETING_TYPES:
        primary = f"{row.meeting_type_count:010d}"
    elif column == Column.CREATED:
        primary = row.created_at.isoformat() if row.created_at else ""
    else:
        primary = _natural(_display(row, column).casefold())
    return f"{primary}\x00{seq:010d}"


def _seq(key: str) -> int:
    return int(key[-10:])


def _entries_of(rows: Iterable[AccountRow], column: int) -> list[_Entry]:
    """The entries of many rows, numbered from 0: what ``_entry`` makes, with its work done a
    column at a time for the name column the table opens with (a full load spends most of its
    time here): the names are case-folded as one string, and names that end in their only
    number (the usual case) get their natural key from slices rather than a regular expression.
    """
    if column != Column.NAME:
        return [(_rank(r, column, seq), _fields(r)) for seq, r in enumerate(rows)]
    fields = list(map(_fields, rows))
    # "given family" without the outer spaces; the e-mail for an account without a name.
    names = list(map(str.strip, map(" ".join, map(_NAME_PARTS, fields))))
    if "" in names:
        names = [name or f[1] for name, f in zip(names, fields, strict=True)]
    folded = "\x00".join(names).casefold().split("\x00")
    if len(folded) != len(names):  # a name holding "\x00": fold them one by one
        folded = [name.casefold() for name in names]
    stems = list(map(str.rstrip, folded, repeat(_DIGITS)))
    if _HAS_DIGIT("\x00".join(stems)) is None:
        mark = _RUN_MARK
        keys = [
            f"{stem}{mark[min(len(name) - len(stem), 31)]}{name[len(stem) :]}\x00{seq:010d}"
            for seq, (stem, name) in enumerate(zip(stems, folded, strict=True))
        ]
    else:
        keys = [f"{_natural(name)}\x00{seq:010d}" for seq, name in enumerate(folded)]
    return list(zip(keys, fields, strict=True))


def _haystack(fields: _Fields) -> str:
    """The search text of a row's fields: name, e-mail, slug, time zone and the booking URL's
    path (its host is the same for every account: it would only lengthen every scan)."""
    given, family, email, slug, url = fields[2], fields[3], fields[1], fields[4], fields[7]
    name = f"{given} {family}".strip() or email
    _scheme, _slashes, rest = url.partition("//")
    path = rest.partition("/")[2] if _slashes else url
    if path == slug:
        path = ""
    return search_key(f"{name}\n{email}\n{slug}\n{fields[5]}\n{path}")


class AccountsFilterModel(QIdentityProxyModel):
    """The view of :class:`AccountsModel` the table and the account list attach to.

    Search and sort are done by the source model (see the module notes for why); this proxy
    passes them on, and Qt's C++ identity mapping adds no per-row Python calls.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def setSourceModel(self, model: Any) -> None:
        """Attach the source; the current search text is applied to it."""
        super().setSourceModel(model)
        if isinstance(model, AccountsModel):
            model.set_search_text(self._needle)

    def set_search_text(self, text: str) -> None:
        """Filter to the rows containing ``text`` (case- and accent-insensitive); empty: all."""
        self._needle = search_needle(text)
        source = self.sourceModel()
        if isinstance(source, AccountsModel):
            source.set_search_text(self._needle)

    def search_text(self) -> str:
        """The current (normalised) search text."""
        return self._needle

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source model (fast, key-based)."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
