"""Waiting for a widget's first paint (start-up paints the window before anything else)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaintWatcher(QObject):
    """Calls ``painted`` once, on the first paint event of the widget it filters (no signals)."""

    def __init__(self, widget: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._painted: Callable[[], None] | None = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._painted is not None:
            painted, self._painted = self._painted, None
            self._widget.removeEventFilter(self)
            self.deleteLater()
            painted()
        return False


def show_and_paint(widget: QWidget, timeout_ms: int = 2000) -> None:
    """Show ``widget`` and run Qt's event loop until it has painted (at most ``timeout_ms``:
    a minimised window may never paint, and start-up must go on).

    Used before the asyncio loop exists, so nothing but Qt has to be imported for the first
    frame.
    """
    loop = QEventLoop()
    widget.installEventFilter(_PaintWatcher(widget, loop.quit))
    QTimer.singleShot(timeout_ms, loop.quit)
    widget.show()
    loop.exec()
