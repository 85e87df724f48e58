"""The onboarding job against a scripted fake client: journal, retries, reconcile, control."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.jobs.csv_import import parse_csv
from console.jobs.onboarding import JobEvent, OnboardingJob
from console.store import JobState, RowStatus, Store
from tests.jobs.fakes import FakeClient


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


def _csv(n: int, *, extra: str = "") -> bytes:
    lines = ["email;Vorname;Nachname;Zeitzone;Terminart;Dauer"]
    lines += [f"user{i:03d}@example.com;Anna{i};Muster;Europe/Berlin;Beratung;30" for i in range(n)]
    return ("\n".join(lines) + "\n" + extra).encode()


class Sleeps:
    """Records requested waits instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        await asyncio.sleep(0)


@pytest.mark.asyncio
async def test_every_valid_row_is_created_once_journaled_cached_and_audited(store) -> None:
    client = FakeClient()
    client.add_user("old@example.com", slug="old-user")
    preview = parse_csv(
        _csv(5, extra="old@example.com;Old;User;UTC;;\nbroken;X;Y;UTC;;\n"),
        existing_emails=["old@example.com"],
    )
    job = OnboardingJob(client, store, "Agency", preview.rows, concurrency=3, source_name="u.csv")
    events: list[JobEvent] = []
    job.subscribe(events.append)
    counts = await job.run()

    assert counts[RowStatus.DONE] == 6 and counts[RowStatus.SKIPPED] == 1
    assert job.all_done
    assert sorted(c["email"] for c in client.create_calls) == [
        f"user{i:03d}@example.com" for i in range(5)
    ]  # the existing account was linked, not created
    assert client.create_calls[0]["meeting_type"] == {"name": "Beratung", "duration": 30}
    assert sorted(client.emails()) == sorted(
        ["old@example.com"] + [f"user{i:03d}@example.com" for i in range(5)]
    )

    record = await store.journal.load(job.job_id)
    assert record is not None and record.state is JobState.FINISHED
    assert record.source_name == "u.csv"
    assert [r.status for r in record.rows].count(RowStatus.DONE) == 6
    skipped = record.rows[6]
    assert skipped.status is RowStatus.SKIPPED and "not a valid e-mail" in skipped.error
    assert all(r.user_id for r in record.rows if r.status is RowStatus.DONE)

    assert len(await store.accounts.load("Agency")) == 6
    assert len([e for e in await store.audit.entries("Agency") if e.action == "create"]) == 5

    rows_seen = [e.row for e in events if e.row is not None]
    assert {row.status for row in rows_seen} == {RowStatus.RUNNING, RowStatus.DONE}
    assert events[-1].row is None and events[-1].state is JobState.FINISHED
    assert events[-1].counts[RowStatus.DONE] == 6

    exported = list(csv.DictReader(io.StringIO(job.results_csv())))
    assert list(exported[0]) == ["email", "user_id", "booking_url", "status", "error"]
    linked = next(r for r in exported if r["email"] == "old@example.com")
    assert linked["status"] == "done" and linked["booking_url"] == "https://cal.test/old-user"
    assert exported[6]["status"] == "skipped"


@pytest.mark.asyncio
async def test_a_5xx_or_dropped_post_is_looked_up_before_it_is_sent_again(store) -> None:
    client = FakeClient()
    client.create_failures = {
        "user000@example.com": ["5xx"],  # not processed: sent again after the lookup
        "user001@example.com": ["drop-after"],  # processed: found by the lookup, not re-sent
        "user002@example.com": ["drop-before"],
        "user003@example.com": ["429", "429"],  # not processed: re-sent after Retry-After
    }
    sleeps = Sleeps()
    job = OnboardingJob(client, store, "Agency", parse_csv(_csv(4)).rows, sleep=sleeps)
    counts = await job.run()

    assert counts[RowStatus.DONE] == 4
    assert sorted(client.emails()) == [f"user{i:03d}@example.com" for i in range(4)]
    sent = [c["email"] for c in client.create_calls]
    assert sent.count("user000@example.com") == 2
    assert sent.count("user001@example.com") == 1
    assert sent.count("user002@example.com") == 2
    assert sent.count("user003@example.com") == 3
    assert sleeps.calls.count(1.5) == 2  # the server's Retry-After
    record = await store.journal.load(job.job_id)
    assert record is not None
    assert [r.attempts for r in record.rows] == [2, 1, 2, 3]


@pytest.mark.asyncio
async def test_rows_failing_together_share_one_user_listing(store) -> None:
    client = FakeClient()
    client.gate = asyncio.Event()
    client.create_failures = {f"user{i:03d}@example.com": ["drop-after"] for i in range(6)}
    job = OnboardingJob(client, store, "Agency", parse_csv(_csv(6)).rows, concurrency=6)
    task = asyncio.create_task(job.run())
    await client.wait_in_flight(6)
    client.gate.set()
    counts = await task
    assert counts[RowStatus.DONE] == 6
    assert len(client.create_calls) == 6 and len(client.emails()) == 6
    assert client.list_calls == 1


