"""Delivery of flat ``webhookType`` payloads to registered endpoints, with retries."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx

from console.sandbox.config import SandboxConfig
from console.sandbox.db import Doc
from console.sandbox.domain.context import Spawn

Endpoints = Callable[[str, str], list[str]]
"""``endpoints(company_id, event)``: where an event of that company goes."""

log = logging.getLogger(__name__)


class WebhookSender:
    """Sends each event to every subscribed endpoint of the company, in the background.

    A delivery that fails (connection error or non-2xx) is retried after each delay in
    ``config.webhook_backoff``; ``delivered``/``failed`` count outcomes for the admin route.
    """

    def __init__(self, endpoints: Endpoints, config: SandboxConfig, spawn: Spawn) -> None:
        self._endpoints = endpoints
        self._config = config
        self._spawn = spawn
        self._client: httpx.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.delivered = 0
        self.failed = 0

    def emit(self, company_id: str, event: str, data: Doc) -> None:
        """Schedule deliveries of ``event`` (no-op when nobody subscribed)."""
        endpoints = self._endpoints(company_id, event)
        if not endpoints:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # seeding or a synchronous caller: nobody can be listening yet
            return
        payload: dict[str, Any] = {"webhookType": event, **data}
        for endpoint in endpoints:
            self._spawn(self._deliver(endpoint, payload))

    def _http(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            # A client belongs to one event loop (tests run one loop each).
            self._client = httpx.AsyncClient(timeout=self._config.webhook_timeout)
            self._loop = loop
        return self._client

    async def _deliver(self, endpoint: str, payload: dict[str, Any]) -> None:
        delays = (0.0, *self._config.webhook_backoff)
        for attempt, delay in enumerate(delays):
            if delay:
                await asyncio.sleep(delay)
            try:
                response = await self._http().post(
                    endpoint,
                    json=payload,
                    headers={"User-Agent": "meetergo-sandbox-webhooks"},
                )
            except httpx.HTTPError as error:
                log.info("webhook to %s failed (attempt %d): %s", endpoint, attempt + 1, error)
                continue
            if 200 <= response.status_code < 300:
                self.delivered += 1
                return
            log.info(
                "webhook to %s answered %d (attempt %d)",
                endpoint,
                response.status_code,
                attempt + 1,
            )
        self.failed += 1

    async def aclose(self) -> None:
        """Close the HTTP client."""
        if self._client is not None:
            client, self._client = self._client, None
            try:
                await client.aclose()
            except RuntimeError:  # its loop is already closed
                pass
