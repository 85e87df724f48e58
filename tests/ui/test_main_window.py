"""The shell: tabs, honest placeholders, search, shortcuts, status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from console.ui.accounts.model import ROW_ROLE
from console.ui.main_window import MainWindow
from console.ui.selection import Selection
from console.ui.wiring import Views, build_views
from tests.ui.accounts_data import sample_accounts


def make_views(qtbot) -> Views:
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.allow_close()
    window.accounts_model.set_accounts(sample_accounts(8))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return views


def make_window(qtbot) -> MainWindow:
    return make_views(qtbot).window


def test_the_window_has_the_six_tabs_each_the_real_one(qtbot):
    views = make_views(qtbot)
    window = views.window
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Accounts",
        "Meeting types",
        "Availability",
        "Branding",
        "Templates",
        "Bookings",
    ]
    assert [window.tabs.widget(i) for i in range(window.tabs.count())] == [
        views.accounts_tab,
        views.meeting_types_tab,
        views.availability_tab,
        views.branding_tab,
        views.templates_tab,
        views.bookings_tab,
    ]


def test_typing_in_the_search_box_filters_the_left_pane_and_the_table(qtbot):
    views = make_views(qtbot)
    window = views.window
    assert window.account_list.model().rowCount() == 8
    qtbot.keyClicks(window.search_edit, "WEBER")
    assert window.accounts_proxy.rowCount() == 2
    assert window.account_list.model().rowCount() == 2
    assert views.accounts_tab.count_label.text() == "2 of 8 accounts match the search"
    window.search_edit.setText("jörg")  # umlauts match too (keyClicks is ASCII-only)
    assert window.accounts_proxy.rowCount() == 2
    window.search_edit.clear()
    assert window.accounts_proxy.rowCount() == 8


def test_ctrl_f_focuses_the_search_box(qtbot):
    views = make_views(qtbot)
    window = views.window
    views.accounts_tab.table.setFocus()
    qtbot.keyClick(views.accounts_tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()


def test_ctrl_n_and_ctrl_r_ask_for_a_new_account_and_a_refresh(qtbot):
    views = make_views(qtbot)
    window = views.window
    with qtbot.waitSignal(views.accounts_tab.new_requested):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(views.accounts_tab.refresh_requested):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)


def test_f1_opens_help_listing_the_shortcuts(qtbot):
    window = make_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert "Ctrl+N" in window._help_box.text()
    assert window._help_box.isVisible()
    window._help_box.close()


def test_status_bar_shows_connection_budget_and_live_feed(qtbot):
    window = make_window(qtbot)
    window.set_connections(["Sandbox", "Agency"], "Sandbox")
    window.set_budget_source(lambda: 187.6)
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert "Connection: Sandbox" in texts
    assert "Budget: 187 requests left this minute" in texts or any(
        t.startswith("Budget: 187") for t in texts
    )
    assert "Live feed: off" in texts


def test_choosing_another_connection_emits_its_name(qtbot):
    window = make_window(qtbot)
    window.set_connections(["Sandbox", "Agency"], "Sandbox")
    with qtbot.waitSignal(window.connection_chosen) as blocker:
        window.connection_combo.setCurrentText("Agency")
    assert blocker.args == ["Agency"]


def attached(views: Views) -> Selection:
    """A connection's Selection bound to the pane and the table, as the wiring does it."""
    selection = Selection()
    selection.attach(views.window.account_chosen, views.window.show_current_account)
    selection.attach(views.accounts_tab.account_chosen, views.accounts_tab.show_current_account)
    return selection


