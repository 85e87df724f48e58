"""``relay serve``: the team's one receiver and poller per connection, on the shared store.

One HTTP server receives the webhooks of every connection the relay runs, each under its own
token path; per connection it registers one webhook (meetergo allows six per company, so five
consoles cannot each have their own), runs the poller, writes every event to the shared event
log (:class:`~console.live.feed.Feed`) and NOTIFYs the consoles. Only one relay runs a given
connection: it holds a PostgreSQL advisory lock named after the connection for as long as it
runs it, so a second relay (a standby) waits and takes over when the first one's database
session ends.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import psycopg
from psycopg.rows import TupleRow

from console.api.errors import ApiError
from console.live.feed import FeedUpdate
from console.live.receiver import PATH_PREFIX, Receive, Receiver, ReceiverApp, Scope, Send
from console.live.registration import Registration, WebhookLimitReached, console_id, register
from console.live.watch import LiveFeed, is_loopback
from console.relay.notify import EventNotice, libpq_url, notify

if TYPE_CHECKING:
    from console.session import Session
    from console.store import Store

log = logging.getLogger(__name__)


class RelayApp(ReceiverApp):
    """The relay's ASGI app: ``POST /hooks/<token>`` routed to that connection's receiver."""

    def __init__(self) -> None:
        super().__init__("", self._nowhere)
        self.routes: dict[str, ReceiverApp] = {}

    @staticmethod
    async def _nowhere(_body: bytes) -> object:
        raise ValueError("no connection listens here")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self.routes.get(str(scope.get("path", "")))
        if app is not None:
            await app(scope, receive, send)
        else:  # the base app answers 404 for it, as the receiver does
            await super().__call__(scope, receive, send)


@dataclass
class RelayedConnection:
    """One connection the relay runs once it holds its lock."""

    session: Session
    token: str
    feed: LiveFeed | None = None
    registration: Registration | None = None
    problem: str | None = None
    _lock: psycopg.AsyncConnection[TupleRow] | None = field(default=None, repr=False)


class Relay:
    """``await start()`` … ``await stop()``: serve ``connections`` on ``host:port``.

    ``public_url`` is the address meetergo reaches the relay at (its reverse proxy or tunnel);
    without it the local address is registered when the API is on this machine (the sandbox).
    ``on_status`` hears one sentence per connection as it starts (or waits for another relay).
    """

    def __init__(
        self,
        store: Store,
        connections: list[tuple[Session, str]],
        *,
        host: str = "127.0.0.1",
        port: int = 8080,
        public_url: str | None = None,
        poll_interval: float = 30.0,
        on_status: Callable[[str], None] = lambda _text: None,
    ) -> None:
        if not store.shared:
            raise ValueError("the relay needs a shared (PostgreSQL) store")
        self.store = store
        self.app = RelayApp()
        self.receiver = Receiver(self.app, host, port)
        self.connections = [RelayedConnection(s, token) for s, token in connections]
        self._public_url = public_url.rstrip("/") if public_url else None
        self._poll_interval = poll_interval
        self._on_status = on_status
        self._tasks: set[asyncio.Task[None]] = set()
        self._runs: list[asyncio.Task[None]] = []

    @property
    def local_url(self) -> str:
        """``http://host:port`` the relay listens on."""
        return self.receiver.url.removesuffix(self.app.path)

    def hook_url(self, relayed: RelayedConnection) -> str | None:
        """The address registered for a connection (None: polling only)."""
        base = self._public_url
        if base is None and is_loopback(relayed.session.client.base_url):
            base = self.local_url
        return f"{base}{PATH_PREFIX}{relayed.token}" if base else None

    async def start(self) -> None:
        """Listen, then run each connection once its lock is held (raises ``OSError``)."""
        await self.receiver.start()
        for relayed in self.connections:
            self._runs.append(asyncio.ensure_future(self._run(relayed)))

    async def _run(self, relayed: RelayedConnection) -> None:
        name = relayed.session.name
        lock: psycopg.AsyncConnection[TupleRow] = await psycopg.AsyncConnection.connect(
            libpq_url(self.store), autocommit=True
        )
        relayed._lock = lock
        got = await lock.execute("SELECT pg_try_advisory_lock(hashtext(%s))", (_lock_name(name),))
        row = await got.fetchone()
        if not (row and row[0]):
            self._on_status(f"{name}: another relay runs it; waiting to take over.")
            await lock.execute("SELECT pg_advisory_lock(hashtext(%s))", (_lock_name(name),))
        live = LiveFeed(
            self.store,
            relayed.session.client,
            name,
            receive=False,
            poll_interval=self._poll_interval,
        )
        live.feed.subscribe(lambda update: self._notify(name, update))
        self.app.routes[PATH_PREFIX + relayed.token] = ReceiverApp(relayed.token, live.feed.receive)
        live.feed.receiver_started()
        # Registered before the first sync, which may take a while on a busy connection: what
        # is booked meanwhile arrives by webhook (the log drops what both bring).
        self._on_status(await self._register(relayed, live))
        relayed.feed = live
        await live.start()

    async def _register(self, relayed: RelayedConnection, live: LiveFeed) -> str:
        name = relayed.session.name
        url = self.hook_url(relayed)
        if url is None:
            relayed.problem = "no --public-url: polling only"
            return f"{name}: polling only (give --public-url to receive webhooks)."
        try:
            relayed.registration = await register(
                relayed.session.client, url, f"relay-{await asyncio.to_thread(console_id)}"
            )
        except (WebhookLimitReached, ApiError) as exc:  # the relay keeps polling regardless
            relayed.problem = str(exc)
            return f"{name}: webhook not registered ({exc}); polling only."
        live.feed.webhook_registered = True
        return f"{name}: receiving webhooks at {url} and polling."

    def _notify(self, connection: str, update: FeedUpdate) -> None:
        task = asyncio.ensure_future(notify(self.store, EventNotice(connection, update.event.id)))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def stop(self) -> None:
        """Stop receiving and polling; what was received is logged and notified first."""
        for task in self._runs:
            task.cancel()
        for task in self._runs:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.receiver.stop()
        for relayed in self.connections:
            if relayed.feed is not None:
                await relayed.feed.stop()
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        for relayed in self.connections:
            # Events logged but not processed (a first sync cut short) are announced too, so
            # the consoles hold the whole log; the next relay processes them again.
            latest = await self.store.events.latest(relayed.session.name, 1)
            if latest:
                await notify(self.store, EventNotice(relayed.session.name, latest[0].id))
        for relayed in self.connections:
            if relayed._lock is not None:
                await relayed._lock.close()  # releases the advisory lock


def _lock_name(connection: str) -> str:
    return f"meetergo-console poller {connection}"


__all__ = ["Relay", "RelayApp", "RelayedConnection"]
