"""Meeting types: both create shapes, list, get, update, soft delete, slugs and field ranges."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from tests.sandbox.conftest import BASE, client_for, pro_ids

NESTED: dict[str, Any] = {
    "meetingInfo": {
        "name": "Erstberatung Mietrecht",
        "description": "",
        "duration": 30,
        "channel": "phone",
        "bufferBefore": 5,
        "bufferAfter": 10,
    },
    "timeslotInterval": 15,
    "spots": 1,
}


async def _pro(app: Starlette, owner: httpx.AsyncClient) -> tuple[str, httpx.AsyncClient]:
    ids = await pro_ids(owner)
    return ids[0], client_for(app, app.state.sandbox.demo_api_key, ids[0])


@pytest.mark.asyncio
async def test_creating_with_the_nested_shape_answers_201_with_booking_url(app, owner):
    user_id, pro = await _pro(app, owner)
    async with pro:
        response = await pro.post("/v4/meeting-type", json=NESTED)
        assert response.status_code == 201
        mt = response.json()
        me = (await pro.get("/v4/user/me")).json()
        assert mt["slug"] == "erstberatung-mietrecht"
        assert mt["userId"] == user_id
        assert mt["meetingInfo"]["bufferBefore"] == 5
        assert mt["timeslotInterval"] == 15
        assert mt["bookingUrl"] == f"{BASE}/cal/{me['slug']}/erstberatung-mietrecht"
        assert mt["id"] in me["meetingTypeIds"]
        listed = (await pro.get("/v4/meeting-type")).json()
        assert isinstance(listed, list) and mt["id"] in [m["id"] for m in listed]


@pytest.mark.asyncio
async def test_the_guides_flat_shape_with_buffer_time_names_is_accepted(app, owner):
    _, pro = await _pro(app, owner)
    async with pro:
        response = await pro.post(
            "/v4/meeting-type",
            json={
                "name": "Ausführliche Beratung",
                "duration": 60,
                "slug": "lang",
                "bufferTimeBefore": 15,
                "bufferTimeAfter": 10,
            },
        )
        assert response.status_code == 201
        mt = response.json()
        assert mt["slug"] == "lang"
        assert mt["meetingInfo"]["name"] == "Ausführliche Beratung"
        assert (mt["meetingInfo"]["bufferBefore"], mt["meetingInfo"]["bufferAfter"]) == (15, 10)
        # The guide's update example: duration and buffers at the top level.
        updated = await pro.patch(
            f"/v4/meeting-type/{mt['id']}",
            json={"duration": 45, "bufferTimeBefore": 0, "bufferTimeAfter": 5},
        )
        assert updated.status_code == 200
        info = updated.json()["meetingInfo"]
        assert (info["duration"], info["bufferBefore"], info["bufferAfter"]) == (45, 0, 5)


@pytest.mark.asyncio
async def test_a_slug_that_exists_is_a_conflict(app, owner):
    _, pro = await _pro(app, owner)
    async with pro:
        assert (
            await pro.post("/v4/meeting-type", json={**NESTED, "slug": "beratung"})
        ).status_code == 201
        again = await pro.post("/v4/meeting-type", json={**NESTED, "slug": "beratung"})
        assert again.status_code == 409
        assert again.json()["error"] == "Conflict"
        other = (await pro.post("/v4/meeting-type", json=NESTED)).json()
        clash = await pro.patch(f"/v4/meeting-type/{other['id']}", json={"slug": "Beratung"})
        assert clash.status_code == 409


@pytest.mark.asyncio
async def test_out_of_range_fields_are_all_listed_in_one_400(app, owner):
    _, pro = await _pro(app, owner)
    async with pro:
        response = await pro.post(
            "/v4/meeting-type",
            json={
                "meetingInfo": {
                    **NESTED["meetingInfo"],
                    "duration": 4,
                    "bufferBefore": 121,
                    "bufferAfter": -1,
                },
                "spots": 0,
                "timeslotInterval": 61,
            },
        )
    assert response.status_code == 400
    assert set(response.json()["message"]) == {
        "meetingInfo.duration must not be less than 5",
        "meetingInfo.bufferBefore must not be greater than 120",
        "meetingInfo.bufferAfter must not be less than 0",
        "spots must not be less than 1",
        "timeslotInterval must not be greater than 60",
    }


@pytest.mark.asyncio
async def test_the_upper_and_lower_bounds_themselves_are_accepted(app, owner):
    _, pro = await _pro(app, owner)
    async with pro:
        for duration, buffer, spots, interval in ((5, 0, 1, 5), (480, 120, 100, 60)):
            body = {
                "meetingInfo": {
                    **NESTED["meetingInfo"],
                    "duration": duration,
                    "bufferBefore": buffer,
                    "bufferAfter": buffer,
                },
                "spots": spots,
                "timeslotInterval": interval,
            }
            assert (await pro.post("/v4/meeting-type", json=body)).status_code == 201


@pytest.mark.asyncio
async def test_an_update_merges_meeting_info_and_options(app, owner):
    _, pro = await _pro(app, owner)
    async with pro:
        mt = (await pro.post("/v4/meeting-type", json=NESTED)).json()
        response = await pro.patch(
            f"/v4/meeting-type/{mt['id']}",
            json={
                "meetingInfo": {"name": "Neu"},
                "meetingOptions": {"doubleOptIn": True},
                "enabled": False,
            },
        )
        assert response.status_code == 200
        updated = response.json()
        assert updated["meetingInfo"]["name"] == "Neu"
        assert updated["meetingInfo"]["duration"] == 30
        assert updated["meetingOptions"]["doubleOptIn"] is True
        assert updated["enabled"] is False
        fetched = (await pro.get(f"/v4/meeting-type/{mt['id']}")).json()
        assert fetched["meetingInfo"]["name"] == "Neu"


@pytest.mark.asyncio
async def test_deleting_is_soft_answers_an_empty_200_and_hides_the_type(app, owner):
    _, pro = await _pro(app, owner)
    async with pro:
        mt = (await pro.post("/v4/meeting-type", json=NESTED)).json()
        response = await pro.delete(f"/v4/meeting-type/{mt['id']}")
        assert response.status_code == 200
        assert response.content == b""
        assert (await pro.get(f"/v4/meeting-type/{mt['id']}")).status_code == 404
        assert mt["id"] not in [m["id"] for m in (await pro.get("/v4/meeting-type")).json()]
        missing = await pro.delete(f"/v4/meeting-type/{mt['id']}")
        assert missing.json()["message"] == "Meeting type not found"


@pytest.mark.asyncio
async def test_a_professional_cannot_change_a_colleagues_meeting_type(app, owner):
    ids = await pro_ids(owner)
    key = app.state.sandbox.demo_api_key
    async with client_for(app, key, ids[1]) as colleague:
        theirs = (await colleague.get("/v4/meeting-type")).json()[0]
    async with client_for(app, key, ids[0]) as pro:
        assert (
            await pro.patch(f"/v4/meeting-type/{theirs['id']}", json={"spots": 2})
        ).status_code == 403
        assert (await pro.delete(f"/v4/meeting-type/{theirs['id']}")).status_code == 403
