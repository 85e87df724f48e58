"""The time-zone picker every form shares: editable, searchable, with the current UTC offset.

The ~420 labels ("Europe/Berlin  (UTC+01:00)") cost ~60 ms of Python to compute and a
``QStandardItemModel`` of them another ~50 ms to build — on the UI thread at each first open
of a form, before. Now the labels are computed once per process (off the UI thread by
:func:`warm_up`, which the app awaits at start-up, or on first use) and kept in one
``QStringListModel`` that every box and its completer share (built in well under 1 ms).
"""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from console.scheduling.timezones import all_timezones, offset_label

_SEPARATOR = "  ("
_lock = threading.Lock()
_labels: list[str] | None = None
_rows: dict[str, int] = {}
_model: QStringListModel | None = None


def _compute_labels() -> list[str]:
    global _labels
    with _lock:
        if _labels is None:
            labels = [f"{zone}{_SEPARATOR}{offset_label(zone)})" for zone in all_timezones()]
            _rows.update((label.split(_SEPARATOR, 1)[0], i) for i, label in enumerate(labels))
            _labels = labels
        return _labels


async def warm_up() -> None:
    """Compute the labels in a worker thread, so no form pays for them on the UI thread."""
    await asyncio.to_thread(_compute_labels)


def shared_model() -> QStringListModel:
    """The one model of zone labels (owned by the application object, built on first use)."""
    global _model
    if _model is None:
        _model = QStringListModel(_compute_labels(), QCoreApplication.instance())
    return _model


class TimeZoneBox(QComboBox):
    """Editable, searchable list of IANA zones showing the current UTC offset ("Berlin" finds
    Europe/Berlin). :meth:`zone` returns the bare zone name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = shared_model()
        self.setModel(model)
        completer = QCompleter(model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def zone(self) -> str:
        """The chosen zone name ("Europe/Berlin"), or the raw text for something unknown."""
        return self.currentText().strip().split(_SEPARATOR, 1)[0].strip()

    def set_zone(self, zone: str) -> None:
        """Select ``zone`` (or show it as text when it is not in the list)."""
        row = _rows.get(zone)
        if row is not None:
            self.setCurrentIndex(row)
        else:
            self.setEditText(zone)


__all__ = ["TimeZoneBox", "shared_model", "warm_up"]
