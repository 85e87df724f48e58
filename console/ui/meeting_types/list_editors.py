"""List fields of a meeting type as lists, not comma-separated text: the channels also offered
(``meetingOptions.allowedChannels``) as a check list with readable names, and the addresses of
an in-person meeting (``locations``) as a list whose entries are edited in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.meeting_types import CHANNEL_LABELS
from console.ui.meeting_types.model import channel_text

_CHANNEL = Qt.ItemDataRole.UserRole


class ChannelChecklist(QListWidget):
    """Every channel of the current enum with a check box; a value the enum no longer has
    (a deprecated channel still set on the server) is listed too, so it is not lost.

    Signals:
        edited(): the user ticked or cleared a channel (not :meth:`set_channels`).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        for channel in CHANNEL_LABELS:
            self._add(channel)
        self.itemChanged.connect(self._on_item_changed)

    def _add(self, channel: str) -> QListWidgetItem:
        item = QListWidgetItem(channel_text(channel))
        item.setData(_CHANNEL, channel)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.addItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.item(row) for row in range(self.count())]

    def set_channels(self, channels: Sequence[str]) -> None:
        """Tick exactly ``channels``."""
        self._loading = True
        try:
            known = {str(item.data(_CHANNEL)) for item in self._items()}
            for channel in channels:
                if channel not in known:
                    self._add(channel)
                    known.add(channel)
            wanted = set(channels)
            for item in self._items():
                on = str(item.data(_CHANNEL)) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._loading = False

    def channels(self) -> list[str]:
        """The ticked channels, in the list's order."""
        return [
            str(item.data(_CHANNEL))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, channel: str, checked: bool) -> None:
        """Tick or clear ``channel`` as the user would (emits ``edited``)."""
        for item in self._items():
            if item.data(_CHANNEL) == channel:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()


class LocationsEditor(QWidget):
    """The addresses offered for an in-person meeting, one entry each.

    Signals:
        edited(): an entry was added, changed or removed by the user.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.list = QListWidget()
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Add address"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_entry())
        self.remove_button.clicked.connect(self.remove_current)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _new_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def set_locations(self, locations: Sequence[str]) -> None:
        self._loading = True
        try:
            self.list.clear()
            for text in locations:
                self.list.addItem(self._new_item(text))
        finally:
            self._loading = False
        self._update_buttons()

    def locations(self) -> list[str]:
        """The entries that hold text, trimmed."""
        texts = (self.list.item(row).text().strip() for row in range(self.list.count()))
        return [text for text in texts if text]

    def add_entry(self, text: str = "") -> QListWidgetItem:
        """Add an entry and open it for typing (an empty one counts once text is typed)."""
        item = self._new_item(text)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        if item.text():
            self.edited.emit()
        self._update_buttons()
        return item

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        had_text = bool(item.text().strip()) if item is not None else False
        if had_text:
            self.edited.emit()
        self._update_buttons()

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.edited.emit()

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)


__all__ = ["ChannelChecklist", "LocationsEditor"]
