"""The week grid: draw, resize, move and remove intervals with the mouse; undo and redo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from console.scheduling.schedule import Interval, WeeklySchedule
from console.ui.availability.schedule_editor import ScheduleEditor
from console.ui.widgets.week_grid import DayOverlay, WeekGrid


def _grid(qtbot: QtBot, schedule: WeeklySchedule | None = None) -> tuple[WeekGrid, ScheduleEditor]:
    grid = WeekGrid()
    qtbot.addWidget(grid)
    editor = ScheduleEditor(grid)
    grid.resize(grid.sizeHint())
    editor.changed.connect(grid.set_schedule)
    grid.edited.connect(editor.apply)
    editor.reset(schedule or WeeklySchedule.closed())
    grid.show()
    qtbot.waitExposed(grid)
    return grid, editor


def _at(grid: WeekGrid, day: int, minute: int) -> QPoint:
    x = grid.x_of(day) + grid._column_width() / 2
    return QPoint(int(x), round(grid.y_of(minute)))


def _drag(
    qtbot: QtBot,
    widget: QWidget,
    start: QPoint,
    end: QPoint,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, modifier, start)
    qtbot.mouseMove(widget, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, modifier, end)


def test_dragging_on_empty_space_draws_a_snapped_interval(qtbot: QtBot) -> None:
    grid, editor = _grid(qtbot)
    _drag(qtbot, grid, _at(grid, 1, 9 * 60 + 4), _at(grid, 1, 12 * 60 + 8))
    assert editor.schedule.intervals("tuesday") == (Interval("09:00", "12:15"),)
    assert editor.is_dirty


def test_shift_snaps_to_five_minutes(qtbot: QtBot) -> None:
    grid, editor = _grid(qtbot)
    shift = Qt.KeyboardModifier.ShiftModifier
    _drag(qtbot, grid, _at(grid, 0, 9 * 60 + 4), _at(grid, 0, 10 * 60 + 11), shift)
    assert editor.schedule.intervals("monday") == (Interval("09:05", "10:10"),)


def test_dragging_the_bottom_edge_resizes_and_the_body_moves_to_another_day(qtbot: QtBot) -> None:
    hours = WeeklySchedule.from_hours(["wednesday"], [("09:00", "12:00")])
    grid, editor = _grid(qtbot, hours)
    _drag(qtbot, grid, _at(grid, 2, 12 * 60), _at(grid, 2, 13 * 60 + 30))
    assert editor.schedule.intervals("wednesday") == (Interval("09:00", "13:30"),)
    _drag(qtbot, grid, _at(grid, 2, 10 * 60), _at(grid, 3, 11 * 60))
    assert editor.schedule.intervals("wednesday") == ()
    assert editor.schedule.intervals("thursday") == (Interval("10:00", "14:30"),)


def test_dragging_the_top_edge_resizes_the_start(qtbot: QtBot) -> None:
    grid, editor = _grid(qtbot, WeeklySchedule.from_hours(["friday"], [("09:00", "12:00")]))
    _drag(qtbot, grid, _at(grid, 4, 9 * 60), _at(grid, 4, 7 * 60 + 45))
    assert editor.schedule.intervals("friday") == (Interval("07:45", "12:00"),)


def test_an_interval_can_be_drawn_to_midnight(qtbot: QtBot) -> None:
    grid, editor = _grid(qtbot)
    _drag(qtbot, grid, _at(grid, 6, 20 * 60), _at(grid, 6, 24 * 60) + QPoint(0, 20))
    assert editor.schedule.intervals("sunday") == (Interval("20:00", "24:00"),)


def test_delete_removes_the_clicked_interval_and_undo_redo_walk_every_step(qtbot: QtBot) -> None:
    hours = WeeklySchedule.from_hours(["monday"], [("09:00", "12:00"), ("14:00", "17:00")])
    grid, editor = _grid(qtbot, hours)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 15 * 60))
    assert grid.selected == (0, Interval("14:00", "17:00"))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert editor.schedule.intervals("monday") == (Interval("09:00", "12:00"),)
    _drag(qtbot, grid, _at(grid, 1, 8 * 60), _at(grid, 1, 9 * 60))
    stack = editor.undo_stack
    assert stack.count() == 2
    stack.undo()
    assert editor.schedule.intervals("tuesday") == ()
    stack.undo()
    assert editor.schedule == hours and not editor.is_dirty
    stack.redo()
    stack.redo()
    assert editor.schedule.intervals("monday") == (Interval("09:00", "12:00"),)
    assert editor.schedule.intervals("tuesday") == (Interval("08:00", "09:00"),)


def test_a_click_without_dragging_changes_nothing(qtbot: QtBot) -> None:
    grid, editor = _grid(qtbot, WeeklySchedule.from_hours(["monday"], [("09:00", "12:00")]))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=_at(grid, 0, 10 * 60))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=_at(grid, 2, 10 * 60))
    assert editor.undo_stack.count() == 0


def _day_hours(editor: ScheduleEditor) -> list[tuple[Interval, ...]]:
    return [editor.schedule.intervals(day) for day in range(7)]


def test_keyboard_only_copy_a_day_and_paste_it_onto_another(qtbot: QtBot) -> None:
    hours = WeeklySchedule.from_hours(["monday"], [("09:00", "12:00"), ("13:00", "17:00")])
    grid, editor = _grid(qtbot, hours)
    grid.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(grid, Qt.Key.Key_C, ctrl)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current_day == 2
    qtbot.keyClick(grid, Qt.Key.Key_V, ctrl)
    assert editor.schedule.intervals("wednesday") == hours.intervals("monday")
    assert editor.undo_stack.count() == 1
    # Up/Down pick the day's intervals, Delete removes the picked one.
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected == (2, Interval("13:00", "17:00"))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert editor.schedule.intervals("wednesday") == (Interval("09:00", "12:00"),)
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.schedule == hours


# The offscreen platform cannot raise a popup or grab the keyboard for it; the menu still works.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_the_menu_key_opens_copy_to_all_weekdays_and_undo(qtbot: QtBot) -> None:
    hours = WeeklySchedule.from_hours(["tuesday"], [("08:00", "16:00")])
    grid, editor = _grid(qtbot, hours)
    grid.set_undo_stack(editor.undo_stack)
    grid.set_current_day(1)
    chosen: list[str] = []

    def choose_when_open(path: list[str]) -> None:
        # The menu runs its own event loop: pick the entries once it is up, then close it.
        def attempt() -> None:
            menu = QApplication.activePopupWidget()
            if not isinstance(menu, QMenu):
                QTimer.singleShot(10, attempt)
                return
            try:
                for step, text in enumerate(path):
                    # The undo entry names its step: "Undo Copy hours".
                    action = next(
                        a
                        for a in menu.actions()
                        if a.text().split(" ")[0] == text.split(" ")[0]
                        and a.text().startswith(text)
                    )
                    chosen.append(text)
                    sub = action.menu()
                    if step < len(path) - 1 and isinstance(sub, QMenu):
                        menu = sub
                    else:
                        action.trigger()
            finally:
                popup = QApplication.activePopupWidget()
                while popup is not None:
                    popup.close()
                    popup = QApplication.activePopupWidget()

        QTimer.singleShot(0, attempt)

    grid.setFocus()
    choose_when_open(["Copy Tuesday's hours to", "All weekdays (Mon–Fri)"])
    qtbot.keyClick(grid, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: len(chosen) == 2)
    assert _day_hours(editor)[:5] == [(Interval("08:00", "16:00"),)] * 5
    assert _day_hours(editor)[5:] == [(), ()]
    choose_when_open(["Undo"])
    qtbot.keyClick(grid, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(chosen) == 3)
    assert editor.schedule == hours


@pytest.mark.qt_log_ignore("does not support raise")
def test_a_dated_day_with_date_specific_hours_is_drawn_and_explained(qtbot: QtBot) -> None:
    grid, _editor = _grid(qtbot, WeeklySchedule.from_hours(range(5), [("09:00", "17:00")]))
    overlay = DayOverlay(((600, 720),), "10:00–12:00", "Thu 24 Dec: date-specific hours")
    grid.set_week(date(2026, 12, 21), {3: overlay})
    assert grid.overlay(3) == overlay and grid.overlay(2) is None
    image = grid.grab().toImage()
    # The hatched column differs from a plain one at the same height.
    y = round(grid.y_of(7 * 60 + 20))
    plain = image.pixelColor(int(grid.x_of(2) + 20), y)
    hatched = [image.pixelColor(int(grid.x_of(3)) + dx, y) for dx in range(4, 30)]
    assert any(c != plain for c in hatched)
    centre = QPoint(int(grid.x_of(3) + grid._column_width() / 2), round(grid.y_of(11 * 60)))
    QToolTip.hideText()
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, centre, grid.mapToGlobal(centre)))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "Thu 24 Dec: date-specific hours"
