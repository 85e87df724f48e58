"""The onboarding journal: every row transition survives a restart; rows need their job."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from console.store import JobState, NewJobRow, RowChange, RowStatus, Store


@pytest.mark.asyncio
async def test_the_journal_records_every_row_transition(store_url: str) -> None:
    store = Store.open(store_url)
    rows = [NewJobRow({"email": f"{c}@example.com"}) for c in "abc"]
    job_id = await store.journal.create("Agency", "users.csv", rows)
    await store.journal.set_state(job_id, JobState.RUNNING)
    await store.journal.update_row(job_id, RowChange(0, RowStatus.RUNNING, count_attempt=True))
    await store.journal.update_row(
        job_id, RowChange(0, RowStatus.DONE, user_id="u1", booking_url="https://x/a")
    )
    await store.journal.update_row(job_id, RowChange(1, RowStatus.RUNNING, count_attempt=True))
    await store.journal.update_row(job_id, RowChange(1, RowStatus.FAILED, error="Server error 500"))
    await store.close()

    store = Store.open(store_url)  # as after a restart
    try:
        job = await store.journal.load(job_id)
        assert job is not None and job.state is JobState.RUNNING and job.started_at is not None
        assert [r.status for r in job.rows] == [RowStatus.DONE, RowStatus.FAILED, RowStatus.PENDING]
        assert job.rows[0].user_id == "u1" and job.rows[0].booking_url == "https://x/a"
        assert job.rows[0].attempts == 1 and job.rows[0].error is None
        assert job.rows[1].error == "Server error 500"
        assert job.rows[2].input == {"email": "c@example.com"}
        assert [j.id for j in await store.journal.unfinished("Agency")] == [job_id]
        assert await store.journal.unfinished("Other") == []
        await store.journal.set_state(job_id, JobState.FINISHED)
        assert await store.journal.unfinished("Agency") == []
        finished = await store.journal.load(job_id)
        assert finished is not None and finished.finished_at is not None
        assert await store.journal.load("missing") is None
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_new_job_journals_skipped_rows_with_their_problems(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        job_id = await store.journal.create(
            "Agency",
            "users.csv",
            [
                NewJobRow({"email": "a@example.com"}),
                NewJobRow({"email": "b@"}, RowStatus.SKIPPED, "E-mail is not valid."),
            ],
        )
        job = await store.journal.load(job_id)
        assert job is not None and job.state is JobState.NEW and job.source_name == "users.csv"
        assert [(r.status, r.error) for r in job.rows] == [
            (RowStatus.PENDING, None),
            (RowStatus.SKIPPED, "E-mail is not valid."),
        ]
        assert job.count(RowStatus.SKIPPED) == 1
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_transition_of_a_row_the_journal_does_not_hold_is_refused(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        job_id = await store.journal.create("Agency", "u.csv", [NewJobRow({"email": "a@x.de"})])
        with pytest.raises(sa.exc.NoResultFound):
            await store.journal.update_row(job_id, RowChange(1, RowStatus.DONE))
        with pytest.raises(sa.exc.NoResultFound):
            await store.journal.update_row("no-such-job", RowChange(0, RowStatus.DONE))
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_job_rows_cannot_exist_without_their_job(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        with pytest.raises(sa.exc.IntegrityError):
            with store.engine.begin() as conn:
                conn.execute(
                    sa.text(
                        "INSERT INTO job_rows (job_id, row_index, input, status, attempts,"
                        " updated_at) VALUES ('nope', 0, '{}', 'pending', 0, '2026-01-01')"
                    )
                )
    finally:
        await store.close()
