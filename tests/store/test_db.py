"""The database: migrations at open, WAL, group commit, units of work, closing."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from console import paths
from console.store import NewJobRow, RowChange, RowStatus, Store, audit_entry
from console.store.db import alembic_config
from console.store.schema import metadata
from tests.store.samples import cached_account


def _created(job_id: str) -> Any:
    return audit_entry(
        "Agency",
        "create",
        account_id="u00001",
        account_email="person00001@example.com",
        before=None,
        after={"job_id": job_id},
    )


async def _job(store: Store, rows: int = 1) -> str:
    return await store.journal.create(
        "Agency", "u.csv", [NewJobRow({"email": f"{i}@x.de"}) for i in range(rows)]
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


def test_the_migrations_create_exactly_the_declared_schema(store_url: str) -> None:
    store = Store.open(store_url)
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
async def test_reopening_a_store_keeps_its_data(store_url: str) -> None:
    store = Store.open(store_url)
    await store.accounts.upsert("Agency", [cached_account(1)])
    await store.close()
    store = Store.open(store_url)
    try:
        assert [a.email for a in await store.accounts.load("Agency")] == ["person00001@example.com"]
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_closed_store_refuses_work(store_url: str) -> None:
    store = Store.open(store_url)
    await store.close()
    await store.close()
    with pytest.raises(RuntimeError):
        await store.accounts.load("Agency")
    with pytest.raises(RuntimeError):
        async with store.unit_of_work() as uow:
            uow.accounts.upsert("Agency", [cached_account(1)])


@pytest.mark.asyncio
async def test_concurrent_journal_writes_all_land_and_one_bad_write_fails_alone(
    store_url: str,
) -> None:
    store = Store.open(store_url)

    async def finish_with_account(job_id: str) -> None:
        async with store.unit_of_work() as uow:
            uow.journal.update_row(job_id, RowChange(0, RowStatus.DONE))
            uow.accounts.upsert("Agency", [cached_account(1)])

    try:
        job_id = await _job(store, rows=10)
        results = await asyncio.gather(
            *(
                store.journal.update_row(job_id, RowChange(i, RowStatus.DONE, user_id=f"u{i}"))
                for i in range(10)
            ),
            finish_with_account("no-such-job"),
            return_exceptions=True,
        )
        assert results[:10] == [None] * 10
        assert isinstance(results[10], sa.exc.NoResultFound)
        job = await store.journal.load(job_id)
        assert job is not None and [r.user_id for r in job.rows] == [f"u{i}" for i in range(10)]
        assert await store.accounts.load("Agency") == []  # the failed write left nothing behind
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_unit_of_work_commits_the_row_the_account_and_the_audit_entry_together(
    store_url: str,
) -> None:
    store = Store.open(store_url)
    try:
        job_id = await _job(store)
        async with store.unit_of_work() as uow:
            uow.journal.update_row(job_id, RowChange(0, RowStatus.DONE, user_id="u00001"))
            uow.accounts.upsert("Agency", [cached_account(1)])
            uow.audit.record(_created(job_id))
            # Staged, not yet written: a reader in the block still sees the old state.
            assert await store.accounts.load("Agency") == []
        job = await store.journal.load(job_id)
        assert job is not None and job.rows[0].status is RowStatus.DONE
        assert await store.accounts.load("Agency") == [cached_account(1)]
        [entry] = await store.audit.entries("Agency")
        assert entry.action == "create" and entry.after == {"job_id": job_id}
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_a_unit_of_work_that_fails_midway_leaves_nothing_written(store_url: str) -> None:
    store = Store.open(store_url)
    try:
        job_id = await _job(store)
        with pytest.raises(ValueError, match="midway"):
            async with store.unit_of_work() as uow:
                uow.journal.update_row(job_id, RowChange(0, RowStatus.DONE, user_id="u00001"))
                uow.accounts.upsert("Agency", [cached_account(1)])
                raise ValueError("midway")
        # A write the database refuses sinks the writes staged before it as well.
        with pytest.raises(sa.exc.NoResultFound):
            async with store.unit_of_work() as uow:
                uow.accounts.upsert("Agency", [cached_account(1)])
                uow.audit.record(_created(job_id))
                uow.journal.update_row(job_id, RowChange(7, RowStatus.DONE))
        job = await store.journal.load(job_id)
        assert job is not None and job.rows[0].status is RowStatus.PENDING
        assert job.rows[0].user_id is None
        assert await store.accounts.load("Agency") == []
        assert await store.audit.entries() == []
    finally:
        await store.close()


@pytest.mark.asyncio
async def test_rows_finishing_together_share_one_commit(store_url: str) -> None:
    store = Store.open(store_url)
    commits: list[object] = []
    sa.event.listen(store.engine, "commit", commits.append)

    async def finish(job_id: str, i: int) -> None:
        async with store.unit_of_work() as uow:
            uow.journal.update_row(job_id, RowChange(i, RowStatus.DONE, user_id=f"u{i:05d}"))
            uow.accounts.upsert("Agency", [cached_account(i)])
            uow.audit.record(_created(job_id))

    try:
        job_id = await _job(store, rows=20)
        commits.clear()
        await asyncio.gather(*(finish(job_id, i) for i in range(20)))
        assert len(commits) == 1
        assert len(await store.accounts.load("Agency")) == 20
        assert len(await store.audit.entries("Agency")) == 20
    finally:
        await store.close()


def test_the_head_revision_read_from_the_files_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from console.store.db import head_revision

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_a_store_at_the_head_revision_opens_without_importing_alembic(tmp_path) -> None:
    import asyncio
    import subprocess
    import sys

    from console.store import Store

    path = tmp_path / "console.sqlite3"
    asyncio.run(Store.open(path).close())  # created and migrated to the head
    code = (
        "import asyncio, sys; from console.store import Store; "
        f"asyncio.run(Store.open({str(path)!r}).close()); sys.exit('alembic' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


@pytest.mark.asyncio
async def test_a_store_migrated_by_a_newer_console_is_refused_with_a_sentence(
    store_url: str,
) -> None:
    from console.store.errors import StoreTooNew

    store = Store.open(store_url)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    await store.close()
    with pytest.raises(StoreTooNew, match="newer than this console knows") as refused:
        Store.open(store_url)
    assert "0099_from_the_future" in str(refused.value)


@pytest.mark.asyncio
async def test_consoles_opening_a_new_database_together_migrate_it_once(store_url: str) -> None:
    stores = await asyncio.gather(*(asyncio.to_thread(Store.open, store_url) for _ in range(3)))
    try:
        with stores[0].engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), metadata)
            versions = conn.execute(sa.text("SELECT version_num FROM alembic_version")).all()
        assert diff == []
        assert len(versions) == 1
    finally:
        for store in stores:
            await store.close()


def test_an_unreachable_store_is_refused_with_a_sentence_naming_it() -> None:
    from console.store.errors import StoreUnavailable

    with pytest.raises(StoreUnavailable, match=r"cannot open the store at postgresql\+psycopg://"):
        Store.open("postgresql+psycopg://team@127.0.0.1:1/console")
