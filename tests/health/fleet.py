"""A fleet with known problems on the in-process sandbox, and a count of the requests sent.

The accounts are made through the client as a user would make them; only the slug clashes are
written into the sandbox's state, because the sandbox (like meetergo) refuses a duplicate slug
through the API — the clashes the check exists for are ones an older platform version, an
import elsewhere or a case difference left behind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from console.api import MeetergoClient
from console.sandbox import Faults, SandboxConfig, create_app, sandbox_transport
from console.scheduling.schedule import WeeklySchedule
from tests.jobs.sandbox_helpers import no_sleep


class CountingTransport(httpx.AsyncBaseTransport):
    """Passes every request on and counts it by ``METHOD path``."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests: Counter[str] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests[f"{request.method} {request.url.path}"] += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()

    def total(self) -> int:
        return sum(self.requests.values())


@dataclass
class Fleet:
    """The ids of the seeded accounts, by what is wrong with them."""

    healthy: str
    disabled: str  # its only meeting type is switched off
    no_hours: str  # its weekly hours are all closed
    type_clash: str  # two of its meeting types share a slug
    twin_a: str  # these two accounts share one slug
    twin_b: str


@asynccontextmanager
async def counted_sandbox() -> AsyncIterator[tuple[MeetergoClient, CountingTransport]]:
    """A client on a fresh sandbox whose requests are counted."""
    app = create_app(SandboxConfig(rate_limit=False, faults=Faults()))
    transport = CountingTransport(sandbox_transport(app))
    client = MeetergoClient(
        app.state.sandbox.demo_api_key,
        "http://sandbox.test",
        transport=transport,
        requests_per_minute=1_000_000,
        burst=1_000_000,
        sleep=no_sleep,
    )
    client.sandbox_app = app  # type: ignore[attr-defined]
    async with client:
        yield client, transport


def sandbox_state(client: MeetergoClient) -> Any:
    return client.sandbox_app.state.sandbox  # type: ignore[attr-defined]


async def new_account(client: MeetergoClient, name: str) -> str:
    created = await client.users.create(
        email=f"{name}@kanzlei.example",
        given_name=name.capitalize(),
        family_name="Health",
        timezone="Europe/Berlin",
        meeting_type={"name": "Erstberatung", "duration": 30},
    )
    return created.user_id


async def meeting_types(client: MeetergoClient, account_id: str) -> list[dict[str, Any]]:
    found = await client.acting_as(account_id).send("GET", "/v4/meeting-type")
    return [dict(mt) for mt in found]


async def seed_problems(client: MeetergoClient) -> Fleet:
    """Six new accounts: one healthy, five with one problem each."""
    ids = {
        name: await new_account(client, name)
        for name in ("healthy", "disabled", "nohours", "typeclash", "twina", "twinb")
    }
    acting = client.acting_as(ids["disabled"])
    [mt] = await meeting_types(client, ids["disabled"])
    await acting.send("PATCH", f"/v4/meeting-type/{mt['id']}", json={"enabled": False})
    acting = client.acting_as(ids["nohours"])
    [mt] = await meeting_types(client, ids["nohours"])
    closed = {"schedule": WeeklySchedule.closed().to_wire()}
    await acting.send("PATCH", f"/v4/availability/{mt['availabilityId']}", json=closed)
    acting = client.acting_as(ids["typeclash"])
    await acting.meeting_types.create(name="Folgetermin", duration=45)
    state = sandbox_state(client)
    first, second = await meeting_types(client, ids["typeclash"])
    doc = state.meeting_type_doc(second["id"])
    doc["slug"] = first["slug"].upper()  # the same slug, spelled in capitals
    state.save_meeting_type(doc)
    twin = state.user_doc(ids["twinb"])
    twin["slug"] = state.user_doc(ids["twina"])["slug"].upper()
    state.save_user(twin)
    return Fleet(
        ids["healthy"],
        ids["disabled"],
        ids["nohours"],
        ids["typeclash"],
        ids["twina"],
        ids["twinb"],
    )


async def fleet_slugs(client: MeetergoClient) -> dict[str, str | None]:
    """Every account of the sandbox → its slug, as the accounts cache would list them."""
    return {user.id: user.slug async for user in client.users.list()}
