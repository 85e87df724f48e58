"""Retries, Retry-After, the shared rate budget and transport failures, with sleeps faked."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from console.api import MeetergoClient
from console.api._transport import RateBudget, backoff_delay, parse_retry_after
from console.api.errors import (
    ApiConnectionError,
    ApiTimeoutError,
    NotFound,
    RateLimited,
    ServerError,
)
from tests.api.conftest import API_KEY, BASE, error_body

pytestmark = [pytest.mark.respx(base_url=BASE, assert_all_called=True), pytest.mark.asyncio]

ME = {"id": "u1", "email": "a@b.de"}


def fail_then(
    *outcomes: httpx.Response | Exception,
) -> Callable[[httpx.Request], httpx.Response]:
    """A respx side effect answering each outcome in turn (a Response or an exception)."""
    queue = list(outcomes)

    def effect(request: httpx.Request) -> httpx.Response:
        outcome = queue.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return effect


def status(code: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(code, json=error_body(code, "nope", "Reason"), headers=headers)


async def test_a_get_is_retried_on_5xx_with_growing_backoff(client, respx_mock, sleeps):
    route = respx_mock.get("/v4/user/me").mock(
        side_effect=fail_then(status(503), status(502), httpx.Response(200, json=ME))
    )
    user = await client.users.me()
    assert user.id == "u1"
    assert route.call_count == 3
    assert len(sleeps.delays) == 2
    assert 0.375 <= sleeps.delays[0] <= 0.5
    assert 0.75 <= sleeps.delays[1] <= 1.0


async def test_a_get_gives_up_after_max_retries(client, respx_mock, sleeps):
    route = respx_mock.get("/v4/user/me").mock(return_value=status(500))
    with pytest.raises(ServerError):
        await client.users.me()
    assert route.call_count == 3  # the first attempt plus max_retries=2
    assert len(sleeps.delays) == 2


async def test_max_retries_zero_sends_once(respx_mock, sleeps):
    route = respx_mock.get("/v4/user/me").mock(return_value=status(503))
    async with MeetergoClient(api_key=API_KEY, base_url=BASE, max_retries=0, sleep=sleeps) as c:
        with pytest.raises(ServerError):
            await c.users.me()
    assert route.call_count == 1 and sleeps.delays == []


@pytest.mark.parametrize("method", ["PATCH", "DELETE"])
async def test_patch_and_delete_are_retried_too(client, respx_mock, method):
    route = respx_mock.route(method=method, path="/webhooks/w1").mock(
        side_effect=fail_then(status(503), httpx.Response(200, json={"id": "w1", "endpoint": "x"}))
    )
    if method == "PATCH":
        await client.webhooks.update("w1", description="d")
    else:
        await client.webhooks.delete("w1")
    assert route.call_count == 2


async def test_a_post_is_never_retried_on_5xx(client, respx_mock, sleeps):
    route = respx_mock.post("/v4/user").mock(return_value=status(503))
    with pytest.raises(ServerError):
        await client.users.create(email="a@b.de", given_name="A", family_name="B", timezone="UTC")
    assert route.call_count == 1 and sleeps.delays == []


async def test_a_post_is_not_retried_on_429_but_reports_retry_after(client, respx_mock, sleeps):
    route = respx_mock.post("/v4/booking").mock(return_value=status(429, {"Retry-After": "12"}))
    with pytest.raises(RateLimited) as caught:
        await client.bookings.create(
            "mt1", "2026-03-02T09:00:00Z", {"email": "k@x.de"}, queue_id="q"
        )
    assert caught.value.retry_after == 12.0
    assert route.call_count == 1 and sleeps.delays == []


async def test_a_post_is_not_retried_after_a_dropped_connection(client, respx_mock, sleeps):
    route = respx_mock.post("/v4/user").mock(
        side_effect=httpx.RemoteProtocolError("Server disconnected without sending a response.")
    )
    with pytest.raises(ApiConnectionError) as caught:
        await client.users.create(email="a@b.de", given_name="A", family_name="B", timezone="UTC")
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert caught.value.method == "POST"
    assert route.call_count == 1 and sleeps.delays == []


async def test_429_with_retry_after_seconds_waits_that_long(client, respx_mock, sleeps):
    route = respx_mock.get("/v4/user/me").mock(
        side_effect=fail_then(status(429, {"Retry-After": "7"}), httpx.Response(200, json=ME))
    )
    await client.users.me()
    assert route.call_count == 2
    assert sleeps.delays == [7.0]


async def test_429_with_retry_after_http_date_waits_until_then(client, respx_mock, sleeps):
    when = datetime.now(UTC) + timedelta(seconds=30)
    route = respx_mock.get("/v4/user/me").mock(
        side_effect=fail_then(
            status(429, {"Retry-After": format_datetime(when, usegmt=True)}),
            httpx.Response(200, json=ME),
        )
    )
    await client.users.me()
    assert route.call_count == 2
    assert len(sleeps.delays) == 1 and 25.0 <= sleeps.delays[0] <= 30.0


async def test_429_without_retry_after_uses_backoff(client, respx_mock, sleeps):
    respx_mock.get("/v4/user/me").mock(
        side_effect=fail_then(status(429), httpx.Response(200, json=ME))
    )
    await client.users.me()
    assert len(sleeps.delays) == 1 and 0.375 <= sleeps.delays[0] <= 0.5


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("3", 3.0),
        ("0.5", 0.5),
        ("3600", 60.0),
        ("-4", 0.0),
        ("soon", None),
        (None, None),
        ("", None),
    ],
)
async def test_retry_after_is_parsed_and_capped(header, expected):
    assert parse_retry_after(header) == expected


async def test_retry_after_http_date_in_the_past_means_now():
    past = format_datetime(datetime(2020, 1, 1, tzinfo=UTC), usegmt=True)
    assert parse_retry_after(past) == 0.0


async def test_backoff_doubles_from_half_a_second_to_eight():
    class NoJitter(random.Random):
        def uniform(self, a, b):
            return a

    assert [backoff_delay(n, NoJitter()) for n in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]
    jittered = [backoff_delay(2, random.Random(seed)) for seed in range(20)]
    assert all(1.5 <= d <= 2.0 for d in jittered) and len(set(jittered)) > 1


async def test_a_client_error_is_not_retried(client, respx_mock, sleeps):
    route = respx_mock.get("/v4/user/u9").mock(return_value=status(404))
    with pytest.raises(NotFound):
        await client.users.get("u9")
    assert route.call_count == 1 and sleeps.delays == []


async def test_connection_errors_are_retried_for_a_get(client, respx_mock, sleeps):
    route = respx_mock.get("/v4/user/me").mock(
        side_effect=fail_then(httpx.ConnectError("refused"), httpx.Response(200, json=ME))
    )
    await client.users.me()
    assert route.call_count == 2 and len(sleeps.delays) == 1


async def test_a_timeout_becomes_api_timeout_error_from_the_httpx_error(client, respx_mock):
    route = respx_mock.get("/v4/user/me").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(ApiTimeoutError) as caught:
        await client.users.me()
    assert isinstance(caught.value, ApiConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert route.call_count == 3


async def test_timeouts_are_explicit(client):
    timeout = client._transport._http.timeout
    assert (timeout.connect, timeout.read) == (5.0, 30.0)


async def test_a_closed_client_refuses_to_send(sleeps):
    c = MeetergoClient(api_key=API_KEY, base_url=BASE, sleep=sleeps)
    async with c:
        pass
    with pytest.raises(RuntimeError, match="async with"):
        await c.users.me()


# --- the rate budget -----------------------------------------------------------------------


class FakeClock:
    """Time that only moves when someone sleeps; sleeping yields to the loop once."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


