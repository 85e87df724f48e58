"""``MeetergoClient``: the typed async client for the meetergo platform API (v4).

One client per connection, used as ``async with MeetergoClient(api_key=...) as client:``; it owns
one long-lived ``httpx.AsyncClient`` and one :class:`RateBudget` shared by all concurrent calls.
Resource namespaces (``client.users``, ``client.meeting_types``, …) build paths and bodies;
``user_id`` arguments become the ``x-meetergo-api-user-id`` header (acting user).
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any, Final, Self

import httpx

from console.api._transport import Clock, RateBudget, Sleep, Transport
from console.api.models import (
    Appointment,
    AppointmentPage,
    Attendee,
    Availability,
    AvailabilityException,
    BookingResult,
    CreatedUser,
    MeetingType,
    MeetingTypeTemplate,
    PersonalPage,
    SlotsResponse,
    User,
    UserPage,
    Webhook,
)
from console.scheduling.schedule import WeeklySchedule

__all__ = ["MAX_PAGE_SIZE", "MeetergoClient"]

MAX_PAGE_SIZE: Final = 100


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()
"""Marks "leave unchanged" where ``None`` is a meaningful value (e.g. remove a header image)."""


def _drop_none(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and not isinstance(v, _Unset)}


def schedule_to_wire(schedule: Any) -> dict[str, Any]:
    """Write a schedule (a ``WeeklySchedule`` or either wire shape) as seven weekday objects."""
    return WeeklySchedule.from_wire(schedule).to_wire()


def _iso(value: date | datetime | str) -> str:
    return value if isinstance(value, str) else value.isoformat()


class _Resource:
    def __init__(self, transport: Transport) -> None:
        self._t = transport


class Users(_Resource):
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

        ``availability`` is ``{name, timezone, schedule}`` (schedule in either format, sent as
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
        data = await self._t.request("POST", "/user", json=body)
        return CreatedUser.model_validate(data)

    async def pages(
        self, *, page_size: int = MAX_PAGE_SIZE, user_type: str | None = None
    ) -> AsyncIterator[UserPage]:
        """Walk ``GET /v4/user`` by offset/limit (≤100), yielding each page as it arrives."""
        limit = _page_size(page_size)
        offset = 0
        while True:
            params = _drop_none({"limit": limit, "offset": offset, "userType": user_type})
            page = UserPage.model_validate(await self._t.request("GET", "/user", params=params))
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
        """The authenticated user (or the owner, for an API key without acting user).

        For a personal access token this also teaches the client its own user id, so calls that
        name that id are allowed.
        """
        user = User.model_validate(await self._t.request("GET", "/user/me"))
        if self._t.is_personal_token:
            self._t.own_user_id = user.id
        return user

    async def get(self, user_id: str) -> User:
        """One user by id (``GET /v4/user/{id}``)."""
        return User.model_validate(await self._t.request("GET", f"/user/{user_id}"))

    async def update(
        self,
        user_id: str,
        *,
        given_name: str | None = None,
        family_name: str | None = None,
        slug: str | None = None,
    ) -> User:
        """Change names or slug (``PATCH /v4/user/{id}``); at least one is required."""
        body = _drop_none({"givenName": given_name, "familyName": family_name, "slug": slug})
        if not body:
            raise ValueError("nothing to update: give a name or a slug")
        return User.model_validate(await self._t.request("PATCH", f"/user/{user_id}", json=body))

    async def delete(self, user_id: str, transfer_to: str | None = None) -> None:
        """Delete a user; ``transfer_to`` receives their meeting types and other resources."""
        body = {"targetUserId": transfer_to} if transfer_to is not None else None
        await self._t.request("DELETE", f"/user/{user_id}", json=body)


class MeetingTypes(_Resource):
    """``/v4/meeting-type``: a user's bookable meeting types (acting user = owner)."""

    async def list(self, user_id: str) -> list[MeetingType]:
        """The acting user's meeting types (bare array; the old ``{meetingTypes}`` also read)."""
        data = await self._t.request("GET", "/meeting-type", user_id=user_id)
        if isinstance(data, Mapping):
            data = data.get("meetingTypes", [])
        return [MeetingType.model_validate(item) for item in data or []]

    async def get(self, meeting_type_id: str, user_id: str) -> MeetingType:
        """One meeting type with its full configuration."""
        data = await self._t.request("GET", f"/meeting-type/{meeting_type_id}", user_id=user_id)
        return MeetingType.model_validate(data)

    async def create(
        self,
        user_id: str,
        *,
        name: str,
        duration: int,
        description: str = "",
        channel: str = "phone",
        slug: str | None = None,
        spots: int | None = None,
        availability_id: str | None = None,
        buffer_before: int | None = None,
        buffer_after: int | None = None,
        meeting_options: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> MeetingType:
        """Create a meeting type in the current shape (nested ``meetingInfo``).

        meetergo silently drops ``slug`` on create, so a wanted slug that did not stick is set
        with a follow-up PATCH.
        """
        info = _drop_none(
            {
                "name": name,
                "description": description,
                "duration": duration,
                "channel": channel,
                "bufferBefore": buffer_before,
                "bufferAfter": buffer_after,
            }
        )
        body: dict[str, Any] = {"meetingInfo": info}
        body.update(
            _drop_none(
                {
                    "slug": slug,
                    "spots": spots,
                    "availabilityId": availability_id,
                    "meetingOptions": dict(meeting_options) if meeting_options else None,
                }
            )
        )
        body.update(extra or {})
        data = await self._t.request("POST", "/meeting-type", json=body, user_id=user_id)
        created = MeetingType.model_validate(data)
        if slug is not None and created.slug != slug:
            created = await self.update(created.id, user_id, slug=slug)
        return created

    async def update(
        self,
        meeting_type_id: str,
        user_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        duration: int | None = None,
        channel: str | None = None,
        buffer_before: int | None = None,
        buffer_after: int | None = None,
        slug: str | None = None,
        enabled: bool | None = None,
        spots: int | None = None,
        timeslot_interval: int | None = None,
        booking_minimum: int | None = None,
        availability_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> MeetingType:
        """Partial update (``PATCH``); meeting-info fields go nested, as the API expects."""
        info = _drop_none(
            {
                "name": name,
                "description": description,
                "duration": duration,
                "channel": channel,
                "bufferBefore": buffer_before,
                "bufferAfter": buffer_after,
            }
        )
        body: dict[str, Any] = {"meetingInfo": info} if info else {}
        body.update(
            _drop_none(
                {
                    "slug": slug,
                    "enabled": enabled,
                    "spots": spots,
                    "timeslotInterval": timeslot_interval,
                    "bookingMinimum": booking_minimum,
                    "availabilityId": availability_id,
                }
            )
        )
        body.update(extra or {})
        if not body:
            raise ValueError("nothing to update")
        data = await self._t.request(
            "PATCH", f"/meeting-type/{meeting_type_id}", json=body, user_id=user_id
        )
        return MeetingType.model_validate(data)

    async def delete(
        self, meeting_type_id: str, user_id: str, *, delete_availability: bool = False
    ) -> None:
        """Soft-delete a meeting type; its booking URL stops taking bookings."""
        params = {"deleteAvailability": "true"} if delete_availability else None
        await self._t.request(
            "DELETE", f"/meeting-type/{meeting_type_id}", params=params, user_id=user_id
        )


class Availabilities(_Resource):
    """``/v4/availability/{id}``: weekly hours and holiday exceptions."""

    async def get(self, availability_id: str, user_id: str) -> Availability:
        """An availability; its schedule is read as a ``WeeklySchedule`` (either wire shape)."""
        data = await self._t.request("GET", f"/availability/{availability_id}", user_id=user_id)
        return Availability.model_validate(data)

    async def update(
        self,
        availability_id: str,
        user_id: str,
        *,
        name: str | None = None,
        schedule: Any = None,
        timezone: str | None = None,
    ) -> Availability:
        """Change name, schedule (sent as weekday objects, all seven days) and/or time zone."""
        body = _drop_none(
            {
                "name": name,
                "schedule": schedule_to_wire(schedule) if schedule is not None else None,
                "timezone": timezone,
            }
        )
        if not body:
            raise ValueError("nothing to update")
        data = await self._t.request(
            "PATCH", f"/availability/{availability_id}", json=body, user_id=user_id
        )
        return Availability.model_validate(data)

    async def add_holidays(
        self,
        availability_id: str,
        user_id: str,
        year: int,
        country: str,
        state: str | None = None,
    ) -> list[AvailabilityException]:
        """Block public holidays (``PATCH …/holiday-exceptions``); ``state`` = German state."""
        body = _drop_none({"year": year, "country": country, "germanState": state})
        data = await self._t.request(
            "PATCH",
            f"/availability/{availability_id}/holiday-exceptions",
            json=body,
            user_id=user_id,
        )
        items = data if isinstance(data, list) else (data or {}).get("availabilityExceptions", [])
        return [AvailabilityException.model_validate(item) for item in items]


class Slots(_Resource):
    """``GET /v4/booking-availability``: bookable starts of a meeting type."""

    async def list(
        self,
        meeting_type_id: str,
        start: date | datetime | str,
        end: date | datetime | str,
        *,
        host_ids: Sequence[str] | None = None,
        queue_id: str | None = None,
        timezone: str | None = None,
        user_id: str | None = None,
    ) -> SlotsResponse:
        """Slots between ``start`` and ``end``; ``host_ids`` repeat the key, as the API wants."""
        params: list[tuple[str, Any]] = [
            ("meetingTypeId", meeting_type_id),
            ("start", _iso(start)),
            ("end", _iso(end)),
        ]
        params += [("hostIds", host) for host in host_ids or ()]
        if queue_id is not None:
            params.append(("queueId", queue_id))
        if timezone is not None:
            params.append(("timezone", timezone))
        data = await self._t.request("GET", "/booking-availability", params=params, user_id=user_id)
        return SlotsResponse.model_validate(data)


class Bookings(_Resource):
    """``POST /v4/booking``: book a listed slot. Never retried by the client."""

    async def create(
        self,
        meeting_type_id: str,
        start: datetime | str,
        attendee: Attendee | Mapping[str, Any],
        *,
        host_ids: Sequence[str] | None = None,
        queue_id: str | None = None,
        duration: int | None = None,
        channel: str | None = None,
        location: str | None = None,
        skip_notifications: bool | None = None,
        user_id: str | None = None,
    ) -> BookingResult:
        """Book ``start`` (one of the listed slots) for ``attendee``.

        The API needs ``host_ids`` or ``queue_id``; the answer is confirmed
        (``appointment_id``) or pending (``booking_type``, ``provisional_booking_id``).
        """
        if not host_ids and queue_id is None:
            raise ValueError("a booking needs host_ids or queue_id")
        person = attendee if isinstance(attendee, Attendee) else Attendee.model_validate(attendee)
        body: dict[str, Any] = {
            "meetingTypeId": meeting_type_id,
            "start": _iso(start),
            "attendee": person.to_wire(),
        }
        body.update(
            _drop_none(
                {
                    "hostIds": list(host_ids) if host_ids else None,
                    "queueId": queue_id,
                    "duration": duration,
                    "channel": channel,
                    "location": location,
                    "skipNotifications": skip_notifications,
                }
            )
        )
        data = await self._t.request("POST", "/booking", json=body, user_id=user_id)
        return BookingResult.model_validate(data or {})


class Appointments(_Resource):
    """``/v4/appointment``: list, read, cancel and reschedule appointments."""

    async def pages(
        self,
        user_id: str | None = None,
        *,
        start: date | datetime | str | None = None,
        end: date | datetime | str | None = None,
        status: str | None = None,
        meeting_type_id: str | None = None,
        sort_by: str | None = None,
        sort_direction: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> AsyncIterator[AppointmentPage]:
        """Walk ``GET /v4/appointment/paginated`` from page 0 until a short page or the total.

        With an API key ``user_id`` is the acting user; with a personal token (an admin's) it is
        sent as the ``userId`` filter instead, since a PAT never acts as someone else.
        """
        size = _page_size(page_size)
        acting = user_id if not self._t.is_personal_token else None
        user_filter = user_id if self._t.is_personal_token else None
        page_number = 0
        seen = 0
        while True:
            params = _drop_none(
                {
                    "page": page_number,
                    "pageSize": size,
                    "start": _iso(start) if start is not None else None,
                    "end": _iso(end) if end is not None else None,
                    "status": status,
                    "meetingTypeId": meeting_type_id,
                    "sortBy": sort_by,
                    "sortDirection": sort_direction,
                    "userId": user_filter,
                }
            )
            data = await self._t.request(
                "GET", "/appointment/paginated", params=params, user_id=acting
            )
            page = AppointmentPage.model_validate(data)
            yield page
            seen += len(page.appointments)
            if len(page.appointments) < size or (page.total is not None and seen >= page.total):
                return
            page_number += 1

    async def list(
        self,
        user_id: str | None = None,
        *,
        start: date | datetime | str | None = None,
        end: date | datetime | str | None = None,
        status: str | None = None,
        meeting_type_id: str | None = None,
        sort_by: str | None = None,
        sort_direction: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> AsyncIterator[Appointment]:
        """Every matching appointment, yielded as the pages arrive."""
        async for page in self.pages(
            user_id,
            start=start,
            end=end,
            status=status,
            meeting_type_id=meeting_type_id,
            sort_by=sort_by,
            sort_direction=sort_direction,
            page_size=page_size,
        ):
            for appointment in page.appointments:
                yield appointment

    async def get(self, appointment_id: str, user_id: str | None = None) -> Appointment:
        """One appointment (re-read a webhook's appointment before trusting it)."""
        data = await self._t.request("GET", f"/appointment/{appointment_id}", user_id=user_id)
        return Appointment.model_validate(data)

    async def cancel(
        self,
        appointment_id: str,
        *,
        reason: str | None = None,
        attendee_id: str | None = None,
        cancel_all: bool | None = None,
        user_id: str | None = None,
    ) -> Appointment:
        """Cancel (``POST …/cancel``; the reason goes into the e-mails). Not retried."""
        body = _drop_none({"reason": reason, "attendeeId": attendee_id, "cancelAll": cancel_all})
        data = await self._t.request(
            "POST", f"/appointment/{appointment_id}/cancel", json=body, user_id=user_id
        )
        return Appointment.model_validate(_unwrap(data, "appointment"))

    async def reschedule(
        self,
        appointment_id: str,
        start: datetime | str,
        *,
        ignore_availability: bool | None = None,
        user_id: str | None = None,
    ) -> Appointment:
        """Move to a new start (duration unchanged). Not retried."""
        body = _drop_none({"start": _iso(start), "ignoreAvailability": ignore_availability})
        data = await self._t.request(
            "POST", f"/appointment/{appointment_id}/reschedule", json=body, user_id=user_id
        )
        return Appointment.model_validate(_unwrap(data, "appointment"))


class PersonalPages(_Resource):
    """``/v4/personal-page/me`` acting as the user: booking-page branding."""

    async def get(self, user_id: str) -> PersonalPage:
        """The user's personal page."""
        data = await self._t.request("GET", "/personal-page/me", user_id=user_id)
        return PersonalPage.model_validate(data)

    async def update(
        self,
        user_id: str,
        *,
        use_custom_colors: bool | None = None,
        primary_color: str | None = None,
        secondary_color: str | None = None,
        header_image: str | _Unset | None = UNSET,
        description: str | None = None,
        show_all_meeting_types: bool | None = None,
        meeting_type_order: Sequence[str] | None = None,
        online_profiles: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> PersonalPage:
        """Partial update; ``header_image=None`` removes the image, leaving it out keeps it.

        Colours only show when ``use_custom_colors`` is true; setting a colour without saying
        otherwise turns it on.
        """
        body = _drop_none(
            {
                "useCustomColors": use_custom_colors,
                "primaryColor": primary_color,
                "secondaryColor": secondary_color,
                "description": description,
                "showAllMeetingTypes": show_all_meeting_types,
                "meetingTypeOrder": list(meeting_type_order) if meeting_type_order else None,
                "onlineProfiles": dict(online_profiles) if online_profiles else None,
            }
        )
        if not isinstance(header_image, _Unset):
            body["headerImage"] = header_image
        if use_custom_colors is None and (primary_color or secondary_color):
            body["useCustomColors"] = True
        body.update(extra or {})
        if not body:
            raise ValueError("nothing to update")
        data = await self._t.request("PATCH", "/personal-page/me", json=body, user_id=user_id)
        return PersonalPage.model_validate(data)


class Templates(_Resource):
    """``/v4/meeting-type-template``: templates assigned to many users."""

    async def create(
        self,
        *,
        name: str,
        duration: int,
        description: str = "",
        channel: str = "phone",
        template_type: str = "individual",
        spots: int | None = None,
        meeting_options: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
        user_id: str | None = None,
    ) -> MeetingTypeTemplate:
        """Create a template (``POST …/create``); ``user_id`` = acting admin for an API key."""
        body: dict[str, Any] = {
            "meetingInfo": {
                "name": name,
                "description": description,
                "duration": duration,
                "channel": channel,
            },
            "templateType": template_type,
        }
        body.update(
            _drop_none(
                {
                    "spots": spots,
                    "meetingOptions": dict(meeting_options) if meeting_options else None,
                }
            )
        )
        body.update(extra or {})
        data = await self._t.request(
            "POST", "/meeting-type-template/create", json=body, user_id=user_id
        )
        return MeetingTypeTemplate.model_validate(data)

    async def update(
        self,
        template_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        duration: int | None = None,
        channel: str | None = None,
        spots: int | None = None,
        locked_fields: Sequence[str] | None = None,
        extra: Mapping[str, Any] | None = None,
        user_id: str | None = None,
    ) -> MeetingTypeTemplate:
        """Partial update of a template (``PATCH …/{id}``)."""
        info = _drop_none(
            {"name": name, "description": description, "duration": duration, "channel": channel}
        )
        body: dict[str, Any] = {"meetingInfo": info} if info else {}
        body.update(
            _drop_none(
                {
                    "spots": spots,
                    "lockedFields": list(locked_fields) if locked_fields is not None else None,
                }
            )
        )
        body.update(extra or {})
        if not body:
            raise ValueError("nothing to update")
        data = await self._t.request(
            "PATCH", f"/meeting-type-template/{template_id}", json=body, user_id=user_id
        )
        return MeetingTypeTemplate.model_validate(data)

    async def assign(self, template_id: str, user_id: str) -> MeetingType | None:
        """Create a meeting type for ``user_id`` from the template (acting user = target)."""
        data = await self._t.request(
            "POST", f"/meeting-type-template/{template_id}/assign", json={}, user_id=user_id
        )
        if isinstance(data, Mapping) and isinstance(data.get("meetingType"), Mapping):
            data = data["meetingType"]
        if isinstance(data, Mapping) and "id" in data:
            return MeetingType.model_validate(data)
        return None


class Webhooks(_Resource):
    """``/webhooks`` at the host root: company-wide endpoints (at most 6)."""

    async def list(self, *, user_id: str | None = None) -> list[Webhook]:
        """All registered webhooks."""
        data = await self._t.request("GET", "/webhooks", root=True, user_id=user_id)
        return [Webhook.model_validate(item) for item in data or []]

    async def create(
        self,
        endpoint: str,
        event_types: Sequence[str],
        description: str | None = None,
        *,
        user_id: str | None = None,
    ) -> Webhook:
        """Register an endpoint; a 7th webhook raises :class:`~console.api.errors.LimitReached`."""
        if not event_types:
            raise ValueError("at least one event type is required")
        body = _drop_none(
            {"endpoint": endpoint, "eventTypes": list(event_types), "description": description}
        )
        data = await self._t.request("POST", "/webhooks", root=True, json=body, user_id=user_id)
        return Webhook.model_validate(data)

    async def update(
        self,
        webhook_id: str,
        *,
        endpoint: str | None = None,
        event_types: Sequence[str] | None = None,
        description: str | None = None,
        user_id: str | None = None,
    ) -> Webhook:
        """Change endpoint, event types (replaces the list) or description."""
        body = _drop_none(
            {
                "endpoint": endpoint,
                "eventTypes": list(event_types) if event_types is not None else None,
                "description": description,
            }
        )
        if not body:
            raise ValueError("nothing to update")
        data = await self._t.request(
            "PATCH", f"/webhooks/{webhook_id}", root=True, json=body, user_id=user_id
        )
        return Webhook.model_validate(data)

    async def delete(self, webhook_id: str, *, user_id: str | None = None) -> None:
        """Remove a webhook."""
        await self._t.request("DELETE", f"/webhooks/{webhook_id}", root=True, user_id=user_id)


class MeetergoClient:
    """Async client for one meetergo connection (platform API key or personal token).

    Use as an async context manager; it creates one ``httpx.AsyncClient`` on entry and closes it
    on exit. ``sleep`` and ``clock`` are injectable so tests run retries and the rate budget
    without waiting. The credential is never logged, shown in ``repr`` or put in an error.

    Acting user: with a platform API key (``ak_live:…``) every ``user_id`` argument becomes the
    ``x-meetergo-api-user-id`` header. A personal access token (``rgo-…``) never sends that
    header; a call naming a ``user_id`` is allowed only when it is the token's own id (learnt by
    ``users.me()``) and otherwise raises ``ActingUserRefused`` (a ``PermissionDenied``, 403)
    before anything is sent.

    Retries: GET/PATCH/DELETE are retried on connection errors, timeouts, 429 and 5xx (backoff
    0.5 s doubling to 8 s with jitter, or the server's ``Retry-After``, capped at 60 s), at most
    ``max_retries`` times. POST is never retried: callers reconcile after an
    ``ApiConnectionError`` and may resend after ``RateLimited`` (429 = not processed).
    """

    def __init__(
        self,
        api_key: str,
        base_url: str = "https://api.meetergo.com",
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        max_retries: int = 2,
        requests_per_minute: float = 100,
        burst: float = 200,
        timeout: httpx.Timeout | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        sleeper: Sleep = sleep or asyncio.sleep
        self.rate_budget = RateBudget(
            requests_per_minute, burst, clock=clock or time.monotonic, sleep=sleeper
        )
        kwargs: dict[str, Any] = {"timeout": timeout} if timeout is not None else {}
        self._transport = Transport(
            api_key=api_key,
            base_url=base_url,
            transport=transport,
            max_retries=max_retries,
            budget=self.rate_budget,
            sleep=sleeper,
            rng=rng,
            **kwargs,
        )
        self.users = Users(self._transport)
        self.meeting_types = MeetingTypes(self._transport)
        self.availability = Availabilities(self._transport)
        self.slots = Slots(self._transport)
        self.bookings = Bookings(self._transport)
        self.appointments = Appointments(self._transport)
        self.personal_page = PersonalPages(self._transport)
        self.templates = Templates(self._transport)
        self.webhooks = Webhooks(self._transport)

    @property
    def base_url(self) -> str:
        """The host the client talks to (without ``/v4``)."""
        return self._transport.base_url

    @property
    def is_personal_token(self) -> bool:
        """True when the credential is a personal access token (acts only as its owner)."""
        return self._transport.is_personal_token

    def __repr__(self) -> str:
        kind = "personal token" if self.is_personal_token else "API key"
        return f"MeetergoClient(base_url={self.base_url!r}, credential=<{kind} hidden>)"

    async def __aenter__(self) -> Self:
        await self._transport.open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client (also done by leaving the ``async with`` block)."""
        await self._transport.close()


def _page_size(value: int) -> int:
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
    return value


def _unwrap(data: Any, key: str) -> Any:
    if isinstance(data, Mapping) and isinstance(data.get(key), Mapping) and "id" not in data:
        return data[key]
    return data
