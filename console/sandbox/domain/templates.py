"""Meeting-type templates: company-wide presets that become meeting types when assigned."""

from __future__ import annotations

import uuid

from console.sandbox.db import Doc, dumps
from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.meeting_types import MeetingTypes, meeting_type_fields
from console.sandbox.domain.users import Users
from console.sandbox.errors import forbidden, not_found
from console.sandbox.model import iso

TEMPLATE_FIELDS = (
    "meetingInfo",
    "meetingOptions",
    "spots",
    "locations",
    "timeslotInterval",
    "bookingMinimum",
    "daysIntoFuture",
    "metadata",
)
"""What a template carries over to the meeting types made from it."""

QUEUE_TYPES = ("simpleRoundRobin", "advancedRoundRobin", "equalDistribution")


def _template_from(body: Doc, current: Doc | None) -> Doc:
    mt, check = meeting_type_fields(body, current)
    template_type = body.get("templateType", (current or {}).get("templateType", "individual"))
    if template_type not in ("individual", "team"):
        check.fail("templateType must be one of the following values: individual, team")
    if "queueType" in body and body["queueType"] not in (None, *QUEUE_TYPES):
        check.fail(f"queueType must be one of the following values: {', '.join(QUEUE_TYPES)}")
    if "lockedFields" in body and not (
        isinstance(body["lockedFields"], list)
        and all(isinstance(f, str) for f in body["lockedFields"])
    ):
        check.fail("each value in lockedFields must be a string")
    check.raise_if_any()
    template = {k: mt[k] for k in TEMPLATE_FIELDS}
    template["templateType"] = template_type
    template["queueType"] = body.get("queueType", (current or {}).get("queueType"))
    template["lockedFields"] = body.get("lockedFields", (current or {}).get("lockedFields", []))
    return template


class Templates:
    """The ``templates`` table."""

    def __init__(self, ctx: Context, users: Users, meeting_types: MeetingTypes) -> None:
        self._ctx = ctx
        self._db = ctx.db
        self._users = users
        self._meeting_types = meeting_types

    def create(self, actor: Actor, body: Doc) -> Doc:
        """POST /v4/meeting-type-template/create."""
        template = _template_from(body, None)
        now = iso(self._ctx.now())
        template.update(
            {
                "id": str(uuid.uuid4()),
                "companyId": actor.company_id,
                "createdById": actor.user_id,
                "createdAt": now,
                "updatedAt": now,
            }
        )
        self._db.execute(
            "INSERT INTO templates (id, company_id, seq, doc) VALUES (?, ?, ?, ?)",
            (template["id"], actor.company_id, self._db.next_seq(), dumps(template)),
        )
        return template

    def get(self, actor: Actor, template_id: str) -> Doc:
        """A template of the actor's company, or 404."""
        template = self._db.doc("SELECT doc FROM templates WHERE id = ?", (template_id,))
        if template is None or template["companyId"] != actor.company_id:
            raise not_found("Meeting type template not found")
        return template

    def of_company(self, company_id: str) -> list[Doc]:
        """The company's templates, oldest first."""
        return self._db.docs(
            "SELECT doc FROM templates WHERE company_id = ? ORDER BY seq", (company_id,)
        )

    def update(self, actor: Actor, template_id: str, body: Doc) -> Doc:
        """PATCH /v4/meeting-type-template/{id}."""
        current = self.get(actor, template_id)
        updated = {**current, **_template_from(body, current), "updatedAt": iso(self._ctx.now())}
        self._db.execute(
            "UPDATE templates SET doc = ? WHERE id = ?", (dumps(updated), updated["id"])
        )
        return updated

    def assign(self, actor: Actor, template_id: str, targets: list[str]) -> list[tuple[Doc, Doc]]:
        """A meeting type from the template for each target user (admins only for others);
        ``(user, meeting type)`` pairs in the order of ``targets``."""
        template = self.get(actor, template_id)
        if any(t != actor.user_id for t in targets) and not actor.is_admin:
            raise forbidden("Only admins can assign templates to other users")
        users = [self._users.get(t, actor.company_id) for t in targets]
        created = []
        with self._ctx.db.transaction():  # every target gets its meeting type, or none does
            for user in users:
                mt_body = {k: template[k] for k in TEMPLATE_FIELDS}
                mt = self._meeting_types.create(user, mt_body, generated_slug_ok=True)
                mt["templateId"] = template["id"]
                mt["lockedFields"] = template.get("lockedFields", [])
                self._meeting_types.save(mt)
                created.append((user, mt))
        return created