async def test_fifty_concurrent_calls_never_exceed_the_bucket(respx_mock):
    clock = FakeClock()
    sent_at: list[float] = []

    def answer(request):
        sent_at.append(clock.now)
        return httpx.Response(200, json=ME)

    respx_mock.get("/v4/user/me").mock(side_effect=answer)
    per_minute, burst = 60, 10
    async with MeetergoClient(
        api_key=API_KEY,
        base_url=BASE,
        requests_per_minute=per_minute,
        burst=burst,
        sleep=clock.sleep,
        clock=clock,
    ) as c:
        results = await asyncio.gather(*(c.users.me() for _ in range(50)))
    assert len(results) == 50 and len(sent_at) == 50
    rate = per_minute / 60
    for index, t in enumerate(sorted(sent_at)):
        # index + 1 requests have gone out by time t; the bucket allows burst + rate * t
        assert index + 1 <= burst + rate * t + 1e-9
    # the 40 calls beyond the burst had to wait for tokens: about 40 s of (fake) time
    assert 39.0 <= max(sent_at) <= 41.0


async def test_budget_available_counts_down_and_refills():
    clock = FakeClock()
    budget = RateBudget(100, 200, clock=clock, sleep=clock.sleep)
    assert budget.available() == 200
    for _ in range(3):
        await budget.acquire()
    assert budget.available() == 197
    clock.now += 0.6  # 100/min = one token per 0.6 s
    assert budget.available() == pytest.approx(198)
    clock.now += 3600
    assert budget.available() == 200


async def test_a_burst_counts_from_its_first_answer_so_a_matched_budget_never_runs_ahead():
    # The server's bucket starts when the first request reaches it, somewhere between its
    # sending (t=0) and its answer (t=2): the client takes the refill of those 2 s back.
    clock = FakeClock()
    budget = RateBudget(60, 10, clock=clock, sleep=clock.sleep)
    assert await budget.acquire() is True  # the bucket was full: a burst starts
    assert await budget.acquire() is False
    clock.now += 2.0
    assert budget.available() == pytest.approx(10.0)  # 8 left + 2 s of refill
    budget.burst_answered()
    assert budget.available() == pytest.approx(8.0)
    budget.burst_answered()  # once per burst
    assert budget.available() == pytest.approx(8.0)


async def test_waiting_for_a_token_leaves_the_loop_free():
    clock = FakeClock()
    released = asyncio.Event()
    waits: list[float] = []

    async def gated_sleep(seconds: float) -> None:
        waits.append(seconds)
        await released.wait()
        clock.now += seconds

    budget = RateBudget(60, 1, clock=clock, sleep=gated_sleep)
    await budget.acquire()
    waiter = asyncio.create_task(budget.acquire())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    # the loop keeps running other work while the waiter is parked on its sleep
    assert not waiter.done() and waits == [pytest.approx(1.0)]
    released.set()
    await asyncio.wait_for(waiter, 1)
    assert budget.available() == pytest.approx(0.0)


async def test_retries_also_draw_from_the_budget(respx_mock, sleeps):
    clock = FakeClock()
    respx_mock.get("/v4/user/me").mock(
        side_effect=fail_then(status(503), httpx.Response(200, json=ME))
    )
    async with MeetergoClient(
        api_key=API_KEY, base_url=BASE, burst=5, sleep=sleeps, clock=clock
    ) as c:
        await c.users.me()
        assert c.rate_budget.available() == 3
