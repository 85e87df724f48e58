"""Webhook registrations: up to six endpoints per company, each with the events it wants."""

from __future__ import annotations

import uuid

from console.sandbox.db import Doc, dumps
from console.sandbox.domain.context import Actor, Context
from console.sandbox.errors import ApiError, not_found
from console.sandbox.model import WEBHOOK_EVENTS, Checker, iso

MAX_WEBHOOKS = 6


def webhook_fields(body: Doc, *, partial: bool) -> Doc:
    """The checked ``endpoint``/``eventTypes``/``description`` of a create or update body."""
    check = Checker()
    out: Doc = {}
    if "endpoint" in body or not partial:
        endpoint = check.string(body.get("endpoint"), "endpoint", required=True, max_len=2000)
        if endpoint and not endpoint.startswith(("http://", "https://")):
            check.fail("endpoint must be a URL address")
        out["endpoint"] = endpoint
    if "eventTypes" in body or not partial:
        events = body.get("eventTypes")
        if not isinstance(events, list) or not events:
            check.fail("eventTypes should not be empty")
        elif any(e not in WEBHOOK_EVENTS for e in events):
            check.fail(
                f"each value in eventTypes must be one of the following values: "
                f"{', '.join(WEBHOOK_EVENTS)}"
            )
        out["eventTypes"] = events
    if "description" in body:
        out["description"] = check.string(body["description"], "description", max_len=500)
    check.raise_if_any()
    return out


class Webhooks:
    """The ``webhooks`` table."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._db = ctx.db

    def of_company(self, company_id: str) -> list[Doc]:
        """The company's registrations, oldest first."""
        return self._db.docs(
            "SELECT doc FROM webhooks WHERE company_id = ? ORDER BY seq", (company_id,)
        )

    def endpoints_for(self, company_id: str, event: str) -> list[str]:
        """The endpoints subscribed to ``event``, oldest registration first."""
        return [
            str(hook["endpoint"])
            for hook in self.of_company(company_id)
            if event in hook.get("eventTypes", [])
        ]

    def create(self, actor: Actor, body: Doc) -> Doc:
        """POST /webhooks; 406 beyond :data:`MAX_WEBHOOKS`."""
        fields = webhook_fields(body, partial=False)
        count = self._db.one(
            "SELECT COUNT(*) FROM webhooks WHERE company_id = ?", (actor.company_id,)
        )
        if count and count[0] >= MAX_WEBHOOKS:
            raise ApiError(406, f"Maximum number of webhooks ({MAX_WEBHOOKS}) reached")
        hook = {
            "id": str(uuid.uuid4()),
            "endpoint": fields["endpoint"],
            "description": fields.get("description"),
            "eventTypes": fields["eventTypes"],
            "companyId": actor.company_id,
            "createdAt": iso(self._ctx.now()),
        }
        self._db.execute(
            "INSERT INTO webhooks (id, company_id, seq, doc) VALUES (?, ?, ?, ?)",
            (hook["id"], actor.company_id, self._db.next_seq(), dumps(hook)),
        )
        return hook

    def get(self, actor: Actor, hook_id: str) -> Doc:
        """A registration of the actor's company, or 404."""
        hook = self._db.doc("SELECT doc FROM webhooks WHERE id = ?", (hook_id,))
        if hook is None or hook["companyId"] != actor.company_id:
            raise not_found("Webhook not found")
        return hook

    def update(self, actor: Actor, hook_id: str, body: Doc) -> Doc:
        """PATCH /webhooks/{id}."""
        hook = self.get(actor, hook_id)
        hook.update(webhook_fields(body, partial=True))
        self._db.execute("UPDATE webhooks SET doc = ? WHERE id = ?", (dumps(hook), hook["id"]))
        return hook

    def delete(self, actor: Actor, hook_id: str) -> None:
        """DELETE /webhooks/{id}."""
        hook = self.get(actor, hook_id)
        self._db.execute("DELETE FROM webhooks WHERE id = ?", (hook["id"],))
