"""``POST /v4/user`` writes the user, its availability and its first meeting type together: a
create refused half-way leaves nothing that a retry could mistake for its own earlier success."""

from __future__ import annotations

import pytest

BODY = {
    "email": "halb@example.com",
    "givenName": "Halb",
    "familyName": "Angelegt",
    "timezone": "Europe/Berlin",
}


async def _rows(app) -> tuple[int, int, int]:
    db = app.state.sandbox.db
    counts = [db.one(f"SELECT COUNT(*) FROM {t}") for t in ("users", "availabilities")]
    types = db.one("SELECT COUNT(*) FROM meeting_types")
    return (counts[0][0], counts[1][0], types[0])


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "meeting_type",
    [
        {"name": "Erstberatung", "availabilityId": "00000000-0000-4000-8000-000000000000"},
        {"name": "Erstberatung", "duration": -30},
        {"name": "x" * 300, "duration": 30},
        {"name": "Erstberatung", "duration": 30, "availability": {"timezone": "Mars/Olympus"}},
    ],
)
async def test_a_refused_meeting_type_leaves_no_half_user_and_the_retry_creates_it(
    app, owner, meeting_type
):
    before = await _rows(app)
    refused = await owner.post("/v4/user", json={**BODY, "meetingType": meeting_type})
    assert 400 <= refused.status_code < 500, refused.text
    assert await _rows(app) == before
    listed = (await owner.get("/v4/user", params={"limit": 100})).json()["users"]
    assert all(u["email"] != BODY["email"] for u in listed)
    retry = await owner.post("/v4/user", json=BODY)
    assert retry.status_code == 201, retry.text
