"""Two console processes on one key stay inside the server's limit together.

Against a real ``sandbox serve`` with its rate limit on: two processes send 300 GETs each, both
configured with the server's figures. Each client alone would allow itself the whole rate, twice
the server's together, and the server answered 429 to about half; sharing the budget, none is
refused. (The figures are faster than meetergo's 100 a minute so the test takes seconds.)
"""

from __future__ import annotations

import pytest

from console.sandbox.child import sandbox_server
from tests.api.budget_worker import run_consoles

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(120)]

SERVER_PER_MINUTE = 6000  # 100 a second
SERVER_BURST = 60
CLIENT_BURST = 55  # a few under the server's, for the first request's travel time


async def test_two_processes_on_one_key_get_no_429_from_a_rate_limited_server():
    async with sandbox_server(
        "--rate-limit", str(SERVER_PER_MINUTE), "--burst", str(SERVER_BURST)
    ) as sandbox:
        results = await run_consoles(
            sandbox.base_url,
            sandbox.api_key,
            processes=2,
            count=300,
            per_minute=SERVER_PER_MINUTE,
            burst=CLIENT_BURST,
        )
    for result in results:
        assert result["failures"] == {}
        assert result["statuses"] == {"200": 300}  # every GET answered at once, none refused
