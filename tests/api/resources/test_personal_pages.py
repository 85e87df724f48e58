"""``/v4/personal-page/me`` as the acting user: what each call sends and reads."""

from __future__ import annotations

import pytest

from tests.api.conftest import ACTING, BASE, body_of
from tests.api.resources.samples import assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_personal_page_get_acts_as_the_user(client, respx_mock):
    route = respx_mock.get("/v4/personal-page/me").respond(
        200,
        json={"id": "pp1", "useCustomColors": True, "primaryColor": "#2E4A3F", "meetingTypes": []},
    )
    page = await client.acting_as("u1").personal_pages.get()
    assert route.calls.last.request.headers[ACTING] == "u1"
    assert page.primary_color == "#2E4A3F"


async def test_personal_page_update_turns_custom_colours_on_and_can_remove_the_image(
    client, respx_mock
):
    route = respx_mock.patch("/v4/personal-page/me").respond(200, json={"id": "pp1"})
    await client.acting_as("u1").personal_pages.update(primary_color="#0066cc", header_image=None)
    assert_common_headers(route.calls.last.request, acting="u1")
    assert body_of(route.calls.last.request) == {
        "primaryColor": "#0066cc",
        "headerImage": None,
        "useCustomColors": True,
    }
