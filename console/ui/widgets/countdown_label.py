"""A label counting down to the moment a paused job tries the server again."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

Clock = Callable[[], datetime]

#: The label is refreshed this often while the job waits out an outage or a 429.
COUNTDOWN_TICK_MS = 1000


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CountdownLabel(QLabel):
    """ "Server unreachable — retrying in 12 s" while a job waits; hidden otherwise.

    Shared by the Changes panel and the import dialog, which both run on the journal core that
    pauses (instead of failing rows) while the server does not answer.

    Signals: none beyond QLabel's.
    """

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = _utc_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._until: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTDOWN_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.setObjectName("countdown")
        self.setStyleSheet("#countdown { font-weight: bold; }")
        self.setVisible(False)

    def set_until(self, until: datetime | None) -> None:
        """Count down to ``until``; None hides the label (the job runs again)."""
        self._until = until
        if until is None:
            self._timer.stop()
            self.setVisible(False)
            return
        self.setVisible(True)
        self._on_timer_timeout()
        self._timer.start()

    @property
    def timer(self) -> QTimer:
        """The timer that refreshes the text (tests fire it instead of waiting)."""
        return self._timer

    def shown_text(self) -> str:
        """What the user reads ("" while hidden)."""
        return "" if self.isHidden() else self.text()

    def _on_timer_timeout(self) -> None:
        if self._until is None:
            return
        left = math.ceil((self._until - self._clock()).total_seconds())
        if left > 0:
            self.setText(self.tr("Server unreachable — retrying in %n s", "", left))
        else:
            self.setText(self.tr("Server unreachable — retrying now…"))


__all__ = ["COUNTDOWN_TICK_MS", "Clock", "CountdownLabel"]
