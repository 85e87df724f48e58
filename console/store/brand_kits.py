"""Brand kits: named sets of booking-page values, and the JSON file a kit is exported as.

The file is ``{"name": ..., "fields": {wire field: value}}`` (``format`` names it), the same
for the GUI's export and ``meetergo-console branding apply KIT.json``.

Which kit an account got is read from the change-set journal: a kit's change set carries
``{"id": kit id, "name": kit name, "fields": its values}`` under :data:`APPLIED_KEY` in every
operation's state (the same before and after, so it is never sent). A done or unchanged
operation gives the account the kit; a done or unchanged operation of that change set's undo
takes it back. So an apply from the Changes panel, from ``branding apply`` or resumed by another
process is known, and so is its undo.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection as DbConnection

from console.store import schema
from console.store.timestamps import aware, now

if TYPE_CHECKING:
    from console.store.db import Store

KIT_FORMAT = "meetergo-console brand kit 1"

APPLIED_KEY = "brandKit"
"""The key of an operation's state that names the kit a change set applies."""

_APPLIED = frozenset({"done", "unchanged"})  # OpStatus values: the page holds the kit's values


@dataclass(frozen=True)
class BrandKit:
    """A client's branding: ``fields`` are personal-page wire fields (``primaryColor``, …)."""

    name: str
    fields: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None
    kit_id: str = ""  # given by the store, kept across renames; empty for a kit from a file

    def to_json(self) -> str:
        """The kit as the file the console exports and ``branding apply`` reads."""
        doc = {"format": KIT_FORMAT, "name": self.name, "fields": self.fields}
        return json.dumps(doc, indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BrandKit:
        """Read an exported kit; ``ValueError`` with a sentence when it is not one."""
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(
                f"not a brand kit file: invalid JSON ({err.msg}, line {err.lineno})"
            ) from None
        if not isinstance(doc, Mapping):
            raise ValueError("not a brand kit file: expected a JSON object")
        name, fields = doc.get("name"), doc.get("fields")
        if not isinstance(name, str) or not name.strip():
            raise ValueError("not a brand kit file: it has no name")
        if not isinstance(fields, Mapping) or not fields:
            raise ValueError("not a brand kit file: it sets no fields")
        return cls(name.strip(), dict(fields))


class BrandKits:
    """The brand kits of each connection; ``store.brand_kits``."""

    def __init__(self, db: Store) -> None:
        self._db = db

    async def list(self, connection: str) -> list[BrandKit]:
        """The connection's kits by name."""
        t = schema.brand_kits

        def run(conn: DbConnection) -> list[BrandKit]:
            rows = conn.execute(
                sa.select(t).where(t.c.connection == connection).order_by(t.c.name)
            ).all()
            return [BrandKit(r.name, dict(r.fields), aware(r.updated_at), r.kit_id) for r in rows]

        return await self._db.read(run)

    async def get(self, connection: str, name: str) -> BrandKit | None:
        return next((k for k in await self.list(connection) if k.name == name), None)

    async def save(self, connection: str, kit: BrandKit) -> BrandKit:
        """Add the kit or replace the one of that name (which keeps its id)."""
        t = schema.brand_kits
        saved: list[BrandKit] = []

        def run(conn: DbConnection) -> None:
            where = (t.c.connection == connection, t.c.name == kit.name)
            old = conn.execute(sa.select(t.c.kit_id).where(*where)).scalar()
            kit_id = old or kit.kit_id or str(uuid.uuid4())
            saved.append(BrandKit(kit.name, dict(kit.fields), now(), kit_id))
            conn.execute(sa.delete(t).where(*where))
            conn.execute(
                sa.insert(t).values(
                    connection=connection,
                    name=kit.name,
                    fields=saved[0].fields,
                    updated_at=saved[0].updated_at,
                    kit_id=kit_id,
                )
            )

        await self._db.write(run)
        return saved[0]

    async def rename(self, connection: str, old: str, new: str) -> None:
        """Give kit ``old`` the name ``new``; ``ValueError`` when another kit has that name."""
        t = schema.brand_kits

        def run(conn: DbConnection) -> None:
            if (
                new != old
                and conn.execute(
                    sa.select(t.c.name).where(t.c.connection == connection, t.c.name == new)
                ).first()
            ):
                raise ValueError(f"a brand kit named {new!r} exists already")
            conn.execute(
                sa.update(t)
                .where(t.c.connection == connection, t.c.name == old)
                .values(name=new, updated_at=now())
            )

        await self._db.write(run)

    async def delete(self, connection: str, name: str) -> None:
        t = schema.brand_kits

        def run(conn: DbConnection) -> None:
            conn.execute(sa.delete(t).where(t.c.connection == connection, t.c.name == name))

        await self._db.write(run)

    async def applied(self, connection: str) -> dict[str, str]:
        """The kit each account of the connection got last: user id → the kit's name (its
        current one when it was renamed since), from the journal.

        Undoing a kit's change set gives an account back the kit it had before it.
        """
        return {account: kit.name for account, kit in (await self.applied_kits(connection)).items()}

    async def applied_kits(self, connection: str) -> dict[str, BrandKit]:
        """As :meth:`applied`, with the kit's values: as saved now, or for a kit that is not
        in the store (applied from a file, or deleted since) as they were applied."""
        c, o, t = schema.change_sets, schema.change_operations, schema.brand_kits

        def run(conn: DbConnection) -> dict[str, BrandKit]:
            stored = {
                r.kit_id: BrandKit(r.name, dict(r.fields), aware(r.updated_at), r.kit_id)
                for r in conn.execute(sa.select(t).where(t.c.connection == connection))
                if r.kit_id
            }
            rows = conn.execute(
                sa.select(c.c.id, c.c.undo_of, o.c.account_id, o.c.status, o.c.before)
                .join(o, o.c.change_set_id == c.c.id)
                .where(c.c.connection == connection, o.c.resource == "personal_page")
                .order_by(c.c.created_at, c.c.id, o.c.op_index)
            ).all()
            got: dict[str, list[tuple[str, BrandKit]]] = {}  # account → (change set, kit)
            for r in rows:
                if r.status not in _APPLIED:
                    continue
                if r.undo_of is not None:
                    held = got.get(r.account_id, [])
                    got[r.account_id] = [entry for entry in held if entry[0] != r.undo_of]
                    continue
                marker = (r.before or {}).get(APPLIED_KEY)
                if isinstance(marker, Mapping) and marker.get("name"):
                    kit = stored.get(str(marker.get("id") or "")) or BrandKit(
                        str(marker["name"]), dict(marker.get("fields") or {})
                    )
                    got.setdefault(r.account_id, []).append((r.id, kit))
            return {account: held[-1][1] for account, held in got.items() if held}

        return await self._db.read(run)
