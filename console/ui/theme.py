"""Follow the operating system's light or dark mode (``QStyleHints.colorScheme``).

Where the platform's style switches its palette itself (Windows 11, macOS, desktops with a
Qt platform theme) nothing is changed; where it does not (Fusion on a bare X server or
Wayland), the console switches Fusion to a dark palette built from the same roles, so every
widget, custom-painted ones included, draws with palette roles in either mode.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from console.domain.contrast import suggest_passing

#: Set on the application while the console's own dark palette is in use.
DARK_PALETTE_PROPERTY = "consoleDarkPalette"


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def dark_palette() -> QPalette:
    """A dark Fusion palette with every role set, disabled texts dimmed."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#8c8c8c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#4a4a4a",
        QPalette.ColorRole.Midlight: "#3d3d3d",
        QPalette.ColorRole.Mid: "#2f2f2f",
        QPalette.ColorRole.Dark: "#1a1a1a",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.LinkVisited: "#c49bff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def readable_text(colour: QColor) -> QColor:
    """``colour`` for text on the current palette's base, its lightness moved until it reaches
    WCAG AA (4.5:1): a status red made for white rows stays legible on dark ones."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base).name()
    return QColor(suggest_passing(colour.name(), base))


def readable_background(colour: QColor) -> QColor:
    """``colour`` as a row background the palette's text stays legible on (AA, 4.5:1)."""
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text).name()
    return QColor(suggest_passing(colour.name(), text))


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Make the application's palette match ``scheme`` (see the module docstring)."""
    ours = bool(app.property(DARK_PALETTE_PROPERTY))
    if scheme == Qt.ColorScheme.Dark:
        if not is_dark(app.palette()):
            app.setStyle("Fusion")
            app.setPalette(dark_palette())
            app.setProperty(DARK_PALETTE_PROPERTY, True)
    elif ours:
        app.setPalette(app.style().standardPalette())
        app.setProperty(DARK_PALETTE_PROPERTY, False)


def follow_color_scheme(app: QApplication, changed: Callable[[], None] | None = None) -> None:
    """Apply the OS's scheme now and whenever it changes; ``changed`` runs after each change."""
    hints = QGuiApplication.styleHints()
    apply_scheme(app, hints.colorScheme())

    def on_changed(scheme: Qt.ColorScheme) -> None:
        apply_scheme(app, scheme)
        if changed is not None:
            changed()

    hints.colorSchemeChanged.connect(on_changed)


__all__ = [
    "apply_scheme",
    "dark_palette",
    "follow_color_scheme",
    "is_dark",
    "readable_background",
    "readable_text",
]
