"""The fleet table's "Show" box: all accounts, those needing attention, or one kind of problem."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from console.health.model import HealthKind
from console.ui.accounts.health_columns import kind_label
from console.ui.accounts.model import NEEDS_ATTENTION


class HealthFilterBox(QComboBox):
    """Chooses the health filter of the accounts model.

    Signals:
        filter_chosen(object): None (all accounts), ``NEEDS_ATTENTION``, or a
            :class:`~console.health.model.HealthKind` value.
    """

    filter_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Show accounts"))
        self.setToolTip(self.tr("Show all accounts, or only those the health check flagged"))
        self.addItem(self.tr("All accounts"), None)
        self.addItem(self.tr("Needs attention"), NEEDS_ATTENTION)
        for kind in HealthKind:
            self.addItem(kind_label(kind), str(kind))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._on_current_index_changed)

    def choose(self, wanted: str | None) -> None:
        """Pick the entry of ``wanted`` (as the user would)."""
        index = self.findData(wanted)
        if index >= 0:
            self.setCurrentIndex(index)

    def _on_current_index_changed(self, index: int) -> None:
        self.filter_chosen.emit(self.itemData(index))
