"""A row that folds what does not fit into a "»" menu, and the window at 800 px with it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from console.ui.i18n import install_translators, remove_translators
from console.ui.widgets.tool_row import ToolRow
from console.ui.wiring import build_views


def row_with(qtbot, *widgets: QWidget, width: int) -> ToolRow:
    row = ToolRow()
    qtbot.addWidget(row)
    for widget in widgets:
        row.addWidget(widget)
    row.resize(width, row.sizeHint().height())
    row.show()
    qtbot.waitExposed(row)
    return row


def menu_texts(row: ToolRow) -> list[str]:
    row.menu.aboutToShow.emit()
    return [a.text() for a in row.menu.actions()]


def test_what_does_not_fit_moves_into_the_menu_from_the_end(qtbot):
    buttons = [QPushButton(f"&Action number {i}") for i in range(6)]
    row = row_with(qtbot, *buttons, width=10_000)
    assert row.folded() == [] and not row.more_button.isVisible()

    row.resize(row.sizeHint().width() // 2, row.height())

    assert row.folded() == buttons[-len(row.folded()) :] and row.folded()
    assert row.more_button.isVisible()
    assert menu_texts(row) == [b.text() for b in buttons if b in row.folded()]
    for button in buttons:
        assert button.isVisible() != (button in row.folded())
        if button.isVisible():  # what the row shows is shown whole
            assert button.mapTo(row, QPoint(0, 0)).x() + button.width() <= row.width()


def test_a_folded_button_is_clicked_through_its_menu_entry_and_its_alt_letter(qtbot):
    keep = QPushButton("A very long first button that takes the room")
    target = QPushButton("&Refresh")
    clicks: list[bool] = []
    target.clicked.connect(lambda: clicks.append(True))
    row = row_with(qtbot, keep, target, width=keep.sizeHint().width() + 40)
    assert row.folded() == [target]

    menu_texts(row)
    row.menu.actions()[0].trigger()
    row.activateWindow()
    qtbot.waitUntil(row.isActiveWindow)
    qtbot.keyClick(row, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)

    assert len(clicks) == 2


def test_the_more_button_takes_the_keyboard_focus(qtbot):
    row = row_with(qtbot, QPushButton("Wide button " * 5), QPushButton("&Two"), width=200)
    assert row.more_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert row.more_button.accessibleName() == "More actions"


def test_a_folded_combo_is_a_submenu_and_a_check_box_a_checkable_entry(qtbot):
    combo = QComboBox()
    combo.setAccessibleName("Status")
    combo.addItems(["Any status", "Confirmed", "Cancelled"])
    activated: list[int] = []
    combo.activated.connect(activated.append)
    check = QCheckBox("From")
    keep = QPushButton("Wide button " * 6)
    row = row_with(qtbot, keep, combo, check, width=keep.sizeHint().width() + 40)
    assert row.folded() == [combo, check]

    texts = menu_texts(row)
    assert texts == ["Status", "From"]
    status, from_entry = row.menu.actions()
    assert from_entry.isCheckable() and not from_entry.isChecked()
    submenu = status.menu()
    assert isinstance(submenu, QMenu)
    submenu.actions()[2].trigger()
    from_entry.trigger()

    assert combo.currentText() == "Cancelled" and activated == [2]
    assert check.isChecked()


def test_a_widget_the_tab_hides_stays_hidden_and_out_of_the_menu(qtbot):
    hidden = QPushButton("Hidden by the tab")
    hidden.setVisible(False)
    shown = QPushButton("Shown")
    row = row_with(qtbot, QPushButton("Wide " * 20), hidden, shown, width=10_000)
    assert not hidden.isVisible()

    row.resize(80, row.height())
    assert hidden not in row.folded()
    row.resize(10_000, row.height())
    assert not hidden.isVisible() and shown.isVisible()

    hidden.setVisible(True)
    assert hidden.isVisible()


def test_fields_and_labels_are_kept_or_shown_as_text(qtbot):
    search = QLineEdit()
    count = QLabel("12 of 40 bookings")
    row = ToolRow()
    qtbot.addWidget(row)
    row.addWidget(search, 1)
    row.addWidget(count)
    row.resize(search.minimumSizeHint().width() + 30, 30)
    row.show()
    qtbot.waitExposed(row)

    assert row.folded() == [count] and search.isVisible()
    assert menu_texts(row) == ["12 of 40 bookings"]
    assert not row.menu.actions()[0].isEnabled()


def reachable(widget: QWidget, rows: list[ToolRow]) -> bool:
    """Shown whole in its row, or offered in the row's menu."""
    for row in rows:
        if widget in row.items():
            if widget in row.folded():
                return row.more_button.isVisible() and row.more_button.width() > 0
            left = widget.mapTo(row, QPoint(0, 0)).x()
            return widget.isVisible() and left >= 0 and left + widget.width() <= row.width()
    return widget.isVisible()


@pytest.fixture(params=["en", "de"])
def language(request, qapp, tmp_path):
    """The window in English, then with the German catalog (its texts are longer)."""
    if request.param == "en":
        yield "en"
        return
    translators = install_translators(qapp, "de", target_dir=tmp_path)
    assert translators
    yield "de"
    remove_translators(qapp, translators)


def test_at_800_px_every_action_of_every_tab_is_reachable(qtbot, language):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.allow_close()

    assert window.minimumSizeHint().width() <= 800
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() == 800
    unreachable: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = window.tabs.widget(index)
        assert tab is not None
        rows = tab.findChildren(ToolRow)
        for row in rows:
            assert row.width() <= tab.width()
            for item in row.items():
                if item.isHidden() and item not in row.folded():
                    continue  # the tab hides it (no account chosen)
                if not reachable(item, rows):
                    unreachable.append(f"{window.tabs.tabText(index)}: {item}")
    assert unreachable == []
    # The accounts tab's actions the issue names, through the menu at 800 px
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    (row,) = views.accounts_tab.findChildren(ToolRow)
    wanted = {views.accounts_tab.import_button, views.accounts_tab.refresh_button}
    assert wanted <= set(row.folded()) or all(b.isVisible() for b in wanted)


def test_a_check_box_before_a_field_that_stays_stays_beside_it(qtbot):
    from PySide6.QtWidgets import QDateEdit

    wide = QPushButton("Wide button " * 6)
    switch = QCheckBox("From")
    day = QDateEdit()
    row = row_with(qtbot, wide, switch, day, width=switch.sizeHint().width() + 200)

    assert row.folded() == [wide]
    assert switch.isVisible() and day.isVisible()


def test_an_item_hidden_while_folded_stays_hidden_when_the_row_grows(qtbot):
    wide = QPushButton("Wide button " * 6)
    late = QPushButton("&Late")
    row = row_with(qtbot, wide, late, width=wide.sizeHint().width() + 50)
    assert row.folded() == [late]

    row.set_item_visible(late, False)
    row.resize(10_000, row.height())

    assert not late.isVisible() and row.folded() == []
    assert menu_texts(row) == []
    row.set_item_visible(late, True)
    assert late.isVisible()
