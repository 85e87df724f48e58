"""The bridge between asyncio and Qt: the loop factory, the TaskRunner and signal futures.

This is the only module that imports qasync (code-style-anchors Q1): ``QT_API`` is pinned to
PySide6 and PySide6 is imported first, so qasync can never pick another binding.

Rules this module enforces for the rest of the UI (code-style-anchors §3.4-3.5, §4a):

* every background coroutine runs through one :class:`TaskRunner` tree, which keeps strong
  references (qasync 0.28 does not, Q3), cancels by name or a whole scope at once (one scope per
  connection), and reports errors to the message channel instead of ``sys.excepthook`` (Q2);
* busy state is reset in ``finally`` so a failed or cancelled task never leaves a spinner on;
* code waits for Qt signals with :func:`signal_future` + ``asyncio.wait_for`` and never starts a
  nested Qt event loop inside a coroutine (Q5, Q12).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

# Pinned before qasync is imported: qasync picks its binding at import time (Q1).
os.environ["QT_API"] = "pyside6"

import qasync
from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtWidgets import QApplication

from console.messages import Level, Message, MessageBus

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

_DRAIN_LIMIT_S = 10.0

QEventLoop = qasync.QEventLoop


def make_loop(app: QApplication | None = None) -> asyncio.AbstractEventLoop:
    """A qasync event loop on the Qt main thread, for ``asyncio.run(..., loop_factory=...)``.

    Loops are created directly, never through the deprecated policy API (Q8).
    """
    qapp = app if app is not None else QApplication.instance()
    if qapp is None:
        raise RuntimeError("create the QApplication before the event loop")
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(qapp)
    return loop


def loop_factory(app: QApplication) -> Callable[[], asyncio.AbstractEventLoop]:
    """A zero-argument factory bound to ``app``, as ``asyncio.Runner(loop_factory=...)`` wants."""
    return lambda: make_loop(app)


def signal_future(signal: SignalInstance) -> asyncio.Future[tuple[Any, ...]]:
    """A future that resolves with the arguments of the next emission of ``signal``.

    The connection is removed after the first emission, so the future never fires twice. Await it
    with ``asyncio.wait_for`` so a signal that never comes fails the caller instead of hanging.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[tuple[Any, ...]] = loop.create_future()

    def _on_signal_emitted(*args: Any) -> None:
        try:
            signal.disconnect(_on_signal_emitted)
        except (RuntimeError, TypeError):  # already gone when the sender was deleted
            pass
        if not future.done():
            future.set_result(args)

    signal.connect(_on_signal_emitted)
    return future


def describe_error(exc: BaseException) -> str:
    """One sentence a user can read for an exception that escaped a background task.

    Presenters normally map domain errors to their own sentences; this is the fallback.
    """
    # The exception's class is a programmer's word: it goes to the log with the traceback
    # (MessageBus.error), the user reads the message.
    text = (getattr(exc, "message", None) or str(exc)).strip()
    if text:
        return text
    return QCoreApplication.translate(
        "TaskRunner", "an unexpected error (the log file has the details)"
    )


