"""``MeetergoClient`` and its acting scope: one connection, one budget, the acting user per view."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from console.api import ActingClient, MeetergoClient
from console.api.errors import ActingUserRefused, AuthenticationError
from tests.api.conftest import ACTING, API_KEY, BASE, PAT, PAT_OWNER, error_body
from tests.api.resources.samples import MEETING_TYPE, USER

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_a_personal_token_connection_opens_its_own_meeting_types_without_a_prior_me(
    respx_mock,
):
    # What the accounts tab does on a fresh personal-token connection: no "Test connection"
    # (and so no explicit users.me()) came first.
    me = respx_mock.get("/v4/user/me").respond(200, json=PAT_OWNER)
    route = respx_mock.get("/v4/meeting-type").respond(200, json=[MEETING_TYPE])
    async with MeetergoClient(api_key=PAT, base_url=BASE) as client:
        assert client.own_user_id == "u1"
        types = await client.acting_as("u1").meeting_types.list()
    assert [t.id for t in types] == ["mt1"]
    assert me.call_count == 1
    assert ACTING not in route.calls.last.request.headers


async def test_entering_with_an_api_key_sends_nothing(respx_mock):
    async with MeetergoClient(api_key=API_KEY, base_url=BASE) as client:
        assert client.own_user_id is None
    assert not respx_mock.calls


async def test_a_personal_token_the_server_rejects_fails_on_entering_and_leaves_nothing_open(
    respx_mock,
):
    respx_mock.get("/v4/user/me").respond(
        401, json=error_body(401, "Invalid token", "Unauthorized")
    )
    client = MeetergoClient(api_key=PAT, base_url=BASE)
    with pytest.raises(AuthenticationError):
        async with client:
            pytest.fail("the block must not run with a rejected token")
    with pytest.raises(RuntimeError, match="async with"):
        await client.users.get("u1")


async def test_a_personal_token_cannot_make_a_scope_before_it_knows_its_own_user():
    client = MeetergoClient(api_key=PAT, base_url=BASE)
    with pytest.raises(ActingUserRefused, match="enter the client first"):
        client.acting_as("u1")


async def test_an_acting_scope_needs_a_user(client):
    with pytest.raises(ValueError, match="acting user"):
        client.acting_as("")


async def test_an_acting_scope_sends_the_user_on_every_request_and_the_client_on_none(
    client, respx_mock
):
    def page(request: httpx.Request) -> dict[str, Any]:
        offset = int(request.url.params["offset"])
        return {"users": [{**USER, "id": f"u{offset}"}], "total": 2}

    route = respx_mock.get("/v4/user").mock(
        side_effect=lambda request: httpx.Response(200, json=page(request))
    )
    acting = client.acting_as("admin")
    assert isinstance(acting, ActingClient) and acting.user_id == "admin"
    assert [u.id async for u in acting.users.list(page_size=1)] == ["u0", "u1"]
    assert [call.request.headers[ACTING] for call in route.calls] == ["admin", "admin"]
    assert [u.id async for u in client.users.list(page_size=1)] == ["u0", "u1"]
    assert all(ACTING not in call.request.headers for call in route.calls[2:])


async def test_scopes_share_the_connection_and_its_rate_budget(sleeps, respx_mock):
    now = [0.0]
    respx_mock.get("/v4/personal-page/me").respond(200, json={"id": "pp"})
    async with MeetergoClient(
        api_key=API_KEY, base_url=BASE, sleep=sleeps, clock=lambda: now[0], burst=2
    ) as client:
        anna, ben = client.acting_as("anna"), client.acting_as("ben")
        assert anna.rate_budget is client.rate_budget is ben.rate_budget
        assert anna.base_url == client.base_url
        await anna.personal_pages.get()
        await ben.personal_pages.get()
        assert client.rate_budget.available() == 0
    with pytest.raises(RuntimeError, match="async with"):
        await anna.personal_pages.get()


async def test_an_acting_scope_shows_its_user_but_not_the_credential(client):
    text = repr(client.acting_as("u7"))
    assert "u7" in text and API_KEY not in text and API_KEY.split(":")[-1] not in text
