"""TaskRunner and signal futures on a real qasync loop."""

from __future__ import annotations

import asyncio
import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

from console.asyncqt import QtMessageBridge, TaskRunner, signal_future
from console.messages import MessageBus


class Emitter(QObject):
    fired = Signal(int)


def test_a_task_result_reaches_on_success_and_busy_goes_on_then_off(qloop, bus):
    runner = TaskRunner(bus)
    busy: list[bool] = []
    results: list[int] = []
    runner.busy_changed.connect(busy.append)

    async def work() -> int:
        await asyncio.sleep(0)
        return 7

    async def scenario() -> None:
        task = runner.run(work(), name="w", on_success=results.append)
        assert not runner.is_idle()
        await task

    qloop.run_until_complete(scenario())
    assert results == [7]
    assert busy == [True, False]
    assert runner.is_idle()


def test_starting_a_task_with_the_same_name_cancels_the_previous_one(qloop, bus):
    runner = TaskRunner(bus)
    results: list[str] = []
    gate = asyncio.Event()

    async def search(term: str) -> str:
        await gate.wait()
        return term

    async def scenario() -> None:
        first = runner.run(search("a"), name="search", on_success=results.append)
        second = runner.run(search("ab"), name="search", on_success=results.append)
        gate.set()
        await asyncio.wait([first, second])
        assert first.cancelled()

    qloop.run_until_complete(scenario())
    assert results == ["ab"]
    assert runner.is_idle()


def test_an_unhandled_error_becomes_a_sentence_on_the_message_bus(qloop, bus, recorder):
    runner = TaskRunner(bus)
    failures: list[tuple[str, object]] = []
    runner.failed.connect(lambda name, exc: failures.append((name, exc)))
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    async def broken() -> None:
        raise ValueError("the server said no")

    async def scenario() -> None:
        await runner.run(broken(), name="load")

    qloop.run_until_complete(scenario())
    assert recorder.texts == ["Something went wrong: the server said no"]  # no class name
    assert failures and failures[0][0] == "load"
    assert busy == [True, False]


def test_on_failure_handles_the_error_instead_of_the_message_bus(qloop, bus, recorder):
    runner = TaskRunner(bus)
    seen: list[BaseException] = []

    async def broken() -> None:
        raise KeyError("x")

    qloop.run_until_complete(runner.run(broken(), on_failure=seen.append))
    assert isinstance(seen[0], KeyError)
    assert recorder.texts == []


def test_cancel_all_and_drain_stop_every_task_and_reset_busy(qloop, bus):
    runner = TaskRunner(bus)
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)

    async def forever() -> None:
        await asyncio.Event().wait()

    async def scenario() -> None:
        runner.run(forever(), name="a")
        runner.run(forever(), name="b")
        assert runner.running_names() == ["a", "b"]
        assert runner.cancel("a")
        assert not runner.cancel("nope")
        runner.cancel_all()
        await runner.drain()

    qloop.run_until_complete(scenario())
    assert runner.is_idle()
    assert busy == [True, False]


def test_signal_future_resolves_with_the_emitted_arguments_once(qloop):
    emitter = Emitter()

    async def scenario() -> tuple[object, ...]:
        future = signal_future(emitter.fired)
        QTimer.singleShot(0, lambda: emitter.fired.emit(42))
        return await asyncio.wait_for(future, 2)

    assert qloop.run_until_complete(scenario()) == (42,)
    emitter.fired.emit(43)  # no second resolution, no error


def test_qt_message_bridge_reemits_bus_messages_as_a_signal(qtbot):
    bus = MessageBus()
    bridge = QtMessageBridge(bus)
    with qtbot.waitSignal(bridge.message_posted) as blocker:
        bus.warning("Key expires in 3 days")
    assert blocker.args == ["warning", "Key expires in 3 days"]
    bridge.detach()
    bus.info("not forwarded")


@pytest.mark.parametrize("level", ["info", "error"])
def test_qt_message_bridge_forwards_every_level(qtbot, level):
    bus = MessageBus()
    bridge = QtMessageBridge(bus)
    with qtbot.waitSignal(bridge.message_posted) as blocker:
        getattr(bus, level)("hello")
    assert blocker.args == [level, "hello"]


def test_closing_a_scope_cancels_and_drains_every_task_of_it_but_not_its_siblings(qloop, bus):
    root = TaskRunner(bus)
    old = root.scope("connection:A")
    other = root.scope("connection:B")
    ended: list[str] = []
    gate = asyncio.Event()
    running = {label: asyncio.Event() for label in ("resume-check", "unnamed", "other", "late")}

    async def work(label: str) -> None:
        running[label].set()
        try:
            await gate.wait()
        finally:
            ended.append(label)

    async def scenario() -> None:
        old.run(work("resume-check"), name="import-resume-check")
        old.run(work("unnamed"))
        kept = other.run(work("other"), name="accounts-load")
        for label in ("resume-check", "unnamed", "other"):
            await asyncio.wait_for(running[label].wait(), 5)
        assert root.running_names() == ["accounts-load", "import-resume-check", "task-1"]
        assert not root.is_idle()
        await old.aclose()
        # Both of A's tasks have run their finally blocks by the time aclose returns.
        assert sorted(ended) == ["resume-check", "unnamed"]
        assert old.closed and old.is_idle()
        assert root.running_names() == ["accounts-load"]
        late = old.run(work("late"), name="late")  # a late signal of the closed connection
        await asyncio.wait([late])
        assert late.cancelled()
        gate.set()
        await kept

    qloop.run_until_complete(scenario())
    assert sorted(ended) == ["other", "resume-check", "unnamed"]
    assert not running["late"].is_set()  # the closed scope never started it
    assert root.is_idle()


def test_the_root_is_busy_while_a_scope_works_and_cancel_all_reaches_into_scopes(qloop, bus):
    root = TaskRunner(bus)
    scope = root.scope("connection")
    busy: list[bool] = []
    finished: list[str] = []
    root.busy_changed.connect(busy.append)
    root.finished.connect(finished.append)

    async def forever() -> None:
        await asyncio.Event().wait()

    async def scenario() -> None:
        task = scope.run(forever(), name="poll")
        assert busy == [True]
        root.cancel_all()
        await root.drain()
        assert task.cancelled()

    qloop.run_until_complete(scenario())
    assert busy == [True, False]
    assert finished == ["poll"]  # the root reports its scopes' tasks


def test_emitting_signals_from_python_leaves_the_references_to_true_and_false_alone(qapp):
    # PySide6 6.12.0 hands out True from emit() (and None from void calls) without a reference
    # of its own, which ends in a fatal error on Python 3.11; pyproject keeps it out. This test
    # is the guard that a newer pin has not brought it back.
    emitter = Emitter()
    received: list[int] = []
    emitter.fired.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for value in range(2000):
        emitter.fired.emit(value)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 2000


def test_an_error_without_a_message_is_named_as_unexpected_not_by_its_class(qloop, bus, recorder):
    runner = TaskRunner(bus)

    async def broken() -> None:
        raise RuntimeError

    qloop.run_until_complete(runner.run(broken(), name="load"))
    assert recorder.texts == [
        "Something went wrong: an unexpected error (the log file has the details)"
    ]
