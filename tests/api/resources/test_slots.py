"""``GET /v4/booking-availability``: the query sent and the slots read."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.api.conftest import ACTING, BASE

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_slots_list_repeats_host_ids_and_reads_dates_spots(client, respx_mock):
    route = respx_mock.get("/v4/booking-availability").respond(
        200,
        json={
            "timezone": "Europe/Berlin",
            "timeframes": [],
            "dates": [{"date": "2026-03-02", "spots": [{"startTime": "2026-03-02T09:00:00.000Z"}]}],
        },
    )
    slots = await client.slots.list(
        "mt1", date(2026, 3, 2), date(2026, 3, 9), host_ids=["u1", "u2"], timezone="Europe/Berlin"
    )
    request = route.calls.last.request
    assert request.url.params.get_list("hostIds") == ["u1", "u2"]
    assert request.url.params["meetingTypeId"] == "mt1"
    assert (request.url.params["start"], request.url.params["end"]) == ("2026-03-02", "2026-03-09")
    assert request.url.params["timezone"] == "Europe/Berlin"
    assert ACTING not in request.headers
    assert slots.starts() == [datetime(2026, 3, 2, 9, 0, tzinfo=UTC)]
