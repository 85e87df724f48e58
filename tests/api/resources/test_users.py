"""``/v4/user``: what each call sends and how the answer is read."""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import BASE, body_of
from tests.api.resources.samples import USER, assert_common_headers

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]


async def test_create_user_posts_json_with_schedule_as_weekday_objects(client, respx_mock):
    route = respx_mock.post("/v4/user").respond(
        201,
        json={
            "userId": "u9",
            "availabilityId": "av9",
            "meetingTypeId": "mt9",
            "bookingUrl": "https://cal.meetergo.com/max-muster/erstberatung",
            "companyId": "co1",
        },
    )
    created = await client.users.create(
        email="max@kanzlei.de",
        given_name="Max",
        family_name="Muster",
        timezone="Europe/Berlin",
        slug="max-muster",
        availability={
            "name": "Business Hours",
            "schedule": [{"dayOfWeek": "monday", "intervals": [{"from": "09:00", "to": "18:00"}]}],
        },
        meeting_type={"name": "Erstberatung", "duration": 30, "slug": "erstberatung"},
    )
    request = route.calls.last.request
    assert_common_headers(request)
    body = body_of(request)
    assert body["email"] == "max@kanzlei.de"
    assert (body["givenName"], body["familyName"], body["slug"]) == ("Max", "Muster", "max-muster")
    assert body["availability"]["timezone"] == "Europe/Berlin"
    assert body["availability"]["schedule"]["monday"] == {
        "enabled": True,
        "hours": [{"start": "09:00", "end": "18:00"}],
    }
    assert body["availability"]["schedule"]["sunday"] == {"enabled": False, "hours": []}
    assert body["meetingType"] == {"name": "Erstberatung", "duration": 30, "slug": "erstberatung"}
    assert created.user_id == "u9"
    assert created.meeting_type_id == "mt9"
    assert created.booking_url == "https://cal.meetergo.com/max-muster/erstberatung"


async def test_create_user_without_options_sends_only_the_required_fields(client, respx_mock):
    route = respx_mock.post("/v4/user").respond(201, json={"userId": "u9"})
    await client.users.create(
        email="a@b.de", given_name="A", family_name="B", timezone="America/New_York"
    )
    assert body_of(route.calls.last.request) == {
        "email": "a@b.de",
        "givenName": "A",
        "familyName": "B",
        "timezone": "America/New_York",
    }


async def test_me_gets_the_acting_user(client, respx_mock):
    route = respx_mock.get("/v4/user/me").respond(200, json=USER)
    user = await client.users.me()
    assert_common_headers(route.calls.last.request, json_body=False)
    assert user.id == "u1" and user.full_name == "Anna Schmidt"


async def test_get_user_reads_one_user(client, respx_mock):
    respx_mock.get("/v4/user/u1").respond(200, json=USER)
    user = await client.users.get("u1")
    assert user.booking_url == "https://cal.meetergo.com/anna-schmidt"
    assert user.meeting_type_ids == ["mt1"]


async def test_update_user_patches_only_given_fields(client, respx_mock):
    route = respx_mock.patch("/v4/user/u1").respond(200, json={**USER, "slug": "anna-schmidt-law"})
    user = await client.users.update("u1", slug="anna-schmidt-law")
    assert_common_headers(route.calls.last.request)
    assert body_of(route.calls.last.request) == {"slug": "anna-schmidt-law"}
    assert user.slug == "anna-schmidt-law"


async def test_update_user_with_nothing_to_change_sends_nothing(client):
    with pytest.raises(ValueError, match="nothing to update"):
        await client.users.update("u1")


async def test_delete_user_with_transfer_target(client, respx_mock):
    route = respx_mock.delete("/v4/user/u2").respond(200, text="User deleted successfully")
    await client.users.delete("u2", transfer_to="u1")
    assert body_of(route.calls.last.request) == {"targetUserId": "u1"}


async def test_delete_user_without_transfer_sends_no_body(client, respx_mock):
    route = respx_mock.delete("/v4/user/u2").respond(204)
    assert await client.users.delete("u2") is None
    assert route.calls.last.request.content == b""


async def test_users_list_walks_offsets_until_the_total(client, respx_mock):
    users = [{**USER, "id": f"u{i}"} for i in range(5)]

    def page(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        chunk = users[offset : offset + limit]
        return httpx.Response(
            200, json={"users": chunk, "total": 5, "count": len(chunk), "offset": offset}
        )

    route = respx_mock.get("/v4/user").mock(side_effect=page)
    ids = [user.id async for user in client.users.list(page_size=2, user_type="api-platform")]
    assert ids == ["u0", "u1", "u2", "u3", "u4"]
    assert [dict(call.request.url.params) for call in route.calls] == [
        {"limit": "2", "offset": "0", "userType": "api-platform"},
        {"limit": "2", "offset": "2", "userType": "api-platform"},
        {"limit": "2", "offset": "4", "userType": "api-platform"},
    ]


async def test_users_pages_stop_on_a_short_page_without_a_total(client, respx_mock):
    route = respx_mock.get("/v4/user").respond(200, json={"users": [USER]})
    pages = [page async for page in client.users.pages()]
    assert len(pages) == 1 and pages[0].users[0].id == "u1"
    assert route.call_count == 1
    assert route.calls.last.request.url.params["limit"] == "100"


async def test_users_page_size_above_100_is_refused(client):
    with pytest.raises(ValueError, match="between 1 and 100"):
        async for _ in client.users.list(page_size=101):
            pass
