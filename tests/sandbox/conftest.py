"""Fixtures: an in-process sandbox with a fixed clock and clients with its demo credentials."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest_asyncio
from starlette.applications import Starlette

from console.sandbox import SandboxConfig, create_app, sandbox_transport

#: A Monday morning in winter time (Europe/Berlin 09:00).
NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
BASE = "http://sandbox.test"


def make_app(**overrides: object) -> Starlette:
    """A seeded in-memory sandbox at :data:`NOW`, without the rate limit unless asked for."""
    options: dict[str, object] = {"now": lambda: NOW, "rate_limit": False}
    options.update(overrides)
    return create_app(SandboxConfig(**options))  # type: ignore[arg-type]


def client_for(app: Starlette, token: str | None, user_id: str | None = None) -> httpx.AsyncClient:
    """An httpx client on the in-process transport, acting with ``token`` (and user header)."""
    headers = {}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    if user_id is not None:
        headers["x-meetergo-api-user-id"] = user_id
    return httpx.AsyncClient(transport=sandbox_transport(app), base_url=BASE, headers=headers)


async def shutdown(app: Starlette) -> None:
    """Stop background work and close the database (no connection left to the GC)."""
    await app.state.sandbox.aclose()
    app.state.sandbox.close()


@pytest_asyncio.fixture
async def app() -> AsyncIterator[Starlette]:
    sandbox_app = make_app()
    yield sandbox_app
    await shutdown(sandbox_app)


@pytest_asyncio.fixture
async def owner(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """The agency owner's platform API key, without the acting-user header."""
    async with client_for(app, app.state.sandbox.demo_api_key) as client:
        yield client


async def pro_ids(owner: httpx.AsyncClient) -> list[str]:
    """Ids of the seeded professionals (everyone but the owner)."""
    me = (await owner.get("/v4/user/me")).json()
    users = (await owner.get("/v4/user", params={"limit": 100})).json()["users"]
    return [u["id"] for u in users if u["id"] != me["id"]]


def acting(client: httpx.AsyncClient, user_id: str) -> dict[str, str]:
    """Headers that make an API-key request act as ``user_id``."""
    return {"x-meetergo-api-user-id": user_id}
