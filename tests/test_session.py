"""``Session``: one open connection (credential, client, store, services), and closing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from console.api import MeetergoClient
from console.credentials import Connection, CredentialKind, SecretStore
from console.messages import MessageBus
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.session import NoCredential, Session
from console.store import Store

AGENCY = Connection("Agency", "http://sandbox.test", CredentialKind.API_KEY)


@pytest.fixture
def sandbox_app():
    return create_app(SandboxConfig(rate_limit=False))


def factory_for(app: Any) -> tuple[Callable[[str, str], MeetergoClient], list[MeetergoClient]]:
    clients: list[MeetergoClient] = []

    def make(base_url: str, key: str) -> MeetergoClient:
        client = MeetergoClient(key, base_url, transport=sandbox_transport(app))
        clients.append(client)
        return client

    return make, clients


@pytest.mark.asyncio
async def test_a_session_reads_the_key_from_the_keyring_and_lists_the_accounts(sandbox_app):
    secrets = SecretStore()
    secrets.set("Agency", sandbox_app.state.sandbox.demo_api_key)
    make, clients = factory_for(sandbox_app)
    store = Store.open(":memory:")
    async with Session.open(AGENCY, secrets=secrets, store=store, client_factory=make) as session:
        assert session.name == "Agency" and session.client is clients[0]
        accounts = await session.accounts.refresh()
        assert accounts and all(a.email for a in accounts)
    assert session.closed
    # A shared store stays open for the next session; the cache is the connection's.
    assert [a.user_id for a in await store.accounts.load("Agency")] == [a.user_id for a in accounts]
    await store.close()


@pytest.mark.asyncio
async def test_an_awaited_session_is_closed_by_its_owner_once(sandbox_app):
    make, _clients = factory_for(sandbox_app)
    bus = MessageBus()
    session = await Session.open(
        AGENCY, key=sandbox_app.state.sandbox.demo_api_key, bus=bus, client_factory=make
    )
    assert session.bus is bus
    me = await session.client.users.me()
    assert me.id
    await session.close()
    await session.close()  # idempotent
    with pytest.raises(RuntimeError):
        await session.client.users.me()  # its HTTP client is closed


@pytest.mark.asyncio
async def test_without_a_key_nothing_is_opened(sandbox_app, monkeypatch):
    monkeypatch.delenv("MEETERGO_API_KEY", raising=False)
    make, clients = factory_for(sandbox_app)
    with pytest.raises(NoCredential) as raised:
        await Session.open(AGENCY, secrets=SecretStore(), client_factory=make)
    assert raised.value.connection == "Agency"
    assert clients == []
