"""The availability tab: list editing from the keyboard, undo/redo keys, presets, lint, save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from console.scheduling.schedule import Interval, WeeklySchedule
from console.ui.availability.tab import AvailabilityTab

HOURS = WeeklySchedule.from_hours(range(5), [("09:00", "17:00")])


def _tab(qtbot: QtBot) -> AvailabilityTab:
    tab = AvailabilityTab()
    qtbot.addWidget(tab)
    tab.show_availability("anna@kanzlei.example", HOURS, "Europe/Berlin", "Europe/Berlin")
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitActive(tab)
    return tab


def _type_into(qtbot: QtBot, tab: AvailabilityTab, row: int, column: int, text: str) -> None:
    table = tab.hours_list.table
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the typed text in a queued call once Return closes the editor.
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def test_the_list_shows_the_grid_s_schedule_and_typing_changes_both(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    assert tab.hours_list.rows()[0] == (0, Interval("09:00", "17:00"))
    assert len(tab.hours_list.rows()) == 5
    _type_into(qtbot, tab, 0, 2, "24:00")
    assert tab.editor.schedule.intervals("monday") == (Interval("09:00", "24:00"),)
    assert tab.unsaved_label.text() and tab.save_button.isEnabled()
    _type_into(qtbot, tab, 1, 1, "08:30")
    assert tab.editor.schedule.intervals("tuesday") == (Interval("08:30", "17:00"),)


def test_an_unreadable_time_is_put_back_and_said(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    _type_into(qtbot, tab, 0, 1, "9 Uhr")
    assert tab.editor.schedule == HOURS
    start = tab.hours_list.table.item(0, 1)
    assert start is not None and start.text() == "09:00"
    assert "not a time" in tab.status_label.text()
    _type_into(qtbot, tab, 0, 2, "08:00")
    assert tab.editor.schedule == HOURS
    assert "end after it starts" in tab.status_label.text()


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_list_edits(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    _type_into(qtbot, tab, 0, 2, "18:00")
    table = tab.hours_list.table
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.editor.schedule == HOURS and not tab.save_button.isEnabled()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_Z, shift_ctrl)
    assert tab.editor.schedule.intervals("monday") == (Interval("09:00", "18:00"),)
    # Ctrl+Y redoes too, and the grid takes the same keys.
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.editor.schedule == HOURS
    qtbot.keyClick(tab.grid, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert tab.editor.schedule.intervals("monday") == (Interval("09:00", "18:00"),)


def test_add_and_remove_from_the_keyboard(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    tab.hours_list.day_box.setCurrentIndex(5)
    qtbot.keyClick(tab.hours_list.add_button, Qt.Key.Key_Space)
    assert tab.editor.schedule.intervals("saturday") == (Interval("09:00", "17:00"),)
    tab.hours_list.table.setCurrentCell(0, 0)
    qtbot.keyClick(tab.hours_list.remove_button, Qt.Key.Key_Space)
    assert tab.editor.schedule.intervals("monday") == ()


def test_the_guide_preset_and_the_lint_panel(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    index = tab.preset_box.findData("guide_9_18_fri_17")
    tab.preset_box.activated.emit(index)
    assert tab.editor.schedule.intervals("friday") == (Interval("09:00", "17:00"),)
    assert tab.lint_list.item(0).text() == "No problems found."
    tab.editor.apply(HOURS.with_day("wednesday", []), "test")
    assert [p.kind for p in tab.problems()] == ["closed_day"]
    assert "Wednesday is closed" in tab.lint_list.item(0).text()


def test_save_sends_the_edit_a_failure_keeps_it_and_success_redraws(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    _type_into(qtbot, tab, 0, 2, "18:00")
    with qtbot.waitSignal(tab.save_requested) as sent:
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    schedule, zone = sent.args
    assert schedule.intervals("monday") == (Interval("09:00", "18:00"),)
    assert zone == "Europe/Berlin"
    tab.save_failed("the server refused: schedule: bad")
    assert tab.editor.schedule == schedule and tab.save_button.isEnabled()
    assert "Not saved" in tab.status_label.text()
    stored = schedule.with_day("monday", [("09:00", "18:00")])
    tab.saved(stored, "Europe/Berlin")
    assert tab.editor.schedule == stored and not tab.editor.is_dirty
    assert not tab.unsaved_label.text()


def test_apply_to_accounts_hands_over_the_edited_hours(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    _type_into(qtbot, tab, 0, 2, "18:00")
    with qtbot.waitSignal(tab.apply_to_many_requested) as asked:
        qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert asked.args[0].intervals("monday") == (Interval("09:00", "18:00"),)


def test_a_long_e_mail_zone_or_meeting_type_name_does_not_widen_the_tab(qtbot: QtBot) -> None:
    # The tab's minimum width is the window's: at 800 px a chosen account must not push it out.
    tab = AvailabilityTab()
    qtbot.addWidget(tab)
    before = tab.minimumSizeHint().width()
    long_mail = "maximilian.hoffmann-schoeneberg@kanzlei-hoffmann-und-partner.example"
    tab.show_availability(long_mail, HOURS, "America/Argentina/ComodRivadavia", "Europe/Berlin")
    tab.set_meeting_types([("Erstberatung für Mandantinnen und Mandanten (60 Minuten)", "mt1")])
    assert tab.minimumSizeHint().width() <= before
    assert tab.account_label.toolTip() == long_mail  # cut on screen, whole on hover
