"""The bookings tab's small dialogs: cancel with a reason, pick a new slot, a booking's history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.store.records import BookingRecord, EventRecord

MAX_REASON = 500  # the cancel route's limit (fact sheet §12)


def _reason_field(layout: QVBoxLayout, label: str) -> QLineEdit:
    """The reason of a cancellation, labelled, as long as the cancel route takes."""
    layout.addWidget(QLabel(label))
    edit = QLineEdit()
    edit.setMaxLength(MAX_REASON)
    edit.setAccessibleName(QCoreApplication.translate("CancelDialog", "Reason"))
    layout.addWidget(edit)
    return edit


class CancelDialog(QDialog):
    """Asks for the reason of a cancellation (it goes into the e-mails), and for a group
    booking whether everyone or one attendee is cancelled.

    Signals:
        confirmed(object, str, str): cancel this :class:`BookingRecord` with this reason, for
            this attendee id ("" — the whole booking).
    """

    confirmed = Signal(object, str, str)

    def __init__(self, booking: BookingRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booking = booking
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Cancel booking"))
        layout = QVBoxLayout(self)
        who = self.booking.client_name or self.booking.client_email
        start = (
            self.booking.start.astimezone().strftime("%Y-%m-%d %H:%M") if self.booking.start else ""
        )
        layout.addWidget(
            QLabel(
                self.tr("Cancel the booking of %1 on %2?").replace("%1", who).replace("%2", start)
            )
        )
        self.reason_edit = _reason_field(layout, self.tr("Reason (sent to the client):"))
        # Shown once the booking turns out to be a group booking (its attendees are read).
        self.who_label = QLabel(self.tr("Whom to cancel:"))
        self.who_combo = QComboBox()
        self.who_combo.setAccessibleName(self.tr("Whom to cancel"))
        for widget in (self.who_label, self.who_combo):
            widget.setVisible(False)
            layout.addWidget(widget)
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("Cancel booking"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_attendees(self, attendees: list[tuple[str, str]]) -> None:
        """The booking's attendees (id, name); with more than one the user chooses whom."""
        self.who_combo.clear()
        group = len(attendees) > 1
        if group:
            self.who_combo.addItem(self.tr("All %n attendees", "", len(attendees)), "")
            for attendee_id, name in attendees:
                self.who_combo.addItem(self.tr("Only %1").replace("%1", name), attendee_id)
        self.who_label.setVisible(group)
        self.who_combo.setVisible(group)

    def _on_buttons_accepted(self) -> None:
        attendee = self.who_combo.currentData() if self.who_combo.isVisible() else ""
        self.confirmed.emit(self.booking, self.reason_edit.text().strip(), attendee or "")
        self.accept()


class CancelManyDialog(QDialog):
    """Asks for one reason for cancelling several bookings (planned in the Changes panel).

    Signals:
        confirmed(object, str): cancel these :class:`BookingRecord` objects (a list) with this
            reason.
    """

    confirmed = Signal(object, str)

    def __init__(self, bookings: list[BookingRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bookings = bookings
        self._setup_ui()

    def _setup_ui(self) -> None:
        n = len(self.bookings)
        self.setWindowTitle(self.tr("Cancel %n booking(s)", "", n))
        layout = QVBoxLayout(self)
        accounts = len({b.host_id for b in self.bookings})
        summary = QLabel(
            self.tr("Cancel %n booking(s)", "", n)
            + " "
            + self.tr("of %n account(s)?", "", accounts)
            + "\n"
            + self.tr(
                "They are planned in the Changes panel first; nothing is sent before you press "
                "Apply there. A cancellation cannot be undone."
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.reason_edit = _reason_field(layout, self.tr("Reason (sent to every client):"))
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("Plan the cancellations"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Keep them"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_buttons_accepted(self) -> None:
        self.confirmed.emit(list(self.bookings), self.reason_edit.text().strip())
        self.accept()


class RescheduleDialog(QDialog):
    """Lists the free slots of the booking's meeting type; the user picks one.

    Signals:
        chosen(object, object): move this :class:`BookingRecord` to this start (UTC datetime).
    """

    chosen = Signal(object, object)

    def __init__(self, booking: BookingRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.booking = booking
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Reschedule booking"))
        layout = QVBoxLayout(self)
        self.status_label = QLabel(self.tr("Loading free slots…"))
        layout.addWidget(self.status_label)
        self.slot_list = QListWidget()
        self.slot_list.setAccessibleName(self.tr("Free slots"))
        layout.addWidget(self.slot_list)
        buttons = QDialogButtonBox()
        self.move_button = buttons.addButton(
            self.tr("Move here"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.move_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.slot_list.currentRowChanged.connect(self._on_slot_list_current_row_changed)
        layout.addWidget(buttons)

    def set_slots(self, starts: list[datetime]) -> None:
        """Show the bookable starts (in the viewer's time)."""
        self.slot_list.clear()
        for start in starts:
            item = QListWidgetItem(start.astimezone().strftime("%a %Y-%m-%d %H:%M"))
            item.setData(Qt.ItemDataRole.UserRole, start)
            self.slot_list.addItem(item)
        self.status_label.setText(
            self.tr("Pick a new time:") if starts else self.tr("No free slot in the next 14 days.")
        )

    def set_failed(self, text: str) -> None:
        self.status_label.setText(text)

    def _on_slot_list_current_row_changed(self, row: int) -> None:
        self.move_button.setEnabled(row >= 0)

    def _on_buttons_accepted(self) -> None:
        item = self.slot_list.currentItem()
        if item is None:
            return
        self.chosen.emit(self.booking, item.data(Qt.ItemDataRole.UserRole))
        self.accept()


class HistoryDialog(QDialog):
    """A booking's chain of events, oldest first (no signals)."""

    def __init__(self, events: list[EventRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Booking history"))
        layout = QVBoxLayout(self)
        self.event_list = QListWidget()
        self.event_list.setAccessibleName(self.tr("Events"))
        for event in events:
            self.event_list.addItem(event_line(event))
        layout.addWidget(self.event_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 320)


def event_line(event: EventRecord) -> str:
    """One event as the feed panel and the history list show it."""
    from PySide6.QtCore import QCoreApplication

    sources = {
        "webhook": QCoreApplication.translate("BookingsTab", "webhook"),
        "poll": QCoreApplication.translate("BookingsTab", "polling"),
        "action": QCoreApplication.translate("BookingsTab", "own action"),
    }
    kinds = {
        "booking_created": QCoreApplication.translate("BookingsTab", "booked"),
        "booking_cancelled": QCoreApplication.translate("BookingsTab", "cancelled"),
        "booking_rescheduled": QCoreApplication.translate("BookingsTab", "rescheduled"),
        "booking_updated": QCoreApplication.translate("BookingsTab", "changed"),
        "booking_pending": QCoreApplication.translate("BookingsTab", "pending"),
        "booking_pending_ended": QCoreApplication.translate("BookingsTab", "no longer pending"),
    }
    at = event.received_at.astimezone().strftime("%H:%M:%S")
    kind = kinds.get(event.event_type, event.event_type)
    source = sources.get(event.source.value, event.source.value)
    line = f"{at}  {kind}  ({source})  {event.appointment_id[:8]}"
    if event.result.value == "failed":
        line += "  — " + QCoreApplication.translate("BookingsTab", "not applied: %1").replace(
            "%1", event.error or ""
        )
    return line
