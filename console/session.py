"""One open connection: credential → client → store → services, and closing them again. No Qt.

The GUI opens one :class:`Session` per connection it shows and every headless command opens one
for its run, so the key lookup, the client set-up and the services are built in one place::

    async with Session.open(connection, secrets=SecretStore()) as session:
        accounts = await session.accounts.refresh()

or, when the owner decides when to close (the GUI's connection switch)::

    session = await Session.open(connection, key=key, store=store)
    ...
    await session.close()
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Callable, Coroutine, Generator
from types import TracebackType
from typing import TYPE_CHECKING, Any

from console.credentials import Connection, SecretStore
from console.domain.base_url import normalize_base_url
from console.messages import MessageBus

if TYPE_CHECKING:
    from console.api import MeetergoClient
    from console.services.accounts import AccountService
    from console.store import Store

# (base_url, key) -> a client that is not entered yet; tests pass one on an in-process sandbox.
ClientFactory = Callable[[str, str], "MeetergoClient"]


class NoCredential(LookupError):
    """No key is stored for the connection (and none was given)."""

    def __init__(self, connection: str) -> None:
        super().__init__(connection)
        self.connection = connection


def default_client_factory(
    base_url: str, key: str, *, store: Store | None = None
) -> MeetergoClient:
    """The real client on the real network, its request budget shared by every console
    process of this user on this machine that uses the same key (the GUI and headless runs) —
    or, on a shared store, by every console of the team (a bucket in the database)."""
    from console import paths
    from console.api import MeetergoClient
    from console.api._transport import RateBudget
    from console.api.shared_budget import SharedRateBudget, budget_file, key_digest

    budget: RateBudget
    if store is not None and store.shared:
        from console.api.team_budget import TeamRateBudget
        from console.store.budgets import KeyBucket

        budget = TeamRateBudget(KeyBucket(store, key_digest(key)))
    else:
        budget = SharedRateBudget(budget_file(paths.budget_dir(), key))
    return MeetergoClient(api_key=key, base_url=base_url, budget=budget)


class Session:
    """The objects of one open connection.

    Attributes: ``connection`` (what was opened), ``client`` (entered ``MeetergoClient``),
    ``store`` (the console's database), ``bus`` (the message channel its services report to),
    ``accounts`` (the :class:`AccountService` of this connection).
    """

    def __init__(
        self,
        connection: Connection,
        *,
        client: MeetergoClient,
        store: Store,
        bus: MessageBus,
        resources: contextlib.AsyncExitStack,
    ) -> None:
        from console.services.accounts import AccountService

        self.connection = connection
        self.client = client
        self.store = store
        self.bus = bus
        self.accounts: AccountService = AccountService(client, store, connection.name)
        self._resources = resources
        self._closed = False

    @property
    def name(self) -> str:
        """The connection's name (the key of its cached accounts, jobs and audit entries)."""
        return self.connection.name

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has run."""
        return self._closed

    @classmethod
    def open(
        cls,
        connection: Connection,
        *,
        key: str | None = None,
        secrets: SecretStore | None = None,
        store: Store | None = None,
        bus: MessageBus | None = None,
        client_factory: ClientFactory | None = None,
    ) -> SessionOpening:
        """Open ``connection``: ``await`` it for the session, or use it with ``async with``.

        The key is ``key`` or the one ``secrets`` holds for the connection (the keyring, or
        ``MEETERGO_API_KEY``); without either :class:`NoCredential` is raised before anything
        is opened, as is :class:`~console.domain.base_url.InvalidBaseUrl` for a base URL that
        cannot be used (a trailing ``/v4`` is dropped, see :mod:`console.domain.base_url`).
        Errors of the client while opening (a personal token asks who it is) are its
        :class:`~console.api.errors.ApiError`. A ``store`` passed in is shared and stays open
        when the session closes; without one the session opens the console's database and
        closes it again.
        """
        return SessionOpening(
            cls._open(
                connection,
                key=key,
                secrets=secrets,
                store=store,
                bus=bus or MessageBus(),
                client_factory=client_factory,
            )
        )

    @classmethod
    async def _open(
        cls,
        connection: Connection,
        *,
        key: str | None,
        secrets: SecretStore | None,
        store: Store | None,
        bus: MessageBus,
        client_factory: ClientFactory | None,
    ) -> Session:
        if not key:
            key = await (secrets or SecretStore()).get_async(connection.name)
        if not key:
            raise NoCredential(connection.name)
        # Checked before anything is opened: a URL with a stray path or no scheme would
        # otherwise reach the network as a request to the wrong place.
        base_url = normalize_base_url(connection.base_url)
        if base_url != connection.base_url:
            connection = dataclasses.replace(connection, base_url=base_url)
        async with contextlib.AsyncExitStack() as stack:
            if store is None:
                from console.store import Store

                store = await asyncio.to_thread(Store.open)
                stack.push_async_callback(store.close)
            if client_factory is None:
                made = default_client_factory(connection.base_url, key, store=store)
            else:
                made = client_factory(connection.base_url, key)
            client = await stack.enter_async_context(made)
            session = cls(
                connection, client=client, store=store, bus=bus, resources=stack.pop_all()
            )
        return session

    async def close(self) -> None:
        """Close the client (and the store when the session opened it). Idempotent."""
        if self._closed:
            return
        self._closed = True
        await self._resources.aclose()

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class SessionOpening:
    """What :meth:`Session.open` returns: awaitable, or an async context manager that closes."""

    def __init__(self, coro: Coroutine[Any, Any, Session]) -> None:
        self._coro = coro
        self._session: Session | None = None

    def __await__(self) -> Generator[Any, None, Session]:
        return self._coro.__await__()

    async def __aenter__(self) -> Session:
        self._session = await self._coro
        return self._session

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._session is not None:
            await self._session.close()


__all__ = ["ClientFactory", "NoCredential", "Session", "SessionOpening", "default_client_factory"]
