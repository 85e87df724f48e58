"""The bookings tab: filter bar, the bookings table, the feed panel and the actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.live.events import STATUSES
from console.store.records import BookingRecord, EventRecord
from console.ui.bookings.calendar import DAY, WEEK, BookingCalendar
from console.ui.bookings.charts import BookingNumbers
from console.ui.bookings.dialogs import (
    CancelDialog,
    CancelManyDialog,
    HistoryDialog,
    RescheduleDialog,
    event_line,
)
from console.ui.bookings.model import ROW_ROLE, BookingFilter, BookingsModel, status_text
from console.ui.bookings.receiver_dialog import ReceiverDialog
from console.ui.widgets.tool_row import ToolRow

FEED_LINES = 200


class BookingsTab(QWidget):
    """The live bookings of the connection, across accounts or for the chosen one.

    Signals:
        filters_changed(object): the filter bar now asks for this :class:`BookingFilter`.
        account_chosen(object): the user picked an account in the filter (its ``AccountRow``,
            or None for all accounts).
        cancel_requested(object, str, str): cancel this :class:`BookingRecord` with this
            reason, for this attendee id ("" — the whole booking).
        cancel_dialog_opened(object): the cancel dialog of this booking is open (its
            attendees are wanted, to offer one of a group).
        cancel_many_requested(object, str): cancel these bookings (a list of
            :class:`BookingRecord`) with this reason, as one change set.
        reschedule_requested(object): the user wants to move this booking (slots are needed).
        slot_chosen(object, object): move this booking to this start.
        history_requested(object): show this booking's chain of events.
        export_requested(str, str): export the shown rows as ``csv`` or ``ics`` to this path.
        mute_toggled(bool): mute (or unmute) this connection's desktop notifications.
        quiet_toggled(bool): start (or end) an hour without notifications.
        receiver_requested(): the user wants to see or change the receiver's settings.
        receiver_chosen(object): save these :class:`ReceiverSettings` and restart the receiver.
        status_posted(str): a confirmation for the status bar ("Details copied").
    """

    filters_changed = Signal(object)
    account_chosen = Signal(object)
    cancel_requested = Signal(object, str, str)
    cancel_dialog_opened = Signal(object)
    cancel_many_requested = Signal(object, str)
    reschedule_requested = Signal(object)
    slot_chosen = Signal(object, object)
    history_requested = Signal(object)
    export_requested = Signal(str, str)
    mute_toggled = Signal(bool)
    quiet_toggled = Signal(bool)
    receiver_requested = Signal()
    receiver_chosen = Signal(object)
    status_posted = Signal(str)

    def __init__(
        self,
        model: BookingsModel,
        parent: QWidget | None = None,
        *,
        calendar: BookingCalendar | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.calendar = calendar or BookingCalendar()
        self.cancel_dialog: CancelDialog | None = None
        self.cancel_many_dialog: CancelManyDialog | None = None
        self.receiver_dialog: ReceiverDialog | None = None
        self.reschedule_dialog: RescheduleDialog | None = None
        self.history_dialog: HistoryDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self._showing = False
        self._rows: dict[str, Any] = {}
        self._setup_ui()

    # -- construction --------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = ToolRow()
        self.account_combo = QComboBox()
        self.account_combo.setAccessibleName(self.tr("Account"))
        self.account_combo.addItem(self.tr("All accounts"), None)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in STATUSES:
            self.status_combo.addItem(status_text(status), status)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Meeting type"))
        self.type_combo.addItem(self.tr("Any meeting type"), None)
        self.from_check = QCheckBox(self.tr("From"))
        self.from_edit = QDateEdit(QDate.currentDate())
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_check = QCheckBox(self.tr("to"))
        self.to_edit = QDateEdit(QDate.currentDate().addDays(14))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search client name or e-mail"))
        self.search_edit.setAccessibleName(self.tr("Search bookings"))
        self.search_edit.setClearButtonEnabled(True)
        for widget in (
            self.account_combo,
            self.status_combo,
            self.type_combo,
            self.from_check,
            self.from_edit,
            self.to_check,
            self.to_edit,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.search_edit, 1)
        layout.addWidget(bar)
        layout.addWidget(self._view_bar())

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Bookings"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows: cancelled together as one change set.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Fixed heights: the view never measures 100,000 rows.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.calendar)
        left_layout.addWidget(self.views, 1)
        actions = ToolRow()
        self.count_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel…"))
        self.reschedule_button = QPushButton(self.tr("Reschedule…"))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.history_button = QPushButton(self.tr("History…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.ics_button = QPushButton(self.tr("Export .ics…"))
        actions.addWidget(self.count_label, 1)
        for button in (
            self.cancel_button,
            self.reschedule_button,
            self.copy_button,
            self.history_button,
            self.csv_button,
            self.ics_button,
        ):
            actions.addWidget(button)
        left_layout.addWidget(actions)
        split.addWidget(left)

        feed = QWidget()
        feed_layout = QVBoxLayout(feed)
        feed_layout.setContentsMargins(0, 0, 0, 0)
        feed_layout.addWidget(QLabel(self.tr("Latest events")))
        self.feed_list = QListWidget()
        self.feed_list.setAccessibleName(self.tr("Latest events"))
        feed_layout.addWidget(self.feed_list)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(feed)
        self.numbers = BookingNumbers()
        self.numbers.setVisible(False)
        side.addWidget(self.numbers)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([1100, 300])
        layout.addWidget(split, 1)

        self.account_combo.currentIndexChanged.connect(self._on_account_combo_changed)
        for combo in (self.status_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._on_filter_edited)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._on_filter_edited)
        for date_edit in (self.from_edit, self.to_edit):
            date_edit.dateChanged.connect(self._on_filter_edited)
        self.search_edit.textChanged.connect(self._on_filter_edited)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.reschedule_button.clicked.connect(self._on_reschedule_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.history_button.clicked.connect(self._on_history_clicked)
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.ics_button.clicked.connect(lambda: self._ask_export("ics"))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self.update_counts)
        self.model.layoutChanged.connect(self.update_counts)
        # Every change of the rows redraws the calendar once, after the burst (while shown).
        self._calendar_timer = QTimer(self)
        self._calendar_timer.setSingleShot(True)
        self._calendar_timer.setInterval(0)
        self._calendar_timer.timeout.connect(self.refresh_calendar)
        for changed in (
            self.model.modelReset,
            self.model.layoutChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.dataChanged,
        ):
            changed.connect(self._on_rows_changed)
        self.calendar.booking_clicked.connect(self._on_calendar_booking_clicked)
        # The numbers count every row: at most once a second while rows keep changing.
        self._numbers_timer = QTimer(self)
        self._numbers_timer.setSingleShot(True)
        self._numbers_timer.setInterval(1000)
        self._numbers_timer.timeout.connect(self.refresh_numbers)
        self._on_selection_changed()
        self.update_counts()

    def _view_bar(self) -> ToolRow:
        # Its own row: the filter bar above keeps its width; what does not fit folds into "»".
        row = ToolRow()
        self.calendar_button = QPushButton(self.tr("Calendar"))
        self.calendar_button.setCheckable(True)
        self.calendar_button.setAccessibleName(self.tr("Show the bookings as a calendar"))
        self.span_combo = QComboBox()
        self.span_combo.setAccessibleName(self.tr("Calendar span"))
        self.span_combo.addItem(self.tr("Week"), WEEK)
        self.span_combo.addItem(self.tr("Day"), DAY)
        self.previous_button = QPushButton("‹")
        self.previous_button.setAccessibleName(self.tr("Previous day or week"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("›")
        self.next_button.setAccessibleName(self.tr("Next day or week"))
        self.range_label = QLabel()
        # The range's words never widen the tab: they are cut before the buttons are.
        self.range_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for widget in (
            self.calendar_button,
            self.span_combo,
            self.previous_button,
            self.today_button,
            self.next_button,
        ):
            row.addWidget(widget)
        row.addWidget(self.range_label, 1)
        self.numbers_button = QPushButton(self.tr("Numbers"))
        self.numbers_button.setCheckable(True)
        self.numbers_button.setAccessibleName(self.tr("Show the numbers per day"))
        self.numbers_button.toggled.connect(self._on_numbers_button_toggled)
        row.addWidget(self.numbers_button)
        self.notify_button = QToolButton()
        self.notify_button.setText(self.tr("Notifications"))
        self.notify_button.setAccessibleName(self.tr("Desktop notifications"))
        self.notify_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.notify_menu = QMenu(self.notify_button)
        self.mute_action = self.notify_menu.addAction(self.tr("Mute for this connection"))
        self.mute_action.setCheckable(True)
        self.quiet_action = self.notify_menu.addAction(self.tr("Do not disturb for 1 hour"))
        self.quiet_action.setCheckable(True)
        self.no_tray_action = self.notify_menu.addAction(
            self.tr("This desktop has no notification area.")
        )
        self.no_tray_action.setEnabled(False)
        self.no_tray_action.setVisible(False)
        self.notify_button.setMenu(self.notify_menu)
        self.mute_action.toggled.connect(self._on_mute_action_toggled)
        self.quiet_action.toggled.connect(self._on_quiet_action_toggled)
        row.addWidget(self.notify_button)
        self.receiver_button = QPushButton(self.tr("Receiver…"))
        self.receiver_button.setAccessibleName(self.tr("Webhook receiver settings"))
        self.receiver_button.clicked.connect(self.receiver_requested)
        row.addWidget(self.receiver_button)
        for button in (self.previous_button, self.next_button):
            button.setMaximumWidth(button.fontMetrics().horizontalAdvance("›") * 4 + 16)
        self.calendar_button.toggled.connect(self._on_calendar_button_toggled)
        self.span_combo.currentIndexChanged.connect(self._on_span_combo_changed)
        self.previous_button.clicked.connect(lambda: self._step_calendar(-1))
        self.next_button.clicked.connect(lambda: self._step_calendar(1))
        self.today_button.clicked.connect(self._on_today_clicked)
        for widget in (self.span_combo, self.previous_button, self.today_button, self.next_button):
            widget.setEnabled(False)  # until the calendar is shown
        return row

    # -- calendar ------------------------------------------------------------------------------

    def show_calendar(self, shown: bool) -> None:
        """Show the calendar instead of the table (or the table again)."""
        self.calendar_button.setChecked(shown)

    def refresh_calendar(self) -> None:
        """Draw the shown days of the filtered rows (called after the rows change)."""
        start, end = self.calendar.span()
        self.calendar.set_bookings(
            self.model.visible_between(start, end),
            self.model.accounts(),
            fresh=self.model.highlighted(),
        )
        booking = self.selected_booking()
        self.calendar.set_selected(booking.appointment_id if booking else None)
        self.range_label.setText(self.calendar.title())

    def _on_rows_changed(self, *_args: object) -> None:
        if self.views.currentWidget() is self.calendar:
            self._calendar_timer.start()
        if self.numbers_button.isChecked() and not self._numbers_timer.isActive():
            self._numbers_timer.start()

    # -- numbers -------------------------------------------------------------------------------

    def refresh_numbers(self) -> None:
        """Count the chosen account's (or every account's) bookings per day and draw them."""
        from console.live.stats import daily_numbers

        hosts = self.model.current_filter().host_ids
        today = datetime.now(UTC).astimezone(self.calendar.zone).date()
        numbers = daily_numbers(
            self.model.all_bookings(), today, hosts=hosts, zone=self.calendar.zone
        )
        account = self.account_combo.currentText() if hosts else None
        self.numbers.show_numbers(numbers, account)

    def _on_numbers_button_toggled(self, shown: bool) -> None:
        self.numbers.setVisible(shown)
        if shown:
            self.refresh_numbers()

    def _on_calendar_button_toggled(self, shown: bool) -> None:
        self.views.setCurrentWidget(self.calendar if shown else self.table)
        for widget in (self.span_combo, self.previous_button, self.today_button, self.next_button):
            widget.setEnabled(shown)
        if shown:
            self.refresh_calendar()
        else:
            self.range_label.setText("")

    def _on_span_combo_changed(self, _index: int) -> None:
        self.calendar.set_mode(self.span_combo.currentData())
        self.refresh_calendar()

    def _step_calendar(self, direction: int) -> None:
        self.calendar.step(direction)
        self.refresh_calendar()

    def _on_today_clicked(self) -> None:
        self.calendar.set_day(datetime.now(UTC).astimezone().date())
        self.refresh_calendar()

    def _on_calendar_booking_clicked(self, appointment_id: str) -> None:
        row = self.model.row_of(appointment_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- what the presenter shows --------------------------------------------------------------

    def show_attendees(self, appointment_id: str, attendees: list[tuple[str, str]]) -> None:
        """The attendees (id, name) of the booking whose cancel dialog is open."""
        dialog = self.cancel_dialog
        if dialog is not None and dialog.booking.appointment_id == appointment_id:
            dialog.set_attendees(attendees)

    def open_receiver_dialog(self, current: Any, local_url: str | None) -> None:
        """Show the receiver's settings (:class:`ReceiverSettings`) and where it listens now."""
        self.receiver_dialog = ReceiverDialog(current, local_url=local_url, parent=self)
        self.receiver_dialog.chosen.connect(self.receiver_chosen)
        self.receiver_dialog.open()

    def show_notification_state(
        self, *, muted: bool, quiet_until: datetime | None, available: bool
    ) -> None:
        """The notification menu's ticks, and what they mean now."""
        self._showing = True
        try:
            self.mute_action.setChecked(muted)
            self.quiet_action.setChecked(quiet_until is not None)
        finally:
            self._showing = False
        self.quiet_action.setText(
            self.tr("Do not disturb until %1").replace(
                "%1", quiet_until.astimezone().strftime("%H:%M")
            )
            if quiet_until is not None
            else self.tr("Do not disturb for 1 hour")
        )
        self.no_tray_action.setVisible(not available)
        self.notify_button.setText(
            self.tr("Notifications: off")
            if muted or quiet_until is not None or not available
            else self.tr("Notifications")
        )

    def set_accounts(self, accounts: Sequence[Any]) -> None:
        """The account filter's choices (``AccountRow`` objects of the left pane)."""
        current = self.account_combo.currentData()
        self._showing = True
        try:
            self._rows = {a.id: a for a in accounts}
            self.account_combo.clear()
            self.account_combo.addItem(self.tr("All accounts"), None)
            for account in accounts:
                self.account_combo.addItem(account.email, account.id)
            found = self.account_combo.findData(current)
            self.account_combo.setCurrentIndex(max(found, 0))
        finally:
            self._showing = False

    def set_meeting_types(self, names: list[str]) -> None:
        current = self.type_combo.currentData()
        self._showing = True
        try:
            self.type_combo.clear()
            self.type_combo.addItem(self.tr("Any meeting type"), None)
            for name in names:
                self.type_combo.addItem(name, name)
            self.type_combo.setCurrentIndex(max(self.type_combo.findData(current), 0))
        finally:
            self._showing = False

    def show_current_account(self, account: Any) -> None:
        """The left pane's choice (an ``AccountRow`` or None) becomes the account filter."""
        user_id = getattr(account, "id", None)
        index = self.account_combo.findData(user_id) if user_id is not None else 0
        self._showing = True
        try:
            self.account_combo.setCurrentIndex(max(index, 0))
        finally:
            self._showing = False
        self.filters_changed.emit(self.current_filter())

    def add_events(self, events: list[EventRecord]) -> None:
        """New events on top of the feed panel."""
        for event in events:
            self.feed_list.insertItem(0, event_line(event))
        while self.feed_list.count() > FEED_LINES:
            self.feed_list.takeItem(self.feed_list.count() - 1)

    def show_slots(self, starts: list[datetime]) -> None:
        if self.reschedule_dialog is not None:
            self.reschedule_dialog.set_slots(starts)

    def show_slots_failed(self, text: str) -> None:
        if self.reschedule_dialog is not None:
            self.reschedule_dialog.set_failed(text)

    def show_history(self, events: list[EventRecord]) -> None:
        self.history_dialog = HistoryDialog(events, self)
        self.history_dialog.open()

    def update_counts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            self.tr("%1 of %2 bookings").replace("%1", str(shown)).replace("%2", str(total))
        )

    # -- reading the filter bar ----------------------------------------------------------------

    def current_filter(self) -> BookingFilter:
        account = self.account_combo.currentData()
        status = self.status_combo.currentData()
        meeting_type = self.type_combo.currentData()
        return BookingFilter(
            host_ids=frozenset({account}) if account else None,
            statuses=frozenset({status}) if status else None,
            meeting_type=meeting_type or None,
            start_from=_day_start(self.from_edit.date()) if self.from_check.isChecked() else None,
            start_before=(
                _day_start(self.to_edit.date()) + timedelta(days=1)
                if self.to_check.isChecked()
                else None
            ),
            search=self.search_edit.text(),
        )

    def selected_booking(self) -> BookingRecord | None:
        """The one selected booking; None when none or several are selected."""
        chosen = self.selected_bookings()
        return chosen[0] if len(chosen) == 1 else None

    def selected_bookings(self) -> list[BookingRecord]:
        """Every selected booking, in table order."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        found = [index.data(ROW_ROLE) for index in rows]
        return [b for b in found if isinstance(b, BookingRecord)]

    def cancellable_bookings(self) -> list[BookingRecord]:
        """The selected bookings not cancelled yet (what "Cancel N bookings…" cancels)."""
        return [b for b in self.selected_bookings() if b.status != "cancelled"]

    # -- slots ---------------------------------------------------------------------------------

    def _on_mute_action_toggled(self, muted: bool) -> None:
        if not self._showing:
            self.mute_toggled.emit(muted)

    def _on_quiet_action_toggled(self, quiet: bool) -> None:
        if not self._showing:
            self.quiet_toggled.emit(quiet)

    def _on_account_combo_changed(self, _index: int) -> None:
        if self._showing:
            return
        self.account_chosen.emit(self._rows.get(self.account_combo.currentData()))
        self.filters_changed.emit(self.current_filter())

    def _on_filter_edited(self, *_args: object) -> None:
        if not self._showing:
            self.filters_changed.emit(self.current_filter())

    def _on_selection_changed(self, *_args: object) -> None:
        booking = self.selected_booking()
        self.calendar.set_selected(booking.appointment_id if booking else None)
        open_booking = booking is not None and booking.status != "cancelled"
        several = len(self.selected_bookings()) > 1
        cancellable = len(self.cancellable_bookings())
        self.cancel_button.setEnabled(open_booking or (several and cancellable > 0))
        self.cancel_button.setText(
            self.tr("Cancel %n booking(s)…", "", cancellable) if several else self.tr("Cancel…")
        )
        self.reschedule_button.setEnabled(open_booking)
        self.copy_button.setEnabled(booking is not None)
        self.history_button.setEnabled(booking is not None)

    def _on_cancel_clicked(self) -> None:
        if len(self.selected_bookings()) > 1:
            chosen = self.cancellable_bookings()
            if chosen:
                self.cancel_many_dialog = CancelManyDialog(chosen, self)
                self.cancel_many_dialog.confirmed.connect(self.cancel_many_requested)
                self.cancel_many_dialog.open()
            return
        booking = self.selected_booking()
        if booking is None:
            return
        self.cancel_dialog = CancelDialog(booking, self)
        self.cancel_dialog.confirmed.connect(self.cancel_requested)
        self.cancel_dialog.open()
        self.cancel_dialog_opened.emit(booking)

    def _on_reschedule_clicked(self) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        self.reschedule_dialog = RescheduleDialog(booking, self)
        self.reschedule_dialog.chosen.connect(self.slot_chosen)
        self.reschedule_dialog.open()
        self.reschedule_requested.emit(booking)

    def _on_copy_clicked(self) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        cells = [
            f"{self.model.headerData(c, Qt.Orientation.Horizontal)}: "
            f"{self.model.index(row, c).data()}"
            for c in range(self.model.columnCount())
        ]
        cells.append(f"ID: {booking.appointment_id}")
        QGuiApplication.clipboard().setText("\n".join(cells))
        self.status_posted.emit(self.tr("Booking details copied."))

    def _on_history_clicked(self) -> None:
        booking = self.selected_booking()
        if booking is not None:
            self.history_requested.emit(booking)

    def _ask_export(self, fmt: str) -> None:
        dialog = QFileDialog(self, self.tr("Export bookings"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.selectFile(f"bookings.{fmt}")
        dialog.setNameFilter(
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Calendar files (*.ics)")
        )
        dialog.fileSelected.connect(lambda path: self.export_requested.emit(fmt, path))
        self.export_dialog = dialog
        dialog.open()


def _day_start(value: QDate) -> datetime:
    local = datetime.combine(date(value.year(), value.month(), value.day()), time()).astimezone()
    return local.astimezone(UTC)
