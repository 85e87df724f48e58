"""Run the operation behind a dialog's button: busy state, Cancel, and a dialog that may vanish.

Every editor dialog sends something and waits. The rules, in one place:

* while the operation runs the dialog is busy (``set_busy(True)``) and its Cancel still works;
* closing the dialog cancels the operation — except a write already sent (``finish`` policy):
  a request that reached the server cannot be recalled, so the work runs to its end and the
  cache and audit trail still learn about it;
* a dialog that was closed (and deleted by ``WA_DeleteOnClose``) is never touched again: its
  failure goes to the message bus instead, so nothing is lost and nothing is shown twice.
"""

from __future__ import annotations

import asyncio
import enum
from collections.abc import Callable, Coroutine
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtWidgets import QDialog

from console.asyncqt import TaskRunner
from console.ui.errors import describe

T = TypeVar("T")


class WhenClosed(enum.Enum):
    """What closing the dialog does to its running operation."""

    CANCEL = "cancel"  # reads, tests: nobody waits for the answer any more
    FINISH = "finish"  # writes: the request is out; let cache and audit catch up


class BusyDialog(Protocol):
    """What :func:`run_dialog_operation` needs of a dialog besides ``QDialog`` itself."""

    def set_busy(self, busy: bool) -> None: ...


def dialog_alive(dialog: QDialog) -> bool:
    """Whether the dialog still exists and is open (not closed, not deleted)."""
    return shiboken6.isValid(dialog) and dialog.isVisible()


def run_dialog_operation(
    runner: TaskRunner,
    dialog: QDialog,
    operation: Coroutine[Any, Any, T],
    *,
    name: str,
    on_failure: Callable[[BaseException], None],
    on_result: Callable[[T], None] | None = None,
    when_closed: WhenClosed = WhenClosed.CANCEL,
    close_on_success: bool = True,
) -> asyncio.Task[T | None]:
    """Run ``operation`` for ``dialog`` on ``runner``; returns the task.

    ``operation`` does the work and updates models, never the dialog. On success the dialog is
    given the result (``on_result``) and accepted (``close_on_success``) if it is still open.
    ``on_failure`` is called only while the dialog is open (it shows the error there); once it
    is gone the error goes to the runner's message bus as a sentence.
    """
    set_busy: Callable[[bool], None] = getattr(dialog, "set_busy", lambda _busy: None)
    set_busy(True)

    settled = False  # the operation's outcome is in; closing the dialog now cancels nothing

    def on_closed(_result: int) -> None:
        if when_closed is WhenClosed.CANCEL and not settled and not task.done():
            task.cancel()

    def on_success(value: T) -> None:
        nonlocal settled
        settled = True
        if dialog_alive(dialog):
            set_busy(False)
            if on_result is not None:
                on_result(value)
            if close_on_success:
                dialog.accept()

    def failed(exc: BaseException) -> None:
        nonlocal settled
        settled = True
        if dialog_alive(dialog):
            set_busy(False)
            on_failure(exc)
        else:
            runner.messages.error(describe(exc), exc)

    task = runner.run(operation, name=name, on_success=on_success, on_failure=failed)
    dialog.finished.connect(on_closed)

    def _on_done(_task: asyncio.Task[Any]) -> None:
        if shiboken6.isValid(dialog):
            dialog.finished.disconnect(on_closed)
            if dialog.isVisible():
                set_busy(False)

    task.add_done_callback(_on_done)
    return task


__all__ = ["BusyDialog", "WhenClosed", "dialog_alive", "run_dialog_operation"]
