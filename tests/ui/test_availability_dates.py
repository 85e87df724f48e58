"""The availability tab's date-specific hours: calendar marks, the list and form, holidays,
closed days for other accounts, the grid's dated week and the reasons for missing slots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.scheduling.date_exceptions import DateException
from console.scheduling.day_reasons import CLOSED, DST_GAP, NO_HOURS, DayReason
from console.scheduling.schedule import WeeklySchedule
from console.ui.availability.holiday_dialog import HolidayDialog
from console.ui.availability.tab import AvailabilityTab

HOURS = WeeklySchedule.from_hours(range(5), [("09:00", "17:00")])
CHRISTMAS_EVE = DateException(date(2026, 12, 24), date(2026, 12, 24), title="Christmas Eve")
SATURDAY = DateException(date(2026, 12, 19), date(2026, 12, 19), True, 600, 720, title="Open")


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    # Dates are written in the user's locale; these tests read the English ones, whatever an
    # earlier test left as the default.
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _tab(qtbot: QtBot, exceptions: list[DateException] | None = None) -> AvailabilityTab:
    tab = AvailabilityTab()
    qtbot.addWidget(tab)
    tab.show_availability("anna@kanzlei.example", HOURS, "Europe/Berlin", "Europe/Berlin")
    tab.show_exceptions(exceptions if exceptions is not None else [CHRISTMAS_EVE, SATURDAY])
    tab.pages.setCurrentIndex(1)
    tab.resize(1100, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _cell(tab: AvailabilityTab, row: int, column: int) -> str:
    item = tab.dates.table.item(row, column)
    assert item is not None
    return item.text()


def test_the_list_and_the_calendar_show_the_exceptions(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    table = tab.dates.table
    rows = [[_cell(tab, r, c) for c in range(3)] for r in range(table.rowCount())]
    assert rows == [
        ["Sat 19 Dec 2026", "Available 10:00–12:00", "Open"],
        ["Thu 24 Dec 2026", "Closed all day", "Christmas Eve"],
    ]
    assert tab.dates.calendar.marks(date(2026, 12, 24)) == [CHRISTMAS_EVE]
    assert tab.dates.calendar.marks(date(2026, 12, 23)) == []


def test_adding_a_closed_range_from_the_keyboard_asks_to_save_the_whole_list(
    qtbot: QtBot,
) -> None:
    tab = _tab(qtbot)
    panel = tab.dates
    panel.first_edit.setDate(QDate(2026, 12, 28))
    panel.last_edit.setDate(QDate(2027, 1, 1))
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "Between the years")
    with qtbot.waitSignal(tab.exceptions_save_requested) as asked:
        qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    sent, zone = asked.args
    assert zone == "Europe/Berlin"
    assert sent[-1] == DateException(
        date(2026, 12, 28), date(2027, 1, 1), False, title="Between the years"
    )
    assert sent[:2] == [SATURDAY, CHRISTMAS_EVE]
    assert not panel.add_button.isEnabled()  # until the server answers


def test_a_failed_save_says_why_under_the_form_and_keeps_what_was_typed(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    panel = tab.dates
    panel.all_day_check.setChecked(False)
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(True))
    panel.start_edit.setTime(QTime(14, 0))
    panel.end_edit.setTime(QTime(18, 0))
    panel.note_edit.setText("Late opening")
    with qtbot.waitSignal(tab.exceptions_save_requested):
        panel.add_button.click()
    tab.exceptions_save_failed("the server refused: availabilityExceptions.2.end bad")
    assert "Not saved" in panel.error_label.text() and "end bad" in panel.error_label.text()
    assert panel.note_edit.text() == "Late opening"
    assert panel.start_edit.time() == QTime(14, 0) and not panel.all_day_check.isChecked()
    assert panel.add_button.isEnabled()
    assert panel.exceptions() == [SATURDAY, CHRISTMAS_EVE]


def test_hours_that_end_before_they_start_are_refused_before_sending(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    panel = tab.dates
    panel.all_day_check.setChecked(False)
    panel.start_edit.setTime(QTime(14, 0))
    panel.end_edit.setTime(QTime(9, 0))
    with qtbot.assertNotEmitted(tab.exceptions_save_requested):
        panel.add_button.click()
    assert "end after they start" in panel.error_label.text()


def test_choosing_a_row_fills_the_form_and_change_and_remove_send_the_new_list(
    qtbot: QtBot,
) -> None:
    tab = _tab(qtbot)
    panel = tab.dates
    panel.table.selectRow(0)
    assert panel.note_edit.text() == "Open"
    assert "14 Dec" in tab.week_label.text()  # the grid shows that date's week
    assert panel.start_edit.time() == QTime(10, 0) and panel.end_edit.time() == QTime(12, 0)
    panel.end_edit.setTime(QTime(13, 0))
    with qtbot.waitSignal(tab.exceptions_save_requested) as asked:
        panel.update_button.click()
    changed = DateException(date(2026, 12, 19), date(2026, 12, 19), True, 600, 780, title="Open")
    assert asked.args[0] == [changed, CHRISTMAS_EVE]
    tab.exceptions_saved([changed, CHRISTMAS_EVE])
    assert _cell(tab, 0, 1) == "Available 10:00–13:00"
    assert "saved" in tab.status_label.text()
    panel.table.selectRow(1)
    with qtbot.waitSignal(tab.exceptions_save_requested) as asked:
        panel.remove_button.click()
    assert asked.args[0] == [changed]
    tab.exceptions_saved([changed])
    # Undo sends each earlier list back, newest first.
    assert panel.undo_button.isEnabled()
    with qtbot.waitSignal(tab.exceptions_save_requested) as asked:
        qtbot.keyClick(panel.undo_button, Qt.Key.Key_Space)
    assert asked.args[0] == [changed, CHRISTMAS_EVE]
    tab.exceptions_saved([changed, CHRISTMAS_EVE])
    with qtbot.waitSignal(tab.exceptions_save_requested) as asked:
        panel.undo_button.click()
    assert asked.args[0] == [SATURDAY, CHRISTMAS_EVE]
    tab.exceptions_saved([SATURDAY, CHRISTMAS_EVE])
    assert not panel.undo_button.isEnabled()


def test_the_grid_shows_the_chosen_week_with_the_exception_winning(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    tab.dates.calendar.setSelectedDate(QDate(2026, 12, 22))
    tab.dates.calendar.clicked.emit(QDate(2026, 12, 22))
    assert "21 Dec" in tab.week_label.text() and "27 Dec" in tab.week_label.text()
    thursday = tab.grid.overlay(3)
    assert thursday is not None and thursday.spans == ()
    assert thursday.caption == "Closed"
    assert "Christmas Eve" in thursday.explanation
    assert "instead of the weekly hours" in thursday.explanation
    assert tab.grid.overlay(2) is None
    tab.show_week(date(2026, 12, 17))
    saturday = tab.grid.overlay(5)
    assert saturday is not None and saturday.spans == ((600, 720),)
    assert saturday.caption == "10:00–12:00"
    # A weekly-hours edit redraws the dated week from the new hours.
    tab.editor.apply(HOURS.with_day("saturday", [("08:00", "11:00")]), "test")
    saturday = tab.grid.overlay(5)
    assert saturday is not None and saturday.spans == ((480, 720),)


def test_missing_slots_are_explained_in_the_caption_and_tooltip(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    reasons = {
        date(2026, 12, 24): DayReason(date(2026, 12, 24), CLOSED, title="Christmas Eve"),
        date(2026, 12, 26): DayReason(date(2026, 12, 26), NO_HOURS),
        date(2027, 3, 28): DayReason(date(2027, 3, 28), DST_GAP),
    }
    start = datetime(2026, 12, 21, 8, 0, tzinfo=UTC)
    tab.show_slots(
        [start + timedelta(hours=h) for h in range(3)],
        "Europe/Berlin",
        local=False,
        reasons=reasons,
    )
    text = tab.slots_label.text()
    assert text.startswith("3 slots in the next 14 days")
    assert "Thu 24 Dec: closed (Christmas Eve)" in text
    assert "Sat 26 Dec: no hours on Saturday" in text
    tip = tab.slots_label.toolTip()
    assert "Sun 28 Mar: the hours fall into the hour the clocks skip" in tip
    # Hovering a day of the shown week says the same.
    tab.show_week(date(2026, 12, 21))
    assert tab.grid.explanation(5) == "Sat 26 Dec: no hours on Saturday"
    thursday = tab.grid.explanation(3)
    assert thursday is not None and thursday.endswith("Thu 24 Dec: closed (Christmas Eve)")
    assert tab.grid.explanation(0) is None
    tab.show_slots([], "Europe/Berlin", local=True, reasons={})
    assert "No slots on" not in tab.slots_label.text() and not tab.slots_label.toolTip()


def test_close_days_for_other_accounts_hands_over_the_chosen_rows(qtbot: QtBot) -> None:
    tab = _tab(qtbot)
    tab.dates.table.selectRow(1)
    with qtbot.waitSignal(tab.closed_days_to_many_requested) as asked:
        tab.dates.others_button.click()
    ranges, text = asked.args
    assert ranges == [(date(2026, 12, 24), date(2026, 12, 24), "Christmas Eve")]
    assert text == "Closed Thu 24 Dec"
    tab.dates.table.clearSelection()
    tab.dates.first_edit.setDate(QDate(2026, 12, 24))
    tab.dates.last_edit.setDate(QDate(2027, 1, 1))
    tab.dates.note_edit.setText("Office closed")
    with qtbot.waitSignal(tab.closed_days_to_many_requested) as asked:
        tab.dates.others_button.click()
    assert asked.args[0] == [(date(2026, 12, 24), date(2027, 1, 1), "Office closed")]
    assert asked.args[1] == "Closed Thu 24 Dec – Fri 1 Jan"


def test_the_holiday_preview_lists_bavaria_s_dates_and_each_can_be_left_out(
    qtbot: QtBot,
) -> None:
    dialog = HolidayDialog(2027)
    qtbot.addWidget(dialog)
    dialog.set_region("DE", "BY", 2027)
    names = dict(dialog.chosen())
    assert names[date(2027, 1, 6)] == "Epiphany"
    assert dialog.description() == "Public holidays DE-BY 2027"
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert date(2027, 1, 1) not in dict(dialog.chosen())
    dialog.set_region("DE", None, 2027)
    assert date(2027, 1, 6) not in dict(dialog.chosen())
    dialog.set_region("AT", "BY", 2027)
    assert not dialog.state_box.isEnabled() and dialog.region() == ("AT", None)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_chosen_holidays_become_closed_days_of_this_account_or_of_others(qtbot: QtBot) -> None:
    tab = _tab(qtbot, [])
    picked: list[str] = []

    def pick(button: str) -> None:
        dialog = tab.holiday_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, lambda: pick(button))
            return
        dialog.set_region("DE", "BY", 2027)
        for row in range(2, dialog.list.count()):
            dialog.list.item(row).setCheckState(Qt.CheckState.Unchecked)
        picked.append(button)
        (dialog.this_button if button == "this" else dialog.others_button).click()

    QTimer.singleShot(0, lambda: pick("this"))
    with qtbot.waitSignal(tab.exceptions_save_requested) as asked:
        tab.dates.holidays_button.click()
    assert [(e.first, e.title, e.available, e.all_day) for e in asked.args[0]] == [
        (date(2027, 1, 1), "New Year's Day", False, True),
        (date(2027, 1, 6), "Epiphany", False, True),
    ]
    QTimer.singleShot(0, lambda: pick("others"))
    with qtbot.waitSignal(tab.closed_days_to_many_requested) as asked:
        tab.dates.holidays_button.click()
    assert asked.args[0] == [
        (date(2027, 1, 1), date(2027, 1, 1), "New Year's Day"),
        (date(2027, 1, 6), date(2027, 1, 6), "Epiphany"),
    ]
    assert asked.args[1] == "Public holidays DE-BY 2027"
    assert picked == ["this", "others"] and QApplication.activeModalWidget() is None
