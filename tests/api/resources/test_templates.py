"""``/v4/meeting-type-template``: what each call sends and reads."""

from __future__ import annotations

import pytest

from tests.api.conftest import BASE, body_of
from tests.api.resources.samples import MEETING_TYPE, assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_template_create_posts_to_create_with_meeting_info(client, respx_mock):
    route = respx_mock.post("/v4/meeting-type-template/create").respond(
        201, json={"id": "t1", "meetingInfo": {"name": "Erstberatung", "duration": 30}}
    )
    template = await client.acting_as("admin").templates.create(
        name="Erstberatung", duration=30, description="Kostenlos"
    )
    assert_common_headers(route.calls.last.request, acting="admin")
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {
            "name": "Erstberatung",
            "description": "Kostenlos",
            "duration": 30,
            "channel": "phone",
        },
        "templateType": "individual",
    }
    assert template.id == "t1" and template.meeting_info.name == "Erstberatung"


async def test_template_update_patches_locked_fields(client, respx_mock):
    route = respx_mock.patch("/v4/meeting-type-template/t1").respond(200, json={"id": "t1"})
    await client.templates.update("t1", duration=45, locked_fields=["meetingInfo.duration"])
    assert body_of(route.calls.last.request) == {
        "meetingInfo": {"duration": 45},
        "lockedFields": ["meetingInfo.duration"],
    }


async def test_template_assign_acts_as_the_target_user(client, respx_mock):
    route = respx_mock.post("/v4/meeting-type-template/t1/assign").respond(201, json=MEETING_TYPE)
    mt = await client.acting_as("u7").templates.assign("t1")
    assert_common_headers(route.calls.last.request, acting="u7")
    assert mt is not None and mt.id == "mt1"
