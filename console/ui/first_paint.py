"""An awaitable for a widget's first paint (start-up paints the window before anything else)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _PaintWatcher(QObject):
    """Resolves a future on the first paint event of the widget it filters (no signals)."""

    def __init__(self, widget: QWidget, done: asyncio.Future[None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done.done():
            self._done.set_result(None)
            self._widget.removeEventFilter(self)
            self.deleteLater()
        return False


def first_paint(widget: QWidget, timeout_s: float = 2.0) -> asyncio.Future[None]:
    """Resolves once ``widget`` has painted (or after ``timeout_s``: a hidden or minimised
    window may never paint, and start-up must go on)."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    widget.installEventFilter(_PaintWatcher(widget, done))

    def give_up() -> None:
        if not done.done():
            done.set_result(None)

    loop.call_later(timeout_s, give_up)
    return done
