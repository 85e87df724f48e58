"""Benchmark: two console processes on one key, their combined rate against the server's limit.

Two processes send 100 GETs each against ``sandbox serve --rate-limit 600 --burst 20`` (10 a
second), both clients configured with the server's figures. Targets: no 429 at all, and the two
together no faster than the limit allows: at most the burst plus 10 a second of the run.
"""

from __future__ import annotations

import pytest

from console.sandbox.child import sandbox_server
from tests.api.budget_worker import run_consoles

pytestmark = [pytest.mark.bench, pytest.mark.asyncio, pytest.mark.timeout(180)]

PER_MINUTE = 600
BURST = 20
CLIENT_BURST = 18
COUNT = 100


async def test_two_consoles_together_stay_within_the_limit_of_their_key():
    async with sandbox_server("--rate-limit", str(PER_MINUTE), "--burst", str(BURST)) as sandbox:
        results = await run_consoles(
            sandbox.base_url,
            sandbox.api_key,
            processes=2,
            count=COUNT,
            per_minute=PER_MINUTE,
            burst=CLIENT_BURST,
        )
    answered = sum(sum(r["statuses"].values()) for r in results)
    refused = sum(r["statuses"].get("429", 0) for r in results)
    seconds = max(float(r["seconds"]) for r in results)
    allowed = CLIENT_BURST + PER_MINUTE / 60 * seconds
    sustained = (answered - CLIENT_BURST) / seconds
    print(
        f"\n2 consoles × {COUNT} GETs: {answered} answers in {seconds:.1f} s, {refused} × 429; "
        f"sustained {sustained:.2f}/s after the burst (limit {PER_MINUTE / 60:.2f}/s); "
        f"the limit allowed {allowed:.0f} in that time"
    )
    assert refused == 0
    assert answered == 2 * COUNT
    assert answered <= allowed + 1
