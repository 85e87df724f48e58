"""Fixtures for the client tests: a client on a fake host whose sleeps are recorded, not slept."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
import respx

from console.api import MeetergoClient

BASE = "https://api.meetergo.test"
API_KEY = "ak_live:0b6f3c1e-1111-4c2d-9e8f-000000000001:s3cr3t-DO-NOT-LEAK"
PAT = "rgo-personal-token-DO-NOT-LEAK"
ACTING = "x-meetergo-api-user-id"
PAT_OWNER = {"id": "u1", "email": "owner@agency.de"}
"""What ``GET /v4/user/me`` answers for :data:`PAT`: the token's own user."""


class SleepRecorder:
    """Stands in for asyncio.sleep: records each requested delay and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest_asyncio.fixture
async def client(sleeps: SleepRecorder) -> AsyncIterator[MeetergoClient]:
    async with MeetergoClient(api_key=API_KEY, base_url=BASE, sleep=sleeps) as c:
        yield c


@pytest_asyncio.fixture
async def pat_client(
    sleeps: SleepRecorder, respx_mock: respx.MockRouter
) -> AsyncIterator[MeetergoClient]:
    """A personal-token client, entered: it asked once who it is (needs the module's respx mark)."""
    me = respx_mock.get("/v4/user/me").respond(200, json=PAT_OWNER)
    async with MeetergoClient(api_key=PAT, base_url=BASE, sleep=sleeps) as c:
        assert me.call_count == 1
        yield c


def body_of(request: httpx.Request) -> Any:
    """The JSON body a request carried."""
    return json.loads(request.content)


def error_body(status: int, message: str | list[str], error: str) -> dict[str, Any]:
    """meetergo's NestJS-style error body."""
    return {"statusCode": status, "message": message, "error": error}
