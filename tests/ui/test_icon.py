"""The app icon reaches the main window in every rendered size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from console.ui.accounts.model import AccountsModel
from console.ui.icon import SIZES, icon_dir
from console.ui.main_window import MainWindow


def test_the_main_window_carries_the_app_icon_in_every_size(qtbot: QtBot) -> None:
    window = MainWindow(AccountsModel())
    qtbot.addWidget(window)

    sizes = window.windowIcon().availableSizes()

    assert {QSize(s, s) for s in SIZES} <= set(sizes)


def test_the_icon_files_for_the_installers_sit_beside_the_svg() -> None:
    for name in ("meetergo-console.svg", "meetergo-console.ico", "meetergo-console.icns"):
        assert (icon_dir() / name).stat().st_size > 0
