"""Registering the receiver's public URL as a company webhook — no Qt.

A company has at most six webhooks (fact sheet §15; a seventh is refused with 406), so the
console registers one, shows the count, and removes its own stale registrations (an earlier
tunnel URL) rather than piling them up. Its registrations carry a description naming this
console, so a colleague's console or another integration is never touched.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from console import paths
from console.api.client import MeetergoClient
from console.api.models import Webhook
from console.live.events import BOOKING_EVENTS

WEBHOOK_LIMIT = 6
DESCRIPTION_PREFIX = "meetergo-console live bookings"


class WebhookLimitReached(Exception):
    """All six webhooks of the company are taken by others; the message says so."""


@dataclass(frozen=True)
class Registration:
    """The company's webhooks after registering: ``ours`` is this console's (None: none)."""

    webhooks: list[Webhook]
    ours: Webhook | None
    removed: list[str] = field(default_factory=list)
    limit: int = WEBHOOK_LIMIT

    @property
    def count(self) -> int:
        return len(self.webhooks)


CONSOLE_ID_FILE = "console-id"


def console_id(folder: Path | None = None) -> str:
    """A stable, public name for this console installation, made on first use.

    Kept in a plain file in the config folder (it is no secret), so it survives a missing
    keyring, where the receiver's token lives for one session only.
    """
    file = (folder or paths.config_dir()) / CONSOLE_ID_FILE
    try:
        value = file.read_text(encoding="utf-8").strip()
    except OSError:
        value = ""
    if not value:
        value = uuid.uuid4().hex[:12]
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(value + "\n", encoding="utf-8")
    return value


def description_for(console: str) -> str:
    return f"{DESCRIPTION_PREFIX} ({console})"


async def webhooks(client: MeetergoClient) -> list[Webhook]:
    """The company's registered webhooks."""
    return await client.webhooks.list()


async def register(
    client: MeetergoClient,
    url: str,
    console: str,
    event_types: Sequence[str] = BOOKING_EVENTS,
) -> Registration:
    """Make ``url`` this console's webhook: keep it if registered, drop stale ones, else add it."""
    description = description_for(console)
    current = await client.webhooks.list()
    removed: list[str] = []
    ours: Webhook | None = None
    for hook in current:
        if hook.description != description:
            continue
        if hook.endpoint == url and ours is None:
            ours = hook
        else:
            await client.webhooks.delete(hook.id)
            removed.append(hook.id)
    remaining = [h for h in current if h.id not in removed]
    if ours is None:
        if len(remaining) >= WEBHOOK_LIMIT:
            raise WebhookLimitReached(
                f"the company already has {len(remaining)} of {WEBHOOK_LIMIT} webhooks; "
                "remove one in meetergo before registering this console"
            )
        ours = await client.webhooks.create(url, list(event_types), description)
        remaining.append(ours)
    return Registration(remaining, ours, removed)


async def unregister(client: MeetergoClient, console: str) -> list[str]:
    """Remove every webhook of this console; the ids removed."""
    description = description_for(console)
    removed = []
    for hook in await client.webhooks.list():
        if hook.description == description:
            await client.webhooks.delete(hook.id)
            removed.append(hook.id)
    return removed
