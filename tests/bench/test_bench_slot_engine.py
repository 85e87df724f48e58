"""Benchmark: slot computation for one user over a 60-day window (the sandbox does this per
booking-availability request and per booking). Prints the figures; run with -s to see them.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import UTC, datetime, timedelta

import pytest

from console.scheduling.schedule import PRESETS
from console.scheduling.slots import Booked, DateOverride, SlotRules, compute_slots

START = datetime(2026, 3, 2, tzinfo=UTC)  # the window crosses Berlin's spring-forward day
DAYS = 60


def _busy_calendar(count: int) -> list[Booked]:
    rng = random.Random(7)
    booked = []
    for _ in range(count):
        start = START + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(6, 17) * 60)
        booked.append(Booked(start, start + timedelta(minutes=rng.choice([30, 45, 60]))))
    return booked


@pytest.mark.bench
def test_sixty_days_of_slots_for_one_user_compute_in_a_few_milliseconds() -> None:
    booked = _busy_calendar(400)
    overrides = [
        DateOverride(START + timedelta(days=d), START + timedelta(days=d + 1), available=False)
        for d in (10, 24, 40)
    ] + [
        DateOverride(
            START + timedelta(days=13, hours=9),
            START + timedelta(days=13, hours=13),
            available=True,
        )
    ]
    rules = SlotRules(duration=30, buffer_before=10, buffer_after=10, interval=15)

    def run() -> list[datetime]:
        return compute_slots(
            PRESETS["weekdays_8_12_13_17"],
            "Europe/Berlin",
            rules,
            window_start=START,
            window_end=START + timedelta(days=DAYS),
            now=START - timedelta(days=1),
            overrides=overrides,
            booked=booked,
        )

    slots = run()
    timings = []
    for _ in range(30):
        began = time.perf_counter()
        run()
        timings.append((time.perf_counter() - began) * 1000)
    median, worst = statistics.median(timings), max(timings)
    print(
        f"\nslot engine, {DAYS} days, {len(booked)} bookings, {len(slots)} slots offered: "
        f"median {median:.2f} ms, max {worst:.2f} ms over {len(timings)} runs"
    )
    assert slots  # the calendar is busy, not full
    # Target "a few ms"; the bound is loose because the machine is shared with other runs.
    assert median < 50
