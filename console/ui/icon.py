"""The app icon (``resources/icons``) for the window, the taskbar and the dock.

The same files feed the installers and the Linux .desktop entry (see ``packaging/``); they are
rendered from the SVG by ``packaging/make_icons.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from console.ui.i18n import source_dir

NAME = "meetergo-console"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_dir() -> Path:
    """Folder with the icon files: beside the translations, in a checkout and in a bundle."""
    return source_dir().parent / "icons"


def app_icon() -> QIcon:
    """The app icon with every rendered size, so Qt never scales a bitmap up."""
    icon = QIcon()
    for size in SIZES:
        png = icon_dir() / f"{NAME}-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


__all__ = ["app_icon", "icon_dir"]
