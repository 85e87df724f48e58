"""The shared budget: one token bucket in a file for every console on the same key."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from console import paths
from console.api import MeetergoClient
from console.api._file_lock import locked_file
from console.api.shared_budget import SharedRateBudget, budget_file
from console.session import default_client_factory
from tests.api.conftest import API_KEY, PAT

pytestmark = pytest.mark.asyncio


class FakeTime:
    """A wall clock that moves only when someone sleeps on it."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def budgets(tmp_path, clock: FakeTime, n: int = 2, **figures: float) -> list[SharedRateBudget]:
    path = budget_file(tmp_path, API_KEY)
    return [SharedRateBudget(path, clock=clock, sleep=clock.sleep, **figures) for _ in range(n)]


async def test_two_budgets_on_one_file_share_the_burst(tmp_path):
    clock = FakeTime()
    first, second = budgets(tmp_path, clock, requests_per_minute=60, burst=10)
    for _ in range(5):
        await first.acquire()
        await second.acquire()
    assert clock.slept == []
    assert first.available() == pytest.approx(0.0) and second.available() == pytest.approx(0.0)
    # The eleventh token of the two together waits for the refill (1 a second).
    await first.acquire()
    assert clock.slept == [pytest.approx(1.0)]
    await second.acquire()
    assert sum(clock.slept) == pytest.approx(2.0)


async def test_in_one_process_it_allows_a_burst_of_200_then_100_a_minute(tmp_path):
    clock = FakeTime()
    (budget,) = budgets(tmp_path, clock, n=1)
    await asyncio.gather(*(budget.acquire() for _ in range(200)))
    assert clock.slept == []
    await budget.acquire()
    assert clock.slept == [pytest.approx(0.6)]


async def test_a_lock_held_by_another_process_is_waited_for_off_the_event_loop(tmp_path):
    clock = FakeTime()
    (budget,) = budgets(tmp_path, clock, n=1, requests_per_minute=60, burst=10)
    # A second open of the file is a lock holder of its own, as another process would be.
    with locked_file(budget.path):
        taking = asyncio.create_task(budget.acquire())
        turns = 0
        while turns < 50:  # the loop keeps turning while the take waits for the lock
            await asyncio.sleep(0)
            turns += 1
        assert not taking.done()
    await asyncio.wait_for(taking, timeout=10)
    assert budget.available() == pytest.approx(9.0)
    assert clock.slept == []


async def test_a_new_file_is_a_full_bucket_and_names_no_key(tmp_path):
    clock = FakeTime()
    (budget,) = budgets(tmp_path, clock, n=1)
    assert budget.available() == 200
    await budget.acquire()
    files = list(tmp_path.iterdir())
    assert files == [budget.path]
    for key in (API_KEY, API_KEY.split(":")[-1]):
        assert key not in budget.path.name
        assert key.encode() not in budget.path.read_bytes()
    assert budget_file(tmp_path, PAT) != budget.path


async def test_an_unreadable_file_counts_as_an_empty_bucket(tmp_path):
    # A process killed while writing must not hand everyone a second burst.
    clock = FakeTime()
    (budget,) = budgets(tmp_path, clock, n=1, requests_per_minute=60, burst=10)
    budget.path.write_bytes(b"garbage")
    await budget.acquire()
    assert clock.slept == [pytest.approx(1.0)]


async def test_a_clock_set_back_does_not_stop_the_refill(tmp_path):
    clock = FakeTime()
    (budget,) = budgets(tmp_path, clock, n=1, requests_per_minute=60, burst=2)
    await budget.acquire()
    await budget.acquire()
    clock.now -= 3600  # the wall clock jumped back an hour
    await budget.acquire()
    assert clock.slept == [pytest.approx(1.0)]


async def test_the_consoles_clients_share_their_budget_in_the_state_folder():
    client = default_client_factory("https://api.meetergo.test", API_KEY)
    other = default_client_factory("https://api.meetergo.test", API_KEY)
    budget = client.rate_budget
    assert isinstance(budget, SharedRateBudget)
    assert isinstance(other.rate_budget, SharedRateBudget)
    assert budget.path == other.rate_budget.path == budget_file(paths.budget_dir(), API_KEY)
    assert (budget.rate_per_second * 60, budget.burst) == (100, 200)
    assert not isinstance(MeetergoClient(API_KEY).rate_budget, SharedRateBudget)


async def test_an_unusable_state_folder_falls_back_to_a_budget_of_this_process(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    clock = FakeTime()
    budget = SharedRateBudget(budget_file(blocker, API_KEY), 60, 2, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        await budget.acquire()
    assert clock.slept == [pytest.approx(1.0)]
    warnings = [r for r in caplog.records if "budget file" in r.getMessage()]
    assert len(warnings) == 1  # said once, not per request


async def test_a_state_folder_removed_while_running_is_made_again(tmp_path, caplog):
    clock = FakeTime()
    path = budget_file(tmp_path / "state", API_KEY)
    budget = SharedRateBudget(path, 60, 10, clock=clock, sleep=clock.sleep)
    await budget.acquire()
    assert path.exists()
    shutil.rmtree(tmp_path / "state")
    await budget.acquire()
    assert path.exists()  # the tokens are counted in the file again, not in this process only
    assert not [r for r in caplog.records if "budget file" in r.getMessage()]
