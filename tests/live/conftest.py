"""Fixtures: an in-process sandbox, a client with its owner's key, and a store in memory."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio
from starlette.applications import Starlette

from console.api import MeetergoClient
from console.live.feed import Feed
from console.sandbox import sandbox_transport
from console.store import Store
from tests.sandbox.conftest import BASE, make_app, shutdown

CONNECTION = "Sandbox"


@pytest_asyncio.fixture
async def app() -> AsyncIterator[Starlette]:
    sandbox_app = make_app()
    yield sandbox_app
    await shutdown(sandbox_app)


@pytest_asyncio.fixture
async def client(app: Starlette) -> AsyncIterator[MeetergoClient]:
    async with MeetergoClient(
        app.state.sandbox.demo_api_key, base_url=BASE, transport=sandbox_transport(app)
    ) as meetergo:
        yield meetergo


@pytest_asyncio.fixture
async def store() -> AsyncIterator[Store]:
    db = Store.open(":memory:")
    yield db
    await db.close()


@pytest_asyncio.fixture
async def feed(store: Store, client: MeetergoClient) -> AsyncIterator[Feed]:
    live = Feed(store, client, CONNECTION)
    yield live
    await live.close()
