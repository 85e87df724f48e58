"""``/v4/user``: create, list, read, update and delete client accounts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

from console.api._wire import MAX_PAGE_SIZE, check_page_size, drop_none, nothing, schedule_to_wire
from console.api.models import CreatedUser, User, UserPage
from console.api.resources._base import Resource

__all__ = ["Users"]


class Users(Resource):
    """``/v4/user``: create, list, read, update and delete client accounts."""

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
        """Create a platform user (``POST /v4/user``, API key only). Never retried.

        ``availability`` is ``{name, timezone, schedule}`` (schedule a
        :class:`~console.scheduling.schedule.WeeklySchedule` or either wire shape, sent as
        weekday objects); ``meeting_type`` is ``{name, duration, slug?, channel?}``. After an
        :class:`~console.api.errors.ApiConnectionError` the user may exist: look it up by e-mail.
        """
        body: dict[str, Any] = {
            "email": email,
            "givenName": given_name,
            "familyName": family_name,
            "timezone": timezone,
        }
        if slug is not None:
            body["slug"] = slug
        if availability is not None:
            avail = dict(availability)
            if "schedule" in avail:
                avail["schedule"] = schedule_to_wire(avail["schedule"])
            avail.setdefault("timezone", timezone)
            body["availability"] = avail
        if meeting_type is not None:
            body["meetingType"] = dict(meeting_type)
        return await self._call("POST", "/user", CreatedUser.model_validate, json=body)

    async def pages(
        self, *, page_size: int = MAX_PAGE_SIZE, user_type: str | None = None
    ) -> AsyncIterator[UserPage]:
        """Walk ``GET /v4/user`` by offset/limit (≤100), yielding each page as it arrives."""
        limit = check_page_size(page_size)
        offset = 0
        while True:
            params = drop_none({"limit": limit, "offset": offset, "userType": user_type})
            page = await self._call("GET", "/user", UserPage.model_validate, params=params)
            page.offset = offset
            yield page
            offset += len(page.users)
            if len(page.users) < limit or (page.total is not None and offset >= page.total):
                return

    async def list(
        self, *, page_size: int = MAX_PAGE_SIZE, user_type: str | None = None
    ) -> AsyncIterator[User]:
        """Every user of the company, yielded as the pages arrive."""
        async for page in self.pages(page_size=page_size, user_type=user_type):
            for user in page.users:
                yield user

    async def me(self) -> User:
        """The authenticated user (or the acting one; the owner for an API key without one).

        For a personal access token this also teaches the client its own user id, the one user
        it may act as (the client calls it on entering).
        """
        user = await self._call("GET", "/user/me", User.model_validate)
        if self._t.is_personal_token:
            self._t.own_user_id = user.id
        return user

    async def get(self, user_id: str) -> User:
        """One user by id (``GET /v4/user/{id}``)."""
        return await self._call("GET", f"/user/{user_id}", User.model_validate)

    async def update(
        self,
        user_id: str,
        *,
        given_name: str | None = None,
        family_name: str | None = None,
        slug: str | None = None,
    ) -> User:
        """Change names or slug (``PATCH /v4/user/{id}``); at least one is required."""
        body = drop_none({"givenName": given_name, "familyName": family_name, "slug": slug})
        if not body:
            raise ValueError("nothing to update: give a name or a slug")
        return await self._call("PATCH", f"/user/{user_id}", User.model_validate, json=body)

    async def delete(self, user_id: str, *, transfer_to: str | None = None) -> None:
        """Delete a user; ``transfer_to`` receives their meeting types and other resources."""
        body = {"targetUserId": transfer_to} if transfer_to is not None else None
        await self._call("DELETE", f"/user/{user_id}", nothing, json=body)
