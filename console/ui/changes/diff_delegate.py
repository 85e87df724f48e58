"""Paints a removed value struck through while its "− " prefix stays plain and readable.

A struck-through "−" looks like a dash of the value ("—30"); the prefix is what tells readers
who do not see the colour that this value goes away, so it must stay legible.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

REMOVED_PREFIX = "− "


class StruckValueDelegate(QStyledItemDelegate):
    """For the "Before" column: the prefix in the plain font, the value struck through."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        font = index.data(Qt.ItemDataRole.FontRole)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not (
            isinstance(font, QFont)
            and font.strikeOut()
            and isinstance(text, str)
            and text.startswith(REMOVED_PREFIX)
        ):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(2, 0, -2, 0)  # the text margin Qt's own item painting keeps
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role) if selected else opt.palette.brush(role).color()
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if not selected and brush is not None:
            colour = brush.color()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        plain = QFont(opt.font)
        plain.setStrikeOut(False)
        struck = QFont(opt.font)
        struck.setStrikeOut(True)
        width = QFontMetrics(plain).horizontalAdvance(REMOVED_PREFIX)
        value = QFontMetrics(struck).elidedText(
            text[len(REMOVED_PREFIX) :], Qt.TextElideMode.ElideRight, max(rect.width() - width, 0)
        )
        painter.save()
        painter.setPen(colour)
        painter.setFont(plain)
        painter.drawText(rect, align, REMOVED_PREFIX)
        painter.setFont(struck)
        painter.drawText(rect.adjusted(width, 0, 0, 0), align, value)
        painter.restore()


__all__ = ["REMOVED_PREFIX", "StruckValueDelegate"]
