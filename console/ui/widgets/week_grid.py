"""A painted week grid of weekly hours: draw, resize, move and remove intervals with the mouse.

Monday to Sunday are columns, the 24 hours run downwards (the widget is tall: put it in a
scroll area). Dragging on empty space draws an interval, dragging an interval's top or bottom
edge resizes it, dragging its body moves it (to another day too); Delete or the context menu
removes the selected one. Times snap to 15 minutes, to 5 with Shift held. A drag changes
nothing until the button is released, so each drag is one step on the editor's undo stack.

From the keyboard: Left/Right choose the day, Up/Down its intervals, Delete removes one,
Ctrl+C copies the day's hours and Ctrl+V pastes them onto the chosen day; the context menu
(right click, the Menu key or Shift+F10) also copies to all weekdays or every day and offers
undo and redo. A week with dates (:meth:`WeekGrid.set_week`) shows days with date-specific
hours hatched, with what the day really offers drawn over the weekly hours and a caption.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QPoint,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from console.scheduling import edits
from console.scheduling.schedule import (
    MINUTES_PER_DAY,
    WEEKDAYS,
    DaySchedule,
    Interval,
    WeeklySchedule,
)

__all__ = ["DayOverlay", "WeekGrid"]

_DAY_LABELS = (
    QT_TRANSLATE_NOOP("WeekGrid", "Mon"),
    QT_TRANSLATE_NOOP("WeekGrid", "Tue"),
    QT_TRANSLATE_NOOP("WeekGrid", "Wed"),
    QT_TRANSLATE_NOOP("WeekGrid", "Thu"),
    QT_TRANSLATE_NOOP("WeekGrid", "Fri"),
    QT_TRANSLATE_NOOP("WeekGrid", "Sat"),
    QT_TRANSLATE_NOOP("WeekGrid", "Sun"),
)

_FULL_DAY_NAMES = (
    QT_TRANSLATE_NOOP("WeekGrid", "Monday"),
    QT_TRANSLATE_NOOP("WeekGrid", "Tuesday"),
    QT_TRANSLATE_NOOP("WeekGrid", "Wednesday"),
    QT_TRANSLATE_NOOP("WeekGrid", "Thursday"),
    QT_TRANSLATE_NOOP("WeekGrid", "Friday"),
    QT_TRANSLATE_NOOP("WeekGrid", "Saturday"),
    QT_TRANSLATE_NOOP("WeekGrid", "Sunday"),
)

_EDGE = 5  # pixels around an interval's top and bottom that grab the edge, not the body


@dataclass(frozen=True)
class DayOverlay:
    """What a dated day really offers when date-specific hours apply to it.

    ``spans`` are the effective wall-clock ``(start, end)`` minutes (exceptions applied),
    ``caption`` the short text painted in the column, ``explanation`` the hover text.
    """

    spans: tuple[tuple[int, int], ...]
    caption: str
    explanation: str


@dataclass
class _Drag:
    mode: str  # "draw", "move", "top", "bottom"
    day: int
    origin_minute: int
    interval: Interval | None
    current_day: int
    current_minute: int


class WeekGrid(QWidget):
    """The week as a painted grid; edits are reported, the owner applies them.

    Signals:
        edited(object, str): a new :class:`WeeklySchedule` and the undo text of the edit.
        selection_changed(object): the selected ``(day, Interval)`` or None.
        day_changed(int): the day chosen for keyboard edits (0 = Monday).
    """

    edited = Signal(object, str)
    selection_changed = Signal(object)
    day_changed = Signal(int)

    LEFT = 44  # hour labels
    TOP = 22  # day names
    PIXELS_PER_HOUR = 32

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._schedule = WeeklySchedule.closed()
        self._slots: list[tuple[int, int]] = []  # (day, minute) marks drawn over the grid
        self._drag: _Drag | None = None
        self._selected: tuple[int, Interval] | None = None
        self._drag_step = 15
        self._day = 0  # the day keyboard edits act on
        self._copied: DaySchedule | None = None
        self._undo_stack: QUndoStack | None = None
        self._week: date | None = None  # the Monday of the dated week shown
        self._overlays: dict[int, DayOverlay] = {}
        self._notes: dict[int, str] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName(self.tr("Weekly hours"))

    # -- data -------------------------------------------------------------------------------

    def set_schedule(self, schedule: WeeklySchedule) -> None:
        """Show ``schedule``; the selection is kept when that interval still exists."""
        self._schedule = schedule
        if self._selected is not None:
            day, interval = self._selected
            if interval not in schedule.day(day).intervals:
                self._select(None)
        self.update()

    def set_slots(self, slots: list[tuple[int, int]]) -> None:
        """Mark bookable starts ``(weekday, minute)`` over the grid (the slots preview)."""
        self._slots = list(slots)
        self.update()

    def set_undo_stack(self, stack: QUndoStack) -> None:
        """Offer undo and redo of ``stack`` in the context menu."""
        self._undo_stack = stack

    def set_week(
        self,
        monday: date | None,
        overlays: dict[int, DayOverlay],
        notes: dict[int, str] | None = None,
    ) -> None:
        """Show the dates of the week starting ``monday`` and the days with date-specific hours.

        ``overlays`` maps a weekday (0 = Monday) to what that date really offers; ``notes``
        are hover texts for other days (why a day offers no slot).
        """
        self._week = monday
        self._overlays = dict(overlays)
        self._notes = dict(notes or {})
        self.update()

    def explanation(self, day: int) -> str | None:
        """The hover text of weekday ``day``'s column, if it has one."""
        overlay = self._overlays.get(day)
        return overlay.explanation if overlay is not None else self._notes.get(day)

    def overlay(self, day: int) -> DayOverlay | None:
        """The date-specific hours drawn on weekday ``day``, if any."""
        return self._overlays.get(day)

    @property
    def current_day(self) -> int:
        """The day keyboard edits and paste act on (0 = Monday)."""
        return self._day

    def set_current_day(self, day: int) -> None:
        """Choose the day keyboard edits act on."""
        day = max(0, min(6, day))
        if day != self._day:
            self._day = day
            self.day_changed.emit(day)
            self.update()

    @property
    def copied_day(self) -> DaySchedule | None:
        """The hours last copied with Ctrl+C or the context menu."""
        return self._copied

    def copy_day(self, day: int | None = None) -> None:
        """Remember ``day``'s hours (the current day by default) for pasting."""
        self._copied = self._schedule.day(self._day if day is None else day)

    def paste_day(self, targets: list[int] | None = None) -> None:
        """Give ``targets`` (the current day by default) the copied hours, as one undo step."""
        if self._copied is None:
            return
        days = [self._day] if targets is None else targets
        result = self._schedule
        for target in days:
            result = result.with_day(
                target, edits.merged(self._copied.intervals), enabled=self._copied.enabled
            )
        if result != self._schedule:
            self.edited.emit(result, self.tr("Paste hours"))

    @property
    def selected(self) -> tuple[int, Interval] | None:
        """The selected ``(weekday, interval)``, or None."""
        return self._selected

    # -- geometry ---------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(self.LEFT + 7 * 90, self.TOP + 24 * self.PIXELS_PER_HOUR + 1)

    def _column_width(self) -> float:
        return max(1.0, (self.width() - self.LEFT) / 7)

    def day_at(self, x: float) -> int:
        """The weekday column under ``x`` (clamped to Monday…Sunday)."""
        return max(0, min(6, int((x - self.LEFT) // self._column_width())))

    def minute_at(self, y: float) -> int:
        """The minute of the day at ``y`` (clamped to the day, unsnapped)."""
        minute = round((y - self.TOP) * 60 / self.PIXELS_PER_HOUR)
        return max(0, min(MINUTES_PER_DAY, minute))

    def y_of(self, minute: int) -> float:
        """The vertical position of a minute of the day."""
        return self.TOP + minute * self.PIXELS_PER_HOUR / 60

    def x_of(self, day: int) -> float:
        """The left edge of a weekday's column."""
        return self.LEFT + day * self._column_width()

    def interval_rect(self, day: int, interval: Interval) -> QRectF:
        """Where ``interval`` of weekday ``day`` is painted."""
        top, bottom = self.y_of(interval.start_minute), self.y_of(interval.end_minute)
        return QRectF(self.x_of(day) + 3, top, self._column_width() - 6, bottom - top)

    def _hit(self, pos: QPoint) -> tuple[str, int, Interval] | None:
        day = self.day_at(pos.x())
        for interval in self._schedule.day(day).intervals:
            rect = self.interval_rect(day, interval)
            if not rect.left() <= pos.x() <= rect.right():
                continue
            if abs(pos.y() - rect.top()) <= _EDGE:
                return "top", day, interval
            if abs(pos.y() - rect.bottom()) <= _EDGE:
                return "bottom", day, interval
            if rect.top() < pos.y() < rect.bottom():
                return "move", day, interval
        return None

    # -- mouse and keys ---------------------------------------------------------------------

    @staticmethod
    def _step(event: QMouseEvent) -> int:
        return 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 15

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.position().x() < self.LEFT:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        if pos.y() < self._visible_top() + self.TOP:
            # The day names: choose the day, draw nothing under them.
            self.set_current_day(self.day_at(pos.x()))
            self.setFocus()
            return
        minute = edits.snap(self.minute_at(pos.y()), self._step(event))
        self.set_current_day(self.day_at(pos.x()))
        hit = self._hit(pos)
        if hit is None:
            day = self.day_at(pos.x())
            self._drag = _Drag("draw", day, minute, None, day, minute)
            self._select(None)
        else:
            mode, day, interval = hit
            self._drag = _Drag(
                mode, day, self.minute_at(pos.y()), interval, day, self.minute_at(pos.y())
            )
            self._select((day, interval))
        self.setFocus()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is None:
            hit = self._hit(pos)
            shape = Qt.CursorShape.ArrowCursor
            if hit is not None:
                shape = (
                    Qt.CursorShape.SizeVerCursor
                    if hit[0] != "move"
                    else Qt.CursorShape.SizeAllCursor
                )
            self.setCursor(shape)
            return
        self._drag.current_day = self.day_at(pos.x())
        self._drag.current_minute = self.minute_at(pos.y())
        self._drag_step = self._step(event)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        drag.current_day = self.day_at(pos.x())
        drag.current_minute = self.minute_at(pos.y())
        result = self._result(drag, self._step(event))
        self.update()
        if result is not None and result[0] != self._schedule:
            self.edited.emit(*result)

    def _result(self, drag: _Drag, step: int) -> tuple[WeeklySchedule, str] | None:
        schedule = self._schedule
        if drag.mode == "draw":
            end = edits.snap(drag.current_minute, step)
            if end == drag.origin_minute:
                return None
            return edits.add_interval(schedule, drag.day, drag.origin_minute, end), self.tr(
                "Draw interval"
            )
        assert drag.interval is not None
        interval = drag.interval
        if drag.mode == "move":
            delta = drag.current_minute - drag.origin_minute
            start = edits.snap(interval.start_minute + delta, step)
            if start == interval.start_minute and drag.current_day == drag.day:
                return None
            return (
                edits.move_interval(schedule, drag.day, interval, drag.current_day, start),
                self.tr("Move interval"),
            )
        edge = edits.snap(drag.current_minute, step)
        if drag.mode == "top":
            bounds = (edge, interval.end_minute)
        else:
            bounds = (interval.start_minute, edge)
        if bounds == (interval.start_minute, interval.end_minute):
            return None
        return edits.resize_interval(schedule, drag.day, interval, *bounds), self.tr(
            "Resize interval"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            self._remove_selected()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_day(self._selected[0] if self._selected else None)
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_day()
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._open_menu_at_day()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.set_current_day(self._day + (1 if key == Qt.Key.Key_Right else -1))
            self._select(None)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            intervals = self._schedule.day(self._day).intervals
            if intervals:
                index = -1
                if self._selected is not None and self._selected[0] == self._day:
                    index = intervals.index(self._selected[1])
                index += 1 if key == Qt.Key.Key_Down else -1
                self._select((self._day, intervals[index % len(intervals)]))
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            hit = self._hit(event.pos())
            self.set_current_day(self.day_at(event.pos().x()))
            self._select(None if hit is None else (hit[1], hit[2]))
            self.context_menu().exec(event.globalPos())
        else:
            self._open_menu_at_day()

    def _open_menu_at_day(self) -> None:
        # The Menu key or Shift+F10: the menu opens over the chosen day.
        top = int(self._visible_top()) + self.TOP + 10
        self.context_menu().exec(self.mapToGlobal(QPoint(int(self.x_of(self._day)) + 10, top)))

    def context_menu(self) -> QMenu:
        """The menu for the current day and selection (what a right click opens)."""
        menu = QMenu(self)
        day = self._day
        name = QCoreApplication.translate("WeekGrid", str(_FULL_DAY_NAMES[day]))
        if self._selected is not None:
            menu.addAction(self.tr("Remove interval"), self._remove_selected)
            menu.addSeparator()
        copy = menu.addAction(self.tr("Copy {day}'s hours").format(day=name), self.copy_day)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        paste = menu.addAction(self.tr("Paste onto {day}").format(day=name), self.paste_day)
        paste.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        paste.setEnabled(self._copied is not None)
        to = menu.addMenu(self.tr("Copy {day}'s hours to").format(day=name))
        to.addAction(self.tr("All weekdays (Mon–Fri)"), lambda: self._copy_to(day, list(range(5))))
        to.addAction(self.tr("Every day"), lambda: self._copy_to(day, list(range(7))))
        to.addSeparator()
        for other in range(7):
            if other != day:
                label = QCoreApplication.translate("WeekGrid", str(_FULL_DAY_NAMES[other]))
                to.addAction(label, functools.partial(self._copy_to, day, [other]))
        if self._undo_stack is not None:
            menu.addSeparator()
            undo = self._undo_stack.createUndoAction(menu, self.tr("Undo"))
            undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
            redo = self._undo_stack.createRedoAction(menu, self.tr("Redo"))
            redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
            menu.addAction(undo)
            menu.addAction(redo)
        return menu

    def _copy_to(self, source: int, targets: list[int]) -> None:
        result = edits.copy_day(self._schedule, source, [t for t in targets if t != source])
        if result != self._schedule:
            self.edited.emit(result, self.tr("Copy hours"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.explanation(self.day_at(event.pos().x()))
            if text and event.pos().x() >= self.LEFT:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _remove_selected(self) -> None:
        if self._selected is None:
            return
        day, interval = self._selected
        self._select(None)
        self.edited.emit(
            edits.remove_interval(self._schedule, day, interval), self.tr("Remove interval")
        )

    def _select(self, selected: tuple[int, Interval] | None) -> None:
        if selected != self._selected:
            self._selected = selected
            self.selection_changed.emit(selected)
            self.update()

    # -- painting ---------------------------------------------------------------------------

    def _preview(self) -> WeeklySchedule:
        if self._drag is None:
            return self._schedule
        result = self._result(self._drag, self._drag_step)
        return self._schedule if result is None else result[0]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        grid = palette.mid().color()
        text = palette.text().color()
        width = self._column_width()
        for hour in range(25):
            y = self.y_of(hour * 60)
            painter.setPen(grid)
            painter.drawLine(self.LEFT, int(y), self.width(), int(y))
            if hour < 24:
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y, self.LEFT - 4, 14), Qt.AlignmentFlag.AlignRight, f"{hour:02d}:00"
                )
        for day in range(7):
            painter.setPen(grid)
            painter.drawLine(int(self.x_of(day)), 0, int(self.x_of(day)), self.height())
        shown = self._preview()
        fill = QColor(palette.highlight().color())
        fill.setAlpha(150)
        for day, name in enumerate(WEEKDAYS):
            entry = shown.day(name)
            for interval in entry.intervals:
                rect = self.interval_rect(day, interval)
                painter.setPen(palette.highlight().color())
                painter.setBrush(fill if entry.enabled else palette.mid())
                painter.drawRoundedRect(rect, 3, 3)
                if self._selected == (day, interval):
                    painter.setPen(palette.highlightedText().color())
                    painter.drawRect(rect.adjusted(1, 1, -1, -1))
                painter.setPen(palette.highlightedText().color())
                painter.drawText(
                    rect.adjusted(3, 1, -3, -1), Qt.AlignmentFlag.AlignTop, interval.label()
                )
        self._paint_overlays(painter)
        # Bookable starts: a small bar at the right edge of the column, one per start.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.link())
        for day, minute in self._slots:
            x = self.x_of(day) + width - 14
            painter.drawRect(QRectF(x, self.y_of(minute) - 1, 10, 3))
        self._paint_header(painter)
        painter.end()

    def _visible_top(self) -> float:
        """The first row the scroll area shows (0 when the whole grid is visible)."""
        return float(max(0, self.visibleRegion().boundingRect().top()))

    def _paint_header(self, painter: QPainter) -> None:
        # Painted last at the top of what the scroll area shows, so the day names stay in view.
        palette = self.palette()
        width = self._column_width()
        top = self._visible_top()
        painter.fillRect(QRectF(0, top, self.width(), self.TOP), palette.window())
        for day in range(7):
            x = self.x_of(day)
            header = QRectF(x, top, width, self.TOP)
            if day == self._day and self.hasFocus():
                painter.fillRect(header, palette.alternateBase())
            painter.setPen(palette.text().color())
            label = QCoreApplication.translate("WeekGrid", str(_DAY_LABELS[day]))
            if self._week is not None:
                label += f" {(self._week + timedelta(days=day)).day}"
            font = painter.font()
            font.setUnderline(day == self._day and self.hasFocus())
            font.setBold(day in self._overlays)
            painter.setFont(font)
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, label)
            font.setUnderline(False)
            font.setBold(False)
            painter.setFont(font)

    def _paint_overlays(self, painter: QPainter) -> None:
        palette = self.palette()
        width = self._column_width()
        for day, overlay in self._overlays.items():
            column = QRectF(self.x_of(day) + 1, self.TOP + 1, width - 2, self.height() - self.TOP)
            # Hatched: the weekly hours underneath do not apply on this date.
            painter.fillRect(column, QBrush(palette.mid().color(), Qt.BrushStyle.BDiagPattern))
            effective = QColor(palette.link().color())
            effective.setAlpha(90)
            painter.setPen(palette.link().color())
            painter.setBrush(effective)
            for start, end in overlay.spans:
                top, bottom = self.y_of(start), self.y_of(end)
                painter.drawRect(QRectF(self.x_of(day) + 8, top, width - 16, bottom - top))
            # The caption stays just under the day names, wherever the view is scrolled.
            top = self._visible_top() + self.TOP
            caption = QRectF(self.x_of(day) + 2, top + 1, width - 4, 18)
            painter.fillRect(caption, palette.toolTipBase())
            painter.setPen(palette.toolTipText().color())
            text = painter.fontMetrics().elidedText(
                overlay.caption, Qt.TextElideMode.ElideRight, int(caption.width() - 4)
            )
            painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, text)
