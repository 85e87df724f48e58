"""The NOTIFY the relay sends for every new event, and how a console connects to hear it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from console.store import Store

#: The PostgreSQL channel every console LISTENs on.
CHANNEL = "meetergo_console_events"


@dataclass(frozen=True)
class EventNotice:
    """One notification: a new event of ``connection`` with the log id ``event_id``."""

    connection: str
    event_id: int

    def payload(self) -> str:
        return json.dumps({"connection": self.connection, "id": self.event_id})

    @classmethod
    def parse(cls, payload: str) -> EventNotice | None:
        """The notice in a payload; None for one this console does not understand."""
        try:
            data = json.loads(payload)
            return cls(str(data["connection"]), int(data["id"]))
        except (ValueError, KeyError, TypeError):
            return None


async def notify(store: Store, notice: EventNotice) -> None:
    """Tell every listening console (delivered when the transaction commits)."""
    statement = sa.select(sa.func.pg_notify(CHANNEL, notice.payload()))
    await store.write(lambda conn: conn.execute(statement))


def libpq_url(store: Store) -> str:
    """The store's URL as psycopg's own connect() takes it (password included)."""
    url = store.engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


__all__ = ["CHANNEL", "EventNotice", "libpq_url", "notify"]
