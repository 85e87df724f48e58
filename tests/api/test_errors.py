"""Every documented status becomes its own error class with method, URL and server message."""

from __future__ import annotations

import httpx
import pytest

from console.api.errors import (
    ApiStatusError,
    AuthenticationError,
    BadRequest,
    Conflict,
    LimitReached,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from tests.api.conftest import BASE, error_body

pytestmark = pytest.mark.respx(base_url=BASE, assert_all_called=True)


@pytest.mark.parametrize(
    ("status", "cls", "message"),
    [
        (
            400,
            BadRequest,
            "Missing required header 'x-meetergo-api-user-id' for API key authentication",
        ),
        (401, AuthenticationError, "API key has expired"),
        (403, PermissionDenied, "Not authorized to delete this meeting type"),
        (404, NotFound, "Meeting type not found"),
        (406, LimitReached, "Maximum number of webhooks reached"),
        (409, Conflict, "Slug already exists"),
        (429, RateLimited, "Too Many Requests"),
        (500, ServerError, "Internal server error"),
        (502, ServerError, "Bad Gateway"),
        (503, ServerError, "Service Unavailable"),
    ],
)
@pytest.mark.asyncio
async def test_each_status_maps_to_its_error_class(client, respx_mock, status, cls, message):
    respx_mock.delete("/webhooks/w1").respond(status, json=error_body(status, message, "Reason"))
    with pytest.raises(cls) as caught:
        await client.webhooks.delete("w1")
    err = caught.value
    assert isinstance(err, ApiStatusError)
    assert err.status_code == status
    assert err.method == "DELETE"
    assert err.url == f"{BASE}/webhooks/w1"
    assert err.message == message
    assert f"DELETE {BASE}/webhooks/w1" in str(err) and str(status) in str(err)


@pytest.mark.asyncio
async def test_a_validation_list_message_is_joined_readably(client, respx_mock):
    respx_mock.patch("/v4/user/u1").respond(
        400,
        json=error_body(
            400,
            ["slug must be longer than or equal to 5 characters", "givenName must be a string"],
            "Bad Request",
        ),
    )
    with pytest.raises(BadRequest) as caught:
        await client.users.update("u1", slug="abc")
    assert caught.value.message == (
        "slug must be longer than or equal to 5 characters; givenName must be a string"
    )
    assert caught.value.body["statusCode"] == 400


@pytest.mark.asyncio
async def test_a_conflict_keeps_the_body_so_shared_availability_can_be_shown(client, respx_mock):
    body = {
        "statusCode": 409,
        "message": "Availability is shared",
        "sharedWith": [{"id": "m2", "slug": "x"}],
    }
    respx_mock.delete("/v4/meeting-type/m1").respond(409, json=body)
    with pytest.raises(Conflict) as caught:
        await client.meeting_types.delete("m1", "u1")
    assert caught.value.body["sharedWith"] == [{"id": "m2", "slug": "x"}]


@pytest.mark.asyncio
async def test_an_error_without_json_uses_the_reason_phrase(client, respx_mock):
    respx_mock.get("/v4/user/me").mock(return_value=httpx.Response(502, text=""))
    with pytest.raises(ServerError) as caught:
        await client.users.me()
    assert caught.value.message == "Bad Gateway"
    assert client._transport.max_retries == 2
