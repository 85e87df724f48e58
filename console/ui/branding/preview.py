"""The booking page as a client sees it, drawn natively (no web engine) from the edited values."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.domain.contrast import DARK_PAGE, LIGHT_PAGE, parse_hex

#: meetergo's own colours when an account's custom colours are off.
DEFAULT_PRIMARY = "#0a7cff"
DEFAULT_SECONDARY = "#e8f1ff"
DESKTOP_WIDTH = 720
PHONE_WIDTH = 360
#: Page text on the light and the dark page.
LIGHT_TEXT = DARK_PAGE
DARK_TEXT = "#f9fafb"
HEADER_HEIGHT = 120
SLOTS_SHOWN = 6
LINK_ROWS_PHONE = 2


@dataclass(frozen=True)
class PreviewState:
    """Everything the preview draws; the tab builds it from its fields on every keystroke."""

    name: str = ""
    title: str = ""
    subtitle: str = ""
    description: str = ""
    use_custom_colors: bool = False
    primary: str = ""
    secondary: str = ""
    meeting_types: tuple[str, ...] = ()
    links: tuple[str, ...] = ()  # the names of the page's custom links, in order
    slots: tuple[datetime, ...] = ()
    month: date = field(default_factory=date.today)
    dark: bool = False
    phone: bool = False

    @property
    def primary_colour(self) -> str:
        """The colour slot buttons are drawn in (meetergo's own when custom colours are off)."""
        chosen = parse_hex(self.primary) if self.use_custom_colors and self.primary else None
        return chosen or DEFAULT_PRIMARY

    @property
    def secondary_colour(self) -> str:
        chosen = parse_hex(self.secondary) if self.use_custom_colors and self.secondary else None
        return chosen or DEFAULT_SECONDARY

    def with_(self, **changes: object) -> PreviewState:
        return replace(self, **changes)  # type: ignore[arg-type]


class BookingPreview(QWidget):
    """A drawn booking page; :meth:`show_state` redraws it, :meth:`set_header_image` its header.

    The layout rectangles (``header_text_rect``, ``slot_rects``, ``link_rects``) and the
    calendar's weekday names (``weekday_names``, in the locale's order from its first day of
    the week) are kept after each paint so a test can look at what a client would see.
    No signals.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = PreviewState()
        self._image: QImage | None = None
        self.header_text_rect = QRect()
        self.slot_rects: list[QRect] = []
        self.link_rects: list[QRect] = []
        self.weekday_names: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Booking page preview"))
        self._resize()

    @property
    def state(self) -> PreviewState:
        return self._state

    def show_state(self, state: PreviewState) -> None:
        self._state = state
        self._resize()
        self.update()

    def set_header_image(self, image: QImage | None) -> None:
        self._image = image
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._width(), self._height())

    def _width(self) -> int:
        return PHONE_WIDTH if self._state.phone else DESKTOP_WIDTH

    def _height(self) -> int:
        phone = self._state.phone
        cards = len(self._state.meeting_types)
        body = 230 + (cards * 56 if phone else ((cards + 1) // 2) * 56)
        if self._state.links:
            body += (LINK_ROWS_PHONE if phone else 1) * 40 + 4
        booking = 544 if phone else 324
        return HEADER_HEIGHT + body + booking

    def _resize(self) -> None:
        self.setFixedSize(self._width(), self._height())

    def paintEvent(self, event: QPaintEvent) -> None:
        s = self._state
        background = QColor(DARK_PAGE if s.dark else LIGHT_PAGE)
        text = QColor(DARK_TEXT if s.dark else LIGHT_TEXT)
        muted = QColor("#9ca3af" if s.dark else "#6b7280")
        card = QColor("#1f2937" if s.dark else "#f3f4f6")
        primary, secondary = QColor(s.primary_colour), QColor(s.secondary_colour)
        w = self.width()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), background)

        # Header: the image, or the secondary colour where there is none.
        header = QRect(0, 0, w, HEADER_HEIGHT)
        if self._image is not None and not self._image.isNull():
            scaled = self._image.scaled(
                header.size(),
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            p.drawImage(header, scaled, QRect(0, 0, w, HEADER_HEIGHT))
        else:
            p.fillRect(header, secondary)

        # Picture placeholder (initials) overlapping the header, then name, title, subtitle.
        margin = 16 if s.phone else 32
        avatar = QRect(margin, HEADER_HEIGHT - 36, 72, 72)
        p.setPen(QPen(background, 4))
        p.setBrush(card)
        p.drawEllipse(avatar)
        initials = "".join(part[:1] for part in s.name.split()[:2]).upper() or "?"
        p.setPen(muted)
        p.setFont(_font(self.font(), 1.4, bold=True))
        p.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initials)
        y = HEADER_HEIGHT + 44
        p.setPen(text)
        p.setFont(_font(self.font(), 1.1, bold=True))
        p.drawText(QRect(margin, y, w - 2 * margin, 24), Qt.AlignmentFlag.AlignLeft, s.name)
        y += 28
        self.header_text_rect = QRect(margin, y, w - 2 * margin, 54)
        p.setFont(_font(self.font(), 1.6, bold=True))
        p.drawText(
            QRect(margin, y, w - 2 * margin, 32),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            s.title,
        )
        p.setPen(muted)
        p.setFont(_font(self.font(), 1.0))
        p.drawText(
            QRect(margin, y + 32, w - 2 * margin, 22), Qt.AlignmentFlag.AlignLeft, s.subtitle
        )
        y += 62
        p.setPen(text)
        desc = QRect(margin, y, w - 2 * margin, 60)
        p.drawText(desc, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, s.description)
        y += 72

        # The custom links as outlined buttons in the primary colour, wrapping to a new row.
        self.link_rects = []
        if s.links:
            p.setFont(_font(self.font(), 0.9, bold=True))
            metrics = p.fontMetrics()
            x, row = margin, 0
            rows = LINK_ROWS_PHONE if s.phone else 1
            for name in s.links:
                width = min(metrics.horizontalAdvance(name) + 28, w - 2 * margin)
                if x + width > w - margin and x > margin:
                    x, row = margin, row + 1
                if row >= rows:
                    break
                box = QRect(x, y + row * 40, width, 30)
                self.link_rects.append(box)
                p.setPen(QPen(primary, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                # Inset by the pen's half width, so the outline covers whole pixels.
                p.drawRoundedRect(QRectF(box).adjusted(1, 1, -1, -1), 14, 14)
                p.drawText(
                    box,
                    Qt.AlignmentFlag.AlignCenter,
                    metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - 16),
                )
                x += width + 8
            y += rows * 40 + 4

        # Meeting-type cards in the chosen order: one column on a phone, two on a desktop.
        columns = 1 if s.phone else 2
        gap = 12
        card_w = (w - 2 * margin - gap * (columns - 1)) // columns
        p.setFont(_font(self.font(), 1.0, bold=True))
        for index, title in enumerate(s.meeting_types):
            row, col = divmod(index, columns)
            box = QRect(margin + col * (card_w + gap), y + row * 56, card_w, 44)
            p.setPen(QPen(secondary.darker(115), 1))
            p.setBrush(card)
            p.drawRoundedRect(QRectF(box), 8, 8)
            p.fillRect(QRect(box.left(), box.top() + 8, 4, box.height() - 16), primary)
            p.setPen(text)
            p.drawText(
                box.adjusted(16, 0, -8, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                title,
            )
        y += ((len(s.meeting_types) + columns - 1) // columns) * 56 + 8

        # The month calendar: days with slots ringed, the first of them selected.
        slot_days = {slot.date() for slot in s.slots}
        chosen_day = min(slot_days) if slot_days else None
        cal_w = w - 2 * margin if s.phone else (w - 2 * margin) * 3 // 5
        cell = cal_w // 7
        p.setPen(text)
        p.setFont(_font(self.font(), 1.0, bold=True))
        locale = self.locale()
        p.drawText(
            QRect(margin, y, cal_w, 24),
            Qt.AlignmentFlag.AlignLeft,
            locale.toString(QDate(s.month.year, s.month.month, 1), "MMMM yyyy"),
        )
        y += 28
        # The weeks start on the locale's first day (Monday in Germany, Sunday in the US);
        # Qt numbers the days Monday 1 … Sunday 7, Python's calendar Monday 0 … Sunday 6.
        first = locale.firstDayOfWeek().value - 1
        self.weekday_names = [
            locale.dayName((first + i) % 7 + 1, QLocale.FormatType.ShortFormat) for i in range(7)
        ]
        p.setPen(muted)
        p.setFont(_font(self.font(), 0.8, bold=True))
        for c, day_name in enumerate(self.weekday_names):
            p.drawText(
                QRect(margin + c * cell, y, cell - 4, 18), Qt.AlignmentFlag.AlignCenter, day_name
            )
        y += 22
        p.setFont(_font(self.font(), 0.9))
        weeks = calendar.Calendar(first).monthdatescalendar(s.month.year, s.month.month)
        for r, week in enumerate(weeks):
            for c, day in enumerate(week):
                box = QRect(margin + c * cell, y + r * 34, cell - 4, 30)
                if day.month != s.month.month:
                    continue
                if day == chosen_day:
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(primary)
                    p.drawRoundedRect(QRectF(box), 6, 6)
                    p.setPen(QColor("#ffffff"))
                elif day in slot_days:
                    p.setPen(QPen(primary, 2))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRoundedRect(QRectF(box), 6, 6)
                    p.setPen(text)
                else:
                    p.setPen(muted)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(day.day))
        cal_bottom = y + len(weeks) * 34

        # Slot buttons of the selected day, in the primary colour.
        if s.phone:
            sx, sy, sw = margin, cal_bottom + 16, w - 2 * margin
        else:
            sx, sy, sw = margin + cal_w + 24, y, w - margin - (margin + cal_w + 24)
        day_slots = sorted(t for t in s.slots if t.date() == chosen_day)[:SLOTS_SHOWN]
        self.slot_rects = []
        p.setFont(_font(self.font(), 1.0, bold=True))
        if not day_slots:
            p.setPen(muted)
            p.drawText(
                QRect(sx, sy, sw, 40),
                Qt.TextFlag.TextWordWrap,
                self.tr("No free times to show"),
            )
        for index, start in enumerate(day_slots):
            box = QRect(sx, sy + index * 44, sw, 36)
            self.slot_rects.append(box)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(primary)
            p.drawRoundedRect(QRectF(box), 6, 6)
            p.setPen(QColor("#ffffff"))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, start.strftime("%H:%M"))
        p.end()


def _font(base: QFont, scale: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * scale))
    font.setBold(bold)
    return font
