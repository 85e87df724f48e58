"""Meeting-type templates as the console keeps them, and the meeting types assigning made.

The API has no route that lists or reads templates, so the body last sent is the console's only
knowledge of a template; a template the user registers by id has an empty body until edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.timestamps import must, now

if TYPE_CHECKING:
    from console.store.db import Store


@dataclass(frozen=True)
class TemplateRecord:
    """A template: its id, name, the body last sent (as the API takes it) and locked fields."""

    template_id: str
    name: str
    body: dict[str, Any]
    locked_fields: tuple[str, ...]
    origin: str  # "created" or "registered"
    updated_at: datetime


@dataclass(frozen=True)
class Assignment:
    """The meeting type assigning a template made on one account."""

    template_id: str
    account_id: str
    meeting_type_id: str
    account_label: str = ""
    assigned_at: datetime = field(default_factory=now)


class TemplateStore:
    """Templates and their assignments per connection; ``store.templates``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def save(
        self,
        connection: str,
        template_id: str,
        *,
        name: str,
        body: dict[str, Any],
        locked_fields: list[str] | tuple[str, ...] = (),
        origin: str = "created",
    ) -> TemplateRecord:
        """Insert or replace a template's record."""
        record = TemplateRecord(template_id, name, dict(body), tuple(locked_fields), origin, now())
        t = schema.templates

        def run(conn: DbConnection) -> None:
            conn.execute(
                sa.delete(t).where(t.c.connection == connection, t.c.template_id == template_id)
            )
            conn.execute(
                sa.insert(t).values(
                    connection=connection,
                    template_id=template_id,
                    name=name,
                    body=record.body,
                    locked_fields=list(record.locked_fields),
                    origin=origin,
                    updated_at=record.updated_at,
                )
            )

        await self._db.write(run)
        return record

    async def all(self, connection: str) -> list[TemplateRecord]:
        """The connection's templates, by name."""
        t = schema.templates

        def run(conn: DbConnection) -> list[TemplateRecord]:
            rows = conn.execute(sa.select(t).where(t.c.connection == connection).order_by(t.c.name))
            return [_record(r) for r in rows]

        return await self._db.read(run)

    async def get(self, connection: str, template_id: str) -> TemplateRecord | None:
        t = schema.templates

        def run(conn: DbConnection) -> TemplateRecord | None:
            row = conn.execute(
                sa.select(t).where(t.c.connection == connection, t.c.template_id == template_id)
            ).first()
            return _record(row) if row is not None else None

        return await self._db.read(run)

    async def record_assignment(self, connection: str, assignment: Assignment) -> None:
        """Remember which meeting type an assignment made (a later one for the account wins)."""
        a = schema.template_assignments

        def run(conn: DbConnection) -> None:
            conn.execute(
                sa.delete(a).where(
                    a.c.connection == connection,
                    a.c.template_id == assignment.template_id,
                    a.c.account_id == assignment.account_id,
                )
            )
            conn.execute(
                sa.insert(a).values(
                    connection=connection,
                    template_id=assignment.template_id,
                    account_id=assignment.account_id,
                    meeting_type_id=assignment.meeting_type_id,
                    account_label=assignment.account_label,
                    assigned_at=assignment.assigned_at,
                )
            )

        await self._db.write(run)

    async def forget(self, connection: str, template_id: str) -> None:
        """Drop the template's record and its assignments (the meeting types stay)."""
        t, a = schema.templates, schema.template_assignments

        def run(conn: DbConnection) -> None:
            conn.execute(
                sa.delete(a).where(a.c.connection == connection, a.c.template_id == template_id)
            )
            conn.execute(
                sa.delete(t).where(t.c.connection == connection, t.c.template_id == template_id)
            )

        await self._db.write(run)

    async def forget_assignment(
        self, connection: str, account_id: str, meeting_type_id: str
    ) -> int:
        """Drop the assignment that made ``meeting_type_id`` on the account (it was deleted);
        how many rows went."""
        a = schema.template_assignments

        def run(conn: DbConnection) -> int:
            return conn.execute(
                sa.delete(a).where(
                    a.c.connection == connection,
                    a.c.account_id == account_id,
                    a.c.meeting_type_id == meeting_type_id,
                )
            ).rowcount

        return await self._db.write(run)

    async def assignments(self, connection: str, template_id: str) -> list[Assignment]:
        """The accounts that got ``template_id``, by label."""
        a = schema.template_assignments
        return await self._assignments(
            sa.select(a).where(a.c.connection == connection, a.c.template_id == template_id)
        )

    async def all_assignments(
        self, connection: str, account_ids: list[str] | tuple[str, ...] | None = None
    ) -> list[Assignment]:
        """Every assignment of the connection (of ``account_ids`` only, when given), by label:
        which meeting type of which account came from which template."""
        a = schema.template_assignments
        query = sa.select(a).where(a.c.connection == connection)
        if account_ids is not None:
            query = query.where(a.c.account_id.in_(list(account_ids)))
        return await self._assignments(query)

    async def _assignments(self, query: sa.Select[Any]) -> list[Assignment]:
        a = schema.template_assignments

        def run(conn: DbConnection) -> list[Assignment]:
            rows = conn.execute(query.order_by(a.c.account_label, a.c.account_id))
            return [
                Assignment(
                    r.template_id,
                    r.account_id,
                    r.meeting_type_id,
                    r.account_label,
                    must(r.assigned_at),
                )
                for r in rows
            ]

        return await self._db.read(run)


def _record(row: Any) -> TemplateRecord:
    return TemplateRecord(
        row.template_id,
        row.name,
        dict(row.body or {}),
        tuple(row.locked_fields or ()),
        row.origin,
        must(row.updated_at),
    )