class TaskRunner(QObject):
    """Owns every background coroutine of the GUI, in a tree of scopes.

    The application has one root runner; each connection's work runs in a child made by
    :meth:`scope`, so closing that child (:meth:`aclose`) cancels and drains *all* of the
    connection's tasks, whatever their names. A parent's :meth:`cancel_all`, :meth:`drain`,
    :meth:`is_idle` and busy state cover its scopes too.

    Signals:
        busy_changed(bool): True when the first task (here or in a scope) starts, False when
            the last one ends.
        failed(str, object): a task named ``str`` raised the exception ``object`` and no
            ``on_failure`` handled it; the error has also been posted to the message bus.
            A scope's failures are re-emitted by its parent.
        finished(str): the task named ``str`` ended (successfully, failed or cancelled); also
            re-emitted by the parent for a scope's tasks.
    """

    busy_changed = Signal(bool)
    failed = Signal(str, object)
    finished = Signal(str)

    def __init__(
        self, messages: MessageBus, parent: QObject | None = None, *, name: str = "root"
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._messages = messages
        # Strong references: a task nobody holds can be garbage-collected mid-flight (Q3).
        self._tasks: set[asyncio.Task[Any]] = set()
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._scopes: list[TaskRunner] = []
        self._parent_runner: TaskRunner | None = None
        self._counter = 0
        self._busy = False
        self._closed = False

    # -- scopes -----------------------------------------------------------------------------

    def scope(self, name: str) -> TaskRunner:
        """A child runner for one owner's work (a connection, a dialog).

        Its tasks count for this runner's busy state and are cancelled by this runner's
        :meth:`cancel_all`; :meth:`aclose` on the child ends them all and detaches it.
        """
        if self._closed:
            raise RuntimeError(f"task scope {self.name!r} is closed")
        child = TaskRunner(self._messages, self, name=f"{self.name}/{name}")
        child._parent_runner = self
        child.busy_changed.connect(self._on_scope_busy_changed)
        child.failed.connect(self.failed)
        child.finished.connect(self.finished)
        self._scopes.append(child)
        return child

    @property
    def messages(self) -> MessageBus:
        """The message channel this runner reports unhandled errors to."""
        return self._messages

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` has run; a closed runner starts nothing."""
        return self._closed

    async def aclose(self) -> None:
        """Cancel every task of this runner and its scopes, wait for them, then detach.

        Work started afterwards (a late signal of a closed connection's presenter) is cancelled
        before it runs.
        """
        self._closed = True
        self.cancel_all()
        await self.drain()
        parent, self._parent_runner = self._parent_runner, None
        if parent is not None:
            if self in parent._scopes:
                parent._scopes.remove(self)
            parent._on_scope_busy_changed(False)

    # -- running ----------------------------------------------------------------------------

    def run(
        self,
        coro: Coroutine[Any, Any, T],
        *,
        name: str | None = None,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task[T | None]:
        """Start ``coro`` as a task; a running task with the same ``name`` is cancelled first.

        ``on_success`` gets the result, ``on_failure`` the exception. Without ``on_failure`` the
        error goes to the message bus as a sentence and ``failed`` is emitted. Cancellation is not
        an error and calls neither handler. On a closed runner the task is cancelled at once.
        """
        if name is not None:
            previous = self._named.get(name)
            if previous is not None and not previous.done():
                previous.cancel()
        else:
            self._counter += 1
            name = f"task-{self._counter}"
        task_name = name
        guarded = self._guard(task_name, coro, on_success, on_failure)
        task: asyncio.Task[T | None] = asyncio.ensure_future(guarded)
        self._tasks.add(task)
        self._named[task_name] = task

        # A task cancelled before its first step never starts ``coro``; closing it avoids the
        # "coroutine was never awaited" warning (a no-op for a coroutine that ran to the end).
        def _on_done(finished: asyncio.Task[Any]) -> None:
            coro.close()
            self._on_task_done(task_name, finished)

        task.add_done_callback(_on_done)
        if self._closed:
            log.debug("task %s started on closed scope %s: cancelled", task_name, self.name)
            task.cancel()
        self._set_busy(True)
        return task

    def cancel(self, name: str) -> bool:
        """Cancel the task called ``name``; returns whether one was running."""
        task = self._named.get(name)
        if task is None or task.done():
            return False
        task.cancel()
        return True

    def cancel_all(self) -> None:
        """Cancel every running task, in this runner and all its scopes."""
        for task in list(self._tasks):
            task.cancel()
        for child in list(self._scopes):
            child.cancel_all()

    async def drain(self) -> None:
        """Wait until every task (scopes included) has ended, at most 10 s.

        A task that ignores cancellation must not keep the window from closing forever.
        """
        pending = [t for t in self._all_tasks() if not t.done()]
        if pending:
            await asyncio.wait(pending, timeout=_DRAIN_LIMIT_S)

    def is_idle(self) -> bool:
        """True when no task is running here or in a scope."""
        return not any(not t.done() for t in self._all_tasks())

    def running_names(self) -> list[str]:
        """Names of the tasks still running here and in the scopes (tests, the status bar)."""
        names = [n for n, t in self._named.items() if not t.done()]
        for child in self._scopes:
            names.extend(child.running_names())
        return sorted(names)

    def _all_tasks(self) -> list[asyncio.Task[Any]]:
        tasks = list(self._tasks)
        for child in self._scopes:
            tasks.extend(child._all_tasks())
        return tasks

    async def _guard(
        self,
        name: str,
        coro: Awaitable[R],
        on_success: Callable[[R], None] | None,
        on_failure: Callable[[BaseException], None] | None,
    ) -> R | None:
        try:
            result = await coro
        except asyncio.CancelledError:
            log.debug("task %s cancelled", name)
            raise
        except Exception as exc:
            if on_failure is not None:
                on_failure(exc)
            else:
                self._messages.error(
                    self.tr("Something went wrong: {reason}").format(reason=describe_error(exc)),
                    exc,
                )
                self.failed.emit(name, exc)
            return None
        if on_success is not None:
            on_success(result)
        return result

    def _on_task_done(self, name: str, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if self._named.get(name) is task:
            del self._named[name]
        if not task.cancelled():
            # Retrieve the exception so asyncio never logs "exception was never retrieved";
            # _guard has already reported it. Only errors inside handlers get here.
            exc = task.exception()
            if exc is not None:
                self._messages.error(
                    self.tr("Something went wrong: {reason}").format(reason=describe_error(exc)),
                    exc,
                )
        self.finished.emit(name)
        self._set_busy(False)

    def _on_scope_busy_changed(self, _busy: bool) -> None:
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        # Busy while any task here or in a scope runs; ``busy`` True is a hint only.
        now = busy or bool(self._tasks) or any(child._busy for child in self._scopes)
        if now != self._busy:
            self._busy = now
            self.busy_changed.emit(now)


class QtMessageBridge(QObject):
    """Re-emits every message of a :class:`MessageBus` as a Qt signal for the status bar.

    Signals:
        message_posted(str, str): level ("info", "warning", "error") and the sentence.
    """

    message_posted = Signal(str, str)

    def __init__(
        self,
        bus: MessageBus,
        parent: QObject | None = None,
        *,
        words: Callable[[Message], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        # words(message): the sentence in the user's language for a message of a known kind.
        self._words = words
        self._unsubscribe = bus.subscribe(self._on_bus_message)

    def detach(self) -> None:
        """Stop listening to the bus (called before the bridge goes away)."""
        unsubscribe, self._unsubscribe = self._unsubscribe, lambda: None
        try:
            unsubscribe()
        except ValueError:
            pass

    def _on_bus_message(self, message: Message) -> None:
        worded = self._words(message) if self._words is not None and message.kind else None
        self.message_posted.emit(message.level.value, worded or message.text)


__all__ = [
    "Level",
    "QEventLoop",
    "QtMessageBridge",
    "TaskRunner",
    "describe_error",
    "loop_factory",
    "make_loop",
    "signal_future",
]
