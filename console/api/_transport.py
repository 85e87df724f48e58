"""Plumbing under the resource namespaces: rate budget, retries, error mapping, auth headers.

Nothing here knows a meetergo route; the modules of ``console.api.resources`` build paths and
bodies and call :meth:`Transport.request`.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import random
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
    # httpcore imports the optional sniffio each time it makes a lock, i.e. several times per
    # request; without it installed each try is a failed import that searches all of sys.path
    # (a quarter of the client's CPU time per request in tests/bench/
    # test_onboarding_throughput.py). None in sys.modules makes that import fail at once
    # (https://docs.python.org/3/reference/import.html#the-module-cache).
    sys.modules["sniffio"] = None  # type: ignore[assignment]

from console import __version__
from console.api.errors import (
    ActingUserRefused,
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    MalformedResponse,
    RateLimited,
    error_for_status,
)

log = logging.getLogger("console.api")

Sleep = Callable[[float], Awaitable[None]]
Clock = Callable[[], float]
T = TypeVar("T")

ACTING_USER_HEADER = "x-meetergo-api-user-id"
USER_AGENT = f"meetergo-console/{__version__}"
REDACTED = "<redacted>"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
RETRYABLE_METHODS = frozenset({"GET", "HEAD", "PATCH", "DELETE"})
BACKOFF_INITIAL = 0.5
BACKOFF_MAX = 8.0
RETRY_AFTER_CAP = 60.0


class RateBudget:
    """An async token bucket shared by every call of one client.

    ``requests_per_minute`` tokens flow in per minute, up to ``burst``. :meth:`acquire` waits
    with the injected ``sleep`` (``asyncio.sleep`` by default), so waiting never blocks the loop;
    waiters are served in arrival order.
    """

    def __init__(
        self,
        requests_per_minute: float = 100,
        burst: float = 200,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if requests_per_minute <= 0 or burst < 1:
            raise ValueError("requests_per_minute must be > 0 and burst >= 1")
        self.rate_per_second = requests_per_minute / 60.0
        self.burst = float(burst)
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(burst)
        self._updated = clock()
        self._lock = asyncio.Lock()
        self._burst_sent: float | None = None

    def available(self) -> float:
        """Tokens left right now (what the status bar shows as "budget left")."""
        self._refill()
        return self._tokens

    async def acquire(self) -> bool:
        """Take one token, waiting until one has flowed in if the bucket is empty.

        Returns True when the bucket was full: this request starts a burst, and the caller
        reports its answer to :meth:`burst_answered`.
        """
        async with self._lock:
            self._refill()
            while self._tokens < 1.0:
                await self._sleep((1.0 - self._tokens) / self.rate_per_second)
                self._refill()
            full = self._tokens >= self.burst
            self._tokens -= 1.0
            if full:
                self._burst_sent = self._clock()
            return full

    def burst_answered(self) -> None:
        """The first request of a burst was answered (or failed).

        The server's bucket starts draining when that request *reaches* it, which is only known
        to lie between its sending and now; a budget that matches the server's limit exactly
        would otherwise count the refill of that moment twice and run a fraction of a token
        ahead of the server at the first request that waits (a 429). So the refill since the
        burst's first request was sent is taken back.
        """
        if self._burst_sent is None:
            return
        self._refill()
        self._tokens -= max(0.0, self._clock() - self._burst_sent) * self.rate_per_second
        self._burst_sent = None

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._updated = now
        self._tokens = min(self.burst, self._tokens + elapsed * self.rate_per_second)


def parse_retry_after(
    value: str | None, *, now: Callable[[], datetime] | None = None
) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or HTTP date), capped at 60."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        current = now() if now is not None else datetime.now(UTC)
        seconds = (when - current).total_seconds()
    return min(max(seconds, 0.0), RETRY_AFTER_CAP)


def backoff_delay(retry_number: int, rng: random.Random | None = None) -> float:
    """Exponential backoff: 0.5 s doubling to 8 s, with up to 25 % negative jitter."""
    base = min(BACKOFF_INITIAL * 2.0**retry_number, BACKOFF_MAX)
    jitter = (rng or random).uniform(0.0, 0.25)
    return base * (1.0 - jitter)


def is_personal_token(api_key: str) -> bool:
    """True for a personal access token (``rgo-…``), which acts only as its owner."""
    return api_key.startswith("rgo-")


class Transport:
    """Sends one logical request: budget, auth, retries, and errors mapped to ``ApiError``."""

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str,
        transport: httpx.AsyncBaseTransport | None,
        max_retries: int,
        budget: RateBudget,
        sleep: Sleep,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        rng: random.Random | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("an API key or personal access token is required")
        self._api_key = api_key
        self.base_url = base_url.rstrip("/")
        self._transport = transport
        self.max_retries = max(0, max_retries)
        self.budget = budget
        self._sleep = sleep
        self._timeout = timeout
        self._rng = rng or random.Random()
        self._http: httpx.AsyncClient | None = None
        self.is_personal_token = is_personal_token(api_key)
        self.own_user_id: str | None = None

    def __repr__(self) -> str:
        kind = "pat" if self.is_personal_token else "api_key"
        return f"Transport(base_url={self.base_url!r}, credential=<{kind} hidden>)"

    async def open(self) -> None:
        """Create the one long-lived ``httpx.AsyncClient`` (inside the running loop)."""
        if self._http is not None:
            return
        from console.api.pool import ShardedPool

        self._http = httpx.AsyncClient(
            transport=(
                self._transport
                if self._transport is not None
                else ShardedPool(plain_http=self.base_url.lower().startswith("http://"))
            ),
            timeout=self._timeout,
            headers={
                "Authorization": f"Bearer {self._api_key}",
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
            },
            follow_redirects=False,
        )

    async def close(self) -> None:
        """Close the HTTP client and its connections."""
        if self._http is not None:
            http, self._http = self._http, None
            await http.aclose()

    def url(self, path: str, *, root: bool = False) -> str:
        """Absolute URL: ``/v4`` routes by default, host-root routes (webhooks) with ``root``."""
        prefix = "" if root else "/v4"
        return f"{self.base_url}{prefix}{path}"

    def check_acting_user(self, user_id: str) -> None:
        """Refuse, before anything is sent, to act as ``user_id`` when this credential cannot.

        A platform API key may act as any user of its company. A personal token acts only as its
        own user (meetergo answers 403 otherwise), whose id is learnt from ``users.me()`` — which
        the client calls on entering — so :class:`ActingUserRefused` is raised for anyone else.
        """
        if not user_id:
            raise ValueError("an acting user id is required")
        if self.is_personal_token and user_id != self.own_user_id:
            raise ActingUserRefused(
                "a personal access token can only act as its own user "
                f"({self.own_user_id or 'unknown yet'}), not as user {user_id}; "
                "use a platform API key to manage other accounts"
                + ("" if self.own_user_id else " (enter the client first to learn the own id)")
            )

    def acting_headers(self, user_id: str | None) -> dict[str, str]:
        """The acting-user header for ``user_id`` (checked by :meth:`check_acting_user`).

        A personal token never sends it: meetergo rejects the header on a PAT even for the
        token's own user (it acts as its owner anyway).
        """
        if user_id is None or self.is_personal_token:
            return {}
        return {ACTING_USER_HEADER: user_id}

    async def request(
        self,
        method: str,
        path: str,
        read: Callable[[Any], T],
        *,
        root: bool = False,
        params: Mapping[str, Any] | list[tuple[str, Any]] | None = None,
        json: Any = None,
        acting_user: str | None = None,
        retry: bool = True,
    ) -> T:
        """Send with budget and retries; return ``read`` of the decoded JSON.

        ``retry=False`` sends once: a caller that reconciles by reading before it re-sends a
        write (the fleet-change engine) must not have a dropped PATCH resent blindly.

        ``read`` gets ``None`` for an empty body. When it cannot read the answer (a
        ``ValueError`` such as pydantic's ``ValidationError``, or a ``TypeError``) the answer is
        reported as :class:`MalformedResponse`.
        """
        if self._http is None:
            raise RuntimeError("use the client as 'async with MeetergoClient(...) as client:'")
        method = method.upper()
        url = self.url(path, root=root)
        headers = self.acting_headers(acting_user)
        retryable = retry and method in RETRYABLE_METHODS
        attempt = 0
        while True:
            starts_burst = await self.budget.acquire()
            cause: Exception | None = None
            log.debug("→ %s %s (attempt %d)", method, url, attempt + 1)
            try:
                response = await self._http.request(
                    method, url, params=params, json=json, headers=headers
                )
            except httpx.TimeoutException as err:
                error: ApiError = ApiTimeoutError(
                    f"timed out ({type(err).__name__})", method=method, url=url
                )
                cause = _without_request(err)
            except httpx.TransportError as err:
                error = ApiConnectionError(
                    self._scrub(f"connection failed ({type(err).__name__}: {err})"),
                    method=method,
                    url=url,
                )
                cause = _without_request(err)
            else:
                log.debug("← %s %s %d", method, url, response.status_code)
                if response.status_code < 400:
                    return self._read(read, response, method=method, url=url)
                error = self._status_error(response, method=method, url=url)
            finally:
                if starts_burst:
                    self.budget.burst_answered()
            # Raised here, after the ``except`` blocks, so that ``__context__`` is not the httpx
            # error: that one holds the request and its Authorization header, and an error
            # reporter that keeps exceptions (Sentry-style "local variables", a log handler
            # with ``exc_info``) would keep the key with it.
            if not retryable or attempt >= self.max_retries or not _retryable_error(error):
                if cause is not None:
                    raise error from cause
                raise error
            delay = backoff_delay(attempt, self._rng)
            if isinstance(error, RateLimited) and error.retry_after is not None:
                delay = error.retry_after
            attempt += 1
            log.debug(
                "retrying %s %s in %.2f s after %s (retry %d of %d)",
                method,
                url,
                delay,
                type(error).__name__,
                attempt,
                self.max_retries,
            )
            await self._sleep(delay)

    def _status_error(self, response: httpx.Response, *, method: str, url: str) -> ApiStatusError:
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text
        return error_for_status(
            response.status_code,
            method=method,
            url=url,
            # A server (or a proxy, or an echo service at a mistyped base URL) may quote the
            # request's headers back; the error must not carry the key it quoted.
            body=self._scrub(body),
            reason=response.reason_phrase,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )

    def _read(
        self, read: Callable[[Any], T], response: httpx.Response, *, method: str, url: str
    ) -> T:
        try:
            return read(_decode(response))
        except (ValueError, TypeError) as err:
            reason = self._scrub(_reason(err))
        # Raised outside the ``except``: the models' error quotes the answer (personal data,
        # or a key an echoing server sent back) and must not ride along as ``__context__``.
        raise MalformedResponse(
            f"the answer could not be read: {reason}",
            status_code=response.status_code,
            method=method,
            url=url,
        )

    def _scrub(self, value: Any) -> Any:
        """``value`` (text, or decoded JSON) with every occurrence of the key replaced."""
        if isinstance(value, str):
            return value.replace(self._api_key, REDACTED) if self._api_key in value else value
        if isinstance(value, dict):
            return {self._scrub(k): self._scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self._scrub(item) for item in value]
        return value


def _retryable_error(error: ApiError) -> bool:
    if isinstance(error, ApiConnectionError | RateLimited):
        return True
    return error.status_code is not None and error.status_code >= 500


def _without_request(error: httpx.TransportError) -> Exception:
    """A copy of an httpx error with its message only: no request, no headers, no chain."""
    try:
        return type(error)(str(error))
    except TypeError:  # a subclass with another constructor: fall back to the base type
        return httpx.TransportError(str(error))


def _reason(error: ValueError | TypeError) -> str:
    # Field locations and messages only: pydantic's own text quotes the input, which may be
    # someone's personal data and does not help the reader.
    if isinstance(error, ValidationError):
        problems = error.errors(include_url=False, include_input=False, include_context=False)
        if problems:
            first = problems[0]
            where = ".".join(str(part) for part in first["loc"]) or "body"
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            return f"{where}: {first['msg']}{more}"
    return str(error)[:200]


def _decode(response: httpx.Response) -> Any:
    if response.status_code == 204 or not response.content.strip():
        return None
    try:
        return response.json()
    except ValueError:
        # Some successes answer plain text ("User deleted successfully"); callers that expect
        # an object validate it and fail loudly there.
        return response.text
