"""The health service of one connection: cached health at once, stale entries rechecked a few
at a time under the client's rate budget — no Qt.

A 500-account fleet needs a request or three per account; at the API's 100 requests a minute
that is a quarter of an hour, so the last known health comes from the store first and only
entries older than ``max_age`` (or changed by the console since, see
:class:`~console.store.health.HealthCache`) are rechecked, the never-checked and oldest first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from console.api.errors import ApiError
from console.health.checks import CONNECTION_ERRORS, TemplateLink, check_account
from console.health.model import AccountHealth, ConnectionHealth, fleet_slug_clashes
from console.live.registration import WEBHOOK_LIMIT
from console.store.timestamps import now as utc_now

if TYPE_CHECKING:
    from console.api.client import MeetergoClient
    from console.credentials import Connection
    from console.store import BookingRecord, Store

#: Health older than this is rechecked.
MAX_AGE = timedelta(minutes=15)
#: Accounts checked at the same time: the rate budget is the real limit, this keeps a refresh
#: from taking the whole budget at once while the user works.
CONCURRENCY = 3

#: account id → its slug, the fleet as the accounts cache lists it.
Slugs = Mapping[str, "str | None"]


class HealthService:
    """Health of the accounts of one connection: ``cached``, ``refresh``, ``invalidate``,
    ``connection_health``."""

    def __init__(
        self,
        client: MeetergoClient,
        store: Store,
        connection: str,
        *,
        concurrency: int = CONCURRENCY,
        max_age: timedelta = MAX_AGE,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.client = client
        self.store = store
        self.connection = connection
        self.concurrency = max(1, concurrency)
        self.max_age = max_age
        self.clock = clock

    async def cached(self, slugs: Slugs) -> dict[str, AccountHealth]:
        """The last known health of every account of ``slugs`` (never checked: an empty
        record), with the fleet's slug clashes; no request is sent."""
        stored = await self.store.health.load(self.connection)
        moment = self.clock()
        clashes = fleet_slug_clashes(slugs)
        found: dict[str, AccountHealth] = {}
        for account_id in slugs:
            entry = stored.get(account_id)
            if entry is None:
                record = AccountHealth(account_id)
            else:
                stale = entry.changed_at is not None or moment - entry.checked_at >= self.max_age
                record = AccountHealth.from_facts(
                    account_id, entry.facts, checked_at=entry.checked_at, stale=stale
                )
            found[account_id] = record.with_fleet(clashes.get(account_id, ()))
        return found

    def due(self, health: Mapping[str, AccountHealth]) -> list[str]:
        """The accounts to recheck, never-checked first, then the oldest."""
        stale = [h for h in health.values() if h.stale]
        oldest = datetime.min.replace(tzinfo=self.clock().tzinfo)
        stale.sort(key=lambda h: (h.checked_at is not None, h.checked_at or oldest))
        return [h.account_id for h in stale]

    async def refresh(
        self,
        slugs: Slugs,
        *,
        account_ids: Sequence[str] | None = None,
        force: bool = False,
        limit: int | None = None,
        on_checked: Callable[[AccountHealth], None] | None = None,
    ) -> dict[str, AccountHealth]:
        """Recheck the stale accounts (``force``: every one) of ``account_ids`` (all of
        ``slugs`` when None), at most ``limit`` of them; each result is stored and handed to
        ``on_checked`` as it arrives. Returns the health of every account of ``slugs``.

        A :data:`~console.health.checks.CONNECTION_ERRORS` error ends the refresh (the results
        so far are stored).
        """
        health = await self.cached(slugs)
        wanted = list(slugs) if account_ids is None else [a for a in account_ids if a in health]
        if force:
            due = wanted
        else:
            chosen = set(wanted)
            due = [a for a in self.due(health) if a in chosen]
        if limit is not None:
            due = due[: max(0, limit)]
        if not due:
            return health
        links = await self._template_links(set(due))
        bookings = await self._bookings(set(due))
        # Which kit each account got, read from the change-set journal once per refresh.
        kits = await self.store.brand_kits.applied_kits(self.connection)
        clashes = fleet_slug_clashes(slugs)
        gate = asyncio.Semaphore(self.concurrency)

        async def one(account_id: str) -> None:
            async with gate:
                record = await check_account(
                    self.client,
                    account_id,
                    now=self.clock(),
                    templates=links.get(account_id, ()),
                    bookings=bookings.get(account_id, ()),
                    kit=kits.get(account_id),
                )
            assert record.checked_at is not None
            await self.store.health.save(
                self.connection, {account_id: record.facts()}, record.checked_at
            )
            record = record.with_fleet(clashes.get(account_id, ()))
            health[account_id] = record
            if on_checked is not None:
                on_checked(record)

        async with asyncio.TaskGroup() as group:
            for account_id in due:
                group.create_task(one(account_id))
        return health

    async def invalidate(self, account_ids: Sequence[str]) -> None:
        """Make the health of ``account_ids`` stale (the console just changed them)."""
        await self.store.health.invalidate(self.connection, account_ids)

    async def connection_health(
        self, connection: Connection, today: date | None = None
    ) -> ConnectionHealth:
        """The key's expiry (as saved with the connection) and the company's webhook count."""
        day = today or self.clock().date()
        try:
            hooks = await self.client.webhooks.list()
        except CONNECTION_ERRORS:
            raise
        except ApiError as exc:
            return ConnectionHealth(
                connection.name, connection.expires_on, day, None, WEBHOOK_LIMIT, exc.message
            )
        return ConnectionHealth(connection.name, connection.expires_on, day, len(hooks))

    async def _template_links(self, account_ids: set[str]) -> dict[str, list[TemplateLink]]:
        links: dict[str, list[TemplateLink]] = {}
        for template in await self.store.templates.all(self.connection):
            for a in await self.store.templates.assignments(self.connection, template.template_id):
                if a.account_id in account_ids:
                    links.setdefault(a.account_id, []).append(
                        TemplateLink(template, a.meeting_type_id)
                    )
        return links

    async def _bookings(self, account_ids: set[str]) -> dict[str, list[BookingRecord]]:
        found: dict[str, list[BookingRecord]] = {}
        for booking in await self.store.events.bookings(
            self.connection, host_ids=sorted(account_ids)
        ):
            if booking.host_id is not None:
                found.setdefault(booking.host_id, []).append(booking)
        return found


__all__ = ["CONCURRENCY", "MAX_AGE", "HealthService", "Slugs"]
