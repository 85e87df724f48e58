"""Many accounts at once: multi-select, row keys and menu, bulk delete through the Changes panel."""

from __future__ import annotations

import asyncio
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from console.asyncqt import signal_future
from console.jobs.model import OpStatus
from console.ui.accounts.bulk import BulkDeleteDialog, CloseDaysDialog
from console.ui.accounts.model import ROW_ROLE
from console.ui.accounts.tab import AccountsTab
from console.ui.changes.panel import ChangesPanel
from tests.ui.test_changes_wiring import make_shell  # noqa: F401 - the shell fixture
from tests.ui.test_main_window import make_views


def click_row(qtbot, tab: AccountsTab, row: int, modifier=Qt.KeyboardModifier.NoModifier):
    rect = tab.table.visualRect(tab.table.model().index(row, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_ctrl_and_shift_click_and_ctrl_a_select_many_and_the_actions_follow_the_count(qtbot):
    views = make_views(qtbot)
    tab = views.accounts_tab
    click_row(qtbot, tab, 1)
    click_row(qtbot, tab, 3, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.selected_accounts()) == 2
    assert tab.delete_button.text() == "&Delete 2…"
    assert tab.delete_button.isEnabled() and not tab.edit_button.isEnabled()
    click_row(qtbot, tab, 5, Qt.KeyboardModifier.ShiftModifier)
    assert len(tab.selected_accounts()) == 4  # rows 3 to 5 from the anchor, and row 1
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(tab.selected_accounts()) == 8
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    urls = QGuiApplication.clipboard().text().splitlines()
    assert urls == [a.booking_url for a in tab.selected_accounts()]
    menu = tab.context_menu()
    entries = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
    assert entries["&Delete 8…"] and entries["Apply a &brand kit…"]
    assert entries["Assign a &template…"] and entries["&Close a day…"]
    assert not entries["&Edit…"] and not entries["&Rename…"]


def test_row_keys_edit_rename_and_delete_one_account(qtbot):
    views = make_views(qtbot)
    tab = views.accounts_tab
    seen: dict[str, list[object]] = {"edit": [], "rename": [], "delete": [], "bulk": []}
    tab.edit_requested.connect(seen["edit"].append)
    tab.rename_requested.connect(seen["rename"].append)
    tab.delete_requested.connect(seen["delete"].append)
    tab.bulk_delete_requested.connect(seen["bulk"].append)
    click_row(qtbot, tab, 2)
    account = tab.selected_account()
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2, Qt.Key.Key_Delete):
        qtbot.keyClick(tab.table, key)
    assert seen["edit"] == seen["rename"] == seen["delete"] == [account]
    click_row(qtbot, tab, 4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(seen["bulk"]) == 1 and len(seen["bulk"][0]) == 2  # type: ignore[arg-type]


def test_a_search_without_matches_says_so_and_esc_shows_every_account_again(qtbot):
    views = make_views(qtbot)
    window, tab = views.window, views.accounts_tab
    assert tab.table.empty_text == ""
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "zzzz")
    assert tab.table.model().rowCount() == 0
    assert tab.table.empty_text
    assert "No account matches “zzzz”" in tab.table.empty_text
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    assert tab.table.model().rowCount() == 8 and tab.table.empty_text == ""


def test_a_right_click_on_an_unselected_row_selects_it_for_the_menu(qtbot):
    views = make_views(qtbot)
    tab = views.accounts_tab
    click_row(qtbot, tab, 1)
    click_row(qtbot, tab, 2, Qt.KeyboardModifier.ControlModifier)
    inside = tab.table.visualRect(tab.table.model().index(2, 0)).center()
    menu = tab.context_menu_at(inside)  # on the selection: it stays
    assert len(tab.selected_accounts()) == 2
    assert "&Delete 2…" in [a.text() for a in menu.actions()]
    outside = tab.table.visualRect(tab.table.model().index(6, 0)).center()
    menu = tab.context_menu_at(outside)
    assert [a.id for a in tab.selected_accounts()] == [
        tab.table.model().index(6, 0).data(ROW_ROLE).id
    ]
    assert "&Edit…" in [a.text() for a in menu.actions() if a.isEnabled()]


def test_closing_a_day_for_many_accounts_asks_for_the_days(qtbot):
    dialog = CloseDaysDialog(3, date(2026, 12, 2))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Close a day for 3 accounts"
    with qtbot.waitSignal(dialog.days_chosen) as blocker:
        dialog.last_edit.setDate(dialog.first_edit.date().addDays(1))
        dialog.ok_button.click()
    assert [d.isoformat() for d in blocker.args] == ["2026-12-02", "2026-12-03"]


def test_deleting_two_selected_accounts_is_planned_and_applied_in_the_changes_panel(
    make_shell,  # noqa: F811
    qloop,
    qtbot,
):
    shell = make_shell()  # the real engine against the sandbox
    window = shell.window
    tab = window.findChildren(AccountsTab)[0]
    panel = window.findChildren(ChangesPanel)[0]

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 30)
        accounts = shell.accounts
        assert accounts is not None
        if tab.table.model().rowCount() < 3:
            await asyncio.wait_for(signal_future(accounts.loaded), 30)
        total = tab.table.model().rowCount()
        click_row(qtbot, tab, 0)
        click_row(qtbot, tab, 1, Qt.KeyboardModifier.ControlModifier)
        doomed = [a.id for a in tab.selected_accounts()]
        assert len(doomed) == 2
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
        dialogs = [d for d in window.findChildren(BulkDeleteDialog) if d.isVisible()]
        assert len(dialogs) == 1
        dialog = dialogs[0]
        assert dialog.transfer_combo.count() == total - 2 + 1  # nobody, or one of the others
        dialog.transfer_combo.setCurrentIndex(1)
        target = dialog.transfer_combo.currentData()
        assert not dialog.delete_button.isEnabled()
        qtbot.keyClicks(dialog.confirm_edit, "2")
        changes = shell.changes
        assert changes is not None
        shown = signal_future(changes.plan_shown)
        dialog.delete_button.click()
        await asyncio.wait_for(shown, 30)
        plan = panel.change_set
        assert plan is not None and plan.name == "Delete 2 accounts"
        assert [op.status for op in plan.operations] == [OpStatus.PENDING] * 2
        assert {op.account_id for op in plan.operations} == set(doomed)
        assert all(
            op.request and op.request.body == {"targetUserId": target} for op in plan.operations
        )
        assert tab.table.model().rowCount() == total  # nothing sent yet
        reloaded = signal_future(accounts.loaded)
        panel.apply_button.click()
        await asyncio.wait_for(reloaded, 30)
        left = {
            tab.table.model().index(r, 0).data(ROW_ROLE).id
            for r in range(tab.table.model().rowCount())
        }
        assert tab.table.model().rowCount() == total - 2
        assert not left & set(doomed) and target in left
        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())


