"""The account picker every "apply to many" uses: search, all, this client, saved groups, keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from console.ui.accounts.model import AccountRow
from console.ui.changes.accounts import PickedAccount
from console.ui.changes.picker import AccountPicker, search_key
from tests.ui.test_i18n_a11y import unnamed_controls

ACCOUNTS = [
    AccountRow("u-1", "jana.schaefer@kanzlei.example", "Jana", "Schäfer", timezone="Europe/Berlin"),
    AccountRow("u-2", "anna.schmidt@kanzlei.example", "Anna", "Schmidt", timezone="Europe/Berlin"),
    AccountRow("u-3", "lukas.becker@recht.example", "Lukas", "Becker", timezone="Europe/Vienna"),
    AccountRow("u-4", "zoe@kanzlei.example", "Zoë", "Ørsted", timezone="Europe/London"),
    AccountRow("u-5", "mia.weber@recht.example", "Mia", "Weber"),
    AccountRow("u-6", "office@praxis.example"),
]


@pytest.fixture
def settings(isolated_dirs) -> QSettings:
    return QSettings(str(isolated_dirs / "picker.ini"), QSettings.Format.IniFormat)


def make_picker(qtbot, settings, current: AccountRow | None = None) -> AccountPicker:
    picker = AccountPicker(ACCOUNTS, current=current, settings=settings)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    return picker


def shown_names(picker: AccountPicker) -> list[str]:
    return [picker.proxy.index(r, 0).data().split("\n")[0] for r in range(picker.shown())]


def test_each_account_shows_its_name_and_email_on_two_lines_unticked(qtbot, settings):
    picker = make_picker(qtbot, settings)
    first = picker.proxy.index(0, 0)
    assert first.data() == "Jana Schäfer\njana.schaefer@kanzlei.example"
    assert picker.proxy.index(5, 0).data() == "office@praxis.example"  # no name: the e-mail once
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert picker.count_label.text() == "0 of 6 accounts ticked"
    assert not picker.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("schafer", ["Jana Schäfer"]),
        ("SCHÄFER", ["Jana Schäfer"]),
        ("schaefer", ["Jana Schäfer"]),
        ("zoe orsted", ["Zoë Ørsted"]),
        ("recht", ["Lukas Becker", "Mia Weber"]),
        ("anna kanzlei", ["Anna Schmidt"]),
        ("nobody", []),
    ],
)
def test_search_ignores_case_and_accents(qtbot, settings, typed, found):
    picker = make_picker(qtbot, settings)
    qtbot.keyClicks(picker.search_edit, typed)
    assert shown_names(picker) == found


def test_search_keys_fold_accents_and_the_german_spelling():
    assert search_key("Schäfer") == "schafer\nschaefer"
    assert search_key("Weber") == "weber"


def test_all_accounts_ticks_every_account_even_those_the_search_hides(qtbot, settings):
    picker = make_picker(qtbot, settings)
    qtbot.keyClicks(picker.search_edit, "recht")
    qtbot.mouseClick(picker.all_button, Qt.MouseButton.LeftButton)
    assert picker.count_label.text() == "6 of 6 accounts ticked"
    assert picker.ok_button.isEnabled()
    qtbot.mouseClick(picker.none_button, Qt.MouseButton.LeftButton)
    assert picker.count_label.text() == "0 of 6 accounts ticked"
    assert not picker.ok_button.isEnabled()


def test_accounts_of_this_client_ticks_the_current_accounts_email_domain(qtbot, settings):
    picker = make_picker(qtbot, settings, current=ACCOUNTS[2])
    assert picker.client_button.text() == "Accounts of this &client (@recht.example)"
    qtbot.mouseClick(picker.client_button, Qt.MouseButton.LeftButton)
    assert [a.label for a in picker.chosen()] == [
        "lukas.becker@recht.example",
        "mia.weber@recht.example",
    ]
    assert picker.count_label.text() == "2 of 6 accounts ticked"


def test_without_a_current_account_there_is_no_client_to_pick(qtbot, settings):
    picker = make_picker(qtbot, settings)
    assert not picker.client_button.isEnabled()
    assert "Select an account first" in picker.client_button.toolTip()


def test_a_saved_group_comes_back_in_the_next_picker(qtbot, settings):
    picker = make_picker(qtbot, settings)
    picker.model.set_checked(["u-1", "u-5", "u-6"])
    picker.save_group("Kanzlei Nord")
    assert picker.group_combo.currentText() == "Kanzlei Nord"
    picker.close()

    again = make_picker(qtbot, settings)
    assert [again.group_combo.itemText(i) for i in range(again.group_combo.count())] == [
        "Saved groups…",
        "Kanzlei Nord",
    ]
    again.group_combo.setCurrentIndex(1)
    again.group_combo.activated.emit(1)
    assert [a.user_id for a in again.chosen()] == ["u-1", "u-5", "u-6"]
    assert again.count_label.text() == "3 of 6 accounts ticked"


def test_the_picker_works_from_the_keyboard_alone(qtbot, settings):
    picker = make_picker(qtbot, settings)
    picker.activateWindow()
    qtbot.waitUntil(picker.isActiveWindow)
    assert QApplication.focusWidget() is picker.search_edit
    qtbot.keyClicks(picker.search_edit, "kanzlei")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)  # into the list, first account current
    assert QApplication.focusWidget() is picker.list_view
    qtbot.keyClick(picker.list_view, Qt.Key.Key_Space)
    assert [a.user_id for a in picker.chosen()] == ["u-1"]
    qtbot.keyClick(picker.list_view, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list_view, Qt.Key.Key_Space)
    assert [a.user_id for a in picker.chosen()] == ["u-1", "u-2"]
    qtbot.keyClick(picker.list_view, Qt.Key.Key_Space)  # Space again unticks
    assert [a.user_id for a in picker.chosen()] == ["u-1"]
    qtbot.keyClick(picker.list_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert [a.user_id for a in picker.chosen()] == ["u-1", "u-2", "u-4"]  # the ones shown
    with qtbot.waitSignal(picker.accounts_chosen) as chosen:
        qtbot.keyClick(picker.list_view, Qt.Key.Key_Return)
    assert chosen.args == [
        [
            PickedAccount("u-1", "jana.schaefer@kanzlei.example", "Europe/Berlin"),
            PickedAccount("u-2", "anna.schmidt@kanzlei.example", "Europe/Berlin"),
            PickedAccount("u-4", "zoe@kanzlei.example", "Europe/London"),
        ]
    ]


def test_every_focusable_control_of_the_picker_has_an_accessible_name(qtbot, settings):
    picker = make_picker(qtbot, settings, current=ACCOUNTS[0])
    assert unnamed_controls(picker) == []
