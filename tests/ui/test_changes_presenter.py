"""The Changes presenter with a fake engine on a real qasync loop: plan, apply, retry, undo,
history, the resume offer and a change set held by another process."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from console.asyncqt import TaskRunner, signal_future
from console.jobs.model import ChangeSet, ChangeSetState, OpStatus
from console.ui.changes import presenter as changes
from console.ui.changes.accounts import PickedAccount
from console.ui.changes.panel import ChangesPanel
from console.ui.changes.plan_model import KIND_ROLE, Column, NodeKind
from console.ui.changes.presenter import ChangesPresenter
from tests.ui.changes_data import (
    PLANNED_AT,
    FakeEngine,
    LeaseHeld,
    create_plan,
    five_account_plan,
    with_status,
)

NOW = datetime(2026, 12, 1, 22, 0, tzinfo=UTC)


class Rig:
    """A panel, a fake engine and the presenter between them."""

    def __init__(self, qtbot, bus, *change_sets: ChangeSet) -> None:
        self.engine = FakeEngine(*change_sets)
        self.now = NOW
        self.panel = ChangesPanel(clock=lambda: self.now)
        qtbot.addWidget(self.panel)
        self.runner = TaskRunner(bus)
        self.presenter = ChangesPresenter(self.panel, backend=self.engine, runner=self.runner)
        self.messages: list[tuple[str, str]] = []
        self.presenter.message_posted.connect(
            lambda level, text: self.messages.append((level, text))
        )

    def finished(self, name: str) -> asyncio.Future[str]:
        """A future for the end of the presenter's task called ``name`` (made before it starts)."""
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def on_finished(done: str) -> None:
            if done == name and not future.done():
                self.runner.finished.disconnect(on_finished)
                future.set_result(done)

        self.runner.finished.connect(on_finished)
        return future

    def click(self, button: QPushButton) -> None:
        assert button.isEnabled(), button.text()
        button.click()

    def status(self, row: int) -> str:
        return str(self.panel.plan_model.index(row, Column.STATUS).data())


def run(qloop, scenario: Callable[[], Coroutine[Any, Any, None]]) -> None:
    qloop.run_until_complete(asyncio.wait_for(scenario(), 20))


@pytest.fixture
def rig(qtbot, bus) -> Callable[..., Rig]:
    return lambda *sets: Rig(qtbot, bus, *sets)


def test_a_shown_plan_sends_nothing_until_apply_is_pressed_then_shows_each_operation(rig, qloop):
    r = rig(five_account_plan())
    r.engine.gate = asyncio.Semaphore(0)

    async def scenario() -> None:
        r.presenter.show_plan(five_account_plan())
        assert r.panel.isVisible()
        assert r.engine.sent() == []
        assert r.panel.apply_button.isEnabled()
        applied = signal_future(r.presenter.applied)
        r.click(r.panel.apply_button)
        assert not r.panel.apply_button.isEnabled()  # a second click cannot send twice
        assert await r.engine.arrivals.get() == "op-0"
        assert r.engine.sent() == ["apply"]
        assert r.status(0) == "sending…"
        assert r.panel.counts_label.text() == "0 of 4 done · 2 unchanged"
        r.engine.gate.release()
        assert await r.engine.arrivals.get() == "op-1"
        assert r.status(0) == "done"
        assert r.panel.counts_label.text() == "1 of 4 done · 2 unchanged"
        assert r.panel.progress.value() == 1
        for _ in range(3):
            r.engine.gate.release()
        assert await applied == ("cs-1",)
        assert r.panel.counts_label.text() == "4 of 4 done · 2 unchanged"
        assert r.panel.progress.value() == r.panel.progress.maximum() == 4
        assert r.panel.title_label.text() == "Duration 45 min for 5 accounts — done"
        assert r.messages == [
            ("info", "“Duration 45 min for 5 accounts”: 4 of 4 done · 2 unchanged")
        ]
        assert r.panel.undo_button.isEnabled() and not r.panel.retry_button.isEnabled()

    run(qloop, scenario)
    assert r.engine.sent() == ["apply"]


def test_pause_continue_and_cancel_reach_the_engine_while_it_applies(rig, qloop):
    r = rig(five_account_plan())
    r.engine.gate = asyncio.Semaphore(0)

    async def scenario() -> None:
        r.presenter.show_plan(five_account_plan())
        r.click(r.panel.apply_button)
        await r.engine.arrivals.get()
        r.click(r.panel.pause_button)
        assert r.engine.paused and r.panel.pause_button.text() == "Continue"
        assert "paused" in r.panel.title_label.text()
        r.click(r.panel.pause_button)
        assert not r.engine.paused and r.panel.pause_button.text() == "Pause"
        r.click(r.panel.cancel_button)
        assert r.engine.cancelled
        done = r.finished(changes.APPLY)
        for _ in range(4):
            r.engine.gate.release()
        await done

    run(qloop, scenario)
    assert [c for c, _ in r.engine.calls if c in ("pause", "unpause", "cancel")] == [
        "pause",
        "unpause",
        "cancel",
    ]


