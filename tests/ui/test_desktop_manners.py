"""What a desktop program does: File → Quit, Help → About, the layout kept, dark mode followed,
tool icons, and a close that names the job it would stop."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QTableWidgetItem

from console import __version__, paths
from console.api import MeetergoClient
from console.asyncqt import signal_future
from console.jobs.csv_import import parse_csv
from console.store import Store
from console.ui.about import AboutDialog
from console.ui.theme import apply_scheme, is_dark
from console.ui.wiring import build_shell, build_views


def test_ctrl_q_and_file_quit_ask_the_app_to_close(qtbot):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    asked: list[bool] = []
    window.close_requested.connect(lambda: asked.append(True))

    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"
    menu = file_menu.menu()
    assert isinstance(menu, QMenu) and window.quit_action in menu.actions()
    window.quit_action.trigger()

    assert asked == [True, True]
    window.allow_close()


def test_about_shows_the_version_the_libraries_with_licences_and_the_folders(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.summary.text()

    assert __version__ in text
    for folder in (paths.data_dir(), paths.log_dir(), paths.config_dir()):
        assert str(folder) in text
    assert "developer.meetergo.com" in text

    def cell(row: int, column: int) -> str:
        item = dialog.libraries.item(row, column)
        assert isinstance(item, QTableWidgetItem)
        return item.text()

    rows = {cell(r, 0): cell(r, 2) for r in range(dialog.libraries.rowCount())}
    assert "LGPL-3.0-only" in rows["PySide6_Essentials"]
    assert rows["httpx"] == "BSD-3-Clause"
    assert "QtAwesome" in rows and "pytest" not in rows
    assert all(rows.values())


def test_the_window_comes_back_with_its_size_and_left_pane(qtbot, isolated_dirs):
    settings = QSettings(str(isolated_dirs / "layout.ini"), QSettings.Format.IniFormat)
    first = build_views().window
    qtbot.addWidget(first)
    first.resize(790, 760)  # the offscreen screen is 800 px wide
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([300, 400])
    sizes = first.splitter.sizes()
    size = first.size()
    first.save_layout(settings)
    first.allow_close()

    second = build_views().window
    qtbot.addWidget(second)
    second.restore_layout(settings)
    second.show()
    qtbot.waitExposed(second)

    assert second.size() == size and size.width() == 790
    assert second.splitter.sizes()[0] == sizes[0]
    second.allow_close()


def test_dark_mode_switches_the_palette_and_the_banner_and_back(qtbot):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_views().window
    qtbot.addWidget(window)
    light_banner = window.banner.styleSheet()
    try:
        apply_scheme(app, Qt.ColorScheme.Dark)
        QApplication.processEvents()
        assert is_dark(app.palette()) and is_dark(window.palette())
        assert window.banner.styleSheet() != light_banner
        assert "#3d3200" in window.banner.styleSheet()
    finally:
        apply_scheme(app, Qt.ColorScheme.Light)
        QApplication.processEvents()
    assert not is_dark(app.palette())
    assert window.banner.styleSheet() == light_banner


def test_the_tools_get_icons_in_the_palettes_text_colour(qtbot):
    from console.ui.icons import ICONS, apply_icons

    views = build_views()
    qtbot.addWidget(views.window)
    assert views.accounts_tab.import_button.icon().isNull()

    assert apply_icons(views) == len(ICONS)

    assert not views.accounts_tab.import_button.icon().isNull()
    assert not views.window.manage_action.icon().isNull()
    image = views.accounts_tab.refresh_button.icon().pixmap(16, 16).toImage()
    text = views.window.palette().color(QPalette.ColorRole.ButtonText)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(16)
        for y in range(16)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert text.name() in colours


CSV = (
    "E-Mail;Vorname;Nachname\n"
    + "".join(f"person.{i}@kanzlei.example;Person;Number{i}\n" for i in range(30))
).encode("utf-8-sig")


def _shell(qtbot: Any, home: Any) -> Any:
    from console.credentials import Connection, ConnectionStore, CredentialKind, SecretStore
    from console.sandbox import SandboxConfig, create_app, sandbox_transport
    from tests.ui.test_shell import BASE_URL, NoSandbox

    app = create_app(SandboxConfig(rate_limit=False))
    connections, secrets = ConnectionStore(), SecretStore()
    connections.add(Connection("A", BASE_URL, CredentialKind.API_KEY))
    secrets.set("A", app.state.sandbox.demo_api_key)
    shell = build_shell(
        store=Store.open(":memory:"),
        settings=QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat),
        connections=connections,
        secrets=secrets,
        client_factory=lambda url, key: MeetergoClient(key, url, transport=sandbox_transport(app)),
        sandbox=NoSandbox(),
        preferred_connection="A",
    )
    qtbot.addWidget(shell.window)
    return shell


def _click(box: QMessageBox | None, text: str) -> None:
    assert box is not None
    (button,) = [b for b in box.findChildren(QPushButton) if b.text() == text]
    button.click()


def test_closing_with_a_paused_import_names_it_and_asks_first(qtbot, qloop, isolated_dirs):
    shell = _shell(qtbot, isolated_dirs)

    async def scenario() -> None:
        opened = signal_future(shell.connection_opened)
        run = asyncio.ensure_future(shell.run())
        await asyncio.wait_for(opened, 30)
        importer = shell.importer
        importer.open()
        importer.show_preview("kunden.csv", parse_csv(CSV))
        importer.start()
        job = importer.job
        assert job is not None
        started = asyncio.get_running_loop().create_future()

        def on_event(_event: object) -> None:
            job.pause()
            if not started.done():
                started.set_result(None)

        job.subscribe(on_event)
        await asyncio.wait_for(started, 30)
        assert job.paused

        shell.window.close()
        box = shell.close_question
        assert box is not None
        assert "The paused import kunden.csv is still running" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        await asyncio.sleep(0)
        assert not run.done()

        shell.window.close()
        _click(shell.close_question, "Stop and close")
        await asyncio.wait_for(run, 30)

    qloop.run_until_complete(scenario())


def test_status_colours_made_for_light_rows_stay_legible_on_dark_ones(qtbot):
    from PySide6.QtGui import QColor, QGuiApplication

    from console.domain.contrast import contrast_ratio
    from console.ui.theme import readable_background, readable_text

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    red, yellow = QColor("#b02a37"), QColor(255, 236, 153)
    assert readable_text(red) == red and readable_background(yellow) == yellow  # light: as made
    try:
        apply_scheme(app, Qt.ColorScheme.Dark)
        palette = QGuiApplication.palette()
        base = palette.color(QPalette.ColorRole.Base).name()
        text = palette.color(QPalette.ColorRole.Text).name()
        assert contrast_ratio(red.name(), base) < 4.5  # what dark rows showed before

        assert contrast_ratio(readable_text(red).name(), base) >= 4.5
        assert contrast_ratio(text, readable_background(yellow).name()) >= 4.5
    finally:
        apply_scheme(app, Qt.ColorScheme.Light)
