"""The branding service: one account's booking page look (``/v4/personal-page/me``) — no Qt.

A page is held as the wire document it was read as, unknown fields included, so a
read-modify-write never drops what the console does not know. An update sends only the fields
that changed, as the acting user, reads the page back and records the change in the audit trail.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from console.domain.contrast import colour_problem, parse_hex
from console.domain.personal_page import CUSTOM_LINKS, PROFILE_FIELDS, custom_links_problems
from console.services.accounts import ValidationFailed
from console.store import Store, audit_entry

if TYPE_CHECKING:
    from console.api.client import ActingClient
    from console.store.brand_kits import BrandKit

__all__ = [
    "BRANDING_FIELDS",
    "KIT_FIELDS",
    "PROFILE_FIELDS",
    "Branding",
    "BrandingClient",
    "BrandingService",
    "KitDrift",
    "KitDriftStatus",
    "branding_changes",
    "kit_drift",
]

BRANDING_FIELDS = (
    "useCustomColors",
    "primaryColor",
    "secondaryColor",
    "headerImage",
    "headerTitle",
    "headerSubtitle",
    "description",
    "showAllMeetingTypes",
    "meetingTypeOrder",
    "onlineProfiles",
)
"""The personal-page fields the editor and the brand kits set (wire names)."""

KIT_FIELDS = (
    "useCustomColors",
    "primaryColor",
    "secondaryColor",
    "headerImage",
    "headerTitle",
    "headerSubtitle",
)
"""The fields a brand kit carries: a client's look, not a professional's own texts or order."""


class BrandingClient(Protocol):
    """What the service uses of ``MeetergoClient``: a scope acting as one user."""

    def acting_as(self, user_id: str) -> ActingClient: ...


@dataclass(frozen=True)
class Branding:
    """A personal page as read: ``page`` is the whole wire document, unknown fields kept."""

    user_id: str
    page: dict[str, Any] = field(default_factory=dict)

    def value(self, name: str) -> Any:
        return self.page.get(name)

    @property
    def fields(self) -> dict[str, Any]:
        """The editable fields (wire names), absent ones as None."""
        return {name: self.page.get(name) for name in BRANDING_FIELDS}

    @property
    def meeting_types(self) -> list[dict[str, Any]]:
        """The account's meeting types the page lists (``id``, ``name``/``title``, …)."""
        types = self.page.get("meetingTypes")
        return [m for m in types if isinstance(m, dict)] if isinstance(types, list) else []


def meeting_type_title(meeting_type: Mapping[str, Any]) -> str:
    """The name a meeting type of the page is shown by: its ``meetingInfo.name`` (the v4
    shape, which n8n's integration reads too), a flat ``name``/``title``, else its id."""
    info = meeting_type.get("meetingInfo")
    nested = info.get("name") if isinstance(info, Mapping) else None
    for value in (nested, meeting_type.get("name"), meeting_type.get("title")):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return str(meeting_type.get("id") or "")


def _normalised(name: str, value: Any) -> Any:
    if name in ("primaryColor", "secondaryColor") and isinstance(value, str) and value:
        return parse_hex(value) or value
    if name == "headerImage" and value == "":
        return None  # an emptied field removes the image
    return value


def branding_changes(before: Mapping[str, Any], edited: Mapping[str, Any]) -> dict[str, Any]:
    """The editable fields of ``edited`` that differ from ``before`` (wire names).

    ``onlineProfiles`` is replaced whole by the server, so a change sends the merged object:
    the entries the console does not show (facebook, …) stay as they were read.
    """
    changes: dict[str, Any] = {}
    for name in BRANDING_FIELDS:
        if name not in edited:
            continue
        value = _normalised(name, edited[name])
        old = before.get(name)
        if name == "onlineProfiles":
            merged = {**(old or {}), **(value or {})}
            if merged != (old or {}):
                changes[name] = merged
            continue
        if name in ("primaryColor", "secondaryColor") and isinstance(old, str):
            old = parse_hex(old) or old
        if value != old:
            changes[name] = value
    return changes