def test_a_failed_operation_shows_the_server_message_and_retry_sends_only_it_again(rig, qloop):
    r = rig(five_account_plan())
    r.engine.outcomes["op-3"] = (OpStatus.FAILED, "Internal Server Error", ())

    async def scenario() -> None:
        r.presenter.show_plan(five_account_plan())
        applied = signal_future(r.presenter.applied)
        r.click(r.panel.apply_button)
        await applied
        assert r.status(2) == "failed: Internal Server Error"
        assert r.panel.counts_label.text() == "3 of 4 done · 1 failed · 2 unchanged"
        assert r.messages[-1][0] == "warning"
        assert r.panel.retry_button.isEnabled()
        retried = signal_future(r.presenter.applied)
        r.click(r.panel.retry_button)
        await retried
        assert r.status(2) == "done"
        assert r.panel.counts_label.text() == "4 of 4 done · 2 unchanged"
        assert not r.panel.retry_button.isEnabled()

    run(qloop, scenario)
    assert r.engine.sent() == ["apply", "retry_failed"]


def test_the_countdown_runs_while_the_engine_waits_out_an_outage(rig, qloop):
    r = rig(five_account_plan())
    r.engine.gate = asyncio.Semaphore(0)
    r.engine.waiting_until = NOW + timedelta(seconds=12)

    async def scenario() -> None:
        r.presenter.show_plan(five_account_plan())
        r.click(r.panel.apply_button)
        await r.engine.arrivals.get()
        assert r.panel.wait_text() == "Server unreachable — retrying in 12 s"
        r.engine.waiting_until = None
        r.engine.gate.release()
        await r.engine.arrivals.get()
        # The next event without a wait ends the countdown.
        assert r.panel.wait_text() == ""
        done = r.finished(changes.APPLY)
        for _ in range(3):
            r.engine.gate.release()
        await done

    run(qloop, scenario)


def done_set(change_set: ChangeSet) -> ChangeSet:
    pending = [op.id for op in change_set.operations if op.status is OpStatus.PENDING]
    return with_status(change_set, ChangeSetState.DONE, dict.fromkeys(pending, OpStatus.DONE))


def confirmation_buttons(box: QMessageBox) -> dict[str, QPushButton]:
    return {b.text(): b for b in box.findChildren(QPushButton) if b.text()}


def test_undo_of_creates_names_the_attached_appointments_and_sends_only_when_confirmed(rig, qloop):
    created = done_set(create_plan())
    r = rig(created)
    r.engine.appointments = 3

    async def scenario() -> None:
        r.presenter.show_plan(created)
        planned = r.finished(changes.UNDO_PLAN)
        r.click(r.panel.undo_button)
        await planned
        assert r.engine.sent() == []
        box = r.presenter.confirmation
        assert box is not None and box.isVisible()
        text = box.text()
        assert text.startswith("Undo “Kurzberatung for 2 accounts”?")
        assert "It deletes 2 items the change created." in text
        assert "3 appointments are attached to them." in text
        # The undo plan is what the panel shows meanwhile: one deletion per created item.
        model = r.panel.plan_model
        assert r.panel.change_set is not None and r.panel.change_set.id == "undo-cs-create"
        deletion = model.index(0, 0, model.index(0, 0))
        assert deletion.data() == "delete Meeting type"
        assert deletion.data(KIND_ROLE) is NodeKind.DELETION
        applied = signal_future(r.presenter.applied)
        confirmation_buttons(box)["Undo now"].click()
        assert await applied == ("undo-cs-create",)

    run(qloop, scenario)
    assert ("attached_appointments", "cs-create") in r.engine.calls
    assert r.engine.sent() == ["apply"]
    assert r.engine.calls[-1] == ("apply", "undo-cs-create")


def test_undo_of_edits_names_the_fields_it_restores_and_not_now_sends_nothing(rig, qloop):
    edited = done_set(five_account_plan())
    r = rig(edited)

    async def scenario() -> None:
        r.presenter.show_plan(edited)
        planned = r.finished(changes.UNDO_PLAN)
        r.click(r.panel.undo_button)
        await planned
        box = r.presenter.confirmation
        assert box is not None
        assert box.text() == (
            "Undo “Duration 45 min for 5 accounts”?\n\n"
            "This restores the values from before the change on 3 accounts: "
            "meetingInfo.duration, meetingInfo.bufferAfter, title."
        )
        confirmation_buttons(box)["Not now"].click()
        assert r.presenter.confirmation is None

    run(qloop, scenario)
    assert r.engine.sent() == []
    assert not any(call == "attached_appointments" for call, _ in r.engine.calls)
    # The undo plan stays shown, waiting for Apply like any plan.
    assert r.panel.apply_button.isEnabled()


