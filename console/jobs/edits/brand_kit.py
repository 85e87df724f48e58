"""Brand kits across accounts: booking-page fields set the same on every account.

A personal page is addressed as ``/v4/personal-page/me`` of its acting user, so the resource id
is the account's user id. Its state is kept one level deep (``onlineProfiles`` is one value, not
dotted fields): the server replaces that object whole on a PATCH, so a change always sends it
entire, with the entries the kit does not name kept as they were read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from console.api.errors import NotFound
from console.domain.contrast import colour_problem
from console.jobs.edits.base import AccountRef, CreatesNothing, changed_fields, register_access
from console.services.branding import BRANDING_FIELDS, branding_changes
from console.store.brand_kits import APPLIED_KEY
from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient

PAGE_PATH = "/v4/personal-page/me"


def _state(doc: Mapping[str, Any]) -> dict[str, Any]:
    return {name: doc.get(name) for name in BRANDING_FIELDS}


class PersonalPageAccess(CreatesNothing):
    """Reads and writes an account's own personal page; pages are never created or deleted."""

    kind = ResourceKind.PERSONAL_PAGE

    async def read(self, acting: ActingClient, resource_id: str) -> dict[str, Any] | None:
        try:
            doc = await acting.send("GET", PAGE_PATH)
        except NotFound:
            return None
        return _state(doc) if isinstance(doc, Mapping) else None

    def update(self, account_id: str, resource_id: str, changes: Mapping[str, Any]) -> WireRequest:
        return WireRequest("PATCH", PAGE_PATH, resource_id, dict(changes))

    def delete(self, account_id: str, resource_id: str) -> WireRequest:
        raise ValueError("a change set does not delete booking pages")


@dataclass
class BrandKitEdit:
    """Apply a kit's values (wire names of :data:`BRANDING_FIELDS`) to every account's page.

    Only the fields that differ from an account's page are sent; ``onlineProfiles`` entries of
    the kit are merged over the account's own. A named kit (``kit``, with the store's
    ``kit_id`` when it has one) is recorded in every operation's state under
    :data:`APPLIED_KEY`, so the store knows which accounts got it (``BrandKits.applied``).
    """

    values: Mapping[str, Any]
    description: str = ""
    kit: str = ""
    kit_id: str = ""
    resource: ResourceKind = field(default=ResourceKind.PERSONAL_PAGE, init=False)
    _access: PersonalPageAccess = field(default_factory=PersonalPageAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.values) - set(BRANDING_FIELDS))
        if unknown:
            raise ValueError(f"not a booking-page field: {', '.join(unknown)}")
        if not self.values:
            raise ValueError("the kit sets nothing")
        for name in ("primaryColor", "secondaryColor"):
            value = self.values.get(name)
            if isinstance(value, str) and value and (problem := colour_problem(value)):
                raise ValueError(problem)
        if not self.description:
            self.description = "Brand kit: " + ", ".join(sorted(self.values))

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        state = await self._access.read(acting, account.user_id)
        if state is None:
            return []
        if self.kit:
            # The same before and after: never a diff, never sent, but journaled.
            state[APPLIED_KEY] = {"id": self.kit_id, "name": self.kit, "fields": dict(self.values)}
        return [(account.user_id, state)]

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        return {**state, **branding_changes(state, self.values)}

    def skip_reason(self, state: dict[str, Any]) -> str:
        return "the account has no booking page"

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        assert resource_id is not None
        return self._access.update(account.user_id, resource_id, changed_fields(before, after))


register_access(PersonalPageAccess())
