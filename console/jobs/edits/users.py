"""User fields across accounts: given and family name, slug (``PATCH /v4/user/{id}``), and
deleting accounts with a transfer target (``DELETE /v4/user/{id}``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from console.api.errors import NotFound
from console.jobs.edits.base import (
    AccountRef,
    CreatesNothing,
    changed_fields,
    flatten,
    register_access,
    unflatten,
)
from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient

#: The user fields this edit may change (wire names).
USER_FIELDS = ("givenName", "familyName", "slug")


class UserAccess(CreatesNothing):
    """Reads, writes and deletes ``/v4/user/{id}``; users are not created by change sets."""

    kind = ResourceKind.USER

    async def read(self, acting: ActingClient, resource_id: str) -> dict[str, Any] | None:
        try:
            doc = await acting.send("GET", f"/v4/user/{resource_id}")
        except NotFound:
            return None
        return flatten(doc) if isinstance(doc, Mapping) else None

    def update(self, account_id: str, resource_id: str, changes: Mapping[str, Any]) -> WireRequest:
        return WireRequest("PATCH", f"/v4/user/{resource_id}", account_id, unflatten(changes))

    def delete(self, account_id: str, resource_id: str) -> WireRequest:
        return WireRequest("DELETE", f"/v4/user/{resource_id}", None, None)


@dataclass
class UserFieldsEdit:
    """Set user fields on every account: ``UserFieldsEdit({"familyName": "Muster"})``.

    A value may be a function of the current state (``lambda state: ...``) to derive it per
    account, e.g. a slug from the name.
    """

    values: Mapping[str, Any]
    description: str = ""
    resource: ResourceKind = field(default=ResourceKind.USER, init=False)
    _access: UserAccess = field(default_factory=UserAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.values) - set(USER_FIELDS))
        if unknown:
            raise ValueError(f"not a user field: {', '.join(unknown)}")
        if not self.values:
            raise ValueError("nothing to change")
        if not self.description:
            self.description = "Set " + ", ".join(sorted(self.values))

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        state = await self._access.read(acting, account.user_id)
        if state is None:
            return []
        keep = ("id", *self.values)
        return [(account.user_id, {k: state.get(k) for k in keep})]

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        after = dict(state)
        for name, value in self.values.items():
            after[name] = value(state) if callable(value) else value
        return after

    def skip_reason(self, state: dict[str, Any]) -> str:
        return "the account no longer exists"

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        assert resource_id is not None
        return self._access.update(account.user_id, resource_id, changed_fields(before, after))


@dataclass
class UserDeleteEdit:
    """Delete every account; ``transfer_to`` (a user id) receives their meeting types and other
    resources (the API's ``targetUserId``), None deletes them with the account.

    Planned, the diff shows ``deleted`` going from False to True per account; applied, it cannot
    be undone (the engine's undo skips a DELETE). The transfer target itself is never deleted.
    """

    transfer_to: str | None = None
    description: str = ""
    resource: ResourceKind = field(default=ResourceKind.USER, init=False)
    _access: UserAccess = field(default_factory=UserAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        if not self.description:
            self.description = (
                f"Delete, transferring to {self.transfer_to}" if self.transfer_to else "Delete"
            )

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        state = await self._access.read(acting, account.user_id)
        if state is None:
            return []
        before = {
            "id": state.get("id"),
            "email": state.get("email"),
            "deleted": False,
            "transferTo": None,
        }
        return [(account.user_id, before)]

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        if self.transfer_to is not None and str(state.get("id")) == self.transfer_to:
            return None
        return {**state, "deleted": True, "transferTo": self.transfer_to}

    def skip_reason(self, state: dict[str, Any]) -> str:
        if state:
            return "it receives the deleted accounts' resources"
        return "the account no longer exists"

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        assert resource_id is not None
        body = {"targetUserId": self.transfer_to} if self.transfer_to is not None else None
        # No acting user: deleting is the admin's call (acting as the account it is refused).
        return WireRequest("DELETE", f"/v4/user/{resource_id}", None, body)


register_access(UserAccess())
