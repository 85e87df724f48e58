"""User fields across accounts: given and family name, slug (``PATCH /v4/user/{id}``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from console.api.errors import NotFound
from console.jobs.edits.base import (
    AccountRef,
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


class UserAccess:
    """Reads and writes ``/v4/user/{id}``; users are not created or deleted by change sets."""

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
        raise ValueError("a change set does not delete user accounts")

    def created_id(self, answer: Any) -> str | None:
        return None

    async def find_created(
        self, acting: ActingClient, after: Mapping[str, Any]
    ) -> tuple[str, dict[str, Any]] | None:
        return None

    async def attached_appointments(self, acting: ActingClient, resource_id: str) -> int:
        return 0


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


register_access(UserAccess())
