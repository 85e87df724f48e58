"""The webhook receiver: a small ASGI app served by uvicorn inside the caller's loop — no Qt.

meetergo signs no webhook (fact sheet §19), so the only thing that keeps strangers out is a
random token in the path, kept in the keyring. The app answers fast: it logs the event (the
feed writes it to the store) and only then acknowledges, so an acknowledged event survives a
crash; it refuses what is not a webhook without disturbing anything else — 404 for a wrong
token or path, 405 for a method other than POST, 413 over 256 KB, 400 for a body that is not
UTF-8 JSON in either envelope.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import socket
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import uvicorn

from console.credentials import SecretStore
from console.domain.receiver import DEFAULT_HOST as DEFAULT_HOST  # still importable from here

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024
PATH_PREFIX = "/hooks/"
TOKEN_SERVICE = "meetergo-console-receiver"

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
#: Logs one body; raises ``ValueError`` when it is no webhook.
OnBody = Callable[[bytes], Awaitable[object]]


class ReceiverApp:
    """The ASGI application: ``POST /hooks/<token>`` with a webhook body, nothing else."""

    def __init__(self, token: str, on_body: OnBody, *, max_body: int = MAX_BODY) -> None:
        self._path = PATH_PREFIX + token
        self._on_body = on_body
        self._max_body = max_body

    @property
    def path(self) -> str:
        return self._path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return  # lifespan is switched off; websockets are not served
        if not hmac.compare_digest(str(scope.get("path", "")).encode(), self._path.encode()):
            await _answer(send, 404, "not found")
            return
        if scope.get("method") != "POST":
            await _answer(send, 405, "method not allowed", allow="POST")
            return
        declared = _content_length(scope)
        if declared is not None and declared > self._max_body:
            await _answer(send, 413, "payload too large")
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            if len(body) > self._max_body:
                await _answer(send, 413, "payload too large")
                return
            if not message.get("more_body", False):
                break
        try:
            await self._on_body(bytes(body))
        except ValueError as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
            await _answer(send, 400, f"not a meetergo webhook: {_short(error)}")
            return
        except Exception:
            # Not acknowledged, so meetergo (or the poller) brings it again.
            log.exception("webhook not stored")
            await _answer(send, 500, "not stored")
            return
        await _answer(send, 200, "ok")


def _short(error: Exception) -> str:
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _answer(send: Send, status: int, text: str, *, allow: str | None = None) -> None:
    body = json.dumps({"status": status, "message": text}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if allow is not None:
        headers.append((b"allow", allow.encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # The caller's loop (the GUI's, or the CLI's) owns Ctrl+C; uvicorn must not take it.
        yield


class Receiver:
    """Serves a :class:`ReceiverApp` with uvicorn on the running loop; ``await start()``/``stop()``.

    ``port=0`` picks a free port; :attr:`url` is the local address with the token.
    """

    def __init__(self, app: ReceiverApp, host: str = DEFAULT_HOST, port: int = 0) -> None:
        self.app = app
        self.host = host
        self.port = port
        self._server: _Server | None = None
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        """``http://host:port/hooks/<token>`` (the port actually bound)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.app.path}"

    async def start(self) -> None:
        """Bind and serve; raises ``OSError`` when the address cannot be bound."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
        except OSError:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        server = _Server(config)
        self._server = server
        self._task = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started:
            if self._task.done():
                self._server = None
                self._task.result()  # raises what stopped it
                raise OSError("the webhook receiver stopped while starting")
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        """Stop serving (requests in flight finish first)."""
        server, task = self._server, self._task
        self._server = self._task = None
        if server is None or task is None:
            return
        server.should_exit = True
        await task


def receiver_token(secret_store: SecretStore | None = None, name: str = "receiver") -> str:
    """The receiver's path token from the keyring, made (and stored) on first use."""
    store = secret_store or SecretStore(TOKEN_SERVICE, env_override=False)
    token = store.get(name)
    if not token:
        token = secrets.token_urlsafe(24)
        store.set(name, token)
    return token
