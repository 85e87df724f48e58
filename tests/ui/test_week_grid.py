"""The week grid: draw, resize, move and remove intervals with the mouse; undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from console.scheduling.schedule import Interval, WeeklySchedule
from console.ui.availability.schedule_editor import ScheduleEditor
from console.ui.widgets.week_grid import WeekGrid


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
