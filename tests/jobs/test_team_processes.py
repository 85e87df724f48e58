"""Two consoles on one shared PostgreSQL store (real processes, each its own home folder as if
on another machine): an interrupted change set is resumed by exactly one of them."""

from __future__ import annotations

import json
import signal
import subprocess
import threading
from collections import Counter
from pathlib import Path

from tests.jobs.processes import console, counting_proxy, sandbox_serve
from tests.jobs.sandbox_helpers import csv_rows
from tests.jobs.test_journal_processes import _seed


def _first_to_exit(*processes: subprocess.Popen[str]) -> int:
    """Wait until one of ``processes`` exits; its index. (They write little until then.)"""
    finished = threading.Event()
    order: list[int] = []

    def wait(i: int, process: subprocess.Popen[str]) -> None:
        process.wait(timeout=180)
        order.append(i)
        finished.set()

    for i, process in enumerate(processes):
        threading.Thread(target=wait, args=(i, process), daemon=True).start()
    assert finished.wait(180)
    return order[0]


def test_two_consoles_resuming_one_interrupted_change_set_leave_it_to_exactly_one(
    tmp_path: Path, postgres_url: str
) -> None:
    store = ("--store", postgres_url)
    with sandbox_serve(tmp_path / "sandbox", "--rate-limit", "off", "--latency-ms", "30") as box:
        emails = _seed(box.base_url, box.key, 30, "team")
        with counting_proxy(box.base_url) as proxy:
            reached = proxy.after_writes(8)
            apply = console(
                tmp_path / "anna",
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
                *store,
            )
            assert reached.wait(60), apply.communicate(timeout=5)
            apply.send_signal(signal.SIGKILL)
            apply.communicate(timeout=30)

            # Bob sees Anna's interrupted change set: the store is shared.
            listing = console(
                tmp_path / "bob", proxy.base_url, box.key, "changes", "list", "--json", *store
            )
            out, err = listing.communicate(timeout=60)
            assert listing.returncode == 0, err
            [killed] = json.loads(out)["change_sets"]
            assert killed["state"] == "applying"

            # Writes wait at the proxy, so whoever claims first is still working when the
            # other tries: the second must be refused, whichever it is.
            proxy.gate = threading.Event()
            resumers = [
                console(
                    tmp_path / name,
                    proxy.base_url,
                    box.key,
                    "changes",
                    "resume",
                    killed["id"],
                    "--json",
                    *store,
                )
                for name in ("bob", "carla")
            ]
            refused = _first_to_exit(*resumers)
            out, err = resumers[refused].communicate(timeout=30)
            assert resumers[refused].returncode == 1, (out, err)
            assert "being run by another process" in err
            proxy.gate.set()
            winner = resumers[1 - refused]
            out, err = winner.communicate(timeout=180)
            assert winner.returncode == 0, err
            result = json.loads(out)
            assert result["state"] == "done" and result["counts"]["done"] == 30
            patches = Counter(
                {path: n for (method, path), n in proxy.writes.items() if method == "PATCH"}
            )
            assert len(patches) == 30 and set(patches.values()) == {1}


SERVER_PER_MINUTE = 600  # 10 a second, so the test takes seconds, not minutes
# Room for the sandbox stalling a few seconds on a loaded machine: the requests queued meanwhile
# reach its bucket at once, while its refill stops at the burst.
SERVER_BURST = 40
# Under the server's figures: a request reaches the server a little after its token was taken
# (the proxy in between, a loaded machine), and the others' tokens may catch up with it there.
TEAM_PER_MINUTE = 540
TEAM_BURST = 10


def test_three_consoles_onboarding_at_once_share_one_budget_and_get_no_429(
    tmp_path: Path, postgres_url: str
) -> None:
    import asyncio

    from console.api.shared_budget import key_digest
    from console.store import Store

    with sandbox_serve(
        tmp_path / "sandbox", "--rate-limit", str(SERVER_PER_MINUTE), "--burst", str(SERVER_BURST)
    ) as box:

        async def configure() -> None:
            store = Store.open(postgres_url)
            await store.budgets.configure(
                key_digest(box.key), per_minute=TEAM_PER_MINUTE, burst=TEAM_BURST
            )
            await store.close()

        asyncio.run(configure())
        with counting_proxy(box.base_url) as proxy:
            onboardings = []
            for name in ("anna", "bob", "carla"):
                source = tmp_path / f"{name}.csv"
                source.write_bytes(csv_rows(40, prefix=name))
                onboardings.append(
                    console(
                        tmp_path / name,
                        proxy.base_url,
                        box.key,
                        "onboard",
                        str(source),
                        "--store",
                        postgres_url,
                    )
                )
            for process in onboardings:
                out, err = process.communicate(timeout=180)
                assert process.returncode == 0, (out, err)
                assert "40 done, 0 failed" in out
            answers = sorted(proxy.answers)
    statuses = Counter(status for _, status in answers)
    assert statuses[429] == 0, statuses
    assert proxy.writes["POST", "/v4/user"] == 120
    # Within the limit: no stretch of time saw more than the burst plus what flowed in.
    times = [at for at, _ in answers]
    rate = SERVER_PER_MINUTE / 60
    for i, start in enumerate(times):
        for j in range(i, len(times)):
            assert j - i + 1 <= SERVER_BURST + (times[j] - start) * rate + 1
    # The work was several bursts' worth: each console on its own budget would have sent its
    # rows at the whole rate, three times the server's together.
    assert len(times) > 3 * SERVER_BURST
