"""``/webhooks`` at the host root: what each call sends and reads."""

from __future__ import annotations

import pytest

from tests.api.conftest import BASE, body_of
from tests.api.resources.samples import WEBHOOK, assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_webhooks_live_at_the_host_root(client, respx_mock):
    route = respx_mock.get("/webhooks").respond(200, json=[WEBHOOK])
    hooks = await client.webhooks.list()
    assert route.calls.last.request.url.path == "/webhooks"
    assert hooks[0].event_types == ["booking_created", "booking_cancelled"]


async def test_webhook_create(client, respx_mock):
    route = respx_mock.post("/webhooks").respond(201, json=WEBHOOK)
    hook = await client.acting_as("u1").webhooks.create(
        "https://agency.example/hooks/meetergo", ["booking_created"], "bookings"
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "endpoint": "https://agency.example/hooks/meetergo",
        "eventTypes": ["booking_created"],
        "description": "bookings",
    }
    assert hook.id == "w1"


async def test_webhook_update_replaces_event_types(client, respx_mock):
    route = respx_mock.patch("/webhooks/w1").respond(200, json=WEBHOOK)
    await client.webhooks.update("w1", event_types=["booking_rescheduled"])
    assert body_of(route.calls.last.request) == {"eventTypes": ["booking_rescheduled"]}


async def test_webhook_delete(client, respx_mock):
    route = respx_mock.delete("/webhooks/w1").respond(204)
    await client.webhooks.delete("w1")
    assert route.call_count == 1
