"""A painted day or week of bookings beside the table: one lane per account, coloured by
meeting type (the legend names both: the colours' meeting types, then the lanes' accounts).

Times are drawn in the viewer's zone; a block's tooltip and second line note the host's own
time when its zone differs. Cancelled bookings are hatched and struck through, rescheduled ones
have a dashed border, and new ones (highlighted in the table) a thick one — each also says so in
words (a mark before the client's name and the tooltip), so colour is never the only sign.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from console.store.records import BookingRecord
from console.ui.bookings.model import status_text

if TYPE_CHECKING:
    from console.live.export import AccountInfo

DAY, WEEK = "day", "week"

#: Meeting-type colours, told apart also by the block's second line and the legend's names.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#e15759",
    "#76b7b2",
    "#9c755f",
    "#edc948",
)
DEFAULT_MINUTES = 30  # a booking without an end is drawn this long
FIRST_HOUR, LAST_HOUR = 8, 18  # shown at least; widened to fit the bookings


@dataclass(frozen=True)
class Block:
    """One drawn booking and where it is."""

    rect: QRectF
    booking: BookingRecord


class BookingCalendar(QWidget):
    """The chosen day or week (Monday first) of the bookings it is given.

    Signals:
        booking_clicked(str): the appointment id of the block the user clicked.
    """

    booking_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, zone: tzinfo | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._mode = WEEK
        self._day = datetime.now(UTC).astimezone(zone).date()
        self._bookings: list[BookingRecord] = []
        self._accounts: dict[str, AccountInfo] = {}
        self._fresh: frozenset[str] = frozenset()
        self._selected: str | None = None
        self._blocks: list[Block] = []
        self._zones: dict[str, tzinfo | None] = {}
        self.setAccessibleName(self.tr("Bookings calendar"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)

    # -- what is shown -------------------------------------------------------------------------

    @property
    def zone(self) -> tzinfo | None:
        """The viewer's zone the calendar draws in (None: the system's)."""
        return self._zone

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """``day`` or ``week``."""
        self._mode = DAY if mode == DAY else WEEK
        self.update()

    def set_day(self, day: date) -> None:
        """Show the day (or the week holding it)."""
        self._day = day
        self.update()

    def step(self, direction: int) -> None:
        """One day or week on (``1``) or back (``-1``)."""
        self.set_day(self._day + timedelta(days=direction * (1 if self._mode == DAY else 7)))

    def days(self) -> list[date]:
        """The shown days, in order."""
        if self._mode == DAY:
            return [self._day]
        monday = self._day - timedelta(days=self._day.weekday())
        return [monday + timedelta(days=n) for n in range(7)]

    def span(self) -> tuple[datetime, datetime]:
        """The shown days as UTC instants: the first day's midnight to after the last day's."""
        days = self.days()
        return self._instant(days[0]), self._instant(days[-1] + timedelta(days=1))

    def set_bookings(
        self,
        bookings: Iterable[BookingRecord],
        accounts: Mapping[str, AccountInfo],
        *,
        fresh: Iterable[str] = (),
    ) -> None:
        """The bookings to draw (those outside the shown days are left out), account names and
        zones, and the ids of new ones (marked)."""
        self._bookings = [b for b in bookings if b.start is not None]
        self._accounts = dict(accounts)
        self._fresh = frozenset(fresh)
        self.update()

    def set_selected(self, appointment_id: str | None) -> None:
        self._selected = appointment_id
        self.update()

    def lanes(self) -> list[str | None]:
        """The accounts with a booking in the shown days, one lane each, by e-mail."""
        start, end = self.span()
        hosts = {b.host_id for b in self._bookings if b.start and start <= b.start < end}
        return sorted(hosts, key=lambda h: (self._label(h).casefold(), h or ""))

    def meeting_types(self) -> list[str]:
        """The meeting types of the loaded bookings, by name (each has its colour)."""
        return sorted({b.meeting_type_name or "" for b in self._bookings}, key=str.casefold)

    def colour_of_type(self, meeting_type: str | None) -> QColor:
        """A meeting type's colour: by its place among the loaded bookings' types, so it stays
        the same while the shown day or week changes."""
        known = self.meeting_types()
        name = meeting_type or ""
        index = known.index(name) if name in known else len(known)
        return QColor(PALETTE[index % len(PALETTE)])

    def blocks(self) -> list[Block]:
        """What the last paint drew (for hit tests and tests)."""
        return list(self._blocks)

    def block_of(self, appointment_id: str) -> Block | None:
        return next((b for b in self._blocks if b.booking.appointment_id == appointment_id), None)

    def title(self) -> str:
        """The shown range and the zone it is drawn in ("2030-05-06 – 2030-05-12 · CEST")."""
        days = self.days()
        span = (
            _day_text(days[0], "ddd yyyy-MM-dd")
            if len(days) == 1
            else f"{days[0]:%Y-%m-%d} – {days[-1]:%Y-%m-%d}"
        )
        return span + " · " + self.tr("your time: %1").replace("%1", self.zone_name())

    def zone_name(self) -> str:
        """The viewer's zone as the calendar uses it (its name, or the local abbreviation)."""
        if isinstance(self._zone, ZoneInfo):
            return self._zone.key
        return datetime.now(UTC).astimezone(self._zone).tzname() or "UTC"

    # -- Qt ------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self._selected = hit.booking.appointment_id
            self.update()
            self.booking_clicked.emit(hit.booking.appointment_id)
            return
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(hit.booking), self)
            return True
        return super().event(event)

    def describe(self, booking: BookingRecord) -> str:
        """A block in words: when (viewer's and host's time), who, account, type, status."""
        lines = [
            _day_text(self._local(booking.start).date(), "ddd yyyy-MM-dd")
            + f" {self._local(booking.start):%H:%M} {booking.client_name or booking.client_email}",
            self._label(booking.host_id),
        ]
        host = self._host_time(booking)
        if host:
            lines.append(self.tr("Host's time: %1").replace("%1", host))
        if booking.meeting_type_name:
            lines.append(booking.meeting_type_name)
        state = status_text(booking.status)
        if booking.appointment_id in self._fresh:
            state += " · " + self.tr("new")
        lines.append(state)
        return "\n".join(lines)

    # -- painting ------------------------------------------------------------------------------

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = self.fontMetrics()
        line = metrics.height()
        days = self.days()
        start, end = self.span()
        shown = [b for b in self._bookings if b.start and start <= b.start < end]
        first, last = self._hours(shown)
        lanes = self.lanes()
        legend = line + 8 if shown else 0
        top, left = line + 10, metrics.horizontalAdvance("00:00") + 10
        bottom = self.height() - legend
        width = max(self.width() - left - 4, 1)
        height = max(bottom - top, 1)
        per_hour = height / max(last - first, 1)
        column = width / len(days)

        grid = QPen(palette.mid().color())
        grid.setWidth(1)
        text = palette.text().color()
        painter.setPen(grid)
        for hour in range(first, last + 1):
            y = top + (hour - first) * per_hour
            painter.drawLine(QPointF(left, y), QPointF(self.width() - 4, y))
            painter.setPen(text)
            painter.drawText(
                QRectF(2, y - line / 2, left - 6, line),
                Qt.AlignmentFlag.AlignRight,
                f"{hour:02d}:00",
            )
            painter.setPen(grid)
        today = datetime.now(UTC).astimezone(self._zone).date()
        for n, day in enumerate(days):
            x = left + n * column
            painter.setPen(grid)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            header = QRectF(x, 0, column, top)
            font = QFont(self.font())
            font.setBold(day == today)
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(
                header,
                Qt.AlignmentFlag.AlignCenter,
                _day_text(day, "ddd dd.MM." if len(days) > 1 else "dddd yyyy-MM-dd"),
            )
        painter.setFont(self.font())

        self._blocks = []
        lane_of = {host: i for i, host in enumerate(lanes)}
        lane_width = column / max(len(lanes), 1)
        for booking in sorted(shown, key=lambda b: (b.start or start, b.appointment_id)):
            assert booking.start is not None
            local = self._local(booking.start)
            n = (local.date() - days[0]).days
            if not 0 <= n < len(days):
                continue
            finish = (
                self._local(booking.end)
                if booking.end
                else local + timedelta(minutes=DEFAULT_MINUTES)
            )
            begin_h = local.hour + local.minute / 60
            end_h = begin_h + max((finish - local).total_seconds() / 3600, 0.25)
            y0 = top + (begin_h - first) * per_hour
            y1 = top + (min(end_h, last) - first) * per_hour
            x0 = left + n * column + lane_of.get(booking.host_id, 0) * lane_width + 1
            rect = QRectF(x0, y0 + 1, max(lane_width - 2, 2), max(y1 - y0 - 2, line * 0.6))
            self._paint_block(painter, rect, booking, line)
            self._blocks.append(Block(rect, booking))

        if legend:
            x = float(left)
            y = self.height() - legend + 4
            for kind in sorted({b.meeting_type_name or "" for b in shown}, key=str.casefold):
                label = kind or self.tr("(no meeting type)")
                swatch = self.colour_of_type(kind)
                painter.fillRect(QRectF(x, y + 2, line - 4, line - 4), swatch)
                painter.setPen(text)
                painter.drawText(QPointF(x + line, y + metrics.ascent()), label)
                x += line + metrics.horizontalAdvance(label) + 16
            if len(lanes) > 1:  # which lane is whose, left to right
                names = " | ".join(self._label(host) for host in lanes)
                painter.setPen(text)
                painter.drawText(
                    QPointF(x, y + metrics.ascent()),
                    self.tr("Lanes: {names}").format(names=names),
                )

    def _paint_block(
        self, painter: QPainter, rect: QRectF, booking: BookingRecord, line: int
    ) -> None:
        colour = self.colour_of_type(booking.meeting_type_name)
        cancelled = booking.status == "cancelled"
        fill = QColor(colour)
        fill.setAlpha(70 if cancelled else 190)
        painter.fillRect(rect, fill)
        if cancelled:
            painter.fillRect(rect, QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
        pen = QPen(colour.darker(160))
        pen.setWidthF(1.0)
        if booking.status == "rescheduled":
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.6)
        if booking.appointment_id in self._fresh:
            pen = QPen(QColor("#d97706"), 3.0)
        if booking.appointment_id == self._selected:
            pen = QPen(self.palette().highlight().color(), 3.0)
        painter.setPen(pen)
        painter.drawRect(rect)
        font = QFont(self.font())
        font.setStrikeOut(cancelled)
        painter.setFont(font)
        painter.setPen(QColor("#111111"))
        mark = {"cancelled": "✕ ", "rescheduled": "↻ ", "pending": "? "}.get(booking.status, "")
        if booking.appointment_id in self._fresh:
            mark = "● " + mark
        who = booking.client_name or booking.client_email
        first = f"{mark}{self._local(booking.start):%H:%M} {who}"
        inner = rect.adjusted(3, 1, -2, -1)
        painter.save()
        painter.setClipRect(rect)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, first)
        host = self._host_time(booking)
        if host and inner.height() >= 2 * line:
            font.setStrikeOut(False)
            painter.setFont(font)
            painter.drawText(
                inner.adjusted(0, line, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self.tr("host %1").replace("%1", host),
            )
        painter.restore()
        painter.setFont(self.font())

    # -- helpers -------------------------------------------------------------------------------

    def _hours(self, shown: list[BookingRecord]) -> tuple[int, int]:
        first, last = FIRST_HOUR, LAST_HOUR
        for booking in shown:
            assert booking.start is not None
            local = self._local(booking.start)
            finish = (
                self._local(booking.end)
                if booking.end
                else local + timedelta(minutes=DEFAULT_MINUTES)
            )
            first = min(first, local.hour)
            end_hour = finish.hour + (1 if finish.minute or finish.date() > local.date() else 0)
            last = max(last, 24 if finish.date() > local.date() else end_hour)
        return first, min(last, 24)

    def _instant(self, day: date) -> datetime:
        naive = datetime.combine(day, time())
        local = naive.replace(tzinfo=self._zone) if self._zone is not None else naive.astimezone()
        return local.astimezone(UTC)

    def _local(self, value: datetime | None) -> datetime:
        assert value is not None
        return value.astimezone(self._zone) if self._zone is not None else value.astimezone()

    def _label(self, host_id: str | None) -> str:
        account = self._accounts.get(host_id or "")
        return account.email if account is not None else (host_id or "?")

    def _host_time(self, booking: BookingRecord) -> str:
        """The start in the host's zone when it differs from the viewer's ("04:00 EDT")."""
        account = self._accounts.get(booking.host_id or "")
        name = account.timezone if account is not None else None
        if not name or booking.start is None:
            return ""
        if name not in self._zones:
            try:
                self._zones[name] = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                self._zones[name] = None
        zone = self._zones[name]
        if zone is None:
            return ""
        theirs, mine = booking.start.astimezone(zone), self._local(booking.start)
        if theirs.utcoffset() == mine.utcoffset():
            return ""
        return theirs.strftime("%H:%M %Z")

    def _hit(self, point: QPointF) -> Block | None:
        for block in reversed(self._blocks):
            if block.rect.contains(point):
                return block
        return None


def _day_text(day: date, pattern: str) -> str:
    # The app's language (QLocale.setDefault) names the days, not the C library's locale.
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