def test_without_a_browser_open_booking_page_says_so_and_copies_the_url(qtbot):
    views = make_views(qtbot)
    tab = views.accounts_tab
    opened: list[str] = []

    def no_browser(url) -> bool:
        opened.append(url.toString())
        return False

    tab.open_url = no_browser
    posted: list[str] = []
    tab.status_posted.connect(posted.append)
    click_row(qtbot, tab, 0)
    account = tab.selected_account()
    assert account is not None
    QGuiApplication.clipboard().clear()
    tab.open_page_button.click()
    assert opened == [account.booking_url]
    box = tab.browser_question
    assert box is not None and box.isVisible()
    assert "No web browser could be opened" in box.text() and account.booking_url in box.text()
    [copy] = [b for b in box.buttons() if b.text() == "&Copy URL"]
    copy.click()
    assert QGuiApplication.clipboard().text() == account.booking_url
    assert posted == ["Booking URL copied"]


def test_the_empty_table_paints_why_it_is_empty(qtbot):
    from console.ui.accounts.tab import AccountsTable

    table = AccountsTable()
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    blank = table.viewport().grab().toImage()
    table.set_empty_text("No accounts yet.")
    assert table.viewport().grab().toImage() != blank  # the sentence is drawn
    table.set_empty_text("")
    assert table.viewport().grab().toImage() == blank
