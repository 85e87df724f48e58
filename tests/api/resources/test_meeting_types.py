"""``/v4/meeting-type`` as the acting user: what each call sends and reads."""

from __future__ import annotations

import pytest

from tests.api.conftest import ACTING, BASE, body_of
from tests.api.resources.samples import MEETING_TYPE, assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_meeting_types_list_acts_as_the_user_and_reads_a_bare_array(client, respx_mock):
    route = respx_mock.get("/v4/meeting-type").respond(200, json=[MEETING_TYPE])
    types = await client.acting_as("u1").meeting_types.list()
    assert_common_headers(route.calls.last.request, acting="u1", json_body=False)
    assert [t.name for t in types] == ["Erstberatung"]


async def test_meeting_types_list_also_reads_the_old_wrapper(client, respx_mock):
    respx_mock.get("/v4/meeting-type").respond(200, json={"meetingTypes": [MEETING_TYPE]})
    assert [t.id for t in await client.acting_as("u1").meeting_types.list()] == ["mt1"]


async def test_meeting_type_get(client, respx_mock):
    route = respx_mock.get("/v4/meeting-type/mt1").respond(200, json=MEETING_TYPE)
    mt = await client.acting_as("u1").meeting_types.get("mt1")
    assert route.calls.last.request.headers[ACTING] == "u1"
    assert mt.user_id == "u1" and mt.duration == 30


async def test_meeting_type_create_sends_nested_meeting_info(client, respx_mock):
    route = respx_mock.post("/v4/meeting-type").respond(201, json=MEETING_TYPE)
    mt = await client.acting_as("u1").meeting_types.create(
        name="Erstberatung", duration=30, buffer_before=10, spots=1
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {
            "name": "Erstberatung",
            "description": "",
            "duration": 30,
            "channel": "phone",
            "bufferBefore": 10,
        },
        "spots": 1,
    }
    assert mt.id == "mt1"


async def test_meeting_type_create_sets_a_dropped_slug_with_a_patch(client, respx_mock):
    respx_mock.post("/v4/meeting-type").respond(
        201, json={**MEETING_TYPE, "slug": "erstberatung-1"}
    )
    patch = respx_mock.patch("/v4/meeting-type/mt1").respond(
        200, json={**MEETING_TYPE, "slug": "beratung"}
    )
    mt = await client.acting_as("u1").meeting_types.create(
        name="Erstberatung", duration=30, slug="beratung"
    )
    assert body_of(patch.calls.last.request) == {"slug": "beratung"}
    assert patch.calls.last.request.headers[ACTING] == "u1"
    assert mt.slug == "beratung"


async def test_meeting_type_update_nests_info_fields_and_keeps_top_level_ones(client, respx_mock):
    route = respx_mock.patch("/v4/meeting-type/mt1").respond(200, json=MEETING_TYPE)
    await client.acting_as("u1").meeting_types.update(
        "mt1",
        duration=45,
        buffer_before=15,
        buffer_after=10,
        timeslot_interval=15,
        booking_minimum=120,
        enabled=True,
    )
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {"duration": 45, "bufferBefore": 15, "bufferAfter": 10},
        "enabled": True,
        "timeslotInterval": 15,
        "bookingMinimum": 120,
    }


async def test_meeting_type_delete_with_empty_200(client, respx_mock):
    route = respx_mock.delete("/v4/meeting-type/mt1").respond(200, text="")
    assert (
        await client.acting_as("u1").meeting_types.delete("mt1", delete_availability=True) is None
    )
    assert route.calls.last.request.url.params["deleteAvailability"] == "true"
    assert route.calls.last.request.headers[ACTING] == "u1"
