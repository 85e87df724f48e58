"""The journal core across real processes: a change set killed with SIGKILL and resumed in a
new process, two processes on one onboarding job, and a job living through a sandbox restart."""

from __future__ import annotations

import asyncio
import json
import signal
from collections import Counter
from pathlib import Path

import httpx
import pytest

from console.api import MeetergoClient
from console.jobs.csv_import import parse_csv
from console.jobs.onboarding import JobEvent, OnboardingJob
from console.store import RowStatus, Store
from tests.jobs.processes import console, counting_proxy, sandbox_serve
from tests.jobs.sandbox_helpers import csv_rows


def _seed(base_url: str, key: str, n: int, prefix: str) -> list[str]:
    emails = [f"{prefix}{i:03d}@kanzlei.example" for i in range(n)]
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}) as http:
        for email in emails:
            answer = http.post(
                "/v4/user",
                json={
                    "email": email,
                    "givenName": "Anna",
                    "familyName": "Muster",
                    "timezone": "Europe/Berlin",
                    "meetingType": {"name": "Erstberatung", "duration": 30},
                },
            )
            assert answer.status_code == 201, answer.text
    return emails


def test_a_change_set_killed_mid_apply_is_resumed_applying_each_write_exactly_once(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    with sandbox_serve(tmp_path / "sandbox", "--rate-limit", "off", "--latency-ms", "30") as box:
        emails = _seed(box.base_url, box.key, 30, "kill")
        with counting_proxy(box.base_url) as proxy:
            reached = proxy.after_writes(8)
            apply = console(
                home,
                proxy.base_url,
                box.key,
                "meeting-types",
                "set",
                "--accounts",
                ",".join(emails),
                "--match",
                "Erstberatung",
                "--set",
                "duration=50",
            )
            assert reached.wait(60), apply.communicate(timeout=5)
            apply.send_signal(signal.SIGKILL)
            apply.communicate(timeout=30)
            assert apply.returncode == -signal.SIGKILL
            before_resume = sum(proxy.writes.values())
            assert 8 <= before_resume < 30

            listing = console(home, proxy.base_url, box.key, "changes", "list", "--json")
            out, err = listing.communicate(timeout=60)
            assert listing.returncode == 0, err
            [killed] = json.loads(out)["change_sets"]
            assert killed["state"] == "applying"

            resume = console(
                home, proxy.base_url, box.key, "changes", "resume", killed["id"], "--json"
            )
            out, err = resume.communicate(timeout=120)
            assert resume.returncode == 0, err
            result = json.loads(out)
            assert result["state"] == "done" and result["counts"]["done"] == 30
            patches = Counter(
                {path: n for (method, path), n in proxy.writes.items() if method == "PATCH"}
            )
            assert len(patches) == 30 and set(patches.values()) == {1}
        with httpx.Client(
            base_url=box.base_url, headers={"Authorization": f"Bearer {box.key}"}
        ) as http:
            for op in result["operations"]:
                got = http.get(
                    f"/v4/meeting-type/{op['resource_id']}",
                    headers={"x-meetergo-api-user-id": op["account_id"]},
                ).json()
                assert got["meetingInfo"]["duration"] == 50


def test_a_second_process_on_the_same_job_is_refused_naming_the_first(tmp_path: Path) -> None:
    home = tmp_path / "home"
    source = tmp_path / "users.csv"
    source.write_bytes(csv_rows(60, prefix="twice"))
    with (
        sandbox_serve(tmp_path / "sandbox", "--rate-limit", "off", "--latency-ms", "120") as box,
        counting_proxy(box.base_url) as proxy,
    ):
        started = proxy.after_writes(3)
        first = console(home, proxy.base_url, box.key, "onboard", str(source), "--concurrency", "1")
        assert started.wait(60), first.communicate(timeout=5)
        second = console(home, proxy.base_url, box.key, "onboard", str(source))
        out, err = second.communicate(timeout=120)
        assert second.returncode == 1, (out, err)
        assert "Continuing the unfinished job" in out
        assert "being run by another process" in err and f"pid {first.pid} " in err
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        assert proxy.writes["POST", "/v4/user"] == 60  # each account created once


@pytest.mark.asyncio
async def test_rows_pause_through_a_sandbox_restart_and_none_fails(tmp_path: Path) -> None:
    with sandbox_serve(tmp_path / "sandbox", "--rate-limit", "off", "--latency-ms", "20") as box:
        store = Store.open(tmp_path / "console.sqlite3")
        async with MeetergoClient(box.key, box.base_url) as client:
            rows = parse_csv(csv_rows(60, prefix="outage")).rows
            job = OnboardingJob(client, store, "Sandbox", rows, concurrency=4)
            ten_done = asyncio.Event()
            waiting = asyncio.Event()

            def watch(event: JobEvent) -> None:
                if event.counts[RowStatus.DONE] >= 10:
                    ten_done.set()
                if event.waiting_until is not None:
                    waiting.set()

            job.subscribe(watch)
            run = asyncio.create_task(job.run())
            await ten_done.wait()
            await asyncio.to_thread(box.stop)  # the server goes away mid-job
            await waiting.wait()  # the job pauses with a countdown instead of failing rows
            assert job.counts()[RowStatus.FAILED] == 0
            await asyncio.to_thread(box.start)  # back on the same port with the same data
            counts = await run
            assert counts[RowStatus.DONE] == 60 and counts[RowStatus.FAILED] == 0
            emails: Counter[str] = Counter()
            async for user in client.users.list():
                if user.email and user.email.startswith("outage"):
                    emails[user.email] += 1
            assert len(emails) == 60 and set(emails.values()) == {1}
        await store.close()
