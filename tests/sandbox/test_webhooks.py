"""Webhook registration (host root, max 6) and delivery to a receiver on 127.0.0.1."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import client_for, make_app, shutdown
from tests.sandbox.receiver import Receiver

HOOK = {"endpoint": "https://example.com/hook", "eventTypes": ["booking_created"]}


@pytest.mark.asyncio
async def test_webhooks_are_listed_updated_and_deleted_at_the_host_root(owner):
    created = await owner.post("/webhooks", json={**HOOK, "description": "CRM"})
    assert created.status_code == 201
    hook = created.json()
    assert set(hook) >= {"id", "endpoint", "description", "eventTypes", "companyId", "createdAt"}
    assert [h["id"] for h in (await owner.get("/webhooks")).json()] == [hook["id"]]
    patched = await owner.patch(
        f"/webhooks/{hook['id']}", json={"eventTypes": ["booking_cancelled", "new_employee"]}
    )
    assert patched.json()["eventTypes"] == ["booking_cancelled", "new_employee"]
    assert patched.json()["endpoint"] == HOOK["endpoint"]
    deleted = await owner.delete(f"/webhooks/{hook['id']}")
    assert deleted.status_code == 200
    assert (await owner.get("/webhooks")).json() == []
    assert (await owner.delete(f"/webhooks/{hook['id']}")).status_code == 404


@pytest.mark.asyncio
async def test_the_seventh_webhook_is_not_acceptable(owner):
    for n in range(6):
        assert (
            await owner.post("/webhooks", json={**HOOK, "description": str(n)})
        ).status_code == 201
    seventh = await owner.post("/webhooks", json=HOOK)
    assert seventh.status_code == 406
    assert seventh.json()["error"] == "Not Acceptable"


@pytest.mark.asyncio
async def test_webhook_bodies_are_validated(owner):
    response = await owner.post("/webhooks", json={"endpoint": "ftp://x", "eventTypes": ["nope"]})
    assert response.status_code == 400
    assert len(response.json()["message"]) == 2
    empty = await owner.post("/webhooks", json={"endpoint": "https://x.example"})
    assert empty.json()["message"] == ["eventTypes should not be empty"]


@pytest.mark.asyncio
async def test_a_new_employee_is_delivered_as_a_flat_webhook_type_payload(owner):
    async with Receiver() as receiver:
        await owner.post(
            "/webhooks", json={"endpoint": receiver.url, "eventTypes": ["new_employee"]}
        )
        created = (
            await owner.post(
                "/v4/user",
                json={
                    "email": "neu@example.com",
                    "givenName": "Nina",
                    "familyName": "Neu",
                    "timezone": "Europe/Berlin",
                },
            )
        ).json()
        [payload] = await receiver.wait_for(1)
    assert payload["webhookType"] == "new_employee"
    assert payload["id"] == created["userId"]
    assert payload["email"] == "neu@example.com"


@pytest.mark.asyncio
async def test_a_failed_delivery_is_retried_until_the_receiver_accepts_it():
    app = make_app(webhook_backoff=(0.01, 0.01, 0.01))
    try:
        async with (
            client_for(app, app.state.sandbox.demo_api_key) as owner,
            Receiver(statuses=[500, 503]) as receiver,
        ):
            await owner.post(
                "/webhooks", json={"endpoint": receiver.url, "eventTypes": ["new_employee"]}
            )
            await owner.post(
                "/v4/user",
                json={
                    "email": "r@example.com",
                    "givenName": "Re",
                    "familyName": "Try",
                    "timezone": "UTC",
                },
            )
            [payload] = await receiver.wait_for(1)
            assert payload["webhookType"] == "new_employee"
            assert receiver.attempts == 3
    finally:
        await shutdown(app)


@pytest.mark.asyncio
async def test_events_go_only_to_endpoints_subscribed_to_them(owner):
    async with Receiver() as wanted, Receiver() as unwanted:
        await owner.post(
            "/webhooks", json={"endpoint": unwanted.url, "eventTypes": ["booking_created"]}
        )
        await owner.post("/webhooks", json={"endpoint": wanted.url, "eventTypes": ["new_employee"]})
        await owner.post(
            "/v4/user",
            json={
                "email": "o@example.com",
                "givenName": "On",
                "familyName": "Ly",
                "timezone": "UTC",
            },
        )
        await wanted.wait_for(1)
        await owner.post(
            "/webhooks", json={"endpoint": unwanted.url, "eventTypes": ["new_employee"]}
        )
        await owner.post(
            "/v4/user",
            json={
                "email": "p@example.com",
                "givenName": "Pa",
                "familyName": "Ul",
                "timezone": "UTC",
            },
        )
        [second] = await unwanted.wait_for(1)
    # The first user's event never went to the booking-only endpoint.
    assert second["email"] == "p@example.com"