def test_the_history_lists_this_connections_change_sets_and_shows_the_one_picked(rig, qloop):
    older = done_set(replace(create_plan(), created_at=PLANNED_AT - timedelta(days=1)))
    newer = five_account_plan()
    r = rig(older, newer)

    async def scenario() -> None:
        started = r.finished(changes.START)
        r.presenter.start()
        await started
        history = r.panel.history_model
        assert [history.index(row, 0).data() for row in range(history.rowCount())] == [
            "Duration 45 min for 5 accounts",
            "Kurzberatung for 2 accounts",
        ]
        assert history.index(0, 2).data() == "planned, not sent · 4 to send"
        assert history.index(1, 2).data() == "done · 2 of 2 done"
        loaded = r.finished(changes.LOAD)
        r.panel.history_view.selectRow(1)
        await loaded
        assert r.panel.change_set is not None and r.panel.change_set.id == "cs-create"
        assert r.status(0) == "done"

    run(qloop, scenario)
    assert r.panel.offered() is None  # nothing was interrupted


def test_an_interrupted_change_set_is_offered_for_resume_in_the_panel(rig, qloop):
    interrupted = with_status(
        five_account_plan(),
        ChangeSetState.APPLYING,
        {"op-0": OpStatus.DONE, "op-1": OpStatus.IN_FLIGHT},
    )
    r = rig(interrupted)

    async def scenario() -> None:
        started = r.finished(changes.START)
        r.presenter.start()
        await started
        assert r.panel.isVisible()
        assert r.panel.offered() == "cs-1"
        assert r.panel.notice_label.text().startswith(
            "“Duration 45 min for 5 accounts” was interrupted with 3 operations still to send."
        )
        assert r.engine.sent() == []
        applied = signal_future(r.presenter.applied)
        r.click(r.panel.notice_action_button)
        await applied
        assert r.panel.offered() is None
        assert r.panel.counts_label.text() == "4 of 4 done · 2 unchanged"

    run(qloop, scenario)
    assert r.engine.sent() == ["resume"]


def test_a_change_set_another_process_applies_is_named_in_a_sentence(rig, qloop):
    r = rig(five_account_plan())
    since = datetime(2026, 12, 1, 21, 3, tzinfo=UTC)
    r.engine.lease = LeaseHeld("host-b pid 4711", since)

    async def scenario() -> None:
        r.presenter.show_plan(five_account_plan())
        done = r.finished(changes.APPLY)
        r.click(r.panel.apply_button)
        await done

    run(qloop, scenario)
    local = since.astimezone().strftime("%H:%M")
    assert r.panel.notice_label.text() == (
        f"Another console is applying this change set: host-b pid 4711, since {local}. "
        "Wait until it has finished, or stop it there."
    )
    assert not r.panel.notice_frame.isHidden()
    assert r.panel.apply_button.isEnabled()  # still planned: it can be tried again later


def test_plan_reads_through_the_engine_and_shows_the_diff_without_sending(rig, qloop):
    r = rig()
    accounts = [
        PickedAccount("user-anna", "anna@kanzlei.example", "Europe/Berlin"),
        PickedAccount("user-mia", "mia@kanzlei.example", "Europe/Berlin"),
    ]

    def edit(account: PickedAccount) -> tuple[dict[str, Any], dict[str, Any]]:
        current = 45 if account.user_id == "user-mia" else 30
        return {"meetingInfo.duration": current}, {"meetingInfo.duration": 45}

    async def scenario() -> None:
        shown = signal_future(r.presenter.plan_shown)
        r.presenter.plan("Duration 45 min for 2 accounts", accounts, edit)
        assert r.panel.busy_label.text() == "Reading the current state of 2 accounts…"
        assert not r.panel.apply_button.isEnabled()
        await shown
        assert r.panel.busy_label.isHidden()
        assert r.panel.plan_model.index(0, 0).data() == "anna@kanzlei.example (1 change)"
        assert r.panel.plan_model.index(1, 0).data() == "Unchanged (1 account)"
        assert r.panel.apply_button.isEnabled()

    run(qloop, scenario)
    assert r.engine.sent() == []


def test_a_change_set_missing_from_the_journal_is_reported_in_the_panel(rig, qloop):
    r = rig()

    async def scenario() -> None:
        done = r.finished(changes.LOAD)
        r.presenter.load("cs-gone")
        await done

    run(qloop, scenario)
    assert r.panel.notice_label.text() == (
        "The change set could not be read: it is not in this connection's journal"
    )


def test_after_close_engine_events_no_longer_reach_the_panel(rig, qloop):
    r = rig(five_account_plan())
    r.presenter.show_plan(five_account_plan())
    r.presenter.close()
    assert r.engine._listeners == []
    assert r.panel.change_set is None
    assert r.panel.empty_label.text() == "No change sets yet."
