"""In-process access to a sandbox app for tests and benchmarks."""

from __future__ import annotations

import httpx
from starlette.applications import Starlette
from starlette.types import Receive, Scope, Send

from console.sandbox.gate import IN_PROCESS, DroppedConnection


class _InProcess:
    def __init__(self, app: Starlette) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app({**scope, IN_PROCESS: True}, receive, send)


class _SandboxTransport(httpx.ASGITransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except DroppedConnection as error:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            ) from error


def sandbox_transport(app: Starlette) -> httpx.AsyncBaseTransport:
    """An httpx transport that calls ``app`` in-process (``base_url`` may be anything).

    Injected dropped connections surface as :class:`httpx.RemoteProtocolError`.
    """
    return _SandboxTransport(app=_InProcess(app))
