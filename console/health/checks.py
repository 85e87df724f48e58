"""The health checks of one account against the API — no Qt.

A check costs few requests: the account's meeting types (one list, which also gives the slugs
and what template drift compares), the booking availability of its enabled meeting types until
the first one with a slot, and the newest appointment (one short page). Every request goes
through the client, so the connection's rate budget and retries apply.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from console.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    NotFound,
)
from console.health.model import SLOT_HORIZON_DAYS, AccountHealth
from console.jobs.edits.base import flatten
from console.jobs.edits.template_assign import live_meeting_types
from console.services.branding import kit_drift
from console.services.templates import template_fields

if TYPE_CHECKING:
    from console.api.client import ActingClient, MeetergoClient
    from console.api.models import AppointmentPage
    from console.store.brand_kits import BrandKit
    from console.store.records import BookingRecord
    from console.store.templates import TemplateRecord

#: Errors that end a whole refresh rather than one account's check: the server or the key
#: failed, so every other account would fail the same way.
CONNECTION_ERRORS = (AuthenticationError, ApiConnectionError, ApiTimeoutError)


@dataclass(frozen=True)
class TemplateLink:
    """A meeting type of the account that assigning ``template`` made."""

    template: TemplateRecord
    meeting_type_id: str


def enabled(meeting_types: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The meeting types a client can book (``enabled`` missing counts as enabled)."""
    return [mt for mt in meeting_types if mt.get("enabled", True) is not False]


def slug_clashes(meeting_types: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The slugs two or more of the account's meeting types share (case-insensitively): only
    one of them is reachable at the account's booking URL."""
    seen: dict[str, int] = {}
    for mt in meeting_types:
        slug = mt.get("slug")
        if isinstance(slug, str) and slug.strip():
            key = slug.strip().casefold()
            seen[key] = seen.get(key, 0) + 1
    return tuple(sorted(slug for slug, count in seen.items() if count > 1))


def drifted_templates(
    links: Sequence[TemplateLink], meeting_types: Sequence[Mapping[str, Any]]
) -> tuple[str, ...]:
    """The names of the templates whose meeting type differs from them (or is gone).

    Compared on the meeting-type list already read for the other checks, rather than one
    more request per assignment, as the templates service's drift view does.
    """
    by_id = {str(mt.get("id")): flatten(dict(mt)) for mt in meeting_types}
    drifted: list[str] = []
    for link in links:
        wanted = template_fields(link.template)
        if not wanted:  # the console does not know the template's values: nothing to compare
            continue
        state = by_id.get(link.meeting_type_id)
        if state is None or any(state.get(f) != v for f, v in wanted.items()):
            drifted.append(link.template.name or link.template.template_id)
    return tuple(sorted(set(drifted)))


async def next_slot(
    acting: ActingClient,
    account_id: str,
    meeting_types: Sequence[Mapping[str, Any]],
    now: datetime,
    days: int = SLOT_HORIZON_DAYS,
) -> datetime | None:
    """The first bookable start of any of ``meeting_types`` within ``days``; the meeting types
    are asked one by one and the first that has a slot ends the search."""
    end = now + timedelta(days=days)
    for mt in meeting_types:
        answer = await acting.slots.list(str(mt["id"]), now, end, host_ids=[account_id])
        upcoming = [start for start in answer.starts() if start >= now]
        if upcoming:
            return min(upcoming)
    return None


async def last_booking(
    acting: ActingClient, known: Sequence[BookingRecord] = ()
) -> datetime | None:
    """When the account was last booked: the newest appointment the API lists (one page of
    one), or a newer one the live feed stored."""
    newest: datetime | None = None
    # The pages are an async generator: closed at once, it sends no request for a second page.
    pages = cast(
        "AsyncGenerator[AppointmentPage, None]",
        acting.appointments.pages(
            sort_by="appointment.createdAt", sort_direction="DESC", page_size=1
        ),
    )
    try:
        page = await anext(pages, None)
    finally:
        await pages.aclose()
    for appointment in page.appointments if page is not None else ():
        newest = appointment.created_at or appointment.start
    for booking in known:
        made = booking.created_at or booking.start
        if made is not None and (newest is None or made > newest):
            newest = made
    return newest


async def brand_kit_drift(acting: ActingClient, kit: BrandKit | None) -> tuple[str, ...] | None:
    """The booking-page fields that differ from ``kit``, the kit the account got (empty: in
    sync); None for an account that got no kit or whose page is gone."""
    if kit is None:
        return None
    try:
        page = await acting.personal_pages.get()
    except NotFound:
        return None
    return tuple(kit_drift(kit, page.model_dump(mode="json", by_alias=True)))


async def check_account(
    client: MeetergoClient,
    account_id: str,
    *,
    now: datetime,
    templates: Sequence[TemplateLink] = (),
    bookings: Sequence[BookingRecord] = (),
    kit: BrandKit | None = None,
) -> AccountHealth:
    """Check one account; an API error of this account alone becomes the record's ``error``
    (a :data:`CONNECTION_ERRORS` one is raised: the whole refresh cannot go on)."""
    acting = client.acting_as(account_id)
    try:
        meeting_types = await live_meeting_types(acting)
        bookable = enabled(meeting_types)
        slot = await next_slot(acting, account_id, bookable, now)
        booked = await last_booking(acting, bookings)
        kits = await brand_kit_drift(acting, kit)
    except CONNECTION_ERRORS:
        raise
    except ApiError as exc:
        status = f"HTTP {exc.status_code}: " if exc.status_code is not None else ""
        return AccountHealth(account_id, checked_at=now, stale=False, error=status + exc.message)
    return AccountHealth(
        account_id,
        checked_at=now,
        stale=False,
        meeting_types=len(meeting_types),
        enabled_meeting_types=len(bookable),
        next_slot=slot,
        meeting_type_slug_clashes=slug_clashes(meeting_types),
        last_booking=booked,
        template_drift=drifted_templates(templates, meeting_types),
        kit_drift=kits,
    )


__all__ = [
    "CONNECTION_ERRORS",
    "TemplateLink",
    "brand_kit_drift",
    "check_account",
    "drifted_templates",
    "enabled",
    "last_booking",
    "next_slot",
    "slug_clashes",
]
