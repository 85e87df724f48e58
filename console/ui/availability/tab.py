"""The availability tab's view: the week grid and the list on one schedule, zone, lint, save.

The tab holds no network code: it shows what it is given (:meth:`show_availability`), keeps
the edits on its :class:`ScheduleEditor` (undo with Ctrl+Z, redo with Ctrl+Shift+Z) and asks
for a save with :attr:`save_requested`; whoever saves calls :meth:`saved` with what the server
stored (the tab redraws from it) or :meth:`save_failed` (the edits stay).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.scheduling import edits
from console.scheduling.lint import LintProblem, lint_schedule
from console.scheduling.schedule import WeeklySchedule
from console.ui.availability.hours_list import HoursList
from console.ui.availability.schedule_editor import ScheduleEditor
from console.ui.problems import translate_problem
from console.ui.widgets.timezone_box import TimeZoneBox
from console.ui.widgets.tool_row import ToolRow
from console.ui.widgets.week_grid import WeekGrid

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
    """

    save_requested = Signal(object, str)
    slots_wanted = Signal(str, bool)
    apply_to_many_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = ScheduleEditor(self)
        self._user_zone: str | None = None
        self._saved_zone = ""
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
        scroll = QScrollArea(self)
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
        side_layout.addWidget(self.hours_list, 2)
        side_layout.addWidget(QLabel(self.tr("Checks"), side))
        side_layout.addWidget(self.lint_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
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
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.grid.edited.connect(self.editor.apply)
        self.editor.changed.connect(self.grid.set_schedule)
        self.editor.changed.connect(self._relint)
        self.editor.changed.connect(lambda _schedule: self._preview_changed())
        self.editor.dirty_changed.connect(self._dirty_changed)
        self.hours_list.problem.connect(self.status_label.setText)
        self.zone_box.currentTextChanged.connect(lambda _text: self._zone_changed())
        self._relint(self.editor.schedule)

    # -- what the presenter calls --------------------------------------------------------------

    def show_availability(
        self, account: str, schedule: WeeklySchedule, zone: str, user_zone: str | None
    ) -> None:
        """Show an account's stored hours (no undo history, nothing unsaved)."""
        self.account_label.setText(account)
        self._user_zone = user_zone
        self._saved_zone = zone
        self.zone_box.set_zone(zone)
        self.host_zone_label.setText(
            self.tr("Host's zone: {zone}").format(zone=user_zone or self.tr("unknown"))
        )
        self.editor.reset(schedule)
        self._dirty_changed(False)
        self.status_label.clear()

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

    def show_slots(self, starts: list[datetime], zone: str, *, local: bool) -> None:
        """Draw bookable ``starts`` over the grid (wall-clock in ``zone``) and say their source."""
        info = ZoneInfo(zone)
        marks = []
        for start in starts:
            wall = start.astimezone(info)
            marks.append((wall.weekday(), wall.hour * 60 + wall.minute))
        self.grid.set_slots(marks)
        if local:
            text = self.tr(
                "{count} slots in the next 14 days, computed here from the unsaved hours "
                "(appointments not counted)."
            )
        else:
            text = self.tr("{count} slots in the next 14 days, as clients see them now.")
        self.slots_label.setText(text.format(count=len(starts)))

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

    def _zone(self) -> str:
        return self.zone_box.zone() or self._saved_zone or "UTC"

    def _zone_changed(self) -> None:
        self._relint(self.editor.schedule)
        self._dirty_changed(self.editor.is_dirty)

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
