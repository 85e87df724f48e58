"""Users: create (both shapes), list, me, get, patch slug rules, delete with transfer."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import BASE, client_for, pro_ids, shutdown

NEW_USER = {
    "email": "Lena.Koch@example.com",
    "givenName": "Lena",
    "familyName": "Koch",
    "timezone": "Europe/Berlin",
}


@pytest.mark.asyncio
async def test_me_answers_the_owner_with_meeting_type_ids_and_booking_url(owner):
    me = (await owner.get("/v4/user/me")).json()
    assert me["isAdmin"] is True
    assert me["bookingUrl"] == f"{BASE}/cal/{me['slug']}"
    assert len(me["meetingTypeIds"]) == 1


@pytest.mark.asyncio
async def test_the_demo_agency_has_two_dozen_professionals_in_several_time_zones(owner):
    body = (await owner.get("/v4/user", params={"limit": 100})).json()
    assert body["total"] == body["count"] == len(body["users"]) == 25
    zones = {u["timezone"] for u in body["users"]}
    assert {"Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London"} <= zones
    assert "America/New_York" in zones
    assert all(2 <= len(u["meetingTypeIds"]) <= 4 for u in body["users"] if not u["isAdmin"])


@pytest.mark.asyncio
async def test_listing_pages_with_offset_and_limit_covers_every_user_once(owner):
    seen: list[str] = []
    offset = 0
    while True:
        page = (await owner.get("/v4/user", params={"limit": 7, "offset": offset})).json()
        assert page["offset"] == offset
        seen += [u["id"] for u in page["users"]]
        offset += page["count"]
        if page["count"] < 7:
            break
    assert len(seen) == len(set(seen)) == page["total"] == 25


@pytest.mark.asyncio
async def test_listing_rejects_a_limit_above_100_and_unknown_user_types(owner):
    response = await owner.get("/v4/user", params={"limit": 101, "userType": "robot"})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "Bad Request"
    assert "limit must not be greater than 100" in body["message"]
    assert any(m.startswith("userType must be one of") for m in body["message"])


@pytest.mark.asyncio
async def test_listing_filters_by_user_type(owner):
    body = (await owner.get("/v4/user", params={"userType": "standard"})).json()
    assert [u["userType"] for u in body["users"]] == ["standard"]


@pytest.mark.asyncio
async def test_creating_a_user_returns_ids_and_a_working_booking_url(owner):
    response = await owner.post("/v4/user", json=NEW_USER)
    assert response.status_code == 201
    created = response.json()
    assert created["bookingUrl"] == f"{BASE}/cal/lena-koch/30min-meeting"
    page = await owner.get(created["bookingUrl"].removeprefix(BASE))
    assert page.status_code == 200 and "30min Meeting" in page.text
    user = (await owner.get(f"/v4/user/{created['userId']}")).json()
    assert user["email"] == "lena.koch@example.com"
    assert user["meetingTypeIds"] == [created["meetingTypeId"]]
    assert user["defaultAvailabilityId"] == created["availabilityId"]
    availability = (
        await owner.get(
            f"/v4/availability/{created['availabilityId']}",
            headers={"x-meetergo-api-user-id": created["userId"]},
        )
    ).json()
    assert availability["schedule"]["monday"] == {
        "enabled": True,
        "hours": [{"start": "09:00", "end": "17:00"}],
    }
    assert availability["schedule"]["sunday"]["enabled"] is False


@pytest.mark.asyncio
async def test_the_guides_create_shape_with_array_schedule_and_meeting_type_slug_works(owner):
    body = {
        **NEW_USER,
        "availability": {
            "name": "Business Hours",
            "timezone": "Europe/Vienna",
            "schedule": [
                {"dayOfWeek": "monday", "intervals": [{"from": "09:00", "to": "18:00"}]},
                {"dayOfWeek": "friday", "intervals": [{"from": "09:00", "to": "17:00"}]},
            ],
        },
        "meetingType": {"name": "Consultation", "duration": 45, "slug": "lena-consultation"},
    }
    created = (await owner.post("/v4/user", json=body)).json()
    assert created["bookingUrl"].endswith("/cal/lena-koch/lena-consultation")
    headers = {"x-meetergo-api-user-id": created["userId"]}
    availability = (
        await owner.get(f"/availability/{created['availabilityId']}", headers=headers)
    ).json()
    assert availability["timezone"] == "Europe/Vienna"
    assert availability["schedule"]["monday"]["hours"] == [{"start": "09:00", "end": "18:00"}]
    assert availability["schedule"]["tuesday"] == {"enabled": False, "hours": []}
    mt = (await owner.get(f"/v4/meeting-type/{created['meetingTypeId']}", headers=headers)).json()
    assert mt["meetingInfo"]["duration"] == 45


@pytest.mark.asyncio
async def test_creating_a_user_with_a_taken_email_is_a_conflict(owner):
    assert (await owner.post("/v4/user", json=NEW_USER)).status_code == 201
    again = await owner.post("/v4/user", json={**NEW_USER, "email": "lena.koch@EXAMPLE.com"})
    assert again.status_code == 409
    assert again.json()["error"] == "Conflict"


@pytest.mark.asyncio
async def test_creating_a_user_lists_every_validation_problem(owner):
    response = await owner.post("/v4/user", json={"email": "no-at-sign", "timezone": "Mars/Base"})
    assert response.status_code == 400
    assert set(response.json()["message"]) == {
        "givenName should not be empty",
        "familyName should not be empty",
        "email must be an email",
        "timezone must be a valid IANA time zone",
    }


@pytest.mark.asyncio
async def test_a_bad_schedule_in_create_leaves_no_half_created_user(owner):
    body = {
        **NEW_USER,
        "availability": {
            "schedule": [{"dayOfWeek": "monday", "intervals": [{"from": "18:00", "to": "09:00"}]}]
        },
    }
    response = await owner.post("/v4/user", json=body)
    assert response.status_code == 400
    assert (await owner.post("/v4/user", json=NEW_USER)).status_code == 201


@pytest.mark.asyncio
async def test_patch_normalises_the_slug_and_the_old_booking_url_stops_working(owner):
    created = (await owner.post("/v4/user", json=NEW_USER)).json()
    user_id = created["userId"]
    response = await owner.patch(f"/v4/user/{user_id}", json={"slug": "Lena Koch Berlin"})
    assert response.status_code == 200
    assert response.json()["slug"] == "lena-koch-berlin"
    assert (await owner.get("/cal/lena-koch")).status_code == 404
    assert (await owner.get("/cal/lena-koch-berlin")).status_code == 200


@pytest.mark.asyncio
async def test_patch_rejects_short_and_taken_slugs_and_empty_bodies(owner):
    ids = await pro_ids(owner)
    first = (await owner.get(f"/v4/user/{ids[0]}")).json()
    short = await owner.patch(f"/v4/user/{ids[1]}", json={"slug": "a-b"})
    assert short.status_code == 400
    assert short.json()["message"] == ["slug must be at least 5 characters long"]
    taken = await owner.patch(f"/v4/user/{ids[1]}", json={"slug": first["slug"].upper()})
    assert taken.status_code == 400
    assert taken.json()["message"] == "Slug is already taken"
    empty = await owner.patch(f"/v4/user/{ids[1]}", json={})
    assert empty.status_code == 400


@pytest.mark.asyncio
async def test_patch_updates_names_and_full_name(owner):
    ids = await pro_ids(owner)
    user = (await owner.patch(f"/v4/user/{ids[0]}", json={"givenName": "Jo"})).json()
    assert user["givenName"] == "Jo"
    assert user["fullName"] == f"Jo {user['familyName']}"


@pytest.mark.asyncio
async def test_a_professional_may_update_themself_but_not_a_colleague(app, owner):
    ids = await pro_ids(owner)
    key = app.state.sandbox.demo_api_key
    async with client_for(app, key, ids[0]) as pro:
        assert (
            await pro.patch(f"/v4/user/{ids[0]}", json={"familyName": "Neu"})
        ).status_code == 200
        other = await pro.patch(f"/v4/user/{ids[1]}", json={"familyName": "Neu"})
        assert other.status_code == 403


@pytest.mark.asyncio
async def test_unknown_users_are_not_found(owner):
    response = await owner.get("/v4/user/00000000-0000-4000-8000-000000000000")
    assert response.status_code == 404
    assert response.json() == {"statusCode": 404, "message": "User not found", "error": "Not Found"}


@pytest.mark.asyncio
async def test_deleting_a_user_transfers_meeting_types_to_the_target(owner):
    ids = await pro_ids(owner)
    leaving = (await owner.get(f"/v4/user/{ids[0]}")).json()
    target = (await owner.get(f"/v4/user/{ids[1]}")).json()
    response = await owner.request("DELETE", f"/v4/user/{ids[0]}", json={"targetUserId": ids[1]})
    assert response.status_code == 200
    assert (await owner.get(f"/v4/user/{ids[0]}")).status_code == 404
    after = (await owner.get(f"/v4/user/{ids[1]}")).json()
    assert set(after["meetingTypeIds"]) == set(target["meetingTypeIds"]) | set(
        leaving["meetingTypeIds"]
    )


@pytest.mark.asyncio
async def test_deleting_without_transfer_removes_the_meeting_types(owner):
    ids = await pro_ids(owner)
    leaving = (await owner.get(f"/v4/user/{ids[0]}")).json()
    assert (await owner.delete(f"/v4/user/{ids[0]}")).status_code == 200
    headers = {"x-meetergo-api-user-id": ids[1]}
    gone = await owner.get(f"/v4/meeting-type/{leaving['meetingTypeIds'][0]}", headers=headers)
    assert gone.status_code == 404


@pytest.mark.asyncio
async def test_the_owner_cannot_be_deleted_and_professionals_cannot_delete(app, owner):
    me = (await owner.get("/v4/user/me")).json()
    assert (await owner.delete(f"/v4/user/{me['id']}")).status_code == 400
    ids = await pro_ids(owner)
    async with client_for(app, app.state.sandbox.demo_api_key, ids[0]) as pro:
        assert (await pro.delete(f"/v4/user/{ids[1]}")).status_code == 403


@pytest.mark.asyncio
async def test_a_personal_token_cannot_create_or_delete_users(app):
    state = app.state.sandbox
    async with client_for(app, state.demo_pat) as pat:
        assert (await pat.post("/v4/user", json=NEW_USER)).status_code == 403
        listing = await pat.get("/v4/user")
        assert listing.status_code == 200
        victim = listing.json()["users"][1]["id"]
        assert (await pat.delete(f"/v4/user/{victim}")).status_code == 403


@pytest.mark.asyncio
async def test_seeding_is_deterministic_for_a_seed_number():
    from tests.sandbox.conftest import make_app

    first, second, other = make_app(), make_app(), make_app(seed=2)
    try:
        bodies = []
        for app in (first, second, other):
            async with client_for(app, app.state.sandbox.demo_api_key) as client:
                bodies.append((await client.get("/v4/user", params={"limit": 100})).json())
        # The data follows the seed; the credentials never do (the seed is the same everywhere).
        keys = {app.state.sandbox.demo_api_key for app in (first, second, other)}
        assert len(keys) == 3
        assert len({app.state.sandbox.demo_pat for app in (first, second, other)}) == 3
        assert first.state.sandbox.demo_api_key.startswith("ak_live:")
        assert first.state.sandbox.demo_pat.startswith("rgo-")
        assert bodies[0] == bodies[1]
    finally:
        for app in (first, second, other):
            await shutdown(app)
