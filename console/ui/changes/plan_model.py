"""The plan of a change set as a tree: accounts, (their operations,) the fields that change.

Shape::

    anna@kanzlei.example (2 changes)             done
        meetingInfo.duration   − 30        + 45
        meetingInfo.bufferAfter  − 0       + 10
    ben@kanzlei.example (2 changes)              failed: Internal Server Error
        Meeting type 71aa          …               (one row per operation when an account has more)
            meetingInfo.duration …
    Unchanged (3 accounts)                       unchanged   (collapsed)
        cleo@kanzlei.example                     unchanged

The removed value is shown red-ish and struck through with a "−" prefix, the new one green-ish
with "+": the prefix carries the meaning for readers who do not see the colours, and the
accessible text says "Before: …" / "After: …". A conflict adds the value found on the server in
the "Now on server" column. Operations are looked up by id on every paint, so an apply event
updates a row in place (:meth:`PlanModel.update_operation`) without losing what is expanded.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from console.jobs.model import MISSING, ChangeSet, Operation, OpStatus, ResourceKind
from console.ui.changes.texts import (
    count_texts,
    format_value,
    resource_text,
    shorten,
    status_detail,
    status_text,
)
from console.ui.field_labels import field_label, field_tooltip

_Index = QModelIndex | QPersistentModelIndex

# Which status an account shows when its operations differ: what needs attention first.
_PRECEDENCE = (
    OpStatus.IN_FLIGHT,
    OpStatus.FAILED,
    OpStatus.CONFLICT,
    OpStatus.PENDING,
    OpStatus.SKIPPED,
    OpStatus.DONE,
    OpStatus.UNCHANGED,
)

# Roles tests and delegates read.
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's NodeKind
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # OpStatus of an account / operation row
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # account id of any row below an account


class Column(enum.IntEnum):
    ITEM = 0
    BEFORE = 1
    NOW = 2
    AFTER = 3
    STATUS = 4


class NodeKind(enum.Enum):
    ACCOUNT = "account"
    OPERATION = "operation"
    FIELD = "field"
    DELETION = "deletion"  # an operation that deletes what an earlier change set created
    UNCHANGED_GROUP = "unchanged"


@dataclass
class _Node:
    kind: NodeKind
    parent: int  # node id of the parent; -1 for top-level rows
    row: int  # position among the parent's children
    account_id: str = ""
    label: str = ""
    op_ids: list[str] = field(default_factory=list)  # the operations an account/op row covers
    field_name: str = ""
    children: list[int] = field(default_factory=list)


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ChangesPanel", "Account / field"),
        QCoreApplication.translate("ChangesPanel", "Before"),
        QCoreApplication.translate("ChangesPanel", "Now on server"),
        QCoreApplication.translate("ChangesPanel", "After"),
        QCoreApplication.translate("ChangesPanel", "Status"),
    ]


@dataclass(frozen=True)
class DiffColours:
    """Foregrounds for removed / added / found-now values and the operation states."""

    removed: QColor
    added: QColor
    now: QColor
    running: QColor

    @classmethod
    def for_palette(cls, palette: QPalette) -> DiffColours:
        # A dark base needs light text colours; the light ones keep ≥ 4.5:1 on white.
        if palette.color(QPalette.ColorRole.Base).lightness() < 128:
            return cls(QColor("#ff8a8a"), QColor("#6fdc8c"), QColor("#ffd166"), QColor("#8ec5ff"))
        return cls(QColor("#b02a37"), QColor("#146c43"), QColor("#8a5300"), QColor("#0a58ca"))


def _is_deletion(op: Operation) -> bool:
    return op.request is not None and op.request.method.upper() == "DELETE"


class PlanModel(QAbstractItemModel):
    """Tree model over one :class:`ChangeSet` (no signals of its own beyond Qt's)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []
        self._ops: dict[str, Operation] = {}
        self._op_node: dict[str, int] = {}  # operation id -> the row showing its status
        self._account_node: dict[str, int] = {}
        self.change_set: ChangeSet | None = None
        self._headers = _headers()
        self.colours = DiffColours.for_palette(QGuiApplication.palette())

    # -- public API -------------------------------------------------------------------------

    def set_change_set(self, change_set: ChangeSet | None) -> None:
        """Show ``change_set`` (None: empty)."""
        self.beginResetModel()
        self.change_set = change_set
        self.colours = DiffColours.for_palette(QGuiApplication.palette())
        self._build(change_set)
        self.endResetModel()

    def update_operation(self, op: Operation) -> None:
        """An operation's state changed (an apply event): repaint its rows in place."""
        if op.id not in self._ops:
            return
        self._ops[op.id] = op
        if self.change_set is not None:
            self.change_set.operations[:] = [
                op if o.id == op.id else o for o in self.change_set.operations
            ]
        # The account row covers its operation rows and field rows (and its status changes).
        self._changed(self._account_node[op.account_id])
        group = self._nodes[self._account_node[op.account_id]].parent
        if group >= 0:
            self._changed(group)

    def operation(self, op_id: str) -> Operation | None:
        return self._ops.get(op_id)

    def account_index(self, account_id: str) -> QModelIndex:
        """The index of ``account_id``'s row (invalid when it is not in the plan)."""
        node_id = self._account_node.get(account_id)
        return self._index_of(node_id) if node_id is not None else QModelIndex()

    def unchanged_index(self) -> QModelIndex:
        """The "Unchanged (n accounts)" row, if there is one."""
        for node_id in self._top:
            if self._nodes[node_id].kind is NodeKind.UNCHANGED_GROUP:
                return self._index_of(node_id)
        return QModelIndex()

    def has_conflicts(self) -> bool:
        """Whether any operation holds the three values of a conflict."""
        return any(op.conflicts for op in self._ops.values())

    def account_status(self, account_id: str) -> OpStatus | None:
        node_id = self._account_node.get(account_id)
        return self._status(self._nodes[node_id]) if node_id is not None else None

    # -- building ---------------------------------------------------------------------------

    def _build(self, change_set: ChangeSet | None) -> None:
        self._nodes, self._top, self._ops = [], [], {}
        self._op_node, self._account_node = {}, {}
        if change_set is None:
            return
        by_account: dict[str, list[Operation]] = {}
        labels: dict[str, str] = {}
        for op in sorted(change_set.operations, key=lambda o: o.index):
            self._ops[op.id] = op
            by_account.setdefault(op.account_id, []).append(op)
            labels.setdefault(op.account_id, op.account_label or op.account_id)
        unchanged = [a for a, ops in by_account.items() if _all_unchanged(ops)]
        for account_id, ops in by_account.items():
            if account_id in unchanged:
                continue
            account = self._add(
                NodeKind.ACCOUNT, -1, account_id=account_id, label=labels[account_id]
            )
            self._nodes[account].op_ids = [o.id for o in ops]
            self._account_node[account_id] = account
            for op in ops:
                if len(ops) == 1:
                    self._op_node[op.id] = account
                    self._add_fields(account, op)
                    continue
                row = self._add(NodeKind.OPERATION, account, account_id=account_id)
                self._nodes[row].op_ids = [op.id]
                self._op_node[op.id] = row
                self._add_fields(row, op)
        if unchanged:
            group = self._add(NodeKind.UNCHANGED_GROUP, -1)
            for account_id in unchanged:
                ops = by_account[account_id]
                node = self._add(
                    NodeKind.ACCOUNT, group, account_id=account_id, label=labels[account_id]
                )
                self._nodes[node].op_ids = [o.id for o in ops]
                self._account_node[account_id] = node
                for op in ops:
                    self._op_node[op.id] = node
            self._nodes[group].op_ids = [
                i for a in unchanged for i in self._nodes[self._account_node[a]].op_ids
            ]

    def _add_fields(self, parent: int, op: Operation) -> None:
        if _is_deletion(op):
            self._add(NodeKind.DELETION, parent, account_id=op.account_id, op_ids=[op.id])
            return
        for diff in op.diffs():
            self._add(
                NodeKind.FIELD,
                parent,
                account_id=op.account_id,
                op_ids=[op.id],
                field_name=diff.field,
            )

    def _add(self, kind: NodeKind, parent: int, **values: Any) -> int:
        siblings = self._top if parent < 0 else self._nodes[parent].children
        node_id = len(self._nodes)
        self._nodes.append(_Node(kind, parent, len(siblings), **values))
        siblings.append(node_id)
        return node_id

    # -- Qt model interface -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._top if not parent.isValid() else self._nodes[parent.internalId()].children
        if not 0 <= row < len(siblings) or not 0 <= column < len(Column):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent = self._nodes[child.internalId()].parent
        return QModelIndex() if parent < 0 else self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        column = Column(index.column())
        if role == KIND_ROLE:
            return node.kind
        if role == ACCOUNT_ROLE:
            return node.account_id or None
        if role == STATUS_ROLE:
            return self._status(node)
        if node.kind in (NodeKind.FIELD, NodeKind.DELETION):
            return self._value_data(node, column, role)
        return self._row_data(node, column, role)

    # -- cells ------------------------------------------------------------------------------

    def _row_data(self, node: _Node, column: Column, role: int) -> Any:
        status = self._status(node)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.ITEM:
                return self._title(node)
            if column is Column.STATUS and status is not None:
                text = self._status_text(node, status)
                return text if role == Qt.ItemDataRole.AccessibleTextRole else shorten(text)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.STATUS and status is not None:
            return self._status_text(node, status)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            colour = (
                {
                    OpStatus.DONE: self.colours.added,
                    OpStatus.FAILED: self.colours.removed,
                    OpStatus.CONFLICT: self.colours.now,
                    OpStatus.IN_FLIGHT: self.colours.running,
                }.get(status)
                if status is not None
                else None
            )
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.ACCOUNT and node.parent < 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _value_data(self, node: _Node, column: Column, role: int) -> Any:
        op = self._ops[node.op_ids[0]]
        before: Any
        now: Any
        after: Any
        if node.kind is NodeKind.DELETION:
            before, now, after = op.resource_id or "", MISSING, MISSING
            name = QCoreApplication.translate("ChangesPanel", "delete {resource}").format(
                resource=resource_text(op.resource)
            )
        else:
            diff = next((d for d in op.diffs() if d.field == node.field_name), None)
            before = diff.before if diff is not None else MISSING
            after = diff.after if diff is not None else MISSING
            found = next((c for c in op.conflicts if c.field == node.field_name), None)
            now = found.now if found is not None else MISSING
            name = field_label(node.field_name)
        value = {Column.BEFORE: before, Column.NOW: now, Column.AFTER: after}.get(column, MISSING)
        text = format_value(value, node.field_name)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.ITEM:
                return name
            if not text:
                return ""
            prefix = {Column.BEFORE: "− ", Column.AFTER: "+ ", Column.NOW: "≠ "}.get(column, "")
            return prefix + shorten(text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column is Column.ITEM:
                return name
            if not text:
                return ""
            label = {
                Column.BEFORE: QCoreApplication.translate("ChangesPanel", "Before: {value}"),
                Column.NOW: QCoreApplication.translate("ChangesPanel", "Now on server: {value}"),
                Column.AFTER: QCoreApplication.translate("ChangesPanel", "After: {value}"),
            }.get(column)
            return label.format(value=text) if label else ""
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.ITEM and node.field_name:
            return field_tooltip(node.field_name)
        if role == Qt.ItemDataRole.ToolTipRole and text and column is not Column.ITEM:
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = {
                Column.BEFORE: self.colours.removed,
                Column.NOW: self.colours.now,
                Column.AFTER: self.colours.added,
            }.get(column)
            return QBrush(colour) if colour is not None and text else None
        if role == Qt.ItemDataRole.FontRole and column is Column.BEFORE and text:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _title(self, node: _Node) -> str:
        if node.kind is NodeKind.UNCHANGED_GROUP:
            return count_texts().unchanged_group(len(node.children))
        if node.kind is NodeKind.OPERATION:
            op = self._ops[node.op_ids[0]]
            what = resource_text(op.resource)
            if op.resource is ResourceKind.APPOINTMENT and op.before.get("client"):
                # A booking is known by its client and time, not by its id.
                return f"{what} {op.before['client']}{_local_start(op.before.get('start'))}"
            return (
                f"{what} {op.resource_id}"
                if op.resource_id
                else QCoreApplication.translate("ChangesPanel", "New {resource}").format(
                    resource=what.lower()
                )
            )
        changes = sum(
            1 if _is_deletion(self._ops[i]) else len(self._ops[i].diffs()) for i in node.op_ids
        )
        if node.parent >= 0 and self._nodes[node.parent].kind is NodeKind.UNCHANGED_GROUP:
            return node.label
        return count_texts().account_changes(changes).format(account=node.label)

    def _status(self, node: _Node) -> OpStatus | None:
        if node.kind in (NodeKind.FIELD, NodeKind.DELETION) or not node.op_ids:
            return None
        statuses = {self._ops[i].status for i in node.op_ids}
        return next(s for s in _PRECEDENCE if s in statuses)

    def _status_text(self, node: _Node, status: OpStatus) -> str:
        if node.kind is NodeKind.UNCHANGED_GROUP:
            return status_text(status)
        # The reason of the operation that gave the account its status.
        for op_id in node.op_ids:
            op = self._ops[op_id]
            if op.status is status:
                return status_detail(status, op.error)
        return status_text(status)

    # -- helpers ----------------------------------------------------------------------------

    def _index_of(self, node_id: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._nodes[node_id].row, column, node_id)

    def _changed(self, node_id: int) -> None:
        self.dataChanged.emit(self._index_of(node_id), self._index_of(node_id, len(Column) - 1))
        for child in self._nodes[node_id].children:
            self._changed(child)


def _all_unchanged(ops: list[Operation]) -> bool:
    return all(op.status is OpStatus.UNCHANGED for op in ops)


__all__ = [
    "ACCOUNT_ROLE",
    "KIND_ROLE",
    "STATUS_ROLE",
    "Column",
    "DiffColours",
    "NodeKind",
    "PlanModel",
]


def _local_start(value: object) -> str:
    """ ", 2026-12-03 10:00" for a booking's ISO start, in the viewer's zone ("" without)."""
    from datetime import datetime

    if not isinstance(value, str) or not value:
        return ""
    try:
        start = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return f", {start.astimezone():%Y-%m-%d %H:%M}"
