"""All domain parts of one sandbox, wired to each other once."""

from __future__ import annotations

from dataclasses import dataclass

from console.sandbox.domain.appointments import Appointments
from console.sandbox.domain.availability import Availabilities
from console.sandbox.domain.bookings import Bookings
from console.sandbox.domain.context import Context
from console.sandbox.domain.credentials import Credentials
from console.sandbox.domain.meeting_types import MeetingTypes
from console.sandbox.domain.members import Members
from console.sandbox.domain.pages import Pages
from console.sandbox.domain.slots import Slots
from console.sandbox.domain.templates import Templates
from console.sandbox.domain.users import Users
from console.sandbox.domain.webhooks import Webhooks


@dataclass(frozen=True)
class Domain:
    """One object per entity; each part reaches the others it needs through its constructor."""

    ctx: Context
    users: Users
    credentials: Credentials
    availabilities: Availabilities
    meeting_types: MeetingTypes
    members: Members
    slots: Slots
    appointments: Appointments
    bookings: Bookings
    pages: Pages
    templates: Templates
    webhooks: Webhooks

    @classmethod
    def build(cls, ctx: Context) -> Domain:
        """Wire every part to ``ctx`` and to each other."""
        users = Users(ctx)
        availabilities = Availabilities(ctx, users)
        meeting_types = MeetingTypes(ctx, users, availabilities)
        slots = Slots(ctx, availabilities)
        appointments = Appointments(ctx, meeting_types, slots)
        return cls(
            ctx=ctx,
            users=users,
            credentials=Credentials(ctx, users),
            availabilities=availabilities,
            meeting_types=meeting_types,
            members=Members(ctx, users, availabilities, meeting_types),
            slots=slots,
            appointments=appointments,
            bookings=Bookings(ctx, users, meeting_types, slots, appointments),
            pages=Pages(ctx, users, meeting_types),
            templates=Templates(ctx, users, meeting_types),
            webhooks=Webhooks(ctx),
        )

    def company_id(self) -> str:
        """The demo agency's id (the company every seeded user belongs to)."""
        return self.ctx.db.get_meta("company_id") or ""
