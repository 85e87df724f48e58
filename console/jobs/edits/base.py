"""The protocols between the fleet-change engine and the kinds of edit, and dotted fields.

States are flat dicts of dotted wire fields (``{"meetingInfo.duration": 30}``), so a diff, a
conflict and an undo name one field at a time; :func:`flatten` and :func:`unflatten` convert.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient


@dataclass(frozen=True)
class AccountRef:
    """An account a change set touches: its user id and what to call it."""

    user_id: str
    label: str
    timezone: str | None = None


class Edit(Protocol):
    """One kind of change, as a plan needs it; the tabs add more kinds (hours, kits, …).

    ``read`` returns ``(resource_id, state)`` for every resource of the account it touches
    (an empty list: nothing to touch, the reason from ``skip_reason({})``); ``change`` gives
    the new state or None to skip that resource (reason from ``skip_reason(state)``);
    ``request`` the wire request that writes ``after`` over ``before`` (a PATCH carries only
    the fields that differ).
    """

    resource: ResourceKind
    description: str

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]: ...

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None: ...

    def skip_reason(self, state: dict[str, Any]) -> str: ...

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest: ...


class ResourceAccess(Protocol):
    """Reading and writing one kind of resource by id, for apply, resume and undo."""

    kind: ResourceKind

    async def read(self, acting: ActingClient, resource_id: str) -> dict[str, Any] | None:
        """The resource's current flat state; None when it is gone (404)."""
        ...

    def update(
        self, account_id: str, resource_id: str, changes: Mapping[str, Any]
    ) -> WireRequest: ...

    def delete(self, account_id: str, resource_id: str) -> WireRequest: ...

    def created_id(self, answer: Any) -> str | None:
        """The id of what a create request made, from the server's answer."""
        ...

    async def find_created(
        self, acting: ActingClient, after: Mapping[str, Any]
    ) -> tuple[str, dict[str, Any]] | None:
        """A resource matching a create's ``after`` (a create found in flight is looked up)."""
        ...

    async def attached_appointments(self, acting: ActingClient, resource_id: str) -> int:
        """How many appointments deleting the resource would leave without it."""
        ...


class CreatesNothing:
    """The create side of :class:`ResourceAccess` for a resource no change set creates (a user's
    page, hours, an appointment): nothing to find after a kill, nothing attached to it."""

    def created_id(self, answer: Any) -> str | None:
        return None

    async def find_created(
        self, acting: ActingClient, after: Mapping[str, Any]
    ) -> tuple[str, dict[str, Any]] | None:
        return None

    async def attached_appointments(self, acting: ActingClient, resource_id: str) -> int:
        return 0


_ACCESS: dict[ResourceKind, ResourceAccess] = {}


def register_access(access: ResourceAccess) -> None:
    """Make ``access`` the way the engine reads and writes its kind of resource."""
    _ACCESS[access.kind] = access


def access_for(kind: ResourceKind) -> ResourceAccess:
    """The registered access for ``kind``; ``KeyError`` for a kind no module provides yet."""
    return _ACCESS[kind]


def flatten(doc: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted fields; lists and scalars are values."""
    flat: dict[str, Any] = {}
    for key, value in doc.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping) and value:
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


def unflatten(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Dotted fields as the nested body a PATCH sends."""
    body: dict[str, Any] = {}
    for name, value in fields.items():
        parts = name.split(".")
        node = body
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return body


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``after`` whose value differs from ``before``."""
    missing = object()
    return {k: v for k, v in after.items() if before.get(k, missing) != v}
