"""The brand-kit check of the health pass: does the booking page still match the kit it got?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.api.errors import NotFound
from console.health.checks import KitDriftCheck
from console.services.branding import kit_drift

if TYPE_CHECKING:
    from console.api.client import ActingClient
    from console.store import Store


def kit_drift_check(store: Store, connection: str) -> KitDriftCheck:
    """A check naming the page fields that differ from the kit applied to the account (empty:
    in sync), or None for an account that got no kit (or whose page is gone).

    Which kit an account got comes from the change-set journal (``BrandKits.applied_kits``),
    read once per account checked: a kit applied meanwhile counts at the next check.
    """

    async def check(client: ActingClient, account_id: str) -> tuple[str, ...] | None:
        kit = (await store.brand_kits.applied_kits(connection)).get(account_id)
        if kit is None:
            return None
        try:
            page = await client.personal_pages.get()
        except NotFound:
            return None
        return tuple(kit_drift(kit, page.model_dump(mode="json", by_alias=True)))

    return check


__all__ = ["kit_drift_check"]
