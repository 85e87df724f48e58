"""Assigning a meeting-type template to accounts, and re-applying its fields to what it made.

Assignment is one ``POST /v4/meeting-type-template/assign/{templateId}`` per account (the one
documented assign route, fact sheet §19), acting as that account. The platform gives the new
meeting type the slug of the template's name, and a ``-1`` variant when the account already has
one with that slug, so such an account is skipped at planning time with the reason instead.
A create found in flight after a kill is looked up by the template id the meeting type carries,
or by that slug.

Re-applying sends a PATCH of only the chosen fields to the meeting type an assignment made;
its operations are meeting-type operations, so undo restores exactly those fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from console.domain.accounts import normalize_slug
from console.jobs.edits.base import AccountRef, changed_fields, flatten, register_access
from console.jobs.edits.meeting_types import MeetingTypeAccess
from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient


def assigned_slug(template_name: str) -> str:
    """The slug the platform gives a meeting type made from a template named so."""
    return normalize_slug(template_name) or "meeting"


def assigned_id(answer: Any) -> str | None:
    """The id of the meeting type an assign answered with (bare, wrapped, or in a list)."""
    if isinstance(answer, Mapping):
        if isinstance(answer.get("meetingType"), Mapping):
            answer = answer["meetingType"]
        elif isinstance(answer.get("meetingTypes"), list) and answer["meetingTypes"]:
            answer = answer["meetingTypes"][0]
        if isinstance(answer, Mapping) and "id" in answer:
            return str(answer["id"])
    return None


async def live_meeting_types(acting: ActingClient) -> list[dict[str, Any]]:
    """The account's meeting types that are not deleted, as the API sends them."""
    found = await acting.send("GET", "/v4/meeting-type") or []
    return [dict(mt) for mt in found if isinstance(mt, Mapping) and not mt.get("deletedAt")]


class TemplateAssignmentAccess(MeetingTypeAccess):
    """What an assignment made is a meeting type: read, patch and delete it as such (an undo
    of an assignment deletes the meeting type it made)."""

    kind = ResourceKind.TEMPLATE_ASSIGNMENT

    def created_id(self, answer: Any) -> str | None:
        return assigned_id(answer)

    async def find_created(
        self, acting: ActingClient, after: Mapping[str, Any]
    ) -> tuple[str, dict[str, Any]] | None:
        live = await live_meeting_types(acting)
        for mt in live:
            if mt.get("templateId") == after.get("templateId"):
                return str(mt["id"]), flatten(mt)
        # The plan made sure no meeting type had this slug before, so one now is ours.
        for mt in live:
            if mt.get("slug") == after.get("slug"):
                return str(mt["id"]), flatten(mt)
        return None


@dataclass
class TemplateAssignEdit:
    """Assign template ``template_id`` (named ``name``) to every account once."""

    template_id: str
    name: str
    description: str = ""
    resource: ResourceKind = field(default=ResourceKind.TEMPLATE_ASSIGNMENT, init=False)

    def __post_init__(self) -> None:
        if not self.template_id.strip():
            raise ValueError("name the template to assign (its id)")
        if not self.description:
            self.description = f"Assign template {self.name or self.template_id}"

    @property
    def slug(self) -> str:
        return assigned_slug(self.name)

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        live = await live_meeting_types(acting)
        for mt in live:
            if mt.get("templateId") == self.template_id:
                return [(None, {"existing.id": str(mt["id"]), "existing.fromTemplate": True})]
        for mt in live:
            if mt.get("slug") == self.slug:
                return [(None, {"existing.id": str(mt["id"]), "existing.fromTemplate": False})]
        return [(None, {})]

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        if state.get("existing.id"):
            return None
        return {"templateId": self.template_id, "slug": self.slug, "meetingInfo.name": self.name}

    def skip_reason(self, state: dict[str, Any]) -> str:
        if state.get("existing.fromTemplate"):
            return "already has a meeting type from this template"
        return (
            f"already has a meeting type with the slug {self.slug!r}; "
            f"assigning would make {self.slug + '-1'!r}"
        )

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        return WireRequest(
            "POST", f"/v4/meeting-type-template/assign/{self.template_id}", account.user_id, {}
        )


@dataclass
class TemplateReapplyEdit:
    """Write ``values`` (dotted wire fields → the template's values) to the meeting type each
    account got from the template (``meeting_types``: account id → meeting-type id); no other
    field is sent."""

    meeting_types: Mapping[str, str]
    values: Mapping[str, Any]
    description: str = ""
    resource: ResourceKind = field(default=ResourceKind.MEETING_TYPE, init=False)
    _access: MeetingTypeAccess = field(default_factory=MeetingTypeAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.values:
            raise ValueError("choose the fields to re-apply")
        if not self.description:
            self.description = "Re-apply " + ", ".join(self.values)

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        mt_id = self.meeting_types.get(account.user_id)
        if mt_id is None:
            return []
        state = await self._access.read(acting, mt_id)
        if state is None:
            return []
        keep = ("id", "slug", "meetingInfo.name", *self.values)
        return [(mt_id, {k: state.get(k) for k in keep})]

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        return {**state, **self.values}

    def skip_reason(self, state: dict[str, Any]) -> str:
        return "the meeting type from the template is gone"

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        assert resource_id is not None
        return self._access.update(account.user_id, resource_id, changed_fields(before, after))


register_access(TemplateAssignmentAccess())