def test_selecting_a_name_on_the_left_selects_the_account_and_enables_copy(qtbot):
    views = make_views(qtbot)
    window = views.window
    selection = attached(views)
    tab = views.accounts_tab
    assert not tab.copy_url_button.isEnabled()
    first = window.account_list.model().index(0, 0)
    window.account_list.setCurrentIndex(first)
    account = tab.selected_account()
    assert account is not None
    assert selection.current() == account
    assert tab.copy_url_button.isEnabled()
    qtbot.mouseClick(tab.copy_url_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == account.booking_url
    qtbot.mouseClick(tab.copy_embed_button, Qt.MouseButton.LeftButton)
    snippet = QGuiApplication.clipboard().text()
    assert f'data-src="{account.booking_url}"' in snippet
    assert f"{account.booking_url}?embed=true" in snippet


def test_clicking_an_account_in_the_left_list_selects_it_and_its_table_row(qtbot):
    views = make_views(qtbot)
    window, tab = views.window, views.accounts_tab
    selection = attached(views)
    changes: list[object] = []
    selection.changed.connect(changes.append)
    third = window.account_list.model().index(2, 0)
    rect = window.account_list.visualRect(third)
    qtbot.mouseClick(window.account_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    picked = third.data(ROW_ROLE)
    assert selection.current() == picked and changes == [picked]
    assert tab.selected_account() == picked  # the table shows the same account
    for button in (tab.edit_button, tab.delete_button, tab.copy_url_button):
        assert button.isEnabled()
    # ...and a click in the table moves the pane's mark along.
    row = tab.table.visualRect(tab.table.model().index(4, 1))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert selection.current() == window.current_list_account() == tab.selected_account()
    assert selection.current() != picked


def test_copying_a_booking_url_shows_the_confirmation_in_the_status_bar(qtbot):
    views = make_views(qtbot)
    selection = attached(views)
    views.window.account_list.setCurrentIndex(views.window.account_list.model().index(0, 0))
    qtbot.mouseClick(views.accounts_tab.copy_url_button, Qt.MouseButton.LeftButton)
    assert views.window.statusBar().currentMessage() == "Booking URL copied"
    qtbot.mouseClick(views.accounts_tab.copy_embed_button, Qt.MouseButton.LeftButton)
    assert views.window.statusBar().currentMessage() == "Embed code copied"
    assert selection.current() is not None


def test_closing_the_window_first_asks_the_app_to_shut_down(qtbot):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.close_requested):
        window.close()
    assert window.isVisible()
    window.allow_close()
    window.close()
    assert not window.isVisible()


def test_sandbox_banner_is_shown_only_for_the_sandbox(qtbot):
    window = make_window(qtbot)
    assert not window.banner.isVisible()
    window.set_sandbox_banner(True)
    assert window.banner.isVisible()
    assert "demo data" in window.banner.text()


def test_choosing_a_language_in_the_menu_emits_its_code(qtbot):
    window = make_window(qtbot)
    german = next(a for a in window._language_actions if a.data() == "de")
    with qtbot.waitSignal(window.language_chosen) as blocker:
        german.trigger()
    assert blocker.args == ["de"]
    window.set_language("")
    assert not german.isChecked()


def test_tabs_built_after_the_first_paint_take_their_pages_without_moving_the_user(qtbot):
    from console.ui.bookings.tab import BookingsTab
    from console.ui.wiring import build_first_views, finish_views

    first = build_first_views()
    qtbot.addWidget(first.window)
    tabs = first.window.tabs
    tabs.setCurrentIndex(first.pages["bookings"])  # clicked before the tab was built

    views = finish_views(first)

    assert tabs.count() == 6
    assert tabs.currentWidget() is views.bookings_tab
    assert isinstance(tabs.widget(first.pages["bookings"]), BookingsTab)
    assert tabs.tabText(first.pages["bookings"]) == "Bookings"
    assert tabs.widget(first.pages["meeting_types"]) is views.meeting_types_tab


def test_the_left_list_tells_namesakes_apart_and_marks_unsaved_edits(qtbot):
    from dataclasses import replace

    from console.ui.unsaved import UnsavedEdits

    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.allow_close()
    first, second = sample_accounts(2)
    namesake = replace(second, given_name=first.given_name, family_name=first.family_name)
    window.accounts_model.set_accounts([first, namesake])
    window.show()
    qtbot.waitExposed(window)
    listing = window.account_list
    model = listing.model()
    lines = [listing.delegate().lines(model.index(r, 0)) for r in range(2)]
    assert lines[0][0] == lines[1][0] == first.name  # the same name twice...
    assert {lines[0][1], lines[1][1]} == {first.email, second.email}  # ...told apart
    assert listing.rowHeight(0) >= 2 * listing.fontMetrics().height()
    unsaved = UnsavedEdits()
    listing.set_unsaved(unsaved)
    before = listing.viewport().grab().toImage()
    row_of_first = next(r for r in range(2) if model.index(r, 0).data(ROW_ROLE) == first)
    unsaved.mark(first.id, "Meeting types")
    assert listing.delegate().marked(model.index(row_of_first, 0))
    assert not listing.delegate().marked(model.index(1 - row_of_first, 0))
    marked = listing.viewport().grab().toImage()
    assert marked != before  # the dot is painted
    unsaved.clear(first.id, "Meeting types")
    assert listing.viewport().grab().toImage() == before


def test_search_ignores_accents_and_names_sort_by_their_numbers(qtbot):
    from console.ui.accounts.model import AccountRow

    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.allow_close()
    window.accounts_model.set_accounts(
        [
            AccountRow(id="a", email="fritz10@example.com", given_name="Fritz10"),
            AccountRow(id="b", email="fritz2@example.com", given_name="Fritz2"),
            AccountRow(id="c", email="s@example.com", given_name="Jana", family_name="Schäfer"),
        ]
    )
    table = views.accounts_tab.table.model()
    assert [table.index(r, 0).data() for r in range(3)] == ["Fritz2", "Fritz10", "Jana Schäfer"]
    window.search_edit.setText("schafer")
    assert window.account_list.model().rowCount() == 1
    assert window.account_list.model().index(0, 0).data() == "Jana Schäfer"
    window.search_edit.setText("SCHAEFER")  # the German spelling without the umlaut
    assert views.accounts_tab.table.model().rowCount() == 1
