"""Brand kits in the store: save, list, rename, delete per connection; the exported file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.store import Store
from console.store.brand_kits import BrandKit


@pytest_asyncio.fixture
async def store(store_url: str) -> AsyncIterator[Store]:
    s = Store.open(store_url)
    yield s
    await s.close()


@pytest.mark.asyncio
async def test_kits_are_kept_per_connection_and_edited(store: Store) -> None:
    kit = BrandKit("Kanzlei Muster", {"primaryColor": "#2e4a3f", "useCustomColors": True})
    await store.brand_kits.save("A", kit)
    await store.brand_kits.save("A", BrandKit("Bäckerei", {"headerTitle": "Frisch"}))
    await store.brand_kits.save("B", BrandKit("Other", {"headerTitle": "x"}))
    assert [k.name for k in await store.brand_kits.list("A")] == ["Bäckerei", "Kanzlei Muster"]
    await store.brand_kits.save("A", BrandKit("Kanzlei Muster", {"primaryColor": "#000000"}))
    again = await store.brand_kits.get("A", "Kanzlei Muster")
    assert again is not None and again.fields == {"primaryColor": "#000000"}
    assert again.updated_at is not None and again.updated_at.tzinfo is not None
    await store.brand_kits.rename("A", "Bäckerei", "Bäckerei Korn")
    await store.brand_kits.delete("A", "Kanzlei Muster")
    assert [k.name for k in await store.brand_kits.list("A")] == ["Bäckerei Korn"]
    assert [k.name for k in await store.brand_kits.list("B")] == ["Other"]


def test_the_exported_file_reads_back() -> None:
    kit = BrandKit("Kanzlei Müller", {"primaryColor": "#2e4a3f", "onlineProfiles": {"xing": "x"}})
    assert BrandKit.from_json(kit.to_json()) == BrandKit(kit.name, kit.fields)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{", "invalid JSON"),
        ("[]", "expected a JSON object"),
        ('{"fields": {"a": 1}}', "it has no name"),
        ('{"name": "K", "fields": {}}', "it sets no fields"),
    ],
)
def test_a_file_that_is_not_a_kit_is_named(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        BrandKit.from_json(text)


def test_kits_saved_before_they_had_ids_get_one_each(tmp_path: Path) -> None:
    import sqlalchemy as sa
    from alembic import command

    from console.store.db import alembic_config

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_templates")
        for name in ("A", "B"):
            conn.execute(
                sa.text(
                    "INSERT INTO brand_kits (connection, name, fields, updated_at) "
                    "VALUES ('c', :name, '{}', '2026-01-01 00:00:00')"
                ),
                {"name": name},
            )
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        ids = conn.execute(sa.text("SELECT kit_id FROM brand_kits")).scalars().all()
    engine.dispose()
    assert len(set(ids)) == 2 and all(len(i) == 36 for i in ids)
