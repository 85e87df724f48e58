"""The availability tab's view: the week grid and the list on one schedule, zone, lint, save.

The tab holds no network code: it shows what it is given (:meth:`show_availability`), keeps
the edits on its :class:`ScheduleEditor` (undo with Ctrl+Z, redo with Ctrl+Shift+Z) and asks
for a save with :attr:`save_requested`; whoever saves calls :meth:`saved` with what the server
stored (the tab redraws from it) or :meth:`save_failed` (the edits stay). Date-specific hours
are edited on the "Dates" page (:class:`DatesPanel`) and saved on their own, each change at
once; the week grid shows the week of the date chosen in its calendar, with the dates that have
date-specific hours drawn as they really are.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.scheduling import day_reasons, edits
from console.scheduling.date_exceptions import DateException, effective_hours, exceptions_on
from console.scheduling.day_reasons import DayReason
from console.scheduling.lint import LintProblem, lint_schedule
from console.scheduling.schedule import WeeklySchedule
from console.ui.availability.dates_panel import DatesPanel
from console.ui.availability.hours_list import HoursList, day_name
from console.ui.availability.schedule_editor import ScheduleEditor
from console.ui.problems import translate_problem
from console.ui.widgets.timezone_box import TimeZoneBox
from console.ui.widgets.tool_row import ToolRow
from console.ui.widgets.week_grid import DayOverlay, WeekGrid

if TYPE_CHECKING:
    from console.ui.availability.holiday_dialog import HolidayDialog

__all__ = ["AvailabilityTab"]


class AvailabilityTab(QWidget):
    """Weekly hours of one account, drawn and listed, checked before they are saved.

    Signals:
        save_requested(object, str): the schedule (a :class:`WeeklySchedule`) and time zone to
            save.
        slots_wanted(str, bool): the meeting type whose next 14 days of slots to draw, and
            whether to compute them locally from the unsaved hours (True) or ask the server.
        apply_to_many_requested(object): give these weekly hours (a :class:`WeeklySchedule`)
            to accounts chosen in the account picker, through the Changes panel.
        exceptions_save_requested(object, str): the account's whole new list of
            :class:`DateException` and the zone its dates are in.
        closed_days_to_many_requested(object, str): close these ``(first, last, title)``
            ranges on accounts chosen in the account picker (each in its own zone), through
            the Changes panel; the text names the change.
    """

    save_requested = Signal(object, str)
    slots_wanted = Signal(str, bool)
    apply_to_many_requested = Signal(object)
    exceptions_save_requested = Signal(object, str)
    closed_days_to_many_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = ScheduleEditor(self)
        self._user_zone: str | None = None
        self._saved_zone = ""
        self._reasons: dict[date, DayReason] = {}
        self._shown_once = False
        self._starts: list[datetime] = []
        self.holiday_dialog: HolidayDialog | None = None
        self.account_label = QLabel(self.tr("No account chosen."), self)
        self.zone_box = TimeZoneBox(self)
        self.zone_box.setAccessibleName(self.tr("Time zone of the hours"))
        self.host_zone_label = QLabel(self)
        self.unsaved_label = QLabel(self)
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.redo_button = QPushButton(self.tr("&Redo"), self)
        self.undo_button.clicked.connect(self.editor.undo_stack.undo)
        self.redo_button.clicked.connect(self.editor.undo_stack.redo)
        self.editor.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.editor.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.preset_box = QComboBox(self)
        self.preset_box.setAccessibleName(self.tr("Preset"))
        self.preset_box.addItem(self.tr("Preset…"), None)
        labels = {
            "business_9_17": self.tr("Business hours (Mon–Fri 09:00–17:00)"),
            "guide_9_18_fri_17": self.tr("Mon–Thu 09:00–18:00, Fri 09:00–17:00"),
            "mornings": self.tr("Mornings (Mon–Fri 09:00–12:00)"),
            "clear": self.tr("Clear"),
        }
        for key in edits.EDIT_PRESETS:
            self.preset_box.addItem(labels[key], key)
        self.preset_box.activated.connect(self._preset_chosen)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.clicked.connect(self._save)
        self.save_button.setEnabled(False)
        self.apply_button = QPushButton(self.tr("Apply to &accounts…"), self)
        self.apply_button.clicked.connect(
            lambda: self.apply_to_many_requested.emit(self.editor.schedule)
        )

        self.grid = WeekGrid(self)
        self.grid.set_undo_stack(self.editor.undo_stack)
        self._week = self._monday(date.today())
        self.dates = DatesPanel(self)
        self.dates.save_requested.connect(
            lambda found: self.exceptions_save_requested.emit(found, self._zone())
        )
        self.dates.date_chosen.connect(self.show_week)
        self.dates.holidays_requested.connect(self.open_holidays)
        self.dates.close_for_others_requested.connect(self._close_for_others)
        self.week_label = QLabel(self)
        self.week_label.setWordWrap(True)
        scroll = QScrollArea(self)
        self._grid_scroll = scroll
        # A dated day's caption follows the scrolled view.
        scroll.verticalScrollBar().valueChanged.connect(lambda _value: self.grid.update())
        scroll.setWidget(self.grid)
        scroll.setWidgetResizable(True)
        self.hours_list = HoursList(self.editor, self)
        self.lint_list = QListWidget(self)
        self.lint_list.setAccessibleName(self.tr("Checks"))
        self.lint_list.setWordWrap(True)
        self.status_label = QLabel(self)
        self.meeting_type_box = QComboBox(self)
        self.meeting_type_box.setAccessibleName(self.tr("Meeting type for the slots"))
        self.meeting_type_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meeting_type_box.activated.connect(lambda _index: self._want_slots())
        self.preview_check = QCheckBox(self.tr("&Preview unsaved hours"), self)
        self.preview_check.toggled.connect(lambda _on: self._want_slots())
        self.slots_label = QLabel(self)
        self.slots_label.setWordWrap(True)
        self.status_label.setWordWrap(True)

        # An account's e-mail, the host's zone and the meeting types' names are as long as they
        # are: they are cut (whole in the tooltip) rather than widening the window past 800 px.
        for label in (self.account_label, self.host_zone_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.meeting_type_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_type_box.setMinimumContentsLength(16)
        top = QHBoxLayout()
        top.addWidget(self.account_label, 1)
        top.addWidget(QLabel(self.tr("Time zone:"), self))
        top.addWidget(self.zone_box)
        top.addWidget(self.host_zone_label)
        # Two rows, so the tab (and with it the window) still fits a narrow screen: editing on
        # the first, what clients see and the actions on the second.
        tools = ToolRow()
        for widget in (self.undo_button, self.redo_button, self.preset_box):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.unsaved_label)
        tools.addWidget(self.apply_button)
        tools.addWidget(self.save_button)
        slots_row = QHBoxLayout()
        slots_row.addWidget(QLabel(self.tr("Slots of:"), self))
        slots_row.addWidget(self.meeting_type_box, 1)
        slots_row.addWidget(self.preview_check)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QTabWidget(side)
        self.pages.addTab(self.hours_list, self.tr("Weekly &list"))
        dates_scroll = QScrollArea(side)
        dates_scroll.setWidget(self.dates)
        dates_scroll.setWidgetResizable(True)
        self.pages.addTab(dates_scroll, self.tr("&Dates and holidays"))
        side_layout.addWidget(self.pages, 3)
        side_layout.addWidget(QLabel(self.tr("Checks"), side))
        side_layout.addWidget(self.lint_list, 1)
        grid_side = QWidget(self)
        grid_layout = QVBoxLayout(grid_side)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.week_label)
        grid_layout.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(grid_side)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tools)
        layout.addLayout(slots_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.slots_label)
        layout.addWidget(self.status_label)

        for keys, slot in (
            (QKeySequence.StandardKey.Undo, self.editor.undo_stack.undo),
            (QKeySequence("Ctrl+Shift+Z"), self.editor.undo_stack.redo),
            (QKeySequence("Ctrl+Y"), self.editor.undo_stack.redo),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.grid.edited.connect(self.editor.apply)
        self.editor.changed.connect(self.grid.set_schedule)
        self.editor.changed.connect(self._relint)
        self.editor.changed.connect(lambda _schedule: self._preview_changed())
        self.editor.changed.connect(lambda _schedule: self._redraw_week())
        self.editor.dirty_changed.connect(self._dirty_changed)
        self.hours_list.problem.connect(self.status_label.setText)
        self.zone_box.currentTextChanged.connect(lambda _text: self._zone_changed())
        self._relint(self.editor.schedule)
        self._redraw_week()

    # -- what the presenter calls --------------------------------------------------------------

    def show_availability(
        self, account: str, schedule: WeeklySchedule, zone: str, user_zone: str | None
    ) -> None:
        """Show an account's stored hours (no undo history, nothing unsaved)."""
        self.account_label.setText(account)
        self.account_label.setToolTip(account)
        self._user_zone = user_zone
        self._saved_zone = zone
        self.zone_box.set_zone(zone)
        self.host_zone_label.setText(
            self.tr("Host's zone: {zone}").format(zone=user_zone or self.tr("unknown"))
        )
        self.host_zone_label.setToolTip(self.host_zone_label.text())
        self.editor.reset(schedule)
        self._dirty_changed(False)
        self.status_label.clear()
        self._scroll_to_morning()

    def _scroll_to_morning(self) -> None:
        # Most hours start in the morning: show 07:00 at the top rather than midnight.
        bar = self._grid_scroll.verticalScrollBar()
        bar.setValue(int(self.grid.y_of(7 * 60)) - self.grid.TOP)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._scroll_to_morning)

    def show_exceptions(self, exceptions: list[DateException]) -> None:
        """Show an account's stored date-specific hours (calendar, list and the grid's week)."""
        self.dates.set_exceptions(exceptions)
        self._redraw_week()

    def exceptions_saved(self, exceptions: list[DateException]) -> None:
        """The date-specific hours were saved: show what the server kept."""
        self.dates.saved(exceptions)
        self._redraw_week()
        self.status_label.setText(
            self.tr("Date-specific hours saved; showing them as the server stored them.")
        )

    def exceptions_save_failed(self, sentence: str) -> None:
        """Saving the date-specific hours failed: the form keeps the edit."""
        self.dates.save_failed(sentence)

    def show_week(self, day: date) -> None:
        """Show the week (Monday to Sunday) that contains ``day`` in the grid."""
        self._week = self._monday(day)
        self._redraw_week()

    def saved(self, schedule: WeeklySchedule, zone: str) -> None:
        """The save went through: redraw from what the server stored."""
        self._saved_zone = zone
        self.zone_box.set_zone(zone)
        self.editor.reset(schedule)
        self._dirty_changed(False)
        self.status_label.setText(self.tr("Saved; showing the hours as the server stored them."))

    def save_failed(self, sentence: str) -> None:
        """The save was refused or failed: the edits stay, the reason is shown."""
        self.status_label.setText(self.tr("Not saved: {reason}").format(reason=sentence))
        self.save_button.setEnabled(True)

    def set_meeting_types(self, choices: list[tuple[str, str]]) -> None:
        """The meeting types whose slots can be drawn, as ``(name, id)``."""
        self.meeting_type_box.clear()
        for label, mt_id in choices:
            self.meeting_type_box.addItem(label, mt_id)

    def show_slots(
        self,
        starts: list[datetime],
        zone: str,
        *,
        local: bool,
        reasons: dict[date, DayReason] | None = None,
    ) -> None:
        """Draw bookable ``starts`` over the grid (wall-clock in ``zone``) and say their source.

        ``reasons`` explains the days of the 14 without a slot (shown on hover and listed).
        """
        self._starts = list(starts)
        info = ZoneInfo(zone)
        marks = []
        for start in starts:
            wall = start.astimezone(info)
            marks.append((wall.weekday(), wall.hour * 60 + wall.minute))
        self.grid.set_slots(marks)
        if local:
            text = self.tr(
                "{count} slots in the next 14 days, computed here from the unsaved hours and "
                "the existing appointments."
            )
        else:
            text = self.tr("{count} slots in the next 14 days, as clients see them now.")
        text = text.format(count=len(starts))
        found = sorted((reasons or {}).values(), key=lambda r: r.day)
        lines = [self.reason_text(r) for r in found]
        if lines:
            text += " " + self.tr("No slots on: {days}").format(days="; ".join(lines[:3]))
            if len(lines) > 3:
                text += " " + self.tr("(and more; hover for all)")
        self.slots_label.setText(text)
        self.slots_label.setToolTip("\n".join(lines))
        self._reasons = {r.day: r for r in found}
        self._redraw_week()

    def slot_starts(self) -> list[datetime]:
        """The bookable starts drawn last (aware instants)."""
        return list(self._starts)

    def slot_reasons(self) -> dict[date, DayReason]:
        """Why the days of the 14 without a slot have none, as drawn last."""
        return dict(self._reasons)

    def reason_text(self, reason: DayReason) -> str:
        """``Sat 5 Dec: no hours on Saturdays`` in the user's language."""
        when = self._date_text(reason.day)
        weekday = day_name(reason.day.weekday())
        texts = {
            day_reasons.CLOSED: self.tr("closed ({note})").format(
                note=reason.title or self.tr("date-specific hours")
            ),
            day_reasons.NO_HOURS: self.tr("no hours on {weekday}").format(weekday=weekday),
            day_reasons.DST_GAP: self.tr("the hours fall into the hour the clocks skip that night"),
            day_reasons.TOO_SHORT: self.tr(
                "the longest open time ({minutes} min) is shorter than the meeting"
            ).format(minutes=reason.minutes),
            day_reasons.HOURS_OVER: self.tr("today's hours are over"),
            day_reasons.MINIMUM_NOTICE: self.tr("inside the minimum notice"),
            day_reasons.BOOKING_WINDOW: self.tr("beyond the booking window"),
            day_reasons.BOOKED_OUT: self.tr("booked out by existing appointments"),
        }
        return f"{when}: {texts.get(reason.kind, reason.kind)}"

    def open_holidays(self) -> None:
        """Preview public holidays and close this account, or others, on the chosen ones."""
        from console.ui.availability.holiday_dialog import OTHER_ACCOUNTS, HolidayDialog

        dialog = HolidayDialog(date.today().year + (date.today().month == 12), self)
        self.holiday_dialog = dialog  # reachable while it is open (tests, screenshots)
        try:
            result = dialog.exec()
            chosen = dialog.chosen()
            if not chosen:
                return
            if result == OTHER_ACCOUNTS:
                ranges = [(day, day, name) for day, name in chosen]
                self.closed_days_to_many_requested.emit(ranges, dialog.description())
            elif result:
                self.dates.add_closed_days(chosen)
        finally:
            self.holiday_dialog = None
            dialog.deleteLater()

    def _want_slots(self) -> None:
        mt_id = self.meeting_type_box.currentData()
        if isinstance(mt_id, str):
            self.slots_wanted.emit(mt_id, self.preview_check.isChecked())

    def _preview_changed(self) -> None:
        if self.preview_check.isChecked():
            self._want_slots()

    def problems(self) -> list[LintProblem]:
        """The current findings of the checks."""
        return list(self._problems)

    # -- inside -------------------------------------------------------------------------------

    @staticmethod
    def _monday(day: date) -> date:
        return day - timedelta(days=day.weekday())

    def _date_text(self, day: date) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    def _close_for_others(self, ranges: list[tuple[date, date, str | None]]) -> None:
        spans = ", ".join(
            self._date_text(first)
            if first == last
            else f"{self._date_text(first)} – {self._date_text(last)}"
            for first, last, _ in ranges
        )
        self.closed_days_to_many_requested.emit(ranges, self.tr("Closed {days}").format(days=spans))

    def _redraw_week(self) -> None:
        """The grid's dated week: days with date-specific hours drawn as they really are."""
        exceptions = self.dates.exceptions()
        zone = self._zone()
        overlays: dict[int, DayOverlay] = {}
        notes: dict[int, str] = {}
        for offset in range(7):
            day = self._week + timedelta(days=offset)
            found = exceptions_on(exceptions, day)
            if not found:
                if day in self._reasons:
                    notes[offset] = self.reason_text(self._reasons[day])
                continue
            try:
                spans = effective_hours(self.editor.schedule, zone, found, day)
            except ValueError:
                continue
            if not spans:
                caption = self.tr("Closed")
            else:
                caption = ", ".join(
                    f"{s // 60:02d}:{s % 60:02d}–{e // 60:02d}:{e % 60:02d}" for s, e in spans
                )
            hours = "; ".join(
                self.dates.hours_text(e) + (f" ({e.title})" if e.title else "") for e in found
            )
            explanation = self.tr(
                "{date}: date-specific hours ({hours}) apply instead of the weekly hours; "
                "closed dates win over open ones, as in the slots clients see."
            ).format(date=self._date_text(day), hours=hours)
            reason = self._reasons.get(day)
            if reason is not None:
                explanation += "\n" + self.reason_text(reason)
            overlays[offset] = DayOverlay(spans, caption, explanation)
        self.grid.set_week(self._week, overlays, notes)
        last = self._week + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week of {first} – {last} (pick a date under Dates to see another)").format(
                first=self._date_text(self._week), last=self._date_text(last)
            )
        )

    def _zone(self) -> str:
        return self.zone_box.zone() or self._saved_zone or "UTC"

    def _zone_changed(self) -> None:
        self._relint(self.editor.schedule)
        self._dirty_changed(self.editor.is_dirty)
        self._redraw_week()

    def _relint(self, schedule: WeeklySchedule) -> None:
        try:
            self._problems = lint_schedule(
                schedule, self._zone(), now=datetime.now(UTC), user_zone=self._user_zone
            )
        except ValueError:
            self._problems = []
        self.lint_list.clear()
        for problem in self._problems:
            severity = self.tr("Error") if problem.severity == "error" else self.tr("Warning")
            item = QListWidgetItem(f"{severity}: {translate_problem(problem.message)}")
            item.setToolTip(item.text())
            self.lint_list.addItem(item)
        if not self._problems:
            self.lint_list.addItem(self.tr("No problems found."))

    def _dirty_changed(self, dirty: bool) -> None:
        dirty = dirty or (bool(self._saved_zone) and self._zone() != self._saved_zone)
        self.unsaved_label.setText(self.tr("● Unsaved changes") if dirty else "")
        self.save_button.setEnabled(dirty)

    def _preset_chosen(self, index: int) -> None:
        key = self.preset_box.itemData(index)
        self.preset_box.setCurrentIndex(0)
        if key in edits.EDIT_PRESETS:
            self.editor.apply(edits.EDIT_PRESETS[key], self.tr("Apply preset"))

    def _save(self) -> None:
        self.save_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        self.save_requested.emit(self.editor.schedule, self._zone())
