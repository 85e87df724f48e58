"""Small painted bar charts of the per-account numbers (no chart library, no web engine).

Painted like the calendar: QtCharts would add PySide6-Addons (well over 100 MB) to every
bundle for three bar charts. Each chart also says its numbers in words (its accessible
description and the tooltip of a bar), so a screen reader gets what the bars show.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from console.live.stats import DailyNumbers


class DailyChart(QWidget):
    """Bars of counts per day, a line at today, the first and last day named (no signals)."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor(colour)
        self._title = ""
        self._values: list[int] = []
        self._first = date.today()
        self._today_index: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_series(
        self, title: str, values: list[int], first_day: date, today_index: int | None
    ) -> None:
        self._title = title
        self._values = list(values)
        self._first = first_day
        self._today_index = today_index
        self.setAccessibleName(title)
        busiest = max(range(len(values)), key=values.__getitem__) if any(values) else None
        summary = self.tr("%n in all", "", sum(values))
        if busiest is not None:
            summary += "; " + self.tr("most on %1 (%2)").replace(
                "%1", self.day_of(busiest).isoformat()
            ).replace("%2", str(values[busiest]))
        self.setAccessibleDescription(summary)
        self.update()

    def values(self) -> list[int]:
        return list(self._values)

    def day_of(self, index: int) -> date:
        return self._first + timedelta(days=index)

    def summary(self) -> str:
        """The chart in words (its accessible description)."""
        return self.accessibleDescription()

    def sizeHint(self) -> QSize:
        return QSize(280, 90)

    def minimumSizeHint(self) -> QSize:
        return QSize(140, 70)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._bar_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    event.globalPos(), f"{self.day_of(index).isoformat()}: {self._values[index]}"
                )
            return True
        return super().event(event)

    def _plot(self) -> QRectF:
        line = self.fontMetrics().height()
        return QRectF(4, line + 4, max(self.width() - 8, 1), max(self.height() - 2 * line - 10, 1))

    def _bar_at(self, point: QPointF) -> int | None:
        plot = self._plot()
        if not self._values or not plot.contains(point):
            return None
        index = int((point.x() - plot.left()) / (plot.width() / len(self._values)))
        return index if 0 <= index < len(self._values) else None

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        text = palette.text().color()
        metrics = self.fontMetrics()
        painter.setPen(text)
        total = sum(self._values)
        # The count always shows; a long title gives way in a narrow column.
        count = f" · {total}"
        room = max(self.width() - 8 - metrics.horizontalAdvance(count), 0)
        title = metrics.elidedText(self._title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(4, metrics.ascent() + 2), title + count)
        plot = self._plot()
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self._values:
            return
        top = max(max(self._values), 1)
        width = plot.width() / len(self._values)
        for index, value in enumerate(self._values):
            if not value:
                continue
            height = plot.height() * value / top
            bar = QRectF(
                plot.left() + index * width + 0.5, plot.bottom() - height, width - 1, height
            )
            painter.fillRect(bar, self._colour)
        if self._today_index is not None:
            x = plot.left() + (self._today_index + 0.5) * width
            painter.setPen(QPen(QColor("#d97706"), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(text)
        baseline = plot.bottom() + metrics.ascent() + 2
        first = f"{self._first:%d.%m.}"
        last = f"{self.day_of(len(self._values) - 1):%d.%m.}"
        painter.drawText(QPointF(plot.left(), baseline), first)
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(last), baseline), last)


class BookingNumbers(QWidget):
    """The chosen account's (or every account's) numbers as three small charts (no signals)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.booked_chart = DailyChart("#4e79a7")
        self.cancelled_chart = DailyChart("#e15759")
        self.rescheduled_chart = DailyChart("#f28e2b")
        for chart in (self.booked_chart, self.cancelled_chart, self.rescheduled_chart):
            layout.addWidget(chart)
        self.lead_label = QLabel()
        self.lead_label.setWordWrap(True)
        layout.addWidget(self.lead_label)
        layout.addStretch(1)

    def show_numbers(self, numbers: DailyNumbers, account: str | None) -> None:
        """Draw ``numbers``; ``account`` names the account (None: every account)."""
        self.heading.setText(
            self.tr("Numbers: %1").replace("%1", account)
            if account
            else self.tr("Numbers: all accounts")
        )
        first = numbers.today - timedelta(days=numbers.days)
        self.booked_chart.set_series(
            self.tr("Bookings per day (by start)"), numbers.booked, first, numbers.days
        )
        self.cancelled_chart.set_series(
            self.tr("Cancellations per day"), numbers.cancelled, first, None
        )
        self.rescheduled_chart.set_series(
            self.tr("Reschedules per day"), numbers.rescheduled, first, None
        )
        if numbers.lead_time is None:
            self.lead_label.setText(self.tr("No bookings made in the last 30 days."))
        else:
            self.lead_label.setText(
                self.tr(
                    "Lead time (median of %n booking(s) made in the last 30 days): %1",
                    "",
                    numbers.made,
                ).replace("%1", _duration(numbers.lead_time))
            )


def _duration(value: timedelta) -> str:
    from PySide6.QtCore import QCoreApplication, QLocale

    hours = value.total_seconds() / 3600
    locale = QLocale()  # "10,5 Tage" in German
    if abs(hours) < 48:
        return QCoreApplication.translate("BookingNumbers", "%1 h").replace(
            "%1", locale.toString(float(round(hours)), "f", 0)
        )
    return QCoreApplication.translate("BookingNumbers", "%1 days").replace(
        "%1", locale.toString(hours / 24, "f", 1)
    )
