"""The weekly hours as a table of day / start / end rows, for keyboard and screen-reader users.

It edits the same :class:`ScheduleEditor` as the week grid: typing a new start or end
(``HH:MM``; ``24:00`` ends the day) resizes that interval, "Add" gives the chosen day a new
interval, "Remove" takes the selected row's interval off. A time that cannot be read is put
back and reported, so the schedule never holds a half-typed value.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.scheduling import edits
from console.scheduling.schedule import (
    WEEKDAYS,
    Interval,
    ScheduleError,
    WeeklySchedule,
    parse_time,
)
from console.ui.availability.schedule_editor import ScheduleEditor

__all__ = ["HoursList"]

DAY_NAMES = (
    QT_TRANSLATE_NOOP("HoursList", "Monday"),
    QT_TRANSLATE_NOOP("HoursList", "Tuesday"),
    QT_TRANSLATE_NOOP("HoursList", "Wednesday"),
    QT_TRANSLATE_NOOP("HoursList", "Thursday"),
    QT_TRANSLATE_NOOP("HoursList", "Friday"),
    QT_TRANSLATE_NOOP("HoursList", "Saturday"),
    QT_TRANSLATE_NOOP("HoursList", "Sunday"),
)


def day_name(day: int) -> str:
    """The translated name of weekday ``day`` (0 = Monday)."""
    return QCoreApplication.translate("HoursList", str(DAY_NAMES[day]))


class HoursList(QWidget):
    """Day / start / end rows of the editor's schedule, editable from the keyboard.

    Signals:
        problem(str): a typed time that could not be used, as a sentence to show.
    """

    problem = Signal(str)

    def __init__(self, editor: ScheduleEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._rows: list[tuple[int, Interval]] = []
        self._filling = False
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Start"), self.tr("End")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Weekly hours as a list"))
        self.table.itemChanged.connect(self._item_changed)
        self.day_box = QComboBox(self)
        self.day_box.addItems([day_name(d) for d in range(7)])
        self.day_box.setAccessibleName(self.tr("Day for a new interval"))
        self.add_button = QPushButton(self.tr("&Add interval"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Re&move interval"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.day_box)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        editor.changed.connect(self._fill)
        self._fill(editor.schedule)

    def rows(self) -> list[tuple[int, Interval]]:
        """What the rows show: ``(weekday, interval)`` in order."""
        return list(self._rows)

    def _fill(self, schedule: WeeklySchedule) -> None:
        self._filling = True
        try:
            self._rows = [
                (day, interval)
                for day, name in enumerate(WEEKDAYS)
                for interval in schedule.day(name).intervals
            ]
            self.table.setRowCount(len(self._rows))
            for row, (day, interval) in enumerate(self._rows):
                label = QTableWidgetItem(day_name(day))
                label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, 0, label)
                self.table.setItem(row, 1, QTableWidgetItem(interval.label().split("–")[0]))
                self.table.setItem(row, 2, QTableWidgetItem(interval.label().split("–")[1]))
        finally:
            self._filling = False

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0 or not 0 <= item.row() < len(self._rows):
            return
        day, interval = self._rows[item.row()]
        try:
            minute = parse_time(item.text(), allow_end_of_day=item.column() == 2)
        except ScheduleError as exc:
            self.problem.emit(str(exc))
            self._fill(self._editor.schedule)
            return
        if item.column() == 2 and minute == 0:
            minute = 24 * 60
        start, end = (
            (minute, interval.end_minute) if item.column() == 1 else (interval.start_minute, minute)
        )
        if end <= start:
            self.problem.emit(self.tr("An interval must end after it starts."))
            self._fill(self._editor.schedule)
            return
        schedule = edits.resize_interval(self._editor.schedule, day, interval, start, end)
        self._editor.apply(schedule, self.tr("Change interval"))

    def _add(self) -> None:
        day = self.day_box.currentIndex()
        taken = self._editor.schedule.day(day).intervals
        start = max((i.end_minute for i in taken), default=9 * 60 - 60) + 60
        start = min(start, 23 * 60)
        schedule = edits.add_interval(self._editor.schedule, day, start, min(start + 8 * 60, 1440))
        self._editor.apply(schedule, self.tr("Add interval"))

    def remove_selected(self) -> None:
        """Take the selected row's interval off its day."""
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return
        day, interval = self._rows[row]
        schedule = edits.remove_interval(self._editor.schedule, day, interval)
        self._editor.apply(schedule, self.tr("Remove interval"))
