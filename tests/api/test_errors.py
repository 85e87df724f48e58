"""Every documented status becomes its own error class with method, URL and server message;
an answer the models cannot read becomes ``MalformedResponse``."""

from __future__ import annotations

import httpx
import pytest

from console.api.errors import (
    ApiError,
    ApiStatusError,
    AuthenticationError,
    BadRequest,
    Conflict,
    LimitReached,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from tests.api.conftest import API_KEY, BASE, error_body

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
        await client.acting_as("u1").meeting_types.delete("m1")
    assert caught.value.body["sharedWith"] == [{"id": "m2", "slug": "x"}]


@pytest.mark.asyncio
async def test_an_error_without_json_uses_the_reason_phrase(client, respx_mock):
    respx_mock.get("/v4/user/me").mock(return_value=httpx.Response(502, text=""))
    with pytest.raises(ServerError) as caught:
        await client.users.me()
    assert caught.value.message == "Bad Gateway"
    assert client._transport.max_retries == 2


@pytest.mark.asyncio
async def test_an_answer_with_fields_of_the_wrong_type_is_a_malformed_response(client, respx_mock):
    respx_mock.get("/v4/user/u1").respond(
        200, json={"id": ["u1"], "email": "anna@kanzlei.de", "createdAt": "last Tuesday"}
    )
    with pytest.raises(MalformedResponse) as caught:
        await client.users.get("u1")
    err = caught.value
    assert isinstance(err, ApiError) and not isinstance(err, ApiStatusError)
    assert (err.status_code, err.method, err.url) == (200, "GET", f"{BASE}/v4/user/u1")
    assert err.message.startswith("the answer could not be read: id:")
    assert "(and 1 more)" in err.message
    # a short reason, not the body: the e-mail address the server sent stays out of the error
    assert "anna@kanzlei.de" not in str(err) and "anna@kanzlei.de" not in repr(err)
    assert API_KEY not in str(err) and API_KEY not in repr(err)


@pytest.mark.asyncio
async def test_a_text_answer_where_an_object_belongs_is_a_malformed_response(client, respx_mock):
    respx_mock.patch("/v4/meeting-type/mt1").respond(200, text="Updated")
    with pytest.raises(MalformedResponse) as caught:
        await client.acting_as("u1").meeting_types.update("mt1", duration=45)
    assert caught.value.method == "PATCH" and caught.value.status_code == 200


@pytest.mark.asyncio
async def test_a_list_answer_that_is_no_list_is_a_malformed_response(client, respx_mock):
    respx_mock.get("/webhooks").respond(200, json={"webhooks": "none"})
    with pytest.raises(MalformedResponse, match="expected a list of webhooks"):
        await client.webhooks.list()


@pytest.mark.asyncio
async def test_a_schedule_the_models_cannot_read_is_a_malformed_response(client, respx_mock):
    respx_mock.get("/v4/availability/av1").respond(
        200, json={"id": "av1", "schedule": {"funday": {"enabled": True, "hours": []}}}
    )
    with pytest.raises(MalformedResponse, match="schedule"):
        await client.acting_as("u1").availabilities.get("av1")
