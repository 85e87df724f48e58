"""The left pane's list of account names: one column of the fleet table, drawn as a list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.ui.accounts.health_badge import HealthBadgeDelegate
from console.ui.accounts.model import Column


class AccountNameList(QTableView):
    """A list of the accounts' names over the shared accounts proxy (no signals of its own).

    A table view, not a ``QListView``: a list view lays out every row after each change of its
    model — one Python ``index()`` call per row, 0.3 s at 100,000 accounts, on every page of a
    refresh — while a table with fixed row heights only looks at the rows on screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The health badge (the model's HEALTH_ROLE) is painted after the name.
        self.setItemDelegate(HealthBadgeDelegate(self))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``'s name column only."""
        super().setModel(model)
        if model is not None:
            for column in range(model.columnCount()):
                self.setColumnHidden(column, column != Column.NAME)
