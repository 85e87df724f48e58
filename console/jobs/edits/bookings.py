"""Cancelling many bookings at once: one reason, one change set, journaled and resumable.

An appointment's state is its status as the live view names it (``status_of``: confirmed,
cancelled, rescheduled) and what identifies it to a reader of the plan (start, client). A cancel
is ``POST /v4/appointment/{id}/cancel``: the engine treats a POST to an existing resource as an
action on it, so a resumed operation reads the appointment first and counts it done when it is
already cancelled — nothing is cancelled twice. A cancellation cannot be undone (the API has no
"uncancel" and the client has had the e-mail): :data:`~console.store.change_records.IRREVERSIBLE`
names the kind, and the engine refuses to plan an undo of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from console.api.errors import NotFound
from console.jobs.edits.base import AccountRef, CreatesNothing, register_access
from console.live.events import CANCELLED, booking_from
from console.store.change_records import ResourceKind, WireRequest

if TYPE_CHECKING:
    from console.api.client import ActingClient

MAX_REASON = 500  # the cancel route's limit (fact sheet §12)


def appointment_state(doc: Mapping[str, Any]) -> dict[str, Any]:
    """What a plan shows and compares of an appointment: its status, start and client."""
    booking = booking_from(doc)
    attendees = [a for a in doc.get("attendees") or [] if isinstance(a, Mapping)]
    return {
        "status": booking.status,
        "start": booking.start.isoformat() if booking.start else None,
        "client": booking.client_name or booking.client_email,
        "attendees": len(attendees),
    }


class AppointmentAccess(CreatesNothing):
    """Reads an appointment by id and cancels it; appointments are never created or patched."""

    kind = ResourceKind.APPOINTMENT

    async def read(self, acting: ActingClient, resource_id: str) -> dict[str, Any] | None:
        try:
            doc = await acting.send("GET", f"/v4/appointment/{resource_id}")
        except NotFound:
            return None
        return appointment_state(doc) if isinstance(doc, Mapping) else None

    def update(self, account_id: str, resource_id: str, changes: Mapping[str, Any]) -> WireRequest:
        raise ValueError("an appointment is changed by cancelling or rescheduling it")

    def delete(self, account_id: str, resource_id: str) -> WireRequest:
        raise ValueError("a change set does not delete appointments")


def cancel_request(
    account_id: str, appointment_id: str, reason: str, *, attendees: int
) -> WireRequest:
    """The cancel of a whole appointment (a group booking needs ``cancelAll``, §12)."""
    body: dict[str, Any] = {}
    if reason:
        body["reason"] = reason
    if attendees > 1:
        body["cancelAll"] = True
    return WireRequest("POST", f"/v4/appointment/{appointment_id}/cancel", account_id, body)


@dataclass
class BookingCancelEdit:
    """Cancel the appointments ``appointments`` names (account id → appointment ids) with one
    ``reason`` (sent to the clients); those found cancelled already are skipped."""

    appointments: Mapping[str, Sequence[str]]
    reason: str = ""
    description: str = ""
    resource: ResourceKind = field(default=ResourceKind.APPOINTMENT, init=False)
    _access: AppointmentAccess = field(default_factory=AppointmentAccess, init=False, repr=False)

    def __post_init__(self) -> None:
        self.reason = self.reason.strip()
        if len(self.reason) > MAX_REASON:
            raise ValueError(f"the reason is longer than {MAX_REASON} characters")
        if not any(self.appointments.values()):
            raise ValueError("choose the bookings to cancel")
        if not self.description:
            self.description = "Cancel bookings" + (f": {self.reason}" if self.reason else "")

    def count(self) -> int:
        """How many bookings the edit names."""
        return sum(len(ids) for ids in self.appointments.values())

    async def read(
        self, acting: ActingClient, account: AccountRef
    ) -> list[tuple[str | None, dict[str, Any]]]:
        found: list[tuple[str | None, dict[str, Any]]] = []
        for appointment_id in dict.fromkeys(self.appointments.get(account.user_id, ())):
            state = await self._access.read(acting, appointment_id)
            # A booking that is gone is planned as skipped, with the reason.
            found.append((appointment_id, state if state is not None else {"missing": True}))
        return found

    def change(self, state: dict[str, Any]) -> dict[str, Any] | None:
        if state.get("missing") or state.get("status") == CANCELLED:
            return None
        return {**state, "status": CANCELLED}

    def skip_reason(self, state: dict[str, Any]) -> str:
        if not state:
            return "no booking of this account was chosen"
        if state.get("missing"):
            return "the booking no longer exists"
        return "already cancelled"

    def request(
        self,
        account: AccountRef,
        resource_id: str | None,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> WireRequest:
        assert resource_id is not None
        return cancel_request(
            account.user_id, resource_id, self.reason, attendees=int(before.get("attendees") or 0)
        )


register_access(AppointmentAccess())
