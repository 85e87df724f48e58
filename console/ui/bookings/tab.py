"""The bookings tab: filter bar, the bookings table, the feed panel and the actions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
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
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.live.events import STATUSES
from console.store.records import BookingRecord, EventRecord
from console.ui.bookings.dialogs import CancelDialog, HistoryDialog, RescheduleDialog, event_line
from console.ui.bookings.model import ROW_ROLE, BookingFilter, BookingsModel, status_text
from console.ui.widgets.tool_row import ToolRow

FEED_LINES = 200


class BookingsTab(QWidget):
    """The live bookings of the connection, across accounts or for the chosen one.

    Signals:
        filters_changed(object): the filter bar now asks for this :class:`BookingFilter`.
        account_chosen(object): the user picked an account in the filter (its ``AccountRow``,
            or None for all accounts).
        cancel_requested(object, str): cancel this :class:`BookingRecord` with this reason.
        reschedule_requested(object): the user wants to move this booking (slots are needed).
        slot_chosen(object, object): move this booking to this start.
        history_requested(object): show this booking's chain of events.
        export_requested(str, str): export the shown rows as ``csv`` or ``ics`` to this path.
        status_posted(str): a confirmation for the status bar ("Details copied").
    """

    filters_changed = Signal(object)
    account_chosen = Signal(object)
    cancel_requested = Signal(object, str)
    reschedule_requested = Signal(object)
    slot_chosen = Signal(object, object)
    history_requested = Signal(object)
    export_requested = Signal(str, str)
    status_posted = Signal(str)

    def __init__(self, model: BookingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.cancel_dialog: CancelDialog | None = None
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Fixed heights: the view never measures 100,000 rows.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        left_layout.addWidget(self.table)
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
        split.addWidget(feed)
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
        self._on_selection_changed()
        self.update_counts()

    # -- what the presenter shows --------------------------------------------------------------

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
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        booking = rows[0].data(ROW_ROLE)
        return booking if isinstance(booking, BookingRecord) else None

    # -- slots ---------------------------------------------------------------------------------

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
        open_booking = booking is not None and booking.status != "cancelled"
        self.cancel_button.setEnabled(open_booking)
        self.reschedule_button.setEnabled(open_booking)
        self.copy_button.setEnabled(booking is not None)
        self.history_button.setEnabled(booking is not None)

    def _on_cancel_clicked(self) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        self.cancel_dialog = CancelDialog(booking, self)
        self.cancel_dialog.confirmed.connect(self.cancel_requested)
        self.cancel_dialog.open()

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
