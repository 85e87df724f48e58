"""``MeetergoClient``: the typed async client for the meetergo platform API (v4).

One client per connection, used as ``async with MeetergoClient(api_key=...) as client:``; it owns
one long-lived ``httpx.AsyncClient`` and one :class:`RateBudget` shared by all concurrent calls.
Resource namespaces (``client.users``, ``client.meeting_types``, …, one module each in
:mod:`console.api.resources`) build paths and bodies. Calls that act for one user of the company
go through ``client.acting_as(user_id)``, a view on the same connection that sends
``x-meetergo-api-user-id`` with every request.
"""

from __future__ import annotations

import asyncio
import random
import time
from types import TracebackType
from typing import Any, Self

import httpx

from console.api._transport import Clock, RateBudget, Sleep, Transport
from console.api._wire import MAX_PAGE_SIZE
from console.api.resources import (
    Appointments,
    Availabilities,
    Bookings,
    MeetingTypes,
    PersonalPages,
    Slots,
    Templates,
    Users,
    Webhooks,
)

__all__ = ["MAX_PAGE_SIZE", "ActingClient", "MeetergoClient"]


class _Scope:
    """The resource namespaces of one acting user (or none), over one shared transport."""

    def __init__(self, transport: Transport, acting_user: str | None) -> None:
        self._transport = transport
        self._acting_user = acting_user
        self.users = Users(transport, acting_user)
        self.meeting_types = MeetingTypes(transport, acting_user)
        self.availabilities = Availabilities(transport, acting_user)
        self.slots = Slots(transport, acting_user)
        self.bookings = Bookings(transport, acting_user)
        self.appointments = Appointments(transport, acting_user)
        self.personal_pages = PersonalPages(transport, acting_user)
        self.templates = Templates(transport, acting_user)
        self.webhooks = Webhooks(transport, acting_user)

    async def send(self, method: str, path: str, *, json: Any = None, retry: bool = True) -> Any:
        """A request by wire path (``/v4/...``) as this scope's acting user; the decoded answer.

        For callers that hold requests as data (the fleet-change journal) rather than as calls
        of the typed namespaces; budget, auth and error mapping are the same. ``retry=False``
        sends it once, whatever the method.
        """
        return await self._transport.request(
            method,
            path,
            lambda data: data,
            root=True,
            json=json,
            acting_user=self._acting_user,
            retry=retry,
        )

    @property
    def base_url(self) -> str:
        """The host the client talks to (without ``/v4``)."""
        return self._transport.base_url

    @property
    def is_personal_token(self) -> bool:
        """True when the credential is a personal access token (acts only as its owner)."""
        return self._transport.is_personal_token

    @property
    def rate_budget(self) -> RateBudget:
        """The connection's one request budget, shared by every scope."""
        return self._transport.budget


class ActingClient(_Scope):
    """The connection acting as one user: ``client.acting_as(user_id)``.

    It has the same namespaces as :class:`MeetergoClient` (``users``, ``meeting_types``,
    ``availabilities``, ``slots``, ``bookings``, ``appointments``, ``personal_pages``,
    ``templates``, ``webhooks``) and shares its HTTP client, retries and rate budget; every
    request names :attr:`user_id` as the acting user. Its life ends with the client's: it has
    nothing of its own to open or close.
    """

    def __init__(self, transport: Transport, user_id: str) -> None:
        super().__init__(transport, user_id)
        self.user_id = user_id

    def __repr__(self) -> str:
        return f"ActingClient(base_url={self.base_url!r}, user_id={self.user_id!r})"


class MeetergoClient(_Scope):
    """Async client for one meetergo connection (platform API key or personal token).

    Use as an async context manager; it creates one ``httpx.AsyncClient`` on entry and closes it
    on exit. ``sleep`` and ``clock`` are injectable so tests run retries and the rate budget
    without waiting. The credential is never logged, shown in ``repr`` or put in an error.

    Acting user: :meth:`acting_as` gives the view for one user. With a platform API key
    (``ak_live:…``) it sends the ``x-meetergo-api-user-id`` header. A personal access token
    (``rgo-…``) acts only as its own user and never sends that header; entering the client calls
    ``users.me()`` once to learn that user, and ``acting_as`` anyone else raises
    ``ActingUserRefused`` (a ``PermissionDenied``, 403) before anything is sent.

    Budget: by default this client's own token bucket (``requests_per_minute``, ``burst``);
    ``budget`` replaces it, e.g. with a
    :class:`~console.api.shared_budget.SharedRateBudget` that every console process of the user
    shares for the same key (what ``console.session.default_client_factory`` passes).

    Retries: GET/PATCH/DELETE are retried on connection errors, timeouts, 429 and 5xx (backoff
    0.5 s doubling to 8 s with jitter, or the server's ``Retry-After``, capped at 60 s), at most
    ``max_retries`` times. POST is never retried: callers reconcile after an
    ``ApiConnectionError`` and may resend after ``RateLimited`` (429 = not processed).
    """

    def __init__(
        self,
        api_key: str,
        base_url: str = "https://api.meetergo.com",
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        max_retries: int = 2,
        requests_per_minute: float = 100,
        burst: float = 200,
        timeout: httpx.Timeout | None = None,
        sleep: Sleep | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        budget: RateBudget | None = None,
    ) -> None:
        sleeper: Sleep = sleep or asyncio.sleep
        if budget is None:
            budget = RateBudget(
                requests_per_minute, burst, clock=clock or time.monotonic, sleep=sleeper
            )
        kwargs: dict[str, Any] = {"timeout": timeout} if timeout is not None else {}
        super().__init__(
            Transport(
                api_key=api_key,
                base_url=base_url,
                transport=transport,
                max_retries=max_retries,
                budget=budget,
                sleep=sleeper,
                rng=rng,
                **kwargs,
            ),
            None,
        )

    def acting_as(self, user_id: str) -> ActingClient:
        """The connection acting as ``user_id``: same HTTP client and budget, header on every call.

        Raises :class:`~console.api.errors.ActingUserRefused` at once when the credential may
        not act as that user (a personal token acting as anyone but itself).
        """
        self._transport.check_acting_user(user_id)
        return ActingClient(self._transport, user_id)

    @property
    def own_user_id(self) -> str | None:
        """A personal token's own user, known once the client is entered; else ``None``."""
        return self._transport.own_user_id

    def __repr__(self) -> str:
        kind = "personal token" if self.is_personal_token else "API key"
        return f"MeetergoClient(base_url={self.base_url!r}, credential=<{kind} hidden>)"

    async def __aenter__(self) -> Self:
        await self._transport.open()
        if self.is_personal_token and self._transport.own_user_id is None:
            try:
                await self.users.me()
            except BaseException:
                await self.aclose()
                raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client (also done by leaving the ``async with`` block)."""
        await self._transport.close()
