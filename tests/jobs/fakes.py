"""A small in-memory stand-in for ``MeetergoClient.users`` with scripted failures.

The fakes subclass the real client and its users resource, so mypy holds every method to the
real signature and return type; a call the fake does not cover reaches the real resource, whose
client is never opened, and fails loudly instead of answering something made up.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from typing import Any

from console.api import CreatedUser, MeetergoClient, User, UserPage
from console.api.errors import (
    ApiConnectionError,
    BadRequest,
    Conflict,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from console.api.resources.users import Users


class FakeUsers(Users):
    def __init__(self, owner: FakeClient) -> None:
        super().__init__(owner._transport)
        self._c = owner

    async def create(
        self,
        *,
        email: str,
        given_name: str,
        family_name: str,
        timezone: str,
        slug: str | None = None,
        availability: Mapping[str, Any] | None = None,
        meeting_type: Mapping[str, Any] | None = None,
    ) -> CreatedUser:
        c = self._c
        c.create_calls.append(
            {
                "email": email,
                "given_name": given_name,
                "family_name": family_name,
                "timezone": timezone,
                "slug": slug,
                "availability": availability,
                "meeting_type": meeting_type,
            }
        )
        if c.process_then_block:
            # The server processed the request, then the process died before the answer.
            c._add(email, given_name, family_name, timezone, slug)
            c.arrived()
            await asyncio.Event().wait()
        if c.gate is not None:
            c.arrived()
            await c.gate.wait()
        await asyncio.sleep(0)
        script = c.create_failures.get(email.lower())
        if script:
            kind = script.pop(0)
            if kind == "5xx":
                raise ServerError("Internal", status_code=500, method="POST", url="/v4/user")
            if kind == "429":
                raise RateLimited(
                    "Too Many Requests", method="POST", url="/v4/user", retry_after=1.5
                )
            if kind == "drop-before":
                raise ApiConnectionError("connection dropped", method="POST", url="/v4/user")
            if kind == "400":
                raise BadRequest("email must be an email", status_code=400)
            if kind == "403":
                raise PermissionDenied("Not allowed", status_code=403)
            if kind == "drop-after":
                c._add(email, given_name, family_name, timezone, slug)
                raise ApiConnectionError("connection dropped", method="POST", url="/v4/user")
        if any(u["email"].lower() == email.lower() for u in c.accounts.values()):
            raise Conflict("email already exists", status_code=409)
        user = c._add(email, given_name, family_name, timezone, slug)
        return CreatedUser.model_validate(
            {
                "userId": user["id"],
                "availabilityId": "a",
                "meetingTypeId": "m",
                "bookingUrl": f"https://cal.test/{user['slug']}/30min",
                "companyId": "co",
            }
        )

    async def pages(
        self, *, page_size: int = 100, user_type: str | None = None
    ) -> AsyncIterator[UserPage]:
        self._c.list_calls += 1
        if self._c.list_failures:
            raise self._c.list_failures.pop(0)
        users = list(self._c.accounts.values())
        for offset in range(0, max(len(users), 1), page_size):
            chunk = users[offset : offset + page_size]
            yield UserPage.model_validate(
                {"users": chunk, "total": len(users), "count": len(chunk), "offset": offset}
            )

    async def list(
        self, *, page_size: int = 100, user_type: str | None = None
    ) -> AsyncIterator[User]:
        async for page in self.pages(page_size=page_size, user_type=user_type):
            for user in page.users:
                yield user

    async def get(self, user_id: str) -> User:
        if user_id not in self._c.accounts:
            raise NotFound("User not found", status_code=404)
        return User.model_validate(self._c.accounts[user_id])

    async def update(
        self,
        user_id: str,
        *,
        given_name: str | None = None,
        family_name: str | None = None,
        slug: str | None = None,
    ) -> User:
        if user_id not in self._c.accounts:
            raise NotFound("User not found", status_code=404)
        if slug is not None and any(u["slug"] == slug for u in self._c.accounts.values()):
            raise BadRequest("slug already taken", status_code=400)
        user = self._c.accounts[user_id]
        for key, value in (("givenName", given_name), ("familyName", family_name), ("slug", slug)):
            if value is not None:
                user[key] = value
        return User.model_validate(user)

    async def delete(self, user_id: str, *, transfer_to: str | None = None) -> None:
        if user_id not in self._c.accounts:
            raise NotFound("User not found", status_code=404)
        self._c.deleted.append((user_id, transfer_to))
        del self._c.accounts[user_id]


class FakeClient(MeetergoClient):
    """Only what the accounts service and the onboarding job use."""

    def __init__(self) -> None:
        super().__init__("ak_live:fake", "http://fake.invalid")
        self.accounts: dict[str, dict[str, Any]] = {}
        self.create_calls: list[dict[str, Any]] = []
        self.create_failures: dict[str, list[str]] = {}
        self.list_failures: list[Exception] = []
        self.list_calls = 0
        self.deleted: list[tuple[str, str | None]] = []
        self.gate: asyncio.Event | None = None
        self.process_then_block = False
        self.in_flight = 0
        self._arrival = asyncio.Event()
        self._ids = itertools.count(1)
        self.users = FakeUsers(self)

    def _add(
        self, email: str, given: str, family: str, tz: str, slug: str | None
    ) -> dict[str, Any]:
        uid = f"user-{next(self._ids)}"
        slug = slug or f"{given}-{family}".lower()
        self.accounts[uid] = {
            "id": uid,
            "email": email,
            "givenName": given,
            "familyName": family,
            "fullName": f"{given} {family}",
            "slug": slug,
            "timezone": tz,
            "createdAt": datetime(2026, 1, 2, tzinfo=UTC).isoformat(),
            "meetingTypeIds": ["m1"],
            "bookingUrl": f"https://cal.test/{slug}",
        }
        return self.accounts[uid]

    def arrived(self) -> None:
        self.in_flight += 1
        self._arrival.set()

    async def wait_in_flight(self, n: int) -> None:
        """Until ``n`` create calls are blocked inside the fake."""
        while self.in_flight < n:
            self._arrival.clear()
            await self._arrival.wait()

    def add_user(
        self, email: str, given: str = "Eva", family: str = "Existing", slug: str | None = None
    ) -> str:
        return str(self._add(email, given, family, "Europe/Berlin", slug)["id"])

    def emails(self) -> list[str]:
        return [u["email"] for u in self.accounts.values()]
