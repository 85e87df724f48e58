"""Benchmark: where the booking-availability route spends its time (cProfile, in-process).

Prints the share of the route's time spent formatting timestamps (the ISO texts of starts and
ends, and the dates that group them) and asserts it stays under 20 %; it was 42 % when every
instant went through ``strftime``. Run with ``uv run pytest -m bench -s`` to see the figures.
"""

from __future__ import annotations

import cProfile
import pstats
from typing import Any

import pytest

from console.sandbox.routes.bookings import booking_availability
from tests.sandbox.conftest import client_for, make_app, pro_ids, shutdown

REQUESTS = 300
TARGET_SHARE = 0.20
FORMATTERS = (
    "iso",
    "<method 'isoformat' of 'datetime.date' objects>",
    "<method 'strftime' of 'datetime.date' objects>",
)


def _cumulative(stats: pstats.Stats, function: str) -> float:
    # pstats keeps (calls, primitive calls, own time, cumulative time, callers) per function.
    table: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    return sum(float(entry[3]) for (_, _, name), entry in table.items() if name == function)


@pytest.mark.bench
@pytest.mark.asyncio
async def test_slot_listing_spends_under_a_fifth_of_its_time_formatting() -> None:
    app = make_app()
    try:
        async with client_for(app, app.state.sandbox.demo_api_key) as owner:
            pro = (await pro_ids(owner))[0]
            mt_id = (await owner.get(f"/v4/user/{pro}")).json()["meetingTypeIds"][0]
            params = {
                "meetingTypeId": mt_id,
                "hostIds": pro,
                "start": "2026-03-03",
                "end": "2026-03-16",
            }
            first = await owner.get("/v4/booking-availability", params=params)
            assert len(first.json()["availableSlots"]) > 50
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(REQUESTS):
                await owner.get("/v4/booking-availability", params=params)
            profile.disable()
    finally:
        await shutdown(app)
    stats = pstats.Stats(profile)
    route = _cumulative(stats, booking_availability.__name__)
    formatting = sum(_cumulative(stats, name) for name in FORMATTERS)
    share = formatting / route
    print(
        f"\nbooking-availability, 14 days: {route / REQUESTS * 1000:.2f} ms per request"
        f" under cProfile, {share:.0%} formatting timestamps"
    )
    assert share < TARGET_SHARE
