"""Health records: what a check found for one account or one connection — no Qt, no I/O.

The facts of an account are kept as plain JSON in the store (:meth:`AccountHealth.facts`,
:meth:`AccountHealth.from_facts`); the problems are derived from them, so a new kind of problem
needs no migration. Slug clashes across the fleet are not stored: they follow from the cached
account list and are put in when the health is read (:func:`fleet_slug_clashes`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

#: How far ahead a bookable slot must exist.
SLOT_HORIZON_DAYS = 14


class HealthKind(enum.StrEnum):
    """One kind of problem an account (or a connection) can have."""

    NO_MEETING_TYPE = "no_meeting_type"  # no enabled meeting type
    NO_SLOT = "no_slot"  # nothing bookable in the next SLOT_HORIZON_DAYS days
    SLUG_CLASH = "slug_clash"  # meeting types of the account, or accounts, share a slug
    TEMPLATE_DRIFT = "template_drift"  # a meeting type differs from the template it came from
    KIT_DRIFT = "kit_drift"  # the booking page differs from the brand kit applied to it
    CHECK_FAILED = "check_failed"  # the check could not be made (the error says why)


@dataclass(frozen=True)
class AccountHealth:
    """The last health check of one account.

    ``checked_at`` None: never checked (nothing is known, nothing is flagged). ``stale``: older
    than the refresh interval, or the console changed the account since. ``kit_drift`` None:
    unknown (no record of which brand kit the account got).
    """

    account_id: str
    checked_at: datetime | None = None
    stale: bool = True
    meeting_types: int = 0
    enabled_meeting_types: int = 0
    next_slot: datetime | None = None
    meeting_type_slug_clashes: tuple[str, ...] = ()
    account_slug_clashes: tuple[str, ...] = ()  # ids of other accounts with the same slug
    last_booking: datetime | None = None
    template_drift: tuple[str, ...] = ()  # names of the templates drifted from
    kit_drift: tuple[str, ...] | None = None  # the page fields that differ from its kit
    error: str | None = None

    @property
    def checked(self) -> bool:
        return self.checked_at is not None

    @property
    def problems(self) -> tuple[HealthKind, ...]:
        """The problems found, in :class:`HealthKind` order (none when never checked)."""
        if not self.checked:
            return (HealthKind.SLUG_CLASH,) if self.account_slug_clashes else ()
        if self.error is not None:
            found = [HealthKind.CHECK_FAILED]
            if self.account_slug_clashes:
                found.append(HealthKind.SLUG_CLASH)
            return tuple(found)
        found = []
        if self.enabled_meeting_types == 0:
            found.append(HealthKind.NO_MEETING_TYPE)
        if self.next_slot is None:
            found.append(HealthKind.NO_SLOT)
        if self.meeting_type_slug_clashes or self.account_slug_clashes:
            found.append(HealthKind.SLUG_CLASH)
        if self.template_drift:
            found.append(HealthKind.TEMPLATE_DRIFT)
        if self.kit_drift:
            found.append(HealthKind.KIT_DRIFT)
        return tuple(found)

    @property
    def needs_attention(self) -> bool:
        return bool(self.problems)

    def facts(self) -> dict[str, Any]:
        """What the check read, as JSON (the store's and ``--json``'s shape)."""
        return {
            "meetingTypes": self.meeting_types,
            "enabledMeetingTypes": self.enabled_meeting_types,
            "nextSlot": _iso(self.next_slot),
            "meetingTypeSlugClashes": list(self.meeting_type_slug_clashes),
            "lastBooking": _iso(self.last_booking),
            "templateDrift": list(self.template_drift),
            "kitDrift": None if self.kit_drift is None else list(self.kit_drift),
            "error": self.error,
        }

    @classmethod
    def from_facts(
        cls,
        account_id: str,
        facts: Mapping[str, Any],
        *,
        checked_at: datetime | None,
        stale: bool,
    ) -> AccountHealth:
        """The record of stored ``facts`` (keys it does not know are ignored)."""
        kit = facts.get("kitDrift")
        return cls(
            account_id=account_id,
            checked_at=checked_at,
            stale=stale,
            meeting_types=int(facts.get("meetingTypes") or 0),
            enabled_meeting_types=int(facts.get("enabledMeetingTypes") or 0),
            next_slot=_parse(facts.get("nextSlot")),
            meeting_type_slug_clashes=tuple(facts.get("meetingTypeSlugClashes") or ()),
            last_booking=_parse(facts.get("lastBooking")),
            template_drift=tuple(facts.get("templateDrift") or ()),
            kit_drift=None if kit is None else tuple(kit),
            error=facts.get("error"),
        )

    def to_json(self) -> dict[str, Any]:
        """The record for ``accounts health --json``."""
        return {
            "accountId": self.account_id,
            "checkedAt": _iso(self.checked_at),
            "stale": self.stale,
            "problems": [str(p) for p in self.problems],
            **self.facts(),
            "accountSlugClashes": list(self.account_slug_clashes),
        }

    def with_fleet(self, clashes: Iterable[str]) -> AccountHealth:
        """This record with the ids of the other accounts that share its slug."""
        return replace(self, account_slug_clashes=tuple(clashes))


@dataclass(frozen=True)
class ConnectionHealth:
    """The connection's key expiry and its webhooks against the company's limit."""

    name: str
    key_expires_on: date | None = None
    today: date = field(default_factory=date.today)
    webhooks: int | None = None  # None: not read (yet, or it failed)
    webhook_limit: int = 6
    error: str | None = None

    @property
    def days_left(self) -> int | None:
        """Days until the key expires (negative: expired); None when the expiry is unknown."""
        if self.key_expires_on is None:
            return None
        return (self.key_expires_on - self.today).days

    @property
    def webhooks_full(self) -> bool:
        return self.webhooks is not None and self.webhooks >= self.webhook_limit

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "keyExpiresOn": self.key_expires_on.isoformat() if self.key_expires_on else None,
            "keyDaysLeft": self.days_left,
            "webhooks": self.webhooks,
            "webhookLimit": self.webhook_limit,
            "error": self.error,
        }


def fleet_slug_clashes(slugs: Mapping[str, str | None]) -> dict[str, tuple[str, ...]]:
    """For each account id whose slug another account shares (case-insensitively), the ids of
    the others; ``slugs`` maps account id → slug."""
    by_slug: dict[str, list[str]] = {}
    for account_id, slug in slugs.items():
        if slug and slug.strip():
            by_slug.setdefault(slug.strip().casefold(), []).append(account_id)
    clashes: dict[str, tuple[str, ...]] = {}
    for ids in by_slug.values():
        if len(ids) > 1:
            for account_id in ids:
                clashes[account_id] = tuple(i for i in ids if i != account_id)
    return clashes


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


__all__ = [
    "SLOT_HORIZON_DAYS",
    "AccountHealth",
    "ConnectionHealth",
    "HealthKind",
    "fleet_slug_clashes",
]
