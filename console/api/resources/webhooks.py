"""``/webhooks`` at the host root: company-wide endpoints (at most 6)."""

from __future__ import annotations

from collections.abc import Sequence

from console.api._wire import drop_none, items_of, nothing
from console.api.models import Webhook
from console.api.resources._base import Resource

__all__ = ["Webhooks"]


class Webhooks(Resource):
    """``/webhooks`` at the host root: company-wide endpoints (at most 6)."""

    async def list(self) -> list[Webhook]:
        """All registered webhooks."""
        return await self._call(
            "GET",
            "/webhooks",
            lambda data: items_of(data, "webhooks", Webhook.model_validate),
            root=True,
        )

    async def create(
        self, endpoint: str, event_types: Sequence[str], description: str | None = None
    ) -> Webhook:
        """Register an endpoint; a 7th webhook raises :class:`~console.api.errors.LimitReached`."""
        if not event_types:
            raise ValueError("at least one event type is required")
        body = drop_none(
            {"endpoint": endpoint, "eventTypes": list(event_types), "description": description}
        )
        return await self._call("POST", "/webhooks", Webhook.model_validate, root=True, json=body)

    async def update(
        self,
        webhook_id: str,
        *,
        endpoint: str | None = None,
        event_types: Sequence[str] | None = None,
        description: str | None = None,
    ) -> Webhook:
        """Change endpoint, event types (replaces the list) or description."""
        body = drop_none(
            {
                "endpoint": endpoint,
                "eventTypes": list(event_types) if event_types is not None else None,
                "description": description,
            }
        )
        if not body:
            raise ValueError("nothing to update")
        return await self._call(
            "PATCH", f"/webhooks/{webhook_id}", Webhook.model_validate, root=True, json=body
        )

    async def delete(self, webhook_id: str) -> None:
        """Remove a webhook."""
        await self._call("DELETE", f"/webhooks/{webhook_id}", nothing, root=True)
