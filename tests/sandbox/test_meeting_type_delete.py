"""``DELETE /v4/meeting-type/{id}`` with ``deleteAvailability``: the documented 409/400/404/403."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import client_for, pro_ids

OWN_HOURS = {
    "meetingInfo": {"name": "Abendtermin", "description": "", "duration": 30, "channel": "phone"},
    "availability": {
        "name": "Abends",
        "timezone": "Europe/Berlin",
        "schedule": {"monday": {"enabled": True, "hours": [{"start": "18:00", "end": "20:00"}]}},
    },
}


@pytest.mark.asyncio
async def test_deleting_with_a_shared_availability_is_409_naming_the_other_meeting_types(
    app, owner
):
    pro_id = (await pro_ids(owner))[0]
    async with client_for(app, app.state.sandbox.demo_api_key, pro_id) as pro:
        types = (await pro.get("/v4/meeting-type")).json()
        assert len(types) >= 2 and len({t["availabilityId"] for t in types}) == 1
        victim, others = types[0], types[1:]
        response = await pro.delete(
            f"/v4/meeting-type/{victim['id']}", params={"deleteAvailability": "true"}
        )
        assert response.status_code == 409
        body = response.json()
        assert body["statusCode"] == 409 and body["message"]
        assert body["sharedWith"] == [{"id": t["id"], "slug": t["slug"]} for t in others]
        # Nothing changed: the type is still bookable and the availability still there.
        assert (await pro.get(f"/v4/meeting-type/{victim['id']}")).status_code == 200
        assert (await pro.get(f"/v4/availability/{victim['availabilityId']}")).status_code == 200
        # Without the flag the same type goes, and its availability stays for the others.
        assert (await pro.delete(f"/v4/meeting-type/{victim['id']}")).status_code == 200
        assert (await pro.get(f"/v4/availability/{victim['availabilityId']}")).status_code == 200


@pytest.mark.asyncio
async def test_deleting_with_its_own_availability_removes_both(app, owner):
    pro_id = (await pro_ids(owner))[0]
    async with client_for(app, app.state.sandbox.demo_api_key, pro_id) as pro:
        mt = (await pro.post("/v4/meeting-type", json=OWN_HOURS)).json()
        response = await pro.delete(
            f"/v4/meeting-type/{mt['id']}", params={"deleteAvailability": "true"}
        )
        assert response.status_code == 200 and response.content == b""
        assert (await pro.get(f"/v4/meeting-type/{mt['id']}")).status_code == 404
        gone = await pro.get(f"/v4/availability/{mt['availabilityId']}")
        assert gone.status_code == 404
        me = (await pro.get("/v4/user/me")).json()
        assert (await pro.get(f"/v4/availability/{me['defaultAvailabilityId']}")).status_code == 200


@pytest.mark.asyncio
async def test_deleting_the_last_availability_is_400_one_availability_is_required(app, owner):
    me = (await owner.get("/v4/user/me")).json()
    async with client_for(app, app.state.sandbox.demo_api_key, me["id"]) as acting:
        (only,) = (await acting.get("/v4/meeting-type")).json()
        response = await acting.delete(
            f"/v4/meeting-type/{only['id']}", params={"deleteAvailability": "true"}
        )
        assert response.status_code == 400
        assert response.json()["message"] == "One availability is required"
        assert (await acting.get(f"/v4/meeting-type/{only['id']}")).status_code == 200


@pytest.mark.asyncio
async def test_deleting_the_default_availability_hands_the_default_to_the_remaining_one(app, owner):
    created = (
        await owner.post(
            "/v4/user",
            json={
                "email": "jana.roth@example.com",
                "givenName": "Jana",
                "familyName": "Roth",
                "timezone": "Europe/Berlin",
            },
        )
    ).json()
    async with client_for(app, app.state.sandbox.demo_api_key, created["userId"]) as jana:
        evening = (await jana.post("/v4/meeting-type", json=OWN_HOURS)).json()
        response = await jana.delete(
            f"/v4/meeting-type/{created['meetingTypeId']}", params={"deleteAvailability": "1"}
        )
        assert response.status_code == 200
        me = (await jana.get("/v4/user/me")).json()
        assert me["defaultAvailabilityId"] == evening["availabilityId"]
        assert me["meetingTypeIds"] == [evening["id"]]
        listed = (await jana.get("/v4/availability")).json()
        assert [(a["id"], a["isDefault"]) for a in listed] == [(evening["availabilityId"], True)]


@pytest.mark.asyncio
async def test_delete_answers_the_documented_404_403_and_rejects_a_non_boolean_flag(app, owner):
    ids = await pro_ids(owner)
    key = app.state.sandbox.demo_api_key
    async with client_for(app, key, ids[1]) as colleague:
        theirs = (await colleague.get("/v4/meeting-type")).json()[0]
    async with client_for(app, key, ids[0]) as pro:
        missing = await pro.delete("/v4/meeting-type/00000000-0000-4000-8000-000000000000")
        assert missing.status_code == 404
        assert missing.json()["message"] == "Meeting type not found"
        refused = await pro.delete(f"/v4/meeting-type/{theirs['id']}")
        assert refused.status_code == 403
        assert refused.json()["message"] == "Not authorized to delete this meeting type"
        odd = await pro.delete(
            f"/v4/meeting-type/{theirs['id']}", params={"deleteAvailability": "maybe"}
        )
        assert odd.status_code == 400
        assert odd.json()["message"] == ["deleteAvailability must be a boolean value"]
