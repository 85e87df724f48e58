"""Authentication: API keys, the acting-user header, personal access tokens."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.sandbox.conftest import NOW, client_for, pro_ids

MISSING_HEADER = "Missing required header 'x-meetergo-api-user-id' for API key authentication"


@pytest.mark.asyncio
async def test_a_request_without_credentials_is_unauthorised(app):
    async with client_for(app, None) as anonymous:
        response = await anonymous.get("/v4/user/me")
    assert response.status_code == 401
    assert response.json() == {
        "statusCode": 401,
        "message": "Missing authorization header",
        "error": "Unauthorized",
    }


@pytest.mark.asyncio
async def test_an_unknown_key_is_unauthorised(app):
    async with client_for(app, "ak_live:00000000-0000-4000-8000-000000000000:nope") as client:
        response = await client.get("/v4/user/me")
    assert response.status_code == 401
    assert response.json()["message"] == "Invalid API key"


@pytest.mark.asyncio
async def test_an_expired_key_is_unauthorised(app):
    expired = app.state.sandbox.issue_api_key(expires_at=NOW - timedelta(minutes=1))
    valid = app.state.sandbox.issue_api_key(expires_at=NOW + timedelta(days=30))
    async with client_for(app, expired) as client:
        response = await client.get("/v4/user/me")
    assert response.status_code == 401
    assert response.json()["message"] == "API key has expired"
    async with client_for(app, valid) as client:
        assert (await client.get("/v4/user/me")).status_code == 200


@pytest.mark.asyncio
async def test_an_api_key_acts_as_the_user_named_in_the_header(app, owner):
    ids = await pro_ids(owner)
    async with client_for(app, app.state.sandbox.demo_api_key, ids[3]) as pro:
        me = (await pro.get("/v4/user/me")).json()
        types = (await pro.get("/v4/meeting-type")).json()
    assert me["id"] == ids[3]
    assert {t["userId"] for t in types} == {ids[3]}


@pytest.mark.asyncio
async def test_an_api_key_without_the_header_gets_400_where_the_route_needs_it(owner):
    for path in ("/v4/meeting-type", "/availability", "/v4/personal-page/me"):
        response = await owner.get(path)
        assert response.status_code == 400, path
        assert response.json()["message"] == MISSING_HEADER


@pytest.mark.asyncio
async def test_a_header_naming_a_user_of_no_company_is_not_found(app):
    async with client_for(
        app, app.state.sandbox.demo_api_key, "00000000-0000-4000-8000-000000000000"
    ) as client:
        assert (await client.get("/v4/meeting-type")).status_code == 404


@pytest.mark.asyncio
async def test_a_personal_token_acts_as_its_owner_and_refuses_to_name_someone_else(app, owner):
    state = app.state.sandbox
    ids = await pro_ids(owner)
    async with client_for(app, state.demo_pat) as pat:
        me = (await pat.get("/v4/user/me")).json()
        own_types = await pat.get("/v4/meeting-type")
    assert me["id"] == state.owner_user_id
    assert own_types.status_code == 200
    async with client_for(app, state.demo_pat, ids[0]) as pat_as_other:
        response = await pat_as_other.get("/v4/meeting-type")
    assert response.status_code == 403
    async with client_for(app, state.demo_pat, state.owner_user_id) as pat_as_self:
        assert (await pat_as_self.get("/v4/meeting-type")).status_code == 200


@pytest.mark.asyncio
async def test_a_professionals_personal_token_sees_only_their_own_appointments(app, owner):
    ids = await pro_ids(owner)
    token = app.state.sandbox.issue_pat(ids[0])
    async with client_for(app, token) as pat:
        page = (
            await pat.get("/v4/appointment/paginated", params={"page": 0, "pageSize": 100})
        ).json()
        assert page["total"] > 0
        assert all(a["hostIds"] == [ids[0]] for a in page["appointments"])
        other = await pat.get(
            "/v4/appointment/paginated", params={"page": 0, "pageSize": 5, "userId": ids[1]}
        )
        assert other.status_code == 403
        assert (await pat.get("/v4/user")).status_code == 403
