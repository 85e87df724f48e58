"""The left account list's health badge: a warning icon at the end of a name that needs
attention (the model's ``HEALTH_ROLE``); the name's tooltip says why."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.health.model import AccountHealth
from console.ui.accounts.health_columns import icon
from console.ui.accounts.model import HEALTH_ROLE

BADGE = 14  # px; fits the list's row height (font height + 6)


def paint_health_badge(painter: QPainter, rect: QRect, health: AccountHealth | None) -> None:
    """Paint the badge of ``health`` at the right end of ``rect`` (nothing when healthy or
    not checked). A delegate of the account list calls this after painting the item."""
    if health is None or not health.needs_attention:
        return
    badge = icon(health)
    if badge is None:
        return
    size = min(BADGE, rect.height() - 2)
    target = QRect(rect.right() - size - 3, rect.center().y() - size // 2, size, size)
    badge.paint(painter, target)


class HealthBadgeDelegate(QStyledItemDelegate):
    """Paints the item as usual, then its health badge (no signals)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        health = index.data(HEALTH_ROLE)
        if not isinstance(health, AccountHealth) or not health.needs_attention:
            super().paint(painter, option, index)
            return
        # The row's background spans the badge; the text is elided before it, not under it.
        full: QRect = option.rect
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = full.adjusted(0, 0, -(BADGE + 6), 0)
        super().paint(painter, narrowed, index)
        paint_health_badge(painter, full, health)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + BADGE + 6, hint.height())
