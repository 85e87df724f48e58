"""Meeting-type templates: both shapes, updates, assignment."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import client_for, pro_ids


@pytest.mark.asyncio
async def test_templates_are_created_in_both_shapes_updated_and_listed(owner):
    flat = await owner.post(
        "/v4/meeting-type-template/create",
        json={
            "name": "Initial Consultation",
            "duration": 30,
            "description": "Free initial consultation",
        },
    )
    assert flat.status_code == 201
    assert flat.json()["meetingInfo"]["name"] == "Initial Consultation"
    nested = await owner.post(
        "/v4/meeting-type-template/create",
        json={
            "meetingInfo": {
                "name": "Team call",
                "description": "",
                "duration": 45,
                "channel": "google",
            },
            "templateType": "team",
            "queueType": "simpleRoundRobin",
        },
    )
    assert nested.status_code == 201
    template_id = flat.json()["id"]
    patched = await owner.patch(
        f"/v4/meeting-type-template/{template_id}",
        json={"meetingInfo": {"duration": 20}, "lockedFields": ["meetingInfo.duration"]},
    )
    assert patched.status_code == 200
    assert patched.json()["meetingInfo"]["duration"] == 20
    assert patched.json()["lockedFields"] == ["meetingInfo.duration"]
    listed = (await owner.get("/v4/meeting-type-template")).json()
    assert [t["id"] for t in listed] == [template_id, nested.json()["id"]]
    invalid = await owner.post(
        "/v4/meeting-type-template/create", json={"name": "x", "duration": 500}
    )
    assert invalid.status_code == 400
    missing = await owner.patch("/v4/meeting-type-template/nope", json={})
    assert missing.status_code == 404


@pytest.mark.asyncio
async def test_assigning_a_template_creates_a_meeting_type_for_the_target_user(app, owner):
    ids = await pro_ids(owner)
    template = (
        await owner.post(
            "/v4/meeting-type-template/create", json={"name": "Rückruf", "duration": 15}
        )
    ).json()
    # Current route, acting-user header names the target.
    by_header = await owner.post(
        f"/v4/meeting-type-template/{template['id']}/assign",
        json={},
        headers={"x-meetergo-api-user-id": ids[0]},
    )
    assert by_header.status_code == 201
    assert by_header.json()["userId"] == ids[0]
    assert by_header.json()["meetingInfo"]["name"] == "Rückruf"
    # The guide's route with the target in the body.
    by_body = await owner.post(
        f"/v4/meeting-type-template/assign/{template['id']}", json={"userId": ids[1]}
    )
    assert by_body.status_code == 201
    async with client_for(app, app.state.sandbox.demo_api_key, ids[1]) as pro:
        names = [m["meetingInfo"]["name"] for m in (await pro.get("/v4/meeting-type")).json()]
    assert "Rückruf" in names
    no_target = await owner.post(f"/v4/meeting-type-template/{template['id']}/assign", json={})
    # No target in the body and no acting-user header: the API key must name the target.
    assert no_target.status_code == 400
    assert "x-meetergo-api-user-id" in no_target.json()["message"]
