"""Receiver, registration and poller of one connection, started and stopped together — no Qt.

The GUI's bookings tab and ``meetergo-console bookings watch`` both run a :class:`LiveFeed`.
When the receiver cannot bind (port taken) or no public URL is known, the feed still works by
polling alone and says so in its status.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from console.api.errors import ApiConnectionError, ApiError
from console.domain.receiver import ReceiverSettings
from console.live.feed import Feed
from console.live.poller import Poller
from console.live.receiver import DEFAULT_HOST, Receiver, ReceiverApp, receiver_token
from console.live.registration import Registration, WebhookLimitReached, console_id, register
from console.store.timestamps import now

if TYPE_CHECKING:
    from console.api.client import MeetergoClient
    from console.store import Store

log = logging.getLogger(__name__)

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def is_loopback(base_url: str) -> bool:
    """Whether the API lives on this machine (the sandbox), which can reach our loopback port."""
    return (urlsplit(base_url).hostname or "") in LOOPBACK_HOSTS


class LiveFeed:
    """One connection's live feed: ``await start()`` … ``await stop()``.

    ``public_url`` is the address a tunnel or reverse proxy exposes for the receiver (checked
    by :func:`console.domain.receiver.check_receiver`); the receiver's path with its token is
    added to it when it is registered. Without it the loopback URL is registered when the API
    is local (the sandbox) and nothing is registered otherwise (polling only).
    ``receive=False`` runs the poller alone.
    """

    def __init__(
        self,
        store: Store,
        client: MeetergoClient,
        connection: str,
        *,
        host: str = DEFAULT_HOST,
        port: int = 0,
        public_url: str | None = None,
        receive: bool = True,
        register_local: bool | None = None,
        token: str | None = None,
        console: str | None = None,
        poll_interval: float = 30.0,
        max_poll_interval: float = 300.0,
        lookback: timedelta = timedelta(days=1),
        clock: Callable[[], datetime] = now,
    ) -> None:
        self.feed = Feed(store, client, connection)
        self.client = client
        self._token = token
        self._console = console
        self._host = host
        self._port = port
        self._public_url = public_url
        self._receive = receive
        self._register_local = (
            is_loopback(client.base_url) if register_local is None else register_local
        )
        self.receiver: Receiver | None = None
        self.registration: Registration | None = None
        self.registration_problem: str | None = None
        self.poller = Poller(
            self.feed,
            interval=poll_interval,
            max_interval=max_poll_interval,
            lookback=lookback,
            clock=clock,
        )
        self._poll_task: asyncio.Task[None] | None = None

    @property
    def local_url(self) -> str | None:
        """The receiver's local URL with its token (None when it does not run)."""
        return self.receiver.url if self.receiver is not None else None

    async def start(self, on_listening: Callable[[str], None] | None = None) -> None:
        """Start the receiver, register, sync once, then poll in the background.

        ``on_listening`` gets the receiver's local URL as soon as it listens. Raises
        ``OSError`` when the receiver cannot bind, and the API's refusal (a wrong key) of the
        first sync; an unreachable API only puts the feed offline (the poller keeps trying).
        """
        if self._receive:
            token: str = self._token if self._token else await asyncio.to_thread(receiver_token)
            receiver = Receiver(ReceiverApp(token, self.feed.receive), self._host, self._port)
            self.receiver = receiver  # set first: a stop() during start() still closes it
            try:
                await receiver.start()
            except OSError:
                self.receiver = None
                raise
            self.feed.receiver_started()
            if on_listening is not None:
                on_listening(receiver.url)
        try:
            await self.poller.poll_once()  # the first sync, before the loop's first wait
        except ApiConnectionError:
            self.feed.reachable = False
            self.feed.status_changed()
        if self.receiver is not None:
            public = ReceiverSettings(self._public_url).webhook_url(self.receiver.app.path)
            url = public or (self.receiver.url if self._register_local else None)
            if url is not None:
                console = self._console
                if console is None:
                    console = await asyncio.to_thread(console_id)
                await self._register(url, console)
        self._poll_task = asyncio.ensure_future(self.poller.run(wait_first=True))

    async def _register(self, url: str, console: str) -> None:
        try:
            self.registration = await register(self.client, url, console)
        except (ApiError, WebhookLimitReached) as error:
            self.registration_problem = str(error)
            log.warning("webhook not registered: %s", error)
            return
        self.feed.webhook_registered = True
        self.feed.status_changed()

    async def poll_now(self) -> int:
        """One poll at once (the "refresh" button, and tests); new events found."""
        return await self.poller.poll_once()

    async def stop(self) -> None:
        """Stop polling and receiving; events already acknowledged are processed first."""
        if self._poll_task is not None:
            self._poll_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poll_task
            self._poll_task = None
        if self.receiver is not None:
            await self.receiver.stop()
            self.receiver = None
            self.feed.receiver_stopped()
        await self.feed.close()
