"""Desktop notifications for new, cancelled and rescheduled bookings, with mute and quiet hour.

A message goes to the system tray only when the console's window is not the active one (the
user sees the highlighted row otherwise), never for the console's own actions, and not while
the connection is muted (remembered in the settings) or a do-not-disturb hour runs. Events are
gathered for a moment so a burst (the first poll of a busy account) is one message, not fifty.
Systems without a tray (offscreen, some Linux desktops) get no icon; everything else still
works and :attr:`BookingNotifier.available` says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from console.live.feed import FeedUpdate

if TYPE_CHECKING:
    from console.store.records import BookingRecord

#: How long a do-not-disturb lasts.
QUIET_FOR = timedelta(hours=1)
#: Events arriving within this many milliseconds make one message.
GATHER_MS = 1500
_NOTIFIED = ("booking_created", "booking_cancelled", "booking_rescheduled")


def _window_active() -> bool:
    return QApplication.activeWindow() is not None


def _now() -> datetime:
    return datetime.now(UTC)


class BookingNotifier(QObject):
    """Tells the desktop about booking events of one connection.

    Signals:
        notified(str, str): a message was shown (title, text) — also without a tray, so the
            status of the feature is testable and observable.
        state_changed(): muted or the do-not-disturb hour changed.
    """

    notified = Signal(str, str)
    state_changed = Signal()

    def __init__(
        self,
        connection: str,
        *,
        settings: QSettings | None = None,
        tray: QSystemTrayIcon | None = None,
        window_active: Callable[[], bool] = _window_active,
        clock: Callable[[], datetime] = _now,
        gather_ms: int = GATHER_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.connection = connection
        self._settings = settings
        self._window_active = window_active
        self._clock = clock
        self._quiet_until: datetime | None = None
        self._pending: list[FeedUpdate] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gather_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.tray = tray
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._icon(), self)
            self.tray.setToolTip(self.tr("meetergo console: live bookings"))
            self.tray.show()

    # -- state ---------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Whether the system has a tray to show messages in."""
        return self.tray is not None

    @property
    def muted(self) -> bool:
        if self._settings is None:
            return False
        return bool(self._settings.value(self._key(), False, type=bool))

    def set_muted(self, muted: bool) -> None:
        """Mute this connection's notifications (kept in the settings across restarts)."""
        if self._settings is not None:
            self._settings.setValue(self._key(), muted)
        self.state_changed.emit()

    @property
    def quiet_until(self) -> datetime | None:
        """The end of a running do-not-disturb hour, or None."""
        if self._quiet_until is not None and self._quiet_until <= self._clock():
            self._quiet_until = None
        return self._quiet_until

    def set_quiet(self, quiet: bool) -> None:
        """Start (or end) an hour without notifications."""
        self._quiet_until = self._clock() + QUIET_FOR if quiet else None
        self.state_changed.emit()

    # -- events --------------------------------------------------------------------------------

    def offer(self, update: FeedUpdate) -> None:
        """A new feed event: gathered for a message if it is worth one."""
        event = update.event
        if event.source.value == "action" or event.event_type not in _NOTIFIED:
            return
        if update.booking is None:
            return
        self._pending.append(update)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Show what is gathered now (the timer does it after a moment)."""
        self._timer.stop()
        pending, self._pending = self._pending, []
        if not pending or self.muted or self.quiet_until is not None or self._window_active():
            return
        if len(pending) == 1:
            title, text = self._one(pending[0])
        else:
            title = self.tr("meetergo console")
            text = self.tr("%n booking event(s) while you were away", "", len(pending))
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        self.notified.emit(title, text)

    def close(self) -> None:
        """Remove the tray icon (the connection closes)."""
        self._timer.stop()
        self._pending.clear()
        if self.tray is not None:
            self.tray.hide()

    # -- internals -----------------------------------------------------------------------------

    def _one(self, update: FeedUpdate) -> tuple[str, str]:
        booking: BookingRecord | None = update.booking
        assert booking is not None
        titles = {
            "booking_created": self.tr("New booking"),
            "booking_cancelled": self.tr("Booking cancelled"),
            "booking_rescheduled": self.tr("Booking rescheduled"),
        }
        who = booking.client_name or booking.client_email
        when = booking.start.astimezone().strftime("%Y-%m-%d %H:%M") if booking.start else ""
        kind = booking.meeting_type_name or ""
        text = " · ".join(part for part in (who, when, kind) if part)
        return titles[update.event.event_type], text

    def _key(self) -> str:
        return f"bookings/notifications_muted/{self.connection}"

    def _icon(self) -> QIcon:
        from console.ui.icon import app_icon

        icon = QApplication.windowIcon()
        return icon if not icon.isNull() else app_icon()

    def _on_timer_timeout(self) -> None:
        self.flush()
