"""The in-process sandbox and a client on it, for the integration tests and the benchmark."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from console.api import MeetergoClient
from console.sandbox import Faults, SandboxConfig, create_app, sandbox_transport


async def no_sleep(_seconds: float) -> None:
    """Backoff and Retry-After waits pass at once (tests never sleep for timing)."""
    await asyncio.sleep(0)


@asynccontextmanager
async def sandbox_client(
    faults: Faults | None = None,
    *,
    max_retries: int = 2,
    patch_sleep: bool = True,
) -> AsyncIterator[MeetergoClient]:
    """A client on a fresh in-memory sandbox, its rate limit and the client's budget raised."""
    app = create_app(SandboxConfig(rate_limit=False, faults=faults or Faults()))
    client = MeetergoClient(
        app.state.sandbox.demo_api_key,
        "http://sandbox.test",
        transport=sandbox_transport(app),
        max_retries=max_retries,
        requests_per_minute=1_000_000,
        burst=1_000_000,
        sleep=no_sleep if patch_sleep else None,
    )
    client.sandbox_app = app  # type: ignore[attr-defined]  # for set_faults
    async with client:
        yield client


async def set_faults(client: MeetergoClient, faults: Faults) -> None:
    """Change the sandbox's faults at run time through its admin route."""
    app: Any = client.sandbox_app  # type: ignore[attr-defined]
    async with httpx.AsyncClient(
        transport=sandbox_transport(app),
        base_url="http://sandbox.test",
        headers={"Authorization": f"Bearer {app.state.sandbox.demo_api_key}"},
    ) as admin:
        response = await admin.post("/_sandbox/faults", json=faults.as_dict())
        response.raise_for_status()


async def email_counts(client: MeetergoClient) -> Counter[str]:
    """How many accounts the sandbox holds per e-mail (lower case)."""
    counts: Counter[str] = Counter()
    async for user in client.users.list():
        if user.email:
            counts[user.email.lower()] += 1
    return counts


def csv_rows(n: int, prefix: str = "soak") -> bytes:
    lines = ["E-Mail;Vorname;Nachname;Zeitzone;Terminart;Dauer"]
    lines += [
        f"{prefix}{i:04d}@kanzlei.example;Anna{i};Muster;Europe/Berlin;Erstberatung;30"
        for i in range(n)
    ]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")
