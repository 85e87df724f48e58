"""One weekly schedule being edited, with undo: the model the week grid and the list share."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from console.scheduling.schedule import WeeklySchedule

__all__ = ["ScheduleEditor"]


class _Change(QUndoCommand):
    def __init__(
        self, editor: ScheduleEditor, before: WeeklySchedule, after: WeeklySchedule, text: str
    ) -> None:
        super().__init__(text)
        self._editor, self._before, self._after = editor, before, after

    def redo(self) -> None:
        self._editor._set(self._after)

    def undo(self) -> None:
        self._editor._set(self._before)


class ScheduleEditor(QObject):
    """The schedule shown and edited; every change goes through :attr:`undo_stack`.

    Signals:
        changed(object): the schedule (a :class:`WeeklySchedule`) after any change, undo or
            redo included.
        dirty_changed(bool): whether there are edits since the last :meth:`reset` (unsaved).
    """

    changed = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._schedule = WeeklySchedule.closed()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    @property
    def schedule(self) -> WeeklySchedule:
        """The schedule as edited so far."""
        return self._schedule

    @property
    def is_dirty(self) -> bool:
        """Whether there are edits since the last :meth:`reset`."""
        return not self.undo_stack.isClean()

    def reset(self, schedule: WeeklySchedule) -> None:
        """Show ``schedule`` as saved (what the server stored): no undo history, not dirty."""
        self.undo_stack.clear()
        self._set(schedule)
        self.undo_stack.setClean()

    def apply(self, schedule: WeeklySchedule, text: str) -> None:
        """Make ``schedule`` the current one as one undoable step named ``text``."""
        if schedule != self._schedule:
            self.undo_stack.push(_Change(self, self._schedule, schedule, text))

    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    def _set(self, schedule: WeeklySchedule) -> None:
        self._schedule = schedule
        self.changed.emit(schedule)
