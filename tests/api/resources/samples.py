"""Answers as meetergo sends them, and the headers every call must carry."""

from __future__ import annotations

import httpx

from console import __version__
from tests.api.conftest import ACTING, API_KEY

USER = {
    "id": "u1",
    "email": "anna@kanzlei.de",
    "givenName": "Anna",
    "familyName": "Schmidt",
    "fullName": "Anna Schmidt",
    "slug": "anna-schmidt",
    "timezone": "Europe/Berlin",
    "companyId": "co1",
    "createdAt": "2026-01-10T08:00:00.000Z",
    "updatedAt": "2026-01-10T08:00:00.000Z",
    "userType": "api-platform",
    "meetingTypeIds": ["mt1"],
    "bookingUrl": "https://cal.meetergo.com/anna-schmidt",
}
MEETING_TYPE = {
    "id": "mt1",
    "slug": "erstberatung",
    "userId": "u1",
    "meetingInfo": {"name": "Erstberatung", "description": "", "duration": 30, "channel": "phone"},
    "spots": 1,
    "bookingUrl": "https://cal.meetergo.com/anna-schmidt/erstberatung",
}
WEBHOOK = {
    "id": "w1",
    "endpoint": "https://agency.example/hooks/meetergo",
    "description": "bookings",
    "eventTypes": ["booking_created", "booking_cancelled"],
    "companyId": "co1",
    "createdAt": "2026-01-10T08:00:00.000Z",
}
APPOINTMENT = {
    "id": "ap1",
    "start": "2026-03-02T09:00:00.000Z",
    "end": "2026-03-02T09:30:00.000Z",
    "isCancelled": False,
    "meetingTypeId": "mt1",
    "hostIds": ["u1"],
}


def assert_common_headers(
    request: httpx.Request, *, acting: str | None = None, json_body: bool = True
) -> None:
    """Auth, user agent, content type and acting user as every call must send them."""
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["user-agent"] == f"meetergo-console/{__version__}"
    if json_body:
        assert request.headers["content-type"] == "application/json"
    if acting is None:
        assert ACTING not in request.headers
    else:
        assert request.headers[ACTING] == acting