def kit_drift(kit: BrandKit | Mapping[str, Any], page: Mapping[str, Any]) -> list[str]:
    """The fields of the kit (a :class:`BrandKit` or its ``fields``) that ``page`` (a personal
    page's wire document) no longer has the kit's value of, in :data:`BRANDING_FIELDS` order.

    Compared as applying the kit would: colours in any hex spelling are equal, and only the
    ``onlineProfiles`` entries the kit names count.
    """
    values = kit if isinstance(kit, Mapping) else kit.fields
    differ = branding_changes(page, values)
    return [name for name in BRANDING_FIELDS if name in differ]


class KitDriftStatus(StrEnum):
    IN_SYNC = "in_sync"
    DRIFTED = "drifted"
    PAGE_GONE = "page_gone"  # the account's booking page could not be found


@dataclass(frozen=True)
class KitDrift:
    """How an account's booking page compares with the brand kit it got last."""

    account_id: str
    kit: str
    status: KitDriftStatus
    fields: tuple[str, ...] = ()  # the kit's fields the page differs in (wire names)

    @property
    def matches(self) -> bool:
        return self.status is KitDriftStatus.IN_SYNC


def _problems(changes: Mapping[str, Any]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name in ("primaryColor", "secondaryColor"):
        value = changes.get(name)
        if isinstance(value, str) and value:
            problem = colour_problem(value)
            if problem is not None:
                problems[name] = problem
    profiles = changes.get("onlineProfiles")
    links = profiles.get(CUSTOM_LINKS) if isinstance(profiles, Mapping) else None
    if isinstance(links, list):
        found = custom_links_problems([link for link in links if isinstance(link, Mapping)])
        if found:
            problems[CUSTOM_LINKS] = next(iter(found.values()))
    return problems


class BrandingService:
    """Reads and writes the booking pages of one connection's accounts."""

    def __init__(self, client: BrandingClient, store: Store, connection_name: str) -> None:
        self.client = client
        self.store = store
        self.connection = connection_name

    async def get(self, user_id: str) -> Branding:
        """The account's personal page as the server has it now."""
        page = await self.client.acting_as(user_id).personal_pages.get()
        return Branding(user_id, page.model_dump(mode="json", by_alias=True))

    async def update(self, before: Branding, edited: Mapping[str, Any]) -> Branding:
        """Send the fields of ``edited`` that differ from ``before``; the page read back.

        Raises :class:`ValidationFailed` (field → problem) before sending anything when a
        colour is not a hex colour; an API error leaves the caller's edit untouched.
        """
        changes = branding_changes(before.page, edited)
        problems = _problems(changes)
        if problems:
            raise ValidationFailed(problems)
        if not changes:
            return before
        acting = self.client.acting_as(before.user_id)
        await acting.personal_pages.update(extra=changes)
        after = await self.get(before.user_id)
        async with self.store.unit_of_work() as uow:
            uow.audit.record(
                audit_entry(
                    self.connection,
                    "branding",
                    account_id=before.user_id,
                    account_email=None,
                    before={k: before.page.get(k) for k in changes},
                    after={k: after.page.get(k) for k in changes},
                )
            )
        return after

    async def kit_drifts(
        self, account_ids: Sequence[str] | None = None, *, concurrency: int = 5
    ) -> list[KitDrift]:
        """Every account (of ``account_ids``, or every one) that got a brand kit, its page
        compared with the kit's values (as saved now; as applied for a kit not in the store);
        accounts without a kit are left out."""
        from console.api.errors import NotFound

        applied = await self.store.brand_kits.applied_kits(self.connection)
        wanted = (
            applied if account_ids is None else {a: applied[a] for a in account_ids if a in applied}
        )
        limit = asyncio.Semaphore(max(1, concurrency))

        async def one(account_id: str, kit: BrandKit) -> KitDrift:
            async with limit:
                try:
                    page = await self.get(account_id)
                except NotFound:
                    return KitDrift(account_id, kit.name, KitDriftStatus.PAGE_GONE)
            differ = tuple(kit_drift(kit, page.page))
            status = KitDriftStatus.DRIFTED if differ else KitDriftStatus.IN_SYNC
            return KitDrift(account_id, kit.name, status, differ)

        return list(await asyncio.gather(*(one(a, k) for a, k in wanted.items())))

    async def slots(
        self, user_id: str, meeting_type_id: str, start: date, end: date
    ) -> list[datetime]:
        """Bookable starts of a meeting type, for the preview's slot buttons."""
        answer = await self.client.acting_as(user_id).slots.list(
            meeting_type_id, start, end, host_ids=[user_id]
        )
        return answer.starts()
