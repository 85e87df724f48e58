"""Desktop notifications of booking events: only while away, never for own actions, muted per
connection across restarts, a do-not-disturb hour, one message for a burst, no tray tolerated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon

from console.live.feed import FeedUpdate
from console.store import BookingRecord
from console.store.records import EventRecord, EventResult, EventSource
from console.ui.bookings.model import BookingsModel
from console.ui.bookings.notifier import BookingNotifier
from console.ui.bookings.tab import BookingsTab

START = datetime(2030, 5, 6, 8, 0, tzinfo=UTC)
NOW = datetime(2030, 5, 1, 12, 0, tzinfo=UTC)


def _update(n: int, event_type: str = "booking_created", source: str = "webhook") -> FeedUpdate:
    booking = BookingRecord(
        appointment_id=f"a{n}",
        host_id="h1",
        meeting_type_id="mt",
        meeting_type_name="Intro",
        start=START,
        end=START + timedelta(minutes=30),
        client_name="Carla Weber",
        client_email="carla@client.example",
        status="cancelled" if event_type == "booking_cancelled" else "confirmed",
        created_at=NOW,
        updated_at=NOW,
    )
    event = EventRecord(
        id=n,
        appointment_id=booking.appointment_id,
        event_type=event_type,
        updated_at=NOW.isoformat(),
        source=EventSource(source),
        received_at=NOW,
        raw="{}",
        result=EventResult.APPLIED,
        error=None,
        previous_appointment_id=None,
    )
    return FeedUpdate(event, booking)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _notifier(settings: QSettings, clock: Clock, active: list[bool], name: str = "Agency"):
    return BookingNotifier(
        name, settings=settings, window_active=lambda: active[0], clock=clock, gather_ms=0
    )


def test_a_message_only_while_the_window_is_inactive_and_never_for_own_actions(
    qtbot, settings, english
):
    clock, active = Clock(), [True]
    notifier = _notifier(settings, clock, active)
    shown: list[tuple[str, str]] = []
    notifier.notified.connect(lambda title, text: shown.append((title, text)))
    assert notifier.available == QSystemTrayIcon.isSystemTrayAvailable()

    notifier.offer(_update(1))
    notifier.flush()
    assert shown == []  # the user is looking at the window: the row highlight says it
    active[0] = False
    notifier.offer(_update(2, source="action"))  # the user's own cancel
    notifier.flush()
    assert shown == []
    notifier.offer(_update(3, "booking_cancelled", source="poll"))
    notifier.flush()
    when = START.astimezone().strftime("%Y-%m-%d %H:%M")
    assert shown == [("Booking cancelled", f"Carla Weber · {when} · Intro")]
    for n in range(4, 7):
        notifier.offer(_update(n))
    qtbot.waitUntil(lambda: len(shown) == 2)  # the gathering timer fires once for the burst
    assert shown[-1] == ("meetergo console", "3 booking events while you were away")


def test_mute_is_kept_per_connection_and_do_not_disturb_lasts_an_hour(qtbot, settings, english):
    clock, active = Clock(), [False]
    notifier = _notifier(settings, clock, active)
    shown: list[tuple[str, str]] = []
    notifier.notified.connect(lambda title, text: shown.append((title, text)))
    notifier.set_muted(True)
    notifier.offer(_update(1))
    notifier.flush()
    assert shown == []
    # A restart: the same connection stays muted, another is not.
    assert _notifier(settings, clock, active).muted
    assert not _notifier(settings, clock, active, name="Other").muted
    notifier.set_muted(False)

    notifier.set_quiet(True)
    assert notifier.quiet_until == NOW + timedelta(hours=1)
    notifier.offer(_update(2))
    notifier.flush()
    assert shown == []
    clock.now = NOW + timedelta(minutes=61)
    assert notifier.quiet_until is None
    notifier.offer(_update(3))
    notifier.flush()
    assert [title for title, _text in shown] == ["New booking"]


def test_the_tab_menu_mutes_and_says_when_notifications_are_off(qtbot, settings, english):
    from console.asyncqt import TaskRunner
    from console.messages import MessageBus
    from console.ui.bookings.presenter import BookingsPresenter

    clock, active = Clock(), [False]
    notifier = _notifier(settings, clock, active)
    tab = BookingsTab(BookingsModel())
    qtbot.addWidget(tab)
    presenter = BookingsPresenter(
        tab,
        tab.model,
        store=None,  # type: ignore[arg-type]  # nothing is loaded in this test
        client=None,  # type: ignore[arg-type]
        connection="Agency",
        runner=TaskRunner(MessageBus()),
        accounts=list,
        live=_NoFeed(),  # type: ignore[arg-type]
        notifier=notifier,
    )
    off = not notifier.available  # offscreen there is no tray: the menu says so
    assert tab.no_tray_action.isVisible() is off
    assert tab.notify_button.text() == ("Notifications: off" if off else "Notifications")
    tab.mute_action.trigger()
    assert notifier.muted and tab.notify_button.text() == "Notifications: off"
    tab.mute_action.trigger()
    assert not notifier.muted
    tab.quiet_action.trigger()
    until = (NOW + timedelta(hours=1)).astimezone().strftime("%H:%M")
    assert tab.quiet_action.text() == f"Do not disturb until {until}"
    assert tab.quiet_action.isChecked()
    presenter.disconnect_view()


class _NoFeed:
    """A live feed that never delivers (the menu test needs none)."""

    class feed:  # the attribute the presenter reads
        @staticmethod
        def subscribe(_listener: object) -> object:
            return lambda: None

        subscribe_status = subscribe
