"""Benchmark: 100,000 accounts in the fleet table — load, one filter keystroke, a paged refresh.

Targets: ``set_accounts`` of 100,000 < 300 ms, one keystroke < 30 ms; a refresh that brings
the 100,000 accounts in pages of 100 through the real presenter finishes in < 2 s with no page
blocking the event loop > 16 ms, and the table grows the process by < 1.5 KiB per account.
Measured with the window shown (table and account list attached), including the repaint,
because that is what a user waits for. Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from console.asyncqt import TaskRunner, signal_future
from console.messages import MessageBus
from console.store import CachedAccount
from console.ui.accounts.model import AccountRow
from console.ui.accounts.presenter import AccountsPresenter
from console.ui.selection import Selection
from console.ui.wiring import build_views
from tests.qt_harness import qloop  # noqa: F401 - the qasync loop harness

N = 100_000
PAGE = 100
HEARTBEAT_MS = 5
GIVEN = ["Anna", "Jörg", "Mia", "Lukas", "Sophie", "Felix", "Emma", "Paul", "Lea", "Noah"]
FAMILY = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"]
ZONES = ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London", "America/New_York"]


def fleet() -> list[AccountRow]:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(N):
        given = GIVEN[i % len(GIVEN)]
        family = f"{FAMILY[(i // 10) % len(FAMILY)]}{i}"
        slug = f"{given.lower()}-{family.lower()}"
        rows.append(
            AccountRow(
                id=f"user-{i:05d}",
                email=f"{slug}@agency{i % 50}.example",
                given_name=given,
                family_name=family,
                slug=slug,
                timezone=ZONES[i % len(ZONES)],
                meeting_type_count=i % 6,
                booking_url=f"https://cal.meetergo.com/{slug}",
                created_at=start + timedelta(hours=i),
            )
        )
    return rows


@pytest.mark.bench
def test_a_hundred_thousand_accounts_load_and_filter_within_the_targets(qtbot, qapp: QApplication):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.allow_close()
    window.show()
    qtbot.waitExposed(window)
    rows = fleet()

    loads = []
    for _ in range(3):
        window.accounts_model.set_accounts([])
        qapp.processEvents()
        t0 = time.perf_counter()
        window.accounts_model.set_accounts(rows)  # sorted by name, as the table shows it
        qapp.processEvents()
        loads.append((time.perf_counter() - t0) * 1000)
    assert window.accounts_proxy.rowCount() == N

    keystrokes = []
    for needle in ("m", "mü", "anna", "berlin", "4711", "x"):
        window.search_edit.clear()
        qapp.processEvents()
        t0 = time.perf_counter()
        window.search_edit.setText(needle)  # one keystroke's worth of work: filter + repaint
        qapp.processEvents()
        keystrokes.append((time.perf_counter() - t0) * 1000)
    window.search_edit.setText("mül")
    assert 0 < window.accounts_proxy.rowCount() < N

    load_ms = statistics.median(loads)
    key_ms = statistics.median(keystrokes)
    runs = ", ".join(f"{x:.0f}" for x in loads)
    print(
        f"\n100k accounts: set_accounts median {load_ms:.1f} ms (runs {runs}),"
        f" filter keystroke median {key_ms:.1f} ms, worst {max(keystrokes):.1f} ms"
        f" (targets < 300 ms, < 30 ms)"
    )
    assert load_ms < 300
    assert key_ms < 30


def cached_fleet() -> list[CachedAccount]:
    fetched = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        CachedAccount(
            user_id=r.id,
            email=r.email,
            given_name=r.given_name,
            family_name=r.family_name,
            slug=r.slug,
            timezone=r.timezone,
            meeting_type_count=r.meeting_type_count,
            booking_url=r.booking_url,
            created_at=r.created_at,
            fetched_at=fetched,
        )
        for r in fleet()
    ]


class PagedService:
    """Answers like ``AccountService.refresh``: the server's accounts page by page, handing each
    page to ``on_page`` and yielding to the loop in between, as the HTTP walk does."""

    def __init__(self, server: list[CachedAccount]) -> None:
        self.server = server
        self.page_ms: list[float] = []

    async def cached(self) -> list[CachedAccount]:
        return []

    async def refresh(self, on_progress=None, *, on_page=None) -> list[CachedAccount]:
        for start in range(0, len(self.server), PAGE):
            await asyncio.sleep(0)
            page = self.server[start : start + PAGE]
            t0 = time.perf_counter()
            on_page(page, start + len(page), len(self.server))
            self.page_ms.append((time.perf_counter() - t0) * 1000)
        return list(self.server)

    async def create(self, new):
        raise NotImplementedError

    async def rename(self, user_id, given_name, family_name):
        raise NotImplementedError

    async def change_slug(self, user_id, slug):
        raise NotImplementedError

    async def delete(self, user_id, transfer_to=None):
        raise NotImplementedError


def rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


@pytest.mark.bench
def test_a_paged_refresh_of_a_hundred_thousand_accounts_is_linear(qtbot, qloop):  # noqa: F811
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.allow_close()
    window.show()
    qtbot.waitExposed(window)
    bus = MessageBus()
    runner = TaskRunner(bus)
    service = PagedService(cached_fleet())
    presenter = AccountsPresenter(
        views.accounts_tab,
        window.accounts_model,
        selection=Selection(),
        service=service,
        runner=runner,
    )
    lateness: list[float] = []
    last = [0.0]

    def on_tick() -> None:
        now = time.perf_counter()
        lateness.append(max(0.0, (now - last[0]) * 1000 - HEARTBEAT_MS))
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(on_tick)

    async def scenario() -> float:
        loaded = signal_future(presenter.loaded)
        last[0] = time.perf_counter()
        heartbeat.start()
        t0 = time.perf_counter()
        presenter.refresh()
        await asyncio.wait_for(loaded, 60)
        elapsed = time.perf_counter() - t0
        heartbeat.stop()
        return elapsed

    # The fake server's 100,000 records stand for another process's memory: frozen, so the
    # collector's passes scan only what the console itself allocates while the pages land.
    gc.collect()
    gc.freeze()
    before = rss_kib()
    gc_ms: list[float] = []
    gc_start = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_start[0] = time.perf_counter()
        else:
            gc_ms.append((time.perf_counter() - gc_start[0]) * 1000)

    gc.callbacks.append(on_gc)
    try:
        elapsed = qloop.run_until_complete(scenario())
    finally:
        gc.callbacks.remove(on_gc)
        gc.unfreeze()
    gc.collect()
    growth = (rss_kib() - before) * 1024 / N
    assert window.accounts_proxy.rowCount() == N
    names = [window.accounts_proxy.index(r, 0).data() for r in range(0, N, N // 100)]
    assert names == sorted(names, key=str.casefold)  # sorted in as the pages came
    worst_page = max(service.page_ms)
    worst_stall = max(lateness)
    print(
        f"\n100k accounts in pages of {PAGE}: refresh {elapsed:.2f} s, slowest page"
        f" {worst_page:.1f} ms in the model, loop lateness max {worst_stall:.1f} ms,"
        f" p99 {sorted(lateness)[int(0.99 * len(lateness))]:.1f} ms; RSS growth"
        f" {growth:.0f} B per account (targets < 2 s, < 16 ms, < 1536 B); garbage collector"
        f" {len(gc_ms)} runs, {sum(gc_ms):.0f} ms, longest {max(gc_ms, default=0):.1f} ms"
    )
    assert elapsed < 2.0
    assert worst_page < 16
    assert worst_stall < 16
    assert growth < 1536
