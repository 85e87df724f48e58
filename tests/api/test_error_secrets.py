"""No error the client raises carries the key: not in its text, its attributes, its cause or its
context (an error reporter that keeps exceptions keeps everything reachable from them)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import httpx
import pytest

from console.api import MeetergoClient
from console.api.errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticationError,
    Conflict,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from tests.api.conftest import API_KEY, BASE, PAT, error_body

SECRET = API_KEY.split(":")[-1]


def reachable(root: object, *, max_depth: int = 40) -> Iterator[tuple[str, object]]:
    """Every object reachable from ``root`` through attributes, items, causes and contexts."""
    seen: set[int] = set()
    stack: list[tuple[str, object, int]] = [("error", root, 0)]
    while stack:
        path, obj, depth = stack.pop()
        if id(obj) in seen or depth > max_depth:
            continue
        seen.add(id(obj))
        yield path, obj
        if isinstance(obj, str | bytes | bytearray | int | float | bool | type(None)):
            continue
        if isinstance(obj, type) or (callable(obj) and not isinstance(obj, BaseException)):
            continue  # classes and functions: code, not data the error holds
        children: list[tuple[str, object]] = []
        if isinstance(obj, BaseException):
            children += [
                (".__cause__", obj.__cause__),
                (".__context__", obj.__context__),
                (".args", obj.args),
            ]
        if isinstance(obj, dict):
            children += [(f"[{k!r}]", v) for k, v in obj.items()]
            children += [(".<key>", k) for k in obj]
        elif isinstance(obj, list | tuple | set | frozenset):
            children += [(f"[{i}]", v) for i, v in enumerate(obj)]
        for name in getattr(obj, "__dict__", {}) or {}:
            children.append((f".{name}", vars(obj)[name]))
        for cls in type(obj).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if isinstance(name, str) and hasattr(obj, name):
                    children.append((f".{name}", getattr(obj, name)))
        for name in ("request", "response", "headers"):  # httpx's properties over private slots
            try:
                value = getattr(obj, name, None)
            except Exception:
                continue
            if value is not None:
                children.append((f".{name}", value))
        stack.extend((path + step, child, depth + 1) for step, child in children)


def leaks(error: BaseException, key: str) -> list[str]:
    """Paths under ``error`` where ``key`` (or its secret part) appears."""
    needles = {key, key.split(":")[-1]}
    found = []
    for path, obj in reachable(error):
        text: str | None = None
        if isinstance(obj, str):
            text = obj
        elif isinstance(obj, bytes | bytearray):
            text = bytes(obj).decode("latin-1")
        if text is not None and any(needle in text for needle in needles):
            found.append(path)
    for text in (str(error), repr(error)):
        if any(needle in text for needle in needles):
            found.append("str/repr")
    return found


def answering(response: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(response)


def raising(make: Callable[[httpx.Request], Exception]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        # Real httpx errors carry the request (and its headers) like this.
        raise make(request)

    return httpx.MockTransport(handler)


def echo_status(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """A server that quotes the request's headers in its error body (as echo services do)."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = error_body(status, f"denied for {request.headers['Authorization']}", "Echo")
        body["headers"] = dict(request.headers)
        return httpx.Response(status, json=body, headers={"Retry-After": "1"})

    return handler


def malformed(request: httpx.Request) -> httpx.Response:
    # A success answer the models cannot read, quoting the key in the offending field.
    return httpx.Response(200, json={"id": 42, "email": request.headers["Authorization"]})


CASES: list[tuple[str, httpx.AsyncBaseTransport, type[ApiError]]] = [
    (
        "timeout",
        raising(lambda r: httpx.ReadTimeout("timed out", request=r)),
        ApiTimeoutError,
    ),
    (
        "dropped",
        raising(lambda r: httpx.RemoteProtocolError("Server disconnected", request=r)),
        ApiConnectionError,
    ),
    ("401", answering(echo_status(401)), AuthenticationError),
    ("403", answering(echo_status(403)), PermissionDenied),
    ("404", answering(echo_status(404)), NotFound),
    ("409", answering(echo_status(409)), Conflict),
    ("422", answering(echo_status(422)), ApiError),
    ("429", answering(echo_status(429)), RateLimited),
    ("500", answering(echo_status(500)), ServerError),
    ("503", answering(echo_status(503)), ServerError),
    ("malformed", answering(malformed), MalformedResponse),
]


async def _raised(transport: httpx.AsyncBaseTransport | None, base_url: str, key: str) -> ApiError:
    async def no_sleep(_seconds: float) -> None:
        return None

    client = MeetergoClient(
        api_key=key, base_url=base_url, transport=transport, sleep=no_sleep, max_retries=1
    )
    try:
        async with client:
            await client.users.me()
    except ApiError as exc:
        return exc
    raise AssertionError("no error was raised")


@pytest.mark.asyncio
@pytest.mark.parametrize(("case", "transport", "expected"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("key", [API_KEY, PAT], ids=["api-key", "personal-token"])
async def test_no_error_holds_the_key_anywhere_reachable(case, transport, expected, key):
    error = await _raised(transport, BASE, key)
    assert isinstance(error, expected), error
    assert leaks(error, key) == []


@pytest.mark.asyncio
async def test_a_refused_connection_holds_neither_the_key_nor_the_request():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = await _raised(None, f"http://127.0.0.1:{port}", API_KEY)
    assert isinstance(error, ApiConnectionError)
    assert leaks(error, API_KEY) == []
    cause = error.__cause__
    assert isinstance(cause, httpx.ConnectError)
    with pytest.raises(RuntimeError):
        cause.request  # noqa: B018 - the copy keeps the message, not the request
    assert error.__context__ is None


def test_the_walker_finds_a_key_behind_a_cause_request():
    # The walker itself must see what the errors used to hold: the request of the cause.
    request = httpx.Request("GET", BASE, headers={"Authorization": f"Bearer {API_KEY}"})
    error = ApiConnectionError("connection failed", method="GET", url=BASE)
    error.__cause__ = httpx.ConnectError("refused", request=request)
    assert leaks(error, API_KEY) != []
