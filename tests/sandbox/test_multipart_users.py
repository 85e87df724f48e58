"""``POST /v4/user`` as multipart/form-data, the OpenAPI's encoding, next to JSON."""

from __future__ import annotations

import json

import pytest

from tests.sandbox.conftest import BASE

FIELDS = {
    "email": "Mara.Stein@example.com",
    "givenName": "Mara",
    "familyName": "Stein",
    "timezone": "Europe/Vienna",
}


@pytest.mark.asyncio
async def test_a_multipart_user_with_json_encoded_availability_and_meeting_type_is_created(owner):
    availability = {
        "name": "Vormittags",
        "schedule": [
            {"dayOfWeek": "monday", "intervals": [{"from": "08:00", "to": "12:00"}]},
        ],
    }
    meeting_type = {"name": "Erstberatung", "duration": 45}
    response = await owner.post(
        "/v4/user",
        data=FIELDS,
        files={
            "availability": (None, json.dumps(availability), "application/json"),
            "meetingType": (None, json.dumps(meeting_type), "application/json"),
        },
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["bookingUrl"] == f"{BASE}/cal/mara-stein/erstberatung"
    headers = {"x-meetergo-api-user-id": created["userId"]}
    av = (await owner.get(f"/v4/availability/{created['availabilityId']}", headers=headers)).json()
    assert av["name"] == "Vormittags" and av["timezone"] == "Europe/Vienna"
    assert av["schedule"]["monday"]["hours"] == [{"start": "08:00", "end": "12:00"}]
    assert av["schedule"]["tuesday"]["enabled"] is False
    mt = (await owner.get(f"/v4/meeting-type/{created['meetingTypeId']}", headers=headers)).json()
    assert mt["meetingInfo"]["duration"] == 45


@pytest.mark.asyncio
async def test_a_multipart_user_with_plain_fields_only_gets_the_default_meeting_type(owner):
    response = await owner.post("/v4/user", data=FIELDS, files={"slug": (None, "mara-wien")})
    assert response.status_code == 201, response.text
    assert response.json()["bookingUrl"] == f"{BASE}/cal/mara-wien/30min-meeting"


@pytest.mark.asyncio
async def test_a_multipart_part_that_is_not_json_is_a_readable_400_and_creates_nobody(owner):
    response = await owner.post(
        "/v4/user", data=FIELDS, files={"meetingType": (None, "{name: Erst", "application/json")}
    )
    assert response.status_code == 400
    assert response.json()["message"] == ["meetingType must be a JSON-encoded object"]
    users = (await owner.get("/v4/user", params={"limit": 100})).json()
    assert "mara.stein@example.com" not in {u["email"] for u in users["users"]}


@pytest.mark.asyncio
async def test_multipart_validation_names_the_missing_fields_like_json_does(owner):
    response = await owner.post("/v4/user", files={"email": (None, "x@example.com")})
    assert response.status_code == 400
    message = response.json()["message"]
    assert any(m.startswith("givenName") for m in message)
    assert any(m.startswith("timezone") for m in message)


@pytest.mark.asyncio
async def test_other_routes_still_refuse_multipart_with_415(owner):
    me = (await owner.get("/v4/user/me")).json()
    response = await owner.post(
        "/v4/meeting-type",
        files={"name": (None, "x")},
        headers={"x-meetergo-api-user-id": me["id"]},
    )
    assert response.status_code == 415
