"""The left pane's account list: name over e-mail and a dot for unsaved edits."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from console.health.model import AccountHealth
from console.ui.accounts.health_badge import BADGE, paint_health_badge
from console.ui.accounts.model import HEALTH_ROLE, ROW_ROLE, AccountRow, Column
from console.ui.unsaved import UnsavedEdits

_Index = QModelIndex | QPersistentModelIndex
# Room for the unsaved-edits dot at the right edge of a row.
_DOT = 8
_PAD = 6


class AccountLinesDelegate(QStyledItemDelegate):
    """Paints an account as two lines, name over e-mail, a dot when it has unsaved edits and
    its health badge when it needs attention (the model's HEALTH_ROLE).

    Two lines because names repeat in a fleet (two "Anna Albrecht" at different clients); the
    e-mail tells them apart. No signals.
    """

    def __init__(self, unsaved: UnsavedEdits | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved = unsaved

    @staticmethod
    def lines(index: _Index) -> tuple[str, str]:
        """The two lines of ``index``: the name, and the e-mail (empty when it is the name)."""
        row = index.data(ROW_ROLE)
        if not isinstance(row, AccountRow):
            return (str(index.data() or ""), "")
        return (row.name, row.email if row.email != row.name else "")

    def marked(self, index: _Index) -> bool:
        """Whether the row of ``index`` shows the unsaved-edits dot."""
        row = index.data(ROW_ROLE)
        return self.unsaved is not None and isinstance(row, AccountRow) and self.unsaved.has(row.id)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, 2 * height + _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        first, second = self.lines(index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        metrics = opt.fontMetrics
        line = metrics.height()
        marked = self.marked(index)
        health = index.data(HEALTH_ROLE)
        flagged = isinstance(health, AccountHealth) and health.needs_attention
        badge = BADGE + _PAD if flagged else 0
        width = rect.width() - 2 * _PAD - (_DOT + _PAD if marked else 0)
        # The badge sits at the end of the name's line; the e-mail line keeps its width.
        name_width = width - badge
        painter.save()
        painter.setPen(palette.color(text_role))
        top = rect.top() + _PAD // 2
        painter.drawText(
            QRect(rect.left() + _PAD, top, name_width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(first, Qt.TextElideMode.ElideRight, name_width),
        )
        if second:
            dim = palette.color(text_role)
            if not selected:
                dim = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(dim)
            painter.drawText(
                QRect(rect.left() + _PAD, top + line, width, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(second, Qt.TextElideMode.ElideMiddle, width),
            )
        if marked:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                palette.color(QPalette.ColorRole.Highlight if not selected else text_role)
            )
            painter.drawEllipse(
                rect.right() - _PAD - _DOT, rect.center().y() - _DOT // 2, _DOT, _DOT
            )
        painter.restore()
        if flagged:
            assert isinstance(health, AccountHealth)
            right = rect.right() - (_DOT + _PAD if marked else 0)
            paint_health_badge(painter, QRect(rect.left(), top, right - rect.left(), line), health)


class AccountNameList(QTableView):
    """The accounts over the shared accounts proxy, two lines each (no signals of its own).

    A table view, not a ``QListView``: a list view lays out every row after each change of its
    model — one Python ``index()`` call per row, 0.3 s at 100,000 accounts, on every page of a
    refresh — while a table with fixed row heights only looks at the rows on screen.

    ``unsaved`` (the connection's :class:`UnsavedEdits`) marks accounts with unsaved edits; the
    list repaints when it changes, and :meth:`set_unsaved` follows a new connection.
    """

    def __init__(self, unsaved: UnsavedEdits | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unsaved: UnsavedEdits | None = None
        self._delegate = AccountLinesDelegate(None, self)
        self.setItemDelegate(self._delegate)
        self.horizontalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + _PAD)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_unsaved(unsaved)

    def delegate(self) -> AccountLinesDelegate:
        """The delegate that draws the rows (tests read its lines and marks)."""
        return self._delegate

    def set_unsaved(self, unsaved: UnsavedEdits | None) -> None:
        """Mark the accounts ``unsaved`` holds (the connection changed); None marks none."""
        if self._unsaved is not None:
            try:
                self._unsaved.changed.disconnect(self._on_unsaved_changed)
            except RuntimeError:  # already deleted with its connection
                pass
        self._unsaved = unsaved
        self._delegate.unsaved = unsaved
        if unsaved is not None:
            unsaved.changed.connect(self._on_unsaved_changed)
        self.viewport().update()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``'s name column only."""
        super().setModel(model)
        if model is not None:
            for column in range(model.columnCount()):
                self.setColumnHidden(column, column != Column.NAME)

    def _on_unsaved_changed(self, account_id: str) -> None:
        self.viewport().update()
