"""Appointment listing, personal pages, meeting-type templates and the traffic simulator."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import NOW, client_for, pro_ids
from tests.sandbox.receiver import Receiver


async def _page(owner, **params):
    response = await owner.get("/v4/appointment/paginated", params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.asyncio
async def test_appointment_pages_are_zero_based_and_cover_everything_once(owner):
    first = await _page(owner, page=0, pageSize=100)
    total = first["total"]
    assert total > 300  # three weeks either side of "now" for two dozen professionals
    seen = []
    page = 0
    while True:
        chunk = await _page(owner, page=page, pageSize=100)
        assert chunk["page"] == page and chunk["pageSize"] == 100
        seen += [a["id"] for a in chunk["appointments"]]
        if len(chunk["appointments"]) < 100:
            break
        page += 1
    assert len(seen) == len(set(seen)) == total
    starts = [a["start"] for a in first["appointments"]]
    assert starts == sorted(starts)


@pytest.mark.asyncio
async def test_the_demo_weeks_hold_past_and_future_appointments(owner):
    now = NOW.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    everything = await _page(owner, page=0, pageSize=1)
    future = await _page(owner, page=0, pageSize=1, start=now)
    assert 0 < future["total"] < everything["total"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "params",
    [
        {"page": 0},
        {"pageSize": 10},
        {"page": -1, "pageSize": 10},
        {"page": 0, "pageSize": 101},
        {"page": 0, "pageSize": 0},
        {"page": 0, "pageSize": 5, "status": "maybe"},
        {"page": 0, "pageSize": 5, "sortBy": "appointment.price"},
    ],
)
async def test_appointment_listing_validates_paging_status_and_sort(owner, params):
    response = await owner.get("/v4/appointment/paginated", params=params)
    assert response.status_code == 400
    assert isinstance(response.json()["message"], list)


@pytest.mark.asyncio
async def test_appointment_filters_narrow_the_listing(owner):
    ids = await pro_ids(owner)
    own = await _page(owner, page=0, pageSize=100, userId=ids[0])
    assert own["total"] > 0 and all(a["hostIds"] == [ids[0]] for a in own["appointments"])
    cancelled = await _page(owner, page=0, pageSize=100, status="cancelled")
    assert cancelled["total"] > 0 and all(a["isCancelled"] for a in cancelled["appointments"])
    mt = own["appointments"][0]["meetingTypeId"]
    by_type = await _page(owner, page=0, pageSize=100, meetingTypeId=mt)
    assert all(a["meetingTypeId"] == mt for a in by_type["appointments"])
    window = await _page(owner, page=0, pageSize=100, start="2026-03-02", end="2026-03-02")
    assert all(a["start"].startswith(("2026-03-02",)) for a in window["appointments"])
    someone = own["appointments"][0]["attendees"][0]["email"]
    found = await _page(owner, page=0, pageSize=100, search=someone.upper())
    assert any(a["attendees"][0]["email"] == someone for a in found["appointments"])
    newest = await _page(
        owner, page=0, pageSize=5, sortBy="appointment.start", sortDirection="DESC"
    )
    starts = [a["start"] for a in newest["appointments"]]
    assert starts == sorted(starts, reverse=True)


@pytest.mark.asyncio
async def test_a_professional_sees_and_gets_only_their_own_appointments(app, owner):
    ids = await pro_ids(owner)
    other = (await _page(owner, page=0, pageSize=1, userId=ids[1]))["appointments"][0]
    async with client_for(app, app.state.sandbox.demo_api_key, ids[0]) as pro:
        page = await pro.get("/v4/appointment/paginated", params={"page": 0, "pageSize": 100})
        assert all(a["hostIds"] == [ids[0]] for a in page.json()["appointments"])
        assert (await pro.get(f"/v4/appointment/{other['id']}")).status_code == 404
    assert (await owner.get(f"/v4/appointment/{other['id']}")).status_code == 200


@pytest.mark.asyncio
async def test_the_personal_page_takes_branding_and_the_guides_header_fields(app, owner):
    ids = await pro_ids(owner)
    key = app.state.sandbox.demo_api_key
    async with client_for(app, key, ids[0]) as pro:
        page = (await pro.get("/v4/personal-page/me")).json()
        assert page["meetingTypes"]
        updated = await pro.patch(
            "/v4/personal-page/me",
            json={
                "useCustomColors": True,
                "primaryColor": "#2E4A3F",
                "description": "Hallo",
                "unknownField": 1,
            },
        )
        assert updated.status_code == 200
        assert updated.json()["primaryColor"] == "#2E4A3F"
        assert "unknownField" not in updated.json()
        guide = await pro.patch(
            "/v4/personal-page",
            json={
                "headerTitle": "Book a consultation",
                "headerSubtitle": "Select a time that works for you",
            },
        )
        assert guide.json()["headerTitle"] == "Book a consultation"
        assert guide.json()["description"] == "Hallo"
        bad = await pro.patch("/v4/personal-page/me", json={"primaryColor": "green-ish"})
        assert bad.status_code == 400
        assert (await pro.get(f"/v4/personal-page/{ids[1]}")).status_code == 403
    admin_view = (await owner.get(f"/v4/personal-page/{ids[0]}")).json()
    assert admin_view["headerSubtitle"] == "Select a time that works for you"


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


@pytest.mark.asyncio
async def test_the_traffic_simulator_books_cancels_and_reschedules(app):
    state = app.state.sandbox

    def counts() -> tuple[int, int]:
        return (
            state.db.one("SELECT COUNT(*) FROM appointments")[0],
            state.db.one("SELECT COUNT(*) FROM appointments WHERE cancelled = 1")[0],
        )

    total, cancelled = counts()
    assert state.traffic.step("book") == "booked"
    assert counts() == (total + 1, cancelled)
    assert state.traffic.step("cancel") == "cancelled"
    assert counts() == (total + 1, cancelled + 1)
    assert state.traffic.step("reschedule") == "rescheduled"
    assert state.db.one("SELECT COUNT(*) FROM appointments WHERE doc LIKE '%rescheduledAt\":\"%'")
    assert {state.traffic.step() for _ in range(40)} >= {"booked", "cancelled"}


@pytest.mark.asyncio
async def test_traffic_started_by_the_admin_route_fires_booking_webhooks(app, owner):
    async with Receiver() as receiver:
        await owner.post(
            "/webhooks", json={"endpoint": receiver.url, "eventTypes": ["booking_created"]}
        )
        started = await owner.post("/_sandbox/traffic", json={"rate_per_minute": 3000})
        assert started.json()["running"] is True
        [event] = await receiver.wait_for(1)
        stopped = await owner.post("/_sandbox/traffic", json={"rate_per_minute": 0})
    assert event["webhookType"] == "booking_created"
    assert stopped.json()["running"] is False
    assert (await owner.post("/_sandbox/traffic", json={"rate_per_minute": -1})).status_code == 400
