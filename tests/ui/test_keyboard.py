"""Keyboard-only use: mnemonics are unique per dialog in both languages, flows need no mouse."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QWidget,
)

from console.jobs.csv_import import parse_csv
from console.ui.accounts.dialogs import DeleteAccountDialog, EditAccountDialog, NewAccountDialog
from console.ui.accounts.import_dialog import ImportDialog
from console.ui.connections.dialog import ConnectionsDialog
from console.ui.i18n import install_translators, remove_translators
from tests.ui.accounts_data import sample_accounts

_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonics(root: QWidget) -> list[str]:
    """Every Alt+letter shortcut shown in ``root`` (buttons, labels, group boxes)."""
    letters = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letters += [m.casefold() for m in _MNEMONIC.findall(text)]
    return letters


def dialogs() -> dict[str, QDialog]:
    rows = sample_accounts(3)
    return {
        "connections": ConnectionsDialog(keyring_available=True),
        "new_account": NewAccountDialog(),
        "edit": EditAccountDialog(rows[0]),
        "delete": DeleteAccountDialog(rows[0], rows),
        "import": ImportDialog(),
    }


@pytest.fixture(params=["en", "de"])
def language(request, qapp: QApplication, tmp_path):
    translators = install_translators(qapp, request.param, target_dir=tmp_path)
    yield request.param
    remove_translators(qapp, translators)


def test_no_dialog_uses_the_same_alt_letter_twice_in_either_language(qtbot, language):
    duplicates = {}
    for name, dialog in dialogs().items():
        qtbot.addWidget(dialog)
        counts = Counter(mnemonics(dialog))
        twice = sorted(letter for letter, n in counts.items() if n > 1)
        if twice:
            duplicates[name] = twice
    assert duplicates == {}


def test_a_new_account_can_be_created_with_the_keyboard_alone(qtbot):
    dialog = NewAccountDialog(default_timezone="Europe/Berlin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.email_edit  # typing starts at once
    qtbot.keyClicks(dialog.email_edit, "nora@kanzlei.example")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.given_edit
    qtbot.keyClicks(dialog.given_edit, "Nora")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.family_edit
    qtbot.keyClicks(dialog.family_edit, "Neumann")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    focus = dialog.focusWidget()
    assert focus is dialog.timezone_box or focus.parentWidget() is dialog.timezone_box
    with qtbot.waitSignal(dialog.create_requested) as created:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert created.args[0].email == "nora@kanzlei.example"
    assert created.args[0].normalized_slug == "nora-neumann"


def test_escape_closes_the_new_account_form_without_sending(qtbot):
    dialog = NewAccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.email_edit, "nora@kanzlei.example")
    with qtbot.assertNotEmitted(dialog.create_requested):
        with qtbot.waitSignal(dialog.rejected):
            qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Escape)


def test_the_import_runs_from_the_keyboard_and_escape_closes_it(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.choose_button
    data = b"email;given_name;family_name\na@kanzlei.example;Anna;A\n"
    dialog.show_preview("team.csv", parse_csv(data).rows)
    # After the preview, Enter starts the import wherever the focus is in the table.
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.start_requested):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    dialog.set_phase("finished")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)


def test_the_meeting_types_tab_uses_each_alt_letter_once_in_either_language(qtbot, language):
    from console.ui.meeting_types.tab import MeetingTypesTab

    tab = MeetingTypesTab()
    qtbot.addWidget(tab)
    counts = Counter(mnemonics(tab))
    assert sorted(letter for letter, n in counts.items() if n > 1) == []
