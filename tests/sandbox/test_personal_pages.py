"""Personal pages: branding and the guide's header fields."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import client_for, pro_ids


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
