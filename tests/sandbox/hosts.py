"""A test host on the sandbox and what its booking availability lists."""

from __future__ import annotations

import httpx

TUESDAY = "2026-03-03"  # the fixture clock stands on Monday 2026-03-02 09:00 Berlin
MORNINGS = {
    day: {"enabled": True, "hours": [{"start": "09:00", "end": "12:00"}]}
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
}


async def new_host(owner: httpx.AsyncClient, **meeting: object) -> tuple[str, str, str]:
    """A new Berlin user with Mon-Fri 9-12 and a 30 min meeting type; (user, type, availability)."""
    created = (
        await owner.post(
            "/v4/user",
            json={
                "email": "host@example.com",
                "givenName": "Hanna",
                "familyName": "Host",
                "timezone": "Europe/Berlin",
                "availability": {"name": "Vormittags", "schedule": MORNINGS},
            },
        )
    ).json()
    user_id = created["userId"]
    if meeting:
        await owner.patch(
            f"/v4/meeting-type/{created['meetingTypeId']}",
            json=meeting,
            headers={"x-meetergo-api-user-id": user_id},
        )
    return user_id, created["meetingTypeId"], created["availabilityId"]


async def listed_slots(
    client: httpx.AsyncClient, mt: str, host: str, start: str = TUESDAY, end: str = TUESDAY
) -> list[str]:
    """The start times listed for ``mt`` of ``host`` from ``start`` through ``end``."""
    response = await client.get(
        "/v4/booking-availability",
        params={"meetingTypeId": mt, "start": start, "end": end, "hostIds": host},
    )
    assert response.status_code == 200, response.text
    return [s["startTime"] for d in response.json()["dates"] for s in d["spots"]]


def attendee_body(email: str = "kunde@example.com") -> dict[str, object]:
    """A booking's ``attendee`` as the guide sends it."""
    return {
        "email": email,
        "firstname": "Karl",
        "lastname": "Kunde",
        "receiveReminders": True,
        "notes": {},
    }
