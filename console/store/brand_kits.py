"""Brand kits: named sets of booking-page values, and the JSON file a kit is exported as.

The file is ``{"name": ..., "fields": {wire field: value}}`` (``format`` names it), the same
for the GUI's export and ``meetergo-console branding apply KIT.json``.
"""

from __future__ import annotations

import json
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


@dataclass(frozen=True)
class BrandKit:
    """A client's branding: ``fields`` are personal-page wire fields (``primaryColor``, …)."""

    name: str
    fields: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None

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
            return [BrandKit(r.name, dict(r.fields), aware(r.updated_at)) for r in rows]

        return await self._db.read(run)

    async def get(self, connection: str, name: str) -> BrandKit | None:
        return next((k for k in await self.list(connection) if k.name == name), None)

    async def save(self, connection: str, kit: BrandKit) -> BrandKit:
        """Add the kit or replace the one of that name."""
        t = schema.brand_kits
        saved = BrandKit(kit.name, dict(kit.fields), now())

        def run(conn: DbConnection) -> None:
            conn.execute(sa.delete(t).where(t.c.connection == connection, t.c.name == kit.name))
            conn.execute(
                sa.insert(t).values(
                    connection=connection,
                    name=saved.name,
                    fields=saved.fields,
                    updated_at=saved.updated_at,
                )
            )

        await self._db.write(run)
        return saved

    async def rename(self, connection: str, old: str, new: str) -> None:
        t = schema.brand_kits

        def run(conn: DbConnection) -> None:
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
