"""Drives the bookings tab: rows from the store at once, then the live feed, actions, exports."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from console.domain.receiver import ReceiverSettings
from console.live import export
from console.live.feed import OFFLINE, WEBHOOKS_LIVE, FeedStatus, FeedUpdate
from console.live.watch import LiveFeed
from console.store.records import BookingRecord
from console.ui.bookings.model import BookingsModel, account_infos
from console.ui.bookings.notifier import BookingNotifier
from console.ui.bookings.receiver_dialog import load_receiver, save_receiver
from console.ui.bookings.tab import BookingsTab

if TYPE_CHECKING:
    from console.api.client import MeetergoClient
    from console.asyncqt import TaskRunner
    from console.store import Store
    from console.ui.changes.presenter import ChangesPresenter

LOAD = "bookings-load"
FEED = "bookings-feed"
SLOTS = "bookings-slots"
SLOT_DAYS = 14


class BookingsPresenter(QObject):
    """The bookings of one connection in the tab, kept current by its :class:`LiveFeed`.

    Signals:
        loaded(int): the rows from the store are shown (how many).
        event_applied(object): a new event reached the table (its :class:`FeedUpdate`).
        status_changed(str): the feed's state as the status bar says it.
        message_posted(str, str): level and a translated text for the status bar.
        action_finished(str): a cancel or reschedule of this appointment id went through.
        slots_loaded(object): the free slots for a reschedule are shown (list of datetimes).
        attendees_loaded(str, object): the attendees (id, name) of this appointment are shown
            in its cancel dialog.
    """

    loaded = Signal(int)
    event_applied = Signal(object)
    status_changed = Signal(str)
    message_posted = Signal(str, str)
    action_finished = Signal(str)
    slots_loaded = Signal(object)
    attendees_loaded = Signal(str, object)

    def __init__(
        self,
        tab: BookingsTab,
        model: BookingsModel,
        *,
        store: Store,
        client: MeetergoClient,
        connection: str,
        runner: TaskRunner,
        accounts: Callable[[], Sequence[Any]],
        live: LiveFeed | None = None,
        changes: ChangesPresenter | None = None,
        settings: QSettings | None = None,
        notifier: BookingNotifier | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tab = tab
        self.model = model
        self.store = store
        self.client = client
        self.connection = connection
        self.runner = runner
        self._accounts = accounts
        self.changes = changes
        # The tray icon belongs to the connection: it goes when the connection closes.
        self.notifier = notifier or BookingNotifier(connection, settings=settings, parent=self)
        self._settings = settings
        self.receiver_settings = load_receiver(settings, connection)
        self.live = live or self._make_live(self.receiver_settings)
        self._unsubscribe = self._subscribe(self.live)
        self._feed_task: asyncio.Task[Any] | None = None
        self._attendees: dict[str, int] = {}  # appointment id → attendees, once read
        self._connections = [
            (tab.filters_changed, self._on_tab_filters_changed),
            (tab.cancel_requested, self._on_tab_cancel_requested),
            (tab.cancel_dialog_opened, self._on_tab_cancel_dialog_opened),
            (tab.cancel_many_requested, self._on_tab_cancel_many_requested),
            (tab.reschedule_requested, self._on_tab_reschedule_requested),
            (tab.slot_chosen, self._on_tab_slot_chosen),
            (tab.history_requested, self._on_tab_history_requested),
            (tab.export_requested, self._on_tab_export_requested),
            (tab.receiver_requested, self._on_tab_receiver_requested),
            (tab.receiver_chosen, self.apply_receiver_settings),
            (tab.mute_toggled, self.notifier.set_muted),
            (tab.quiet_toggled, self.notifier.set_quiet),
            (self.notifier.state_changed, self._show_notification_state),
        ]
        if changes is not None:
            self._connections.append((changes.applied, self._on_changes_applied))
        for signal, slot in self._connections:
            signal.connect(slot)
        self._show_notification_state()

    # -- life ----------------------------------------------------------------------------------

    def start(self) -> None:
        """Show what the store holds, then run the feed until the connection closes."""
        self.refresh_accounts()
        self.runner.run(self._load(), name=LOAD)
        self._feed_task = self.runner.run(self._run_feed(), name=FEED)

    def disconnect_view(self) -> None:
        """Let go of the tab (the connection closes); the feed was stopped by its task."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections.clear()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        self.model.set_bookings([])
        self.tab.feed_list.clear()
        self.notifier.close()

    def refresh_accounts(self) -> None:
        """The accounts changed (left pane loaded): names, zones and the account filter."""
        rows = list(self._accounts())
        self.model.set_accounts(account_infos(rows))
        self.tab.set_accounts(rows)

    async def _load(self) -> None:
        rows = await self.store.events.bookings(self.connection)
        self.model.set_bookings(rows)
        self.model.set_filter(self.tab.current_filter())
        self.tab.set_meeting_types(self.model.meeting_types())
        self.tab.add_events(list(reversed(await self.store.events.latest(self.connection, 50))))
        self.loaded.emit(len(rows))

    def _make_live(self, chosen: ReceiverSettings, *, receive: bool = True) -> LiveFeed:
        return LiveFeed(
            self.store,
            self.client,
            self.connection,
            host=chosen.host,
            port=chosen.port,
            public_url=chosen.public_url,
            receive=receive,
        )

    def _subscribe(self, live: LiveFeed) -> list[Callable[[], object]]:
        return [
            live.feed.subscribe(self._on_feed_update),
            live.feed.subscribe_status(self._on_feed_status),
        ]

    async def _run_feed(self) -> None:
        try:
            try:
                await self.live.start()
            except OSError as error:
                # The receiver could not bind: poll alone, and say so in the status bar.
                await self.live.stop()
                self.message_posted.emit(
                    "warning",
                    self.tr("The webhook receiver cannot listen on %1:%2 (%3); polling only.")
                    .replace("%1", self.receiver_settings.host)
                    .replace("%2", str(self.receiver_settings.port))
                    .replace("%3", error.strerror or str(error)),
                )
                self.live = self._make_live(self.receiver_settings, receive=False)
                self._unsubscribe += self._subscribe(self.live)
                await self.live.start()
            self._report_registration()
            await asyncio.Event().wait()  # until the connection's scope cancels it
        finally:
            # Also when cancelled half-way through start(): the receiver's port is let go.
            await self.live.stop()

    # -- receiver settings ---------------------------------------------------------------------

    def _on_tab_receiver_requested(self) -> None:
        self.tab.open_receiver_dialog(self.receiver_settings, self.live.local_url)

    def apply_receiver_settings(self, chosen: ReceiverSettings) -> None:
        """Keep ``chosen`` for this connection and restart the receiver with it."""
        save_receiver(self._settings, self.connection, chosen)
        self.receiver_settings = chosen
        previous = self._feed_task
        # Same name: the running feed is cancelled; the new one waits until it has let go.
        self._feed_task = self.runner.run(self._restart_feed(previous), name=FEED)

    async def _restart_feed(self, previous: asyncio.Task[Any] | None) -> None:
        if previous is not None:
            await asyncio.gather(previous, return_exceptions=True)
        await self.live.stop()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self.live = self._make_live(self.receiver_settings)
        self._unsubscribe = self._subscribe(self.live)
        self.message_posted.emit("info", self.tr("Receiver settings saved; the feed restarts."))
        await self._run_feed()

    def _report_registration(self) -> None:
        registration = self.live.registration
        if registration is not None:
            self.message_posted.emit(
                "info",
                self.tr("Webhook registered for this console (%1 of %2 in use).")
                .replace("%1", str(registration.count))
                .replace("%2", str(registration.limit)),
            )
        elif self.live.registration_problem:
            self.message_posted.emit(
                "warning",
                self.tr("Webhook not registered (%1); finding changes by polling.").replace(
                    "%1", self.live.registration_problem
                ),
            )

    # -- feed ----------------------------------------------------------------------------------

    def _on_feed_update(self, update: FeedUpdate) -> None:
        if update.removed is not None:
            self.model.remove(update.removed)
        if update.booking is not None:
            self.model.upsert(update.booking)
            known = self.tab.type_combo.findData(update.booking.meeting_type_name)
            if update.booking.meeting_type_name and known < 0:
                self.tab.set_meeting_types(self.model.meeting_types())
        self.tab.add_events([update.event])
        self.notifier.offer(update)
        self.event_applied.emit(update)

    def _show_notification_state(self) -> None:
        notifier = self.notifier
        self.tab.show_notification_state(
            muted=notifier.muted, quiet_until=notifier.quiet_until, available=notifier.available
        )

    def _on_feed_status(self, status: FeedStatus) -> None:
        self.status_changed.emit(self.status_text(status))

    def status_text(self, status: FeedStatus) -> str:
        """The status bar's words for the feed's state."""
        last = status.last_event_at.astimezone().strftime("%H:%M") if status.last_event_at else "—"
        if status.mode == OFFLINE:
            text = self.tr("Live feed: offline, last event %1").replace("%1", last)
        elif status.mode == WEBHOOKS_LIVE:
            text = self.tr("Live feed: webhooks live, last event %1").replace("%1", last)
        else:
            text = self.tr("Live feed: polling only, last event %1").replace("%1", last)
        if status.webhook_quiet_since is not None:
            since = status.webhook_quiet_since.astimezone().strftime("%H:%M")
            text += " — " + self.tr(
                "webhook quiet since %1, %n event(s) found by polling", "", status.found_by_polling
            ).replace("%1", since)
        return text

    # -- actions -------------------------------------------------------------------------------

    def _on_tab_filters_changed(self, wanted: object) -> None:
        from console.ui.bookings.model import BookingFilter

        assert isinstance(wanted, BookingFilter)
        self.model.set_filter(wanted)

    def _on_tab_cancel_requested(self, booking: BookingRecord, reason: str, attendee: str) -> None:
        self.runner.run(
            self.cancel(booking, reason, attendee_id=attendee or None),
            name=f"cancel:{booking.appointment_id}",
        )

    def _on_tab_cancel_dialog_opened(self, booking: BookingRecord) -> None:
        self.runner.run(self.load_attendees(booking), name="bookings-attendees")

    async def load_attendees(self, booking: BookingRecord) -> list[tuple[str, str]]:
        """The booking's attendees (id, name), read again; shown in its cancel dialog."""
        appointment = await self.client.appointments.get(booking.appointment_id)
        attendees = [
            (
                a.id,
                a.fullname or f"{a.firstname or ''} {a.lastname or ''}".strip() or a.email or a.id,
            )
            for a in appointment.attendees
            if a.id
        ]
        self._attendees[booking.appointment_id] = len(appointment.attendees)
        self.tab.show_attendees(booking.appointment_id, attendees)
        self.attendees_loaded.emit(booking.appointment_id, attendees)
        return attendees

    async def cancel(
        self, booking: BookingRecord, reason: str, *, attendee_id: str | None = None
    ) -> None:
        """Cancel in meetergo (one attendee of a group, or the whole booking); the answer is
        logged as the console's own event."""
        # A group booking is cancelled whole only when asked so (cancelAll, fact sheet §12).
        group = self._attendees.get(booking.appointment_id, 1) > 1
        answer = await self.client.appointments.cancel(
            booking.appointment_id,
            reason=reason or None,
            attendee_id=attendee_id,
            cancel_all=True if group and attendee_id is None else None,
        )
        await self.live.feed.own_action(
            answer.model_dump(mode="json", by_alias=True), "booking_cancelled"
        )
        who = booking.client_name or booking.client_email
        if attendee_id is not None:
            text = self.tr("Cancelled one attendee of the booking of %1.").replace("%1", who)
        else:
            text = self.tr("Cancelled the booking of %1.").replace("%1", who)
        self.message_posted.emit("info", text)
        self.action_finished.emit(booking.appointment_id)

    def _on_tab_cancel_many_requested(self, bookings: list[BookingRecord], reason: str) -> None:
        self.cancel_many(bookings, reason)

    def cancel_many(self, bookings: Sequence[BookingRecord], reason: str) -> None:
        """Plan cancelling ``bookings`` in the Changes panel (sent when the user applies it)."""
        from console.jobs.edits import AccountRef, BookingCancelEdit

        if self.changes is None:
            self.message_posted.emit(
                "error", self.tr("Cancelling many bookings needs the Changes panel.")
            )
            return
        labels = {a.id: a.email for a in self._accounts()}
        per_host: dict[str, list[str]] = {}
        for booking in bookings:
            if booking.host_id:  # appointments are cancelled acting as their host
                per_host.setdefault(booking.host_id, []).append(booking.appointment_id)
        if not per_host:
            self.message_posted.emit("warning", self.tr("None of these bookings names its host."))
            return
        edit = BookingCancelEdit(per_host, reason=reason)
        accounts = [AccountRef(host, labels.get(host, host)) for host in per_host]
        self.changes.plan(self.tr("Cancel %n booking(s)", "", edit.count()), accounts, edit)

    def _on_changes_applied(self, change_set_id: str) -> None:
        self.runner.run(self.refresh_cancelled(change_set_id), name=f"cancelled:{change_set_id}")

    async def refresh_cancelled(self, change_set_id: str) -> int:
        """Read back the bookings a change set cancelled, as the console's own events; how many."""
        from console.jobs.model import OpStatus, ResourceKind

        change_set = await self.store.changes.load(change_set_id)
        if change_set is None:
            return 0
        done = [
            op.resource_id
            for op in change_set.operations
            if op.resource is ResourceKind.APPOINTMENT
            and op.status is OpStatus.DONE
            and op.resource_id
        ]
        for appointment_id in done:
            answer = await self.client.appointments.get(appointment_id)
            await self.live.feed.own_action(
                answer.model_dump(mode="json", by_alias=True), "booking_cancelled"
            )
        return len(done)

    def _on_tab_reschedule_requested(self, booking: BookingRecord) -> None:
        self.runner.run(
            self.load_slots(booking),
            name=SLOTS,
            on_failure=lambda error: self.tab.show_slots_failed(
                self.tr("The free slots could not be loaded: %1").replace("%1", str(error))
            ),
        )

    async def load_slots(self, booking: BookingRecord) -> list[datetime]:
        """The bookable starts of the booking's meeting type for its host, next 14 days."""
        if booking.meeting_type_id is None:
            self.tab.show_slots([])
            return []
        today = datetime.now(UTC).date()
        answer = await self.client.slots.list(
            booking.meeting_type_id,
            today,
            today + timedelta(days=SLOT_DAYS),
            host_ids=[booking.host_id] if booking.host_id else None,
        )
        starts = [s for s in answer.starts() if s != booking.start]
        self.tab.show_slots(starts)
        self.slots_loaded.emit(starts)
        return starts

    def _on_tab_slot_chosen(self, booking: BookingRecord, start: datetime) -> None:
        self.runner.run(
            self.reschedule(booking, start), name=f"reschedule:{booking.appointment_id}"
        )

    async def reschedule(self, booking: BookingRecord, start: datetime) -> None:
        """Move the booking in meetergo; the answer is logged as the console's own event."""
        answer = await self.client.appointments.reschedule(booking.appointment_id, start)
        await self.live.feed.own_action(
            answer.model_dump(mode="json", by_alias=True), "booking_rescheduled"
        )
        self.message_posted.emit(
            "info",
            self.tr("Moved the booking of %1 to %2.")
            .replace("%1", booking.client_name or booking.client_email)
            .replace("%2", start.astimezone().strftime("%Y-%m-%d %H:%M")),
        )
        self.action_finished.emit(booking.appointment_id)

    def _on_tab_history_requested(self, booking: BookingRecord) -> None:
        async def history() -> None:
            self.tab.show_history(
                await self.store.events.history(self.connection, booking.appointment_id)
            )

        self.runner.run(history(), name="bookings-history")

    def _on_tab_export_requested(self, fmt: str, path: str) -> None:
        self.runner.run(self.export(fmt, Path(path)), name="bookings-export")

    async def export(self, fmt: str, path: Path) -> int:
        """Write the shown rows as ``csv`` or ``ics``; how many were written."""
        rows = self.model.visible()
        lookup = export.lookup_from(account_infos(list(self._accounts())))
        content: str | bytes = (
            export.bookings_csv(rows, lookup) if fmt == "csv" else export.bookings_ics(rows, lookup)
        )
        await asyncio.to_thread(export.write_export, path, content)
        self.message_posted.emit(
            "info",
            self.tr("%n booking(s) exported to %1.", "", len(rows)).replace("%1", str(path)),
        )
        return len(rows)
