"""Tool-bar and button icons from qtawesome (Material Design Icons), set after the first paint.

qtawesome is an icon font library made for Qt: its icons are drawn in the palette's text colour,
so they stay legible in light and dark mode (:func:`apply_icons` runs again when the colour
scheme changes). It loads a font and takes about a second to import on a slow machine, so
``console.app`` calls this only once the window is on screen, and the window works without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton

if TYPE_CHECKING:
    from console.ui.wiring import Views

#: (view attribute, widget attribute) -> Material Design icon name; a widget another version of
#: a tab no longer has is skipped.
ICONS: dict[tuple[str, str], str] = {
    ("window", "manage_action"): "mdi6.connection",
    ("window", "quit_action"): "mdi6.exit-to-app",
    ("window", "about_action"): "mdi6.information-outline",
    ("window", "docs_action"): "mdi6.book-open-variant",
    ("accounts_tab", "new_button"): "mdi6.account-plus",
    ("accounts_tab", "edit_button"): "mdi6.account-edit",
    ("accounts_tab", "delete_button"): "mdi6.account-remove",
    ("accounts_tab", "copy_url_button"): "mdi6.link-variant",
    ("accounts_tab", "copy_embed_button"): "mdi6.code-tags",
    ("accounts_tab", "open_page_button"): "mdi6.open-in-new",
    ("accounts_tab", "import_button"): "mdi6.file-import",
    ("accounts_tab", "refresh_button"): "mdi6.refresh",
    ("meeting_types_tab", "new_button"): "mdi6.plus",
    ("meeting_types_tab", "duplicate_button"): "mdi6.content-duplicate",
    ("meeting_types_tab", "delete_button"): "mdi6.delete",
    ("meeting_types_tab", "copy_many_button"): "mdi6.account-multiple-plus",
    ("meeting_types_tab", "save_button"): "mdi6.content-save",
    ("meeting_types_tab", "copy_url_button"): "mdi6.link-variant",
    ("meeting_types_tab", "copy_embed_button"): "mdi6.code-tags",
    ("availability_tab", "undo_button"): "mdi6.undo",
    ("availability_tab", "redo_button"): "mdi6.redo",
    ("availability_tab", "save_button"): "mdi6.content-save",
    ("availability_tab", "apply_button"): "mdi6.account-multiple-check",
    ("branding_tab", "save_button"): "mdi6.content-save",
    ("branding_tab", "revert_button"): "mdi6.backup-restore",
    ("branding_tab", "open_button"): "mdi6.open-in-new",
    ("templates_tab", "new_button"): "mdi6.plus",
    ("templates_tab", "save_button"): "mdi6.content-save",
    ("templates_tab", "assign_button"): "mdi6.account-multiple-check",
    ("templates_tab", "drift_button"): "mdi6.compare-horizontal",
    ("bookings_tab", "cancel_button"): "mdi6.calendar-remove",
    ("bookings_tab", "reschedule_button"): "mdi6.calendar-clock",
    ("bookings_tab", "copy_button"): "mdi6.content-copy",
    ("bookings_tab", "history_button"): "mdi6.history",
    ("bookings_tab", "csv_button"): "mdi6.file-delimited",
    ("bookings_tab", "ics_button"): "mdi6.calendar-export",
}


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """The icon ``name`` in the palette's button-text colours (normal and disabled)."""
    import qtawesome

    icon: QIcon = qtawesome.icon(
        name,
        color=palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText),
        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    )
    return icon


def apply_icons(views: Views) -> int:
    """Give the window's actions and the tabs' buttons their icons; returns how many got one."""
    palette = views.window.palette()
    done = 0
    for (view_name, widget_name), icon_name in ICONS.items():
        target: Any = getattr(getattr(views, view_name, None), widget_name, None)
        if isinstance(target, QAbstractButton | QAction):
            target.setIcon(themed_icon(icon_name, palette))
            done += 1
    return done


__all__ = ["ICONS", "apply_icons", "themed_icon"]
