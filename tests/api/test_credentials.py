"""The credential never leaks, and a personal token never acts as someone else."""

from __future__ import annotations

import logging

import httpx
import pytest

from console.api import MeetergoClient
from console.api.errors import ActingUserRefused, ApiError, AuthenticationError, PermissionDenied
from tests.api.conftest import ACTING, API_KEY, BASE, PAT, error_body

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]

ME = {"id": "u1", "email": "owner@agency.de"}


async def test_the_key_appears_in_no_log_record_error_or_repr(client, respx_mock, caplog):
    caplog.set_level(logging.DEBUG)
    respx_mock.get("/v4/user/me").mock(
        side_effect=[
            httpx.Response(503, json=error_body(503, "busy", "Service Unavailable")),
            httpx.Response(200, json=ME),
        ]
    )
    respx_mock.get("/v4/user/u2").mock(side_effect=httpx.ConnectError("refused"))
    respx_mock.patch("/v4/user/u3").respond(
        401, json=error_body(401, "Invalid API key", "Unauthorized")
    )
    await client.users.me()
    errors: list[ApiError] = []
    with pytest.raises(ApiError) as first:
        await client.users.get("u2")
    errors.append(first.value)
    with pytest.raises(AuthenticationError) as second:
        await client.users.update("u3", given_name="X")
    errors.append(second.value)

    secret = API_KEY.split(":")[-1]
    assert caplog.records, "the client logs its requests at debug level"
    for record in caplog.records:
        text = record.getMessage()
        assert API_KEY not in text and secret not in text
    for err in errors:
        for text in (str(err), repr(err), str(err.__cause__), repr(err.__cause__)):
            assert API_KEY not in text and secret not in text
    assert API_KEY not in repr(client) and secret not in repr(client)
    assert API_KEY not in repr(client._transport)


async def test_a_personal_token_refuses_to_act_as_another_user_before_sending(
    pat_client, respx_mock
):
    with pytest.raises(ActingUserRefused) as caught:
        pat_client.acting_as("someone-else")
    err = caught.value
    assert isinstance(err, PermissionDenied) and err.status_code == 403
    assert "personal access token" in str(err) and "someone-else" in str(err)
    # refused when the scope is made: nothing went out but the GET /v4/user/me of entering
    assert [call.request.url.path for call in respx_mock.calls] == ["/v4/user/me"]
    assert PAT not in str(err) and PAT not in repr(err)


async def test_a_personal_token_may_name_its_own_user_but_never_sends_the_header(
    pat_client, respx_mock
):
    route = respx_mock.get("/v4/meeting-type").respond(200, json=[])
    assert await pat_client.acting_as("u1").meeting_types.list() == []
    request = route.calls.last.request
    assert request.headers["authorization"] == f"Bearer {PAT}"
    assert ACTING not in request.headers
    with pytest.raises(ActingUserRefused):
        pat_client.acting_as("u2")
    assert route.call_count == 1


async def test_a_personal_token_filters_appointments_by_user_instead_of_acting(
    pat_client, respx_mock
):
    route = respx_mock.get("/v4/appointment/paginated").respond(
        200, json={"appointments": [], "total": 0}
    )
    assert [a async for a in pat_client.appointments.list(host_id="u2")] == []
    request = route.calls.last.request
    assert request.url.params["userId"] == "u2"
    assert ACTING not in request.headers
    assert [a async for a in pat_client.acting_as("u1").appointments.list()] == []
    request = route.calls.last.request
    assert request.url.params["userId"] == "u1"
    assert ACTING not in request.headers


async def test_an_api_key_acts_as_any_user(client, respx_mock):
    route = respx_mock.get("/v4/personal-page/me").respond(200, json={"id": "pp"})
    await client.acting_as("u2").personal_pages.get()
    assert route.calls.last.request.headers[ACTING] == "u2"


async def test_an_empty_key_is_refused():
    with pytest.raises(ValueError, match="API key"):
        MeetergoClient(api_key="", base_url=BASE)
