"""Onboarding against the in-process sandbox: resume after a kill, and a soak with faults."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.api import MeetergoClient
from console.jobs.csv_import import parse_csv
from console.jobs.onboarding import JobEvent, OnboardingJob
from console.sandbox import Faults
from console.services.accounts import AccountService, NewAccount
from console.store import RowStatus, Store
from tests.jobs.sandbox_helpers import csv_rows, email_counts, no_sleep, sandbox_client, set_faults


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


@pytest.mark.asyncio
async def test_an_interrupted_job_resumes_and_creates_every_user_exactly_once(store) -> None:
    async with sandbox_client() as client:
        before = await email_counts(client)
        preview = parse_csv(csv_rows(40, "resume"), existing_emails=before)
        job = OnboardingJob(client, store, "Sandbox", preview.rows, concurrency=4, sleep=no_sleep)
        ten_done = asyncio.get_running_loop().create_future()

        def on_event(event: JobEvent) -> None:
            if event.counts[RowStatus.DONE] >= 10 and not ten_done.done():
                ten_done.set_result(None)

        job.subscribe(on_event)
        task = asyncio.create_task(job.run())
        await ten_done
        task.cancel()  # as if the app were killed mid-run
        with pytest.raises(asyncio.CancelledError):
            await task

        [unfinished] = await store.journal.unfinished("Sandbox")
        assert 10 <= unfinished.count(RowStatus.DONE) < 40
        resumed = await OnboardingJob.resume(
            store, unfinished.id, client=client, concurrency=4, sleep=no_sleep
        )
        counts = await resumed.run()

        assert counts[RowStatus.DONE] == 40 and resumed.all_done
        after = await email_counts(client)
        created = {e: n for e, n in after.items() if e.startswith("resume")}
        assert len(created) == 40 and set(created.values()) == {1}
        assert await store.journal.unfinished("Sandbox") == []
        assert all(r.booking_url and "/cal/" in r.booking_url for r in resumed.rows)


@pytest.mark.asyncio
@pytest.mark.soak
async def test_a_soak_of_200_rows_with_injected_faults_creates_every_user_exactly_once(
    store,
) -> None:
    faults = Faults(error_rate=0.10, rate_limit_rate=0.05, drop_rate=0.02, latency_ms=0, seed=7)
    async with sandbox_client(faults, max_retries=4) as client:
        preview = parse_csv(csv_rows(200))
        assert len(preview.runnable_rows) == 200
        job = OnboardingJob(client, store, "Sandbox", preview.rows, concurrency=8, sleep=no_sleep)
        counts = await job.run()
        rounds = 0
        while not job.all_done and rounds < 5:  # what a user does: "retry failed"
            rounds += 1
            counts = await job.retry_failed()
        print(
            f"soak: {counts[RowStatus.DONE]} done after {rounds} retry round(s), "
            f"{job.reconciler.listings} reconciliation listing(s)"
        )

        assert counts[RowStatus.DONE] == 200
        # Count with the faults off, so the check itself cannot fail on an injected error.
        client_counts = await _counts_without_faults(client)
        created = {e: n for e, n in client_counts.items() if e.startswith("soak")}
        assert len(created) == 200
        assert set(created.values()) == {1}, {e: n for e, n in created.items() if n > 1}
        mapping = {r.email.lower(): r.user_id for r in job.rows}
        assert len(set(mapping.values())) == 200


async def _counts_without_faults(client: MeetergoClient) -> Counter[str]:
    await set_faults(client, Faults())
    return await email_counts(client)


@pytest.mark.asyncio
async def test_the_account_service_works_against_the_sandbox(store) -> None:
    async with sandbox_client() as client:
        service = AccountService(client, store, "Sandbox")
        accounts = await service.refresh()
        assert len(accounts) >= 20 and all(a.email for a in accounts)
        created = await service.create(
            NewAccount(
                "neu.mandant@kanzlei.example",
                "Neu",
                "Mandant",
                "Europe/Vienna",
                slug="Neu Mandant Wien",
            )
        )
        assert created.booking_url is not None and "/cal/neu-mandant-wien/" in created.booking_url
        account = await service.rename(created.user_id, "Neue", "Mandantin")
        assert account.full_name == "Neue Mandantin"
        owner = accounts[0].user_id
        await service.delete(created.user_id, transfer_to=owner)
        refreshed = await service.refresh()
        assert created.user_id not in {a.user_id for a in refreshed}
        assert owner in {a.user_id for a in refreshed}
        assert [e.action for e in await store.audit.entries("Sandbox")] == [
            "delete",
            "rename",
            "create",
        ]
