"""Date-specific hours of one account: a month calendar with marks, the list, and a form.

The panel edits a copy of the account's exceptions and asks for them to be saved as a whole
(:attr:`DatesPanel.save_requested`); whoever saves answers with :meth:`DatesPanel.saved` (the
list the server kept) or :meth:`DatesPanel.save_failed` (the sentence is shown under the form
and the form keeps what was typed, so nothing has to be entered again).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.scheduling.date_exceptions import DateException, exceptions_on

__all__ = ["DatesPanel", "MarkedCalendar"]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate(), parent)
    edit.setCalendarPopup(True)
    return edit


class MarkedCalendar(QCalendarWidget):
    """A month calendar that marks dates with date-specific hours: red closed, green open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exceptions: list[DateException] = []
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

    def set_exceptions(self, exceptions: list[DateException]) -> None:
        """Mark the dates ``exceptions`` cover."""
        self._exceptions = list(exceptions)
        self.updateCells()

    def marks(self, day: date) -> list[DateException]:
        """The exceptions marked on ``day``."""
        return exceptions_on(self._exceptions, day)

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate | object) -> None:
        super().paintCell(painter, rect, qdate)  # type: ignore[arg-type]
        if not isinstance(qdate, QDate):
            return
        found = self.marks(_date(qdate))
        if not found:
            return
        closed = any(not e.available for e in found)
        opened = any(e.available for e in found)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        bar = QRect(rect.left() + 3, rect.bottom() - 4, rect.width() - 6, 3)
        if closed:
            painter.setBrush(QColor(200, 40, 40))
            painter.drawRect(bar if not opened else bar.adjusted(0, 0, -bar.width() // 2, 0))
        if opened:
            painter.setBrush(QColor(30, 140, 60))
            painter.drawRect(bar if not closed else bar.adjusted(bar.width() // 2, 0, 0, 0))
        painter.restore()


class DatesPanel(QWidget):
    """The account's date-specific hours: calendar, list, and a form to add or change one.

    Signals:
        save_requested(object): the whole new list of :class:`DateException` to save.
        date_chosen(object): a date picked in the calendar (a :class:`datetime.date`).
        holidays_requested(): the user wants to preview and add public holidays.
        close_for_others_requested(object): close these ``(first, last, title)`` ranges on
            other accounts (the selected closed rows, or the form's dates).
    """

    save_requested = Signal(object)
    date_chosen = Signal(object)
    holidays_requested = Signal()
    close_for_others_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exceptions: list[DateException] = []
        # Lists as stored before each saved change, newest last: what "Undo" sends back.
        self._history: list[list[DateException]] = []
        self._sent: tuple[list[DateException], bool] | None = None  # (before, is an undo)
        self.calendar = MarkedCalendar(self)
        self.calendar.setAccessibleName(self.tr("Calendar of date-specific hours"))
        self.calendar.clicked.connect(self._calendar_clicked)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Hours"), self.tr("Note")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Date-specific hours"))
        self.table.itemSelectionChanged.connect(self._row_chosen)
        self.table.setMinimumHeight(110)

        self.first_edit = _date_edit(self)
        self.first_edit.setAccessibleName(self.tr("From date"))
        self.last_edit = _date_edit(self)
        self.last_edit.setAccessibleName(self.tr("To date"))
        self.first_edit.dateChanged.connect(self._first_changed)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("Closed"), False)
        self.kind_box.addItem(self.tr("Available"), True)
        self.kind_box.setAccessibleName(self.tr("Closed or available"))
        self.all_day_check = QCheckBox(self.tr("All da&y"), self)
        self.all_day_check.setChecked(True)
        self.start_edit = QTimeEdit(QTime(9, 0), self)
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(self.tr("From time"))
        self.end_edit = QTimeEdit(QTime(17, 0), self)
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setAccessibleName(self.tr("Until time (00:00 = midnight)"))
        self.all_day_check.toggled.connect(self._all_day_toggled)
        self._all_day_toggled(True)
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("e.g. Office closed"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Problem with the date-specific hours"))
        self.add_button = QPushButton(self.tr("Add da&te"), self)
        self.add_button.clicked.connect(self._add)
        self.update_button = QPushButton(self.tr("&Change"), self)
        self.update_button.clicked.connect(self._update)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(self._remove)
        self.undo_button = QPushButton(self.tr("U&ndo date change"), self)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        self.holidays_button = QPushButton(self.tr("Public &holidays…"), self)
        self.holidays_button.clicked.connect(self.holidays_requested)
        self.others_button = QPushButton(self.tr("Close days for &other accounts…"), self)
        self.others_button.clicked.connect(self._close_for_others)
        self._row_chosen()

        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.last_edit)
        hours = QHBoxLayout()
        hours.addWidget(self.all_day_check)
        hours.addWidget(self.start_edit)
        hours.addWidget(self.end_edit)
        form = QFormLayout()
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(self.tr("Hours:"), hours)
        form.addRow(self.tr("Note:"), self.note_edit)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.remove_button):
            buttons.addWidget(button)
        # One under the other: the side panel is narrow when the window is.
        more = QVBoxLayout()
        more.addWidget(self.undo_button)
        more.addWidget(self.holidays_button)
        more.addWidget(self.others_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addLayout(more)

    # -- what the tab calls ---------------------------------------------------------------------

    def set_exceptions(self, exceptions: list[DateException]) -> None:
        """Show an account's stored date-specific hours (nothing pending, no undo history)."""
        self._history.clear()
        self._show(exceptions)

    def _show(self, exceptions: list[DateException]) -> None:
        self._sent = None
        self._exceptions = sorted(exceptions, key=lambda e: (e.first, e.start_minute or 0))
        self.calendar.set_exceptions(self._exceptions)
        self.table.setRowCount(len(self._exceptions))
        for row, exception in enumerate(self._exceptions):
            self.table.setItem(row, 0, QTableWidgetItem(self.date_text(exception)))
            self.table.setItem(row, 1, QTableWidgetItem(self.hours_text(exception)))
            self.table.setItem(row, 2, QTableWidgetItem(exception.title or ""))
        self._set_busy(False)
        self._row_chosen()

    def exceptions(self) -> list[DateException]:
        """The date-specific hours as last stored."""
        return list(self._exceptions)

    def saved(self, exceptions: list[DateException]) -> None:
        """The save went through: show what the server kept, clear the problem."""
        self.error_label.clear()
        if self._sent is not None:
            before, undoing = self._sent
            if undoing:
                self._history.pop()
            else:
                self._history.append(before)
        self._show(exceptions)

    def save_failed(self, sentence: str) -> None:
        """The save failed: say why under the form, keep the form as typed."""
        self._sent = None
        self._set_busy(False)
        self.error_label.setText(self.tr("Not saved: {reason}").format(reason=sentence))

    def add_closed_days(self, days: list[tuple[date, str]]) -> None:
        """Ask to save ``days`` as closed all day (those already closed are left out)."""
        taken = {d for e in self._exceptions if not e.available and e.all_day for d in e.days()}
        new = [DateException(d, d, False, title=name) for d, name in days if d not in taken]
        if new:
            self._request([*self._exceptions, *new])

    def date_text(self, exception: DateException) -> str:
        """``Thu 24 Dec 2026`` or ``24 Dec 2026 – 1 Jan 2027``, in the user's language."""
        first = self.locale().toString(_qdate(exception.first), "ddd d MMM yyyy")
        if exception.last == exception.first:
            return first
        first = self.locale().toString(_qdate(exception.first), "d MMM")
        last = self.locale().toString(_qdate(exception.last), "d MMM yyyy")
        return f"{first} – {last}"

    def hours_text(self, exception: DateException) -> str:
        """ "Closed all day", "Available 10:00–14:00", ..."""
        if exception.all_day:
            return (
                self.tr("Available all day") if exception.available else self.tr("Closed all day")
            )
        label = exception.hours_label()
        if exception.available:
            return self.tr("Available {hours}").format(hours=label)
        return self.tr("Closed {hours}").format(hours=label)

    # -- inside ---------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        for button in (self.add_button, self.update_button, self.remove_button):
            button.setEnabled(not busy)
        self.undo_button.setEnabled(not busy and bool(self._history))
        if not busy:
            self._row_chosen()

    def undo(self) -> None:
        """Send back the list as it was before the last saved change."""
        if self._history:
            self._request(list(self._history[-1]), undoing=True)

    def _request(self, exceptions: list[DateException], *, undoing: bool = False) -> None:
        self.error_label.clear()
        self._sent = (list(self._exceptions), undoing)
        self._set_busy(True)
        self.save_requested.emit(exceptions)

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def _row_chosen(self) -> None:
        rows = [r for r in self._selected_rows() if 0 <= r < len(self._exceptions)]
        self.update_button.setEnabled(len(rows) == 1)
        self.remove_button.setEnabled(bool(rows))
        if len(rows) != 1:
            return
        exception = self._exceptions[rows[0]]
        self.first_edit.setDate(_qdate(exception.first))
        self.last_edit.setDate(_qdate(exception.last))
        self.kind_box.setCurrentIndex(1 if exception.available else 0)
        self.all_day_check.setChecked(exception.all_day)
        if exception.start_minute is not None and exception.end_minute is not None:
            self.start_edit.setTime(
                QTime(exception.start_minute // 60, exception.start_minute % 60)
            )
            end = exception.end_minute % (24 * 60)
            self.end_edit.setTime(QTime(end // 60, end % 60))
        self.note_edit.setText(exception.title or "")
        self.calendar.setSelectedDate(_qdate(exception.first))
        self.date_chosen.emit(exception.first)

    def _calendar_clicked(self, value: QDate) -> None:
        day = _date(value)
        self.first_edit.setDate(value)
        self.last_edit.setDate(value)
        for row, exception in enumerate(self._exceptions):
            if exception.covers(day):
                self.table.selectRow(row)
                break
        else:
            self.table.clearSelection()
        self.date_chosen.emit(day)

    def _first_changed(self, value: QDate) -> None:
        if self.last_edit.date() < value:
            self.last_edit.setDate(value)

    def _all_day_toggled(self, all_day: bool) -> None:
        self.start_edit.setEnabled(not all_day)
        self.end_edit.setEnabled(not all_day)

    def _form(self, keep_id: int | str | None = None) -> DateException | None:
        first, last = _date(self.first_edit.date()), _date(self.last_edit.date())
        start = end = None
        if not self.all_day_check.isChecked():
            start = self.start_edit.time().hour() * 60 + self.start_edit.time().minute()
            end = self.end_edit.time().hour() * 60 + self.end_edit.time().minute() or 24 * 60
            if end <= start:
                self.error_label.setText(self.tr("The hours must end after they start."))
                return None
        if last < first:
            self.error_label.setText(self.tr("The last date is before the first."))
            return None
        note = self.note_edit.text().strip() or None
        available = bool(self.kind_box.currentData())
        return DateException(first, last, available, start, end, title=note, id=keep_id)

    def _add(self) -> None:
        new = self._form()
        if new is not None:
            self._request([*self._exceptions, new])

    def _update(self) -> None:
        rows = self._selected_rows()
        if len(rows) != 1 or not 0 <= rows[0] < len(self._exceptions):
            return
        old = self._exceptions[rows[0]]
        new = self._form(old.id)
        if new is not None:
            self._request([new if e is old else e for e in self._exceptions])

    def _remove(self) -> None:
        rows = set(self._selected_rows())
        if rows:
            self._request([e for i, e in enumerate(self._exceptions) if i not in rows])

    def _close_for_others(self) -> None:
        rows = self._selected_rows()
        chosen = [
            self._exceptions[r]
            for r in rows
            if 0 <= r < len(self._exceptions) and not self._exceptions[r].available
        ]
        if chosen:
            ranges = [(e.first, e.last, e.title) for e in chosen if e.all_day]
        else:
            first, last = _date(self.first_edit.date()), _date(self.last_edit.date())
            ranges = [(first, max(first, last), self.note_edit.text().strip() or None)]
        if ranges:
            self.close_for_others_requested.emit(ranges)
