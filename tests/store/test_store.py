"""The store: migrations at open, the accounts cache, the job journal, the audit trail."""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from console import paths
from console.store import CachedAccount, JobState, RowStatus, Store
from console.store.schema import metadata
from console.store.store import alembic_config


def _account(i: int, *, connection_suffix: str = "") -> CachedAccount:
    return CachedAccount(
        user_id=f"u{i:05d}",
        email=f"person{i:05d}@example.com",
        given_name="Anna",
        family_name=f"Muster{i}",
        slug=f"anna-muster-{i}",
        timezone="Europe/Berlin",
        meeting_type_count=2,
        booking_url=f"https://cal.meetergo.com/anna-muster-{i}",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        fetched_at=datetime(2026, 11, 1, tzinfo=UTC),
        raw={"id": f"u{i:05d}", "extraField": [1, 2]},
    )


@pytest.mark.asyncio
async def test_the_default_store_lives_in_the_data_folder_and_uses_wal() -> None:
    store = Store.open()
    try:
        assert (paths.data_dir() / "console.sqlite3").exists()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        await store.close()


def test_the_migrations_create_exactly_the_declared_schema(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.sqlite3")
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    store.engine.dispose()
    assert diff == []


def test_the_schema_renders_as_postgresql_ddl() -> None:
    cfg = alembic_config("postgresql://user@localhost/console")
    out = io.StringIO()
    cfg.output_buffer = out
    command.upgrade(cfg, "head", sql=True)
    sql = out.getvalue()
    assert "CREATE TABLE job_rows" in sql
    assert "TIMESTAMP WITH TIME ZONE" in sql
    assert "JSON" in sql


@pytest.mark.asyncio
async def test_reopening_a_store_keeps_its_data(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.sqlite3")
    await store.upsert_accounts("Agency", [_account(1)])
    await store.close()
    store = Store.open(tmp_path / "s.sqlite3")
    try:
        assert [a.email for a in await store.load_accounts("Agency")] == ["person00001@example.com"]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_the_accounts_cache_is_per_connection_and_keeps_raw_json() -> None:
    store = Store.open(":memory:")
    try:
        await store.upsert_accounts("Agency", [_account(1), _account(2)])
        await store.upsert_accounts("Other", [_account(3)])
        await store.upsert_accounts("Agency", [_account(2)])  # a refresh of one account
        loaded = await store.load_accounts("Agency")
        assert [a.user_id for a in loaded] == ["u00001", "u00002"]
        assert loaded[0] == _account(1)
        assert loaded[0].created_at is not None and loaded[0].created_at.tzinfo is not None
        assert await store.account_raw("Agency", "u00001") == {"id": "u00001", "extraField": [1, 2]}
        assert await store.get_account("Agency", "u00002") == _account(2)
        assert await store.get_account("Other", "u00002") is None
        await store.upsert_accounts("Agency", [_account(5)], replace_all=True)
        assert [a.user_id for a in await store.load_accounts("Agency")] == ["u00005"]
        await store.delete_account("Agency", "u00005")
        assert await store.load_accounts("Agency") == []
        assert [a.user_id for a in await store.load_accounts("Other")] == ["u00003"]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_the_journal_records_every_row_transition(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.sqlite3")
    rows = [{"email": "a@example.com"}, {"email": "b@example.com"}, {"email": "c@example.com"}]
    job_id = await store.create_job("Agency", "users.csv", rows)
    await store.set_job_state(job_id, JobState.RUNNING)
    await store.update_row(job_id, 0, RowStatus.RUNNING, count_attempt=True)
    await store.update_row(job_id, 0, RowStatus.DONE, user_id="u1", booking_url="https://x/a")
    await store.update_row(job_id, 1, RowStatus.RUNNING, count_attempt=True)
    await store.update_row(job_id, 1, RowStatus.FAILED, error="Server error 500")
    await store.close()

    store = Store.open(tmp_path / "s.sqlite3")  # as after a restart
    try:
        job = await store.load_job(job_id)
        assert job is not None and job.state is JobState.RUNNING and job.started_at is not None
        assert [r.status for r in job.rows] == [RowStatus.DONE, RowStatus.FAILED, RowStatus.PENDING]
        assert job.rows[0].user_id == "u1" and job.rows[0].booking_url == "https://x/a"
        assert job.rows[0].attempts == 1 and job.rows[0].error is None
        assert job.rows[1].error == "Server error 500"
        assert job.rows[2].input == {"email": "c@example.com"}
        assert [j.id for j in await store.unfinished_jobs("Agency")] == [job_id]
        assert await store.unfinished_jobs("Other") == []
        await store.set_job_state(job_id, JobState.FINISHED)
        assert await store.unfinished_jobs("Agency") == []
        finished = await store.load_job(job_id)
        assert finished is not None and finished.finished_at is not None
        assert await store.load_job("missing") is None
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_job_rows_cannot_exist_without_their_job() -> None:
    store = Store.open(":memory:")
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


@pytest.mark.asyncio
async def test_the_audit_trail_lists_newest_first_with_before_and_after() -> None:
    store = Store.open(":memory:")
    try:
        first = await store.record_audit(
            "Agency",
            "create",
            account_id="u1",
            account_email="a@example.com",
            before=None,
            after={"email": "a@example.com"},
        )
        await store.record_audit(
            "Agency",
            "rename",
            account_id="u1",
            account_email="a@example.com",
            before={"given_name": "A"},
            after={"given_name": "B"},
            who="tester",
        )
        await store.record_audit(
            "Other", "delete", account_id="u9", account_email=None, before={}, after=None
        )
        entries = await store.audit_entries("Agency")
        assert [e.action for e in entries] == ["rename", "create"]
        assert entries[0].who == "tester" and entries[1].who == first.who != ""
        assert entries[0].before == {"given_name": "A"} and entries[0].after == {"given_name": "B"}
        assert len(await store.audit_entries()) == 3
        assert [e.action for e in await store.audit_entries(account_id="u9")] == ["delete"]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_closed_store_refuses_work() -> None:
    store = Store.open(":memory:")
    await store.close()
    await store.close()
    with pytest.raises(RuntimeError):
        await store.load_accounts("Agency")


@pytest.mark.asyncio
async def test_concurrent_journal_writes_all_land_and_one_bad_write_fails_alone(
    tmp_path: Path,
) -> None:
    store = Store.open(tmp_path / "s.sqlite3")
    try:
        job_id = await store.create_job(
            "Agency", "u.csv", [{"email": f"{i}@x.de"} for i in range(10)]
        )
        results = await asyncio.gather(
            *(store.update_row(job_id, i, RowStatus.DONE, user_id=f"u{i}") for i in range(10)),
            store.update_row("no-such-job", 0, RowStatus.DONE, account=_account(1)),
            return_exceptions=True,
        )
        assert results[:10] == [None] * 10
        assert isinstance(results[10], sa.exc.NoResultFound)
        job = await store.load_job(job_id)
        assert job is not None and [r.user_id for r in job.rows] == [f"u{i}" for i in range(10)]
        assert await store.load_accounts("Agency") == []  # the failed write left nothing behind
    finally:
        await store.close()
