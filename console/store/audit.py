"""The audit trail: every change the console sent — who, when, where, to whom, before, after."""

from __future__ import annotations

import functools
import getpass
import socket
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.ops import Stage
from console.store.records import AuditEntry
from console.store.timestamps import must, now

if TYPE_CHECKING:
    from console.store.db import Store


@functools.cache
def os_user() -> str:
    """The OS user name recorded in the audit trail (looked up once: without $USER it is a
    password-database read, which an import of 1,000 rows would otherwise do 1,000 times)."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError/KeyError when no name is resolvable
        return "unknown"


@functools.cache
def this_machine() -> str:
    """The computer's name recorded with each audit entry: on a shared store the trail then
    says which console sent a change, not only which person."""
    return socket.gethostname() or "unknown"


def audit_entry(
    connection: str,
    action: str,
    *,
    account_id: str | None,
    account_email: str | None,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    who: str | None = None,
    change_set_id: str | None = None,
) -> AuditEntry:
    """A new audit entry stamped now, by the OS user on this machine unless ``who`` is given."""
    return AuditEntry(
        who=who or os_user(),
        machine=this_machine(),
        at=now(),
        connection=connection,
        account_id=account_id,
        account_email=account_email,
        action=action,
        before=dict(before) if before is not None else None,
        after=dict(after) if after is not None else None,
        change_set_id=change_set_id,
    )


class AuditTrail:
    """The audit table; ``store.audit``. Build entries with :func:`audit_entry`."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def record(self, entry: AuditEntry) -> AuditEntry:
        """Append one entry; returns it with the id the database gave it."""
        return await self._db.write(lambda conn: _insert(conn, entry))

    async def entries(
        self,
        connection: str | None = None,
        *,
        account_id: str | None = None,
        change_set_id: str | None = None,
        limit: int = 500,
    ) -> list[AuditEntry]:
        """Newest first; optionally for one connection, one account and/or one change set."""
        t = schema.audit
        query = sa.select(t).order_by(t.c.at.desc(), t.c.id.desc()).limit(limit)
        if connection is not None:
            query = query.where(t.c.connection == connection)
        if account_id is not None:
            query = query.where(t.c.account_id == account_id)
        if change_set_id is not None:
            query = query.where(t.c.change_set_id == change_set_id)

        def run(conn: DbConnection) -> list[AuditEntry]:
            return [
                AuditEntry(
                    id=r.id,
                    who=r.who,
                    at=must(r.at),
                    connection=r.connection,
                    account_id=r.account_id,
                    account_email=r.account_email,
                    action=r.action,
                    before=r.before,
                    after=r.after,
                    change_set_id=r.change_set_id,
                    machine=r.machine,
                )
                for r in conn.execute(query)
            ]

        return await self._db.read(run)


class AuditWrites:
    """Audit entries staged in a unit of work (``uow.audit``)."""

    def __init__(self, stage: Stage) -> None:
        self._stage = stage

    def record(self, entry: AuditEntry) -> None:
        """As :meth:`AuditTrail.record`, when the unit of work commits."""
        self._stage(lambda conn: _insert(conn, entry))


_INSERT = sa.insert(schema.audit)


def _insert(conn: DbConnection, entry: AuditEntry) -> AuditEntry:
    # The values as parameters of one statement built once: building the INSERT per entry
    # cost more than executing it (every created account writes one).
    result = conn.execute(
        _INSERT,
        {
            "who": entry.who,
            "at": entry.at,
            "connection": entry.connection,
            "account_id": entry.account_id,
            "account_email": entry.account_email,
            "action": entry.action,
            "before": entry.before,
            "after": entry.after,
            "change_set_id": entry.change_set_id,
            "machine": entry.machine,
        },
    )
    key = result.inserted_primary_key
    return replace(entry, id=key[0] if key else None)
