"""Caps how often a window repaints while it changes many times a second."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class PaintThrottle(QObject):
    """Lets a widget paint at most once per ``interval_ms`` while :meth:`changed` is called.

    A refresh that lands 100 pages a second would otherwise repaint the table, the list and the
    progress bar for every page — several milliseconds each — and spend most of its time
    painting frames nobody can see. The first change paints at once; further changes within the
    interval hold the widget's updates (``setUpdatesEnabled(False)``) until the interval ends,
    which repaints everything once. Changes slower than the interval are never held.

    No signals.
    """

    def __init__(self, widget: QWidget, interval_ms: int = 100) -> None:
        super().__init__(widget)
        self._widget = widget
        self._held: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._release)

    def changed(self) -> None:
        """The widget was just changed: paint now, or with the next frame if one is due."""
        if not self._timer.isActive():
            self._timer.start()
        elif self._held is None:
            self._held = self._widget.window()
            self._held.setUpdatesEnabled(False)

    def flush(self) -> None:
        """Paint whatever is held now (the burst of changes is over)."""
        self._timer.stop()
        self._release()

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            held.setUpdatesEnabled(True)
