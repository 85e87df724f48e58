"""``run_dialog_operation``: busy state, Cancel, and a dialog that closes while work runs."""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog

from console.asyncqt import TaskRunner
from console.messages import MessageBus
from console.ui.operations import WhenClosed, run_dialog_operation
from tests.qt_harness import MessageRecorder


class Form(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.busy: list[bool] = []
        self.errors: list[str] = []

    def set_busy(self, busy: bool) -> None:
        self.busy.append(busy)


def test_closing_the_dialog_cancels_a_read_and_clears_nothing_on_a_closed_dialog(
    qtbot, qloop, bus: MessageBus, recorder: MessageRecorder
):
    form = Form()
    qtbot.addWidget(form)
    form.open()
    runner = TaskRunner(bus)
    started = asyncio.Event()

    async def read() -> str:
        started.set()
        await asyncio.Event().wait()
        return "never"

    async def scenario() -> asyncio.Task[str | None]:
        task = run_dialog_operation(
            runner, form, read(), name="read", on_failure=lambda e: form.errors.append(str(e))
        )
        await asyncio.wait_for(started.wait(), 5)
        assert form.busy == [True]
        form.reject()  # the user closes the dialog
        await asyncio.wait([task], timeout=5)
        return task

    task = qloop.run_until_complete(scenario())
    assert task.cancelled()
    assert form.busy == [True]  # a closed dialog is not updated any more
    assert form.errors == [] and recorder.messages == []


def test_a_write_finishes_after_the_dialog_closed_and_its_failure_reaches_the_bus(
    qtbot, qloop, bus: MessageBus, recorder: MessageRecorder
):
    form = Form()
    qtbot.addWidget(form)
    form.open()
    runner = TaskRunner(bus)
    gate = asyncio.Event()

    async def write() -> None:
        await gate.wait()
        raise ValueError("the server said no")

    async def scenario() -> None:
        task = run_dialog_operation(
            runner,
            form,
            write(),
            name="write",
            on_failure=lambda e: form.errors.append(str(e)),
            when_closed=WhenClosed.FINISH,
        )
        form.reject()
        gate.set()
        await asyncio.wait([task], timeout=5)
        assert not task.cancelled()

    qloop.run_until_complete(scenario())
    assert form.errors == []  # the closed dialog is not told
    assert [m.text for m in recorder.messages] == ["Something went wrong: the server said no"]


def test_a_successful_operation_clears_busy_and_accepts_the_dialog(qtbot, qloop, bus):
    form = Form()
    qtbot.addWidget(form)
    form.open()
    runner = TaskRunner(bus)
    results: list[int] = []

    async def compute() -> int:
        return 42

    async def scenario() -> None:
        task = run_dialog_operation(
            runner,
            form,
            compute(),
            name="compute",
            on_result=results.append,
            on_failure=lambda e: None,
        )
        await task

    qloop.run_until_complete(scenario())
    assert results == [42]
    assert form.busy == [True, False]
    assert form.result() == QDialog.DialogCode.Accepted and not form.isVisible()