@pytest.mark.asyncio
async def test_failures_can_be_retried_alone(store) -> None:
    client = FakeClient()
    client.create_failures = {"user001@example.com": ["403"], "user002@example.com": ["400"]}
    sleeps = Sleeps()
    job = OnboardingJob(client, store, "Agency", parse_csv(_csv(3)).rows, sleep=sleeps)
    counts = await job.run()
    assert (counts[RowStatus.DONE], counts[RowStatus.FAILED]) == (1, 2)
    assert not job.all_done
    assert job.rows[1].error == "Not allowed" and job.rows[2].error == "email must be an email"
    assert sleeps.calls == []  # the server's word about a row fails it at once

    before = len(client.create_calls)
    counts = await job.retry_failed()
    assert counts[RowStatus.DONE] == 3 and job.all_done
    resent = [c["email"] for c in client.create_calls[before:]]
    assert sorted(resent) == ["user001@example.com", "user002@example.com"]
    assert sorted(client.emails()) == [f"user{i:03d}@example.com" for i in range(3)]


@pytest.mark.asyncio
async def test_a_server_failing_again_and_again_pauses_the_job_and_fails_no_row(store) -> None:
    client = FakeClient()
    client.create_failures = {"user001@example.com": ["5xx"] * 5}
    sleeps = Sleeps()
    job = OnboardingJob(client, store, "Agency", parse_csv(_csv(3)).rows, sleep=sleeps)
    waits: list[JobEvent] = []
    job.subscribe(lambda e: waits.append(e) if e.row is None else None)
    counts = await job.run()
    assert counts[RowStatus.DONE] == 3 and job.all_done
    assert job.rows[1].error is None and job.rows[1].attempts == 6
    # Backoff between the first five sends, then the job waits for the server (countdown).
    assert sleeps.calls == [0.5, 1.0, 2.0, 4.0, 1.0]
    countdowns = [e.waiting_until for e in waits]
    assert any(countdowns) and countdowns[-1] is None
    assert sorted(client.emails()) == [f"user{i:03d}@example.com" for i in range(3)]


@pytest.mark.asyncio
async def test_a_killed_run_resumes_without_creating_anyone_twice(store) -> None:
    client = FakeClient()
    client.process_then_block = True  # requests reach the server, answers never come back
    rows = parse_csv(_csv(10)).rows
    job = OnboardingJob(client, store, "Agency", rows, concurrency=3)
    task = asyncio.create_task(job.run())
    await client.wait_in_flight(3)
    task.cancel()  # the app is killed
    with pytest.raises(asyncio.CancelledError):
        await task

    [unfinished] = await store.journal.unfinished("Agency")
    assert unfinished.id == job.job_id
    assert unfinished.count(RowStatus.RUNNING) == 3 and unfinished.count(RowStatus.PENDING) == 7

    client.process_then_block = False
    resumed = await OnboardingJob.resume(store, unfinished.id, client=client, concurrency=3)
    assert resumed.connection == "Agency" and len(resumed.rows) == 10
    counts = await resumed.run()
    assert counts[RowStatus.DONE] == 10
    emails = client.emails()
    assert sorted(emails) == sorted(set(emails)) == [f"user{i:03d}@example.com" for i in range(10)]
    assert len(client.create_calls) == 10  # 3 before the kill + 7 after; none sent twice
    assert client.list_calls == 1  # one listing reconciled all three running rows
    assert await store.journal.unfinished("Agency") == []


@pytest.mark.asyncio
async def test_pause_stops_new_rows_until_unpaused(store) -> None:
    client = FakeClient()
    job = OnboardingJob(client, store, "Agency", parse_csv(_csv(4)).rows, concurrency=1)
    paused = asyncio.get_running_loop().create_future()

    def on_event(event: JobEvent) -> None:
        if event.row is not None and event.row.status is RowStatus.RUNNING:
            if not paused.done() and not job.paused:
                job.pause()  # once, while the first account is being sent
        if event.row is None and event.state is JobState.PAUSED and not paused.done():
            paused.set_result(None)

    job.subscribe(on_event)
    task = asyncio.create_task(job.run())
    await paused
    for _ in range(20):
        await asyncio.sleep(0)
    assert len(client.create_calls) == 1
    record = await store.journal.load(job.job_id)
    assert record is not None and record.state is JobState.PAUSED
    job.unpause()
    counts = await task
    assert counts[RowStatus.DONE] == 4


@pytest.mark.asyncio
async def test_cancel_finishes_rows_in_flight_and_keeps_the_rest_pending(store, tmp_path) -> None:
    client = FakeClient()
    job = OnboardingJob(client, store, "Agency", parse_csv(_csv(5)).rows, concurrency=1)

    # Cancel while the first account is being sent: it finishes, nothing new starts.
    def cancel_when_sending(event: JobEvent) -> None:
        if event.row is not None and event.row.status is RowStatus.RUNNING:
            job.cancel()

    job.subscribe(cancel_when_sending)
    counts = await job.run()
    assert job.job_id is not None
    assert (counts[RowStatus.DONE], counts[RowStatus.PENDING]) == (1, 4)
    record = await store.journal.load(job.job_id)
    assert record is not None and record.state is JobState.CANCELLED
    assert await store.journal.unfinished("Agency") == []  # the user chose to stop
    job.export_results(tmp_path / "results.csv")
    text = (tmp_path / "results.csv").read_text(encoding="utf-8-sig")
    assert text.count("pending") == 4 and text.count("done") == 1

    again = await OnboardingJob.resume(store, job.job_id, client=client)
    assert (await again.run())[RowStatus.DONE] == 5
    assert len(client.create_calls) == 5
