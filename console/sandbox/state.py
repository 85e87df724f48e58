"""The sandbox's state: one facade over the database and the per-entity domain parts.

Routes go through :class:`SandboxState`, the seed and the traffic simulator through the domain
parts it holds, so the rules (slugs, ranges, slots, webhooks) hold whichever way a change
arrives; the SQL lives in :mod:`console.sandbox.domain`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Any

from console.sandbox.config import Faults, SandboxConfig
from console.sandbox.db import Db, Doc
from console.sandbox.domain.appointments import appointment_row, build_appointment
from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.meeting_types import meeting_type_fields
from console.sandbox.domain.parts import Domain
from console.sandbox.model import Checker
from console.sandbox.seed import seed_demo, top_up_demo
from console.sandbox.traffic import TrafficSimulator
from console.sandbox.webhooks import WebhookSender

__all__ = ["Actor", "SandboxState"]


class SandboxState:
    """Everything one sandbox instance knows; ``app.state.sandbox``.

    The domain parts are attributes (``users``, ``meeting_types``, ``bookings``…); the methods
    below are the operations the seed, the traffic simulator and the tests use by name.
    """

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.faults: Faults = config.faults
        self.db = Db(config.data_dir)
        self.demo_api_key = ""
        self.demo_pat = ""
        self.owner_user_id = ""
        self.company_id = ""
        self._tasks: set[asyncio.Task[Any]] = set()
        self.domain = Domain.build(Context(self.db, self.now, self.emit))
        parts = self.domain
        self.users = parts.users
        self.credentials = parts.credentials
        self.availabilities = parts.availabilities
        self.meeting_types = parts.meeting_types
        self.members = parts.members
        self.slots = parts.slots
        self.appointments = parts.appointments
        self.bookings = parts.bookings
        self.pages = parts.pages
        self.templates = parts.templates
        self.hooks = parts.webhooks
        self.webhooks = WebhookSender(self.hooks.endpoints_for, config, self.spawn)
        self.traffic = TrafficSimulator(parts, self.spawn, seed=config.seed)

    # -- lifecycle -------------------------------------------------------------------------

    def now(self) -> datetime:
        """The sandbox's clock (aware UTC)."""
        if self.config.now is not None:
            return self.config.now().astimezone(UTC)
        return datetime.now(UTC)

    def load_or_seed(self, *, reset: bool = False) -> None:
        """Seed the demo agency unless the data folder already holds one."""
        credentials: tuple[str, str] | None = None
        if reset:
            # A reset restores the demo data, not the credentials: the GUI keeps the key it saved.
            key, pat = self.db.get_meta("demo_api_key"), self.db.get_meta("demo_pat")
            credentials = (key, pat) if key and pat else None
            self.db.wipe()
        if self.db.get_meta("seeded") is None:
            seed_demo(self.db, self.now(), self.config.seed, credentials)
            self.db.set_meta("seeded", str(self.config.seed))
        else:
            # A data folder seeded weeks ago would show empty calendars from now on.
            top_up_demo(self.domain, int(self.db.get_meta("seeded") or self.config.seed))
        self.demo_api_key = self.db.get_meta("demo_api_key") or ""
        self.demo_pat = self.db.get_meta("demo_pat") or ""
        self.owner_user_id = self.db.get_meta("owner_user_id") or ""
        self.company_id = self.db.get_meta("company_id") or ""

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run background work (webhook delivery, traffic) with a strong reference to it."""
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def aclose(self) -> None:
        """Stop background work; the in-memory database stays usable until :meth:`close`."""
        self.traffic.stop()
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.webhooks.aclose()

    def close(self) -> None:
        """Close the database (call :meth:`aclose` first when background work may run)."""
        self.db.close()

    def emit(self, company_id: str, event: str, data: Doc) -> None:
        """Queue a flat ``webhookType`` payload for every endpoint subscribed to ``event``."""
        self.webhooks.emit(company_id, event, data)

    # -- credentials -----------------------------------------------------------------------

    def issue_api_key(
        self, *, user_id: str | None = None, expires_at: datetime | None = None
    ) -> str:
        """A new ``ak_live:<uuid>:<secret>`` key of the company (owner by default)."""
        return self.credentials.issue_api_key(user_id or self.owner_user_id, expires_at=expires_at)

    def issue_pat(self, user_id: str, *, expires_at: datetime | None = None) -> str:
        """A new personal access token (``rgo-…``) acting as ``user_id``."""
        return self.credentials.issue_pat(user_id, expires_at=expires_at)

    def authenticate(
        self, authorization: str | None, acting: str | None, *, need_header: bool
    ) -> Actor:
        """Apply the documented auth rules; raises 401/403/400 as the platform does."""
        return self.credentials.authenticate(authorization, acting, need_header=need_header)

    # -- users -----------------------------------------------------------------------------

    def user_doc(self, user_id: str, company_id: str | None = None) -> Doc:
        """The stored user, or 404 ``"User not found"`` (also for other companies)."""
        return self.users.get(user_id, company_id)

    def user_public(self, user: Doc, base: str) -> Doc:
        """The user as the API answers it, with ``meetingTypeIds`` and ``bookingUrl``."""
        return self.users.public(user, base)

    def unique_user_slug(self, wanted: str) -> str:
        """``wanted`` or ``wanted-2``, ``wanted-3``… (generated slugs never collide)."""
        return self.users.unique_slug(wanted)

    def create_user(self, actor: Actor, body: Doc) -> tuple[Doc, Doc, Doc]:
        """Create user + default availability + first meeting type; returns the three docs."""
        return self.members.create(actor, body)

    def insert_user(self, user: Doc) -> None:
        """Insert a user row (no checks; the seed and :meth:`create_user` check first)."""
        self.users.insert(user)

    def save_user(self, user: Doc) -> None:
        """Write back a changed user."""
        self.users.save(user)

    def update_user(self, actor: Actor, user_id: str, body: Doc) -> Doc:
        """PATCH /v4/user/{id}: names and slug; self or admin; company-scoped."""
        return self.users.update(actor, user_id, body)

    def delete_user(self, actor: Actor, user_id: str, target_id: str | None, flags: Doc) -> None:
        """DELETE /v4/user/{id}: admin only, not yourself nor the owner; optional transfer."""
        self.members.delete(actor, user_id, target_id, flags, owner_id=self.owner_user_id)

    # -- availability ----------------------------------------------------------------------

    def create_availability(
        self,
        user_id: str,
        name: str,
        tz_name: str,
        schedule: Doc,
        *,
        is_default: bool = False,
        exceptions: list[Doc] | None = None,
    ) -> Doc:
        """Insert an availability (schedule already normalised)."""
        return self.availabilities.create(
            user_id, name, tz_name, schedule, is_default=is_default, exceptions=exceptions
        )

    def save_availability(self, av: Doc) -> None:
        """Write back a changed availability."""
        self.availabilities.save(av)

    def availability_doc(self, actor: Actor, av_id: str) -> Doc:
        """The availability if the acting user owns it (admins: any in the company)."""
        return self.availabilities.get(actor, av_id)

    def next_exception_id(self) -> int:
        """Exception ids are integers on the platform."""
        return self.availabilities.next_exception_id()

    # -- meeting types ---------------------------------------------------------------------

    def meeting_type_fields(self, body: Doc, current: Doc | None) -> tuple[Doc, Checker]:
        """Merge a create/update body (nested or the guide's flat shape) into a meeting type."""
        return meeting_type_fields(body, current)

    def create_meeting_type(self, user: Doc, body: Doc, *, generated_slug_ok: bool = False) -> Doc:
        """Create a meeting type for ``user`` (either body shape); 400 on ranges, 409 on slug."""
        return self.meeting_types.create(user, body, generated_slug_ok=generated_slug_ok)

    def save_meeting_type(self, mt: Doc) -> None:
        """Write back a changed meeting type."""
        self.meeting_types.save(mt)

    def meeting_type_doc(self, mt_id: str, company_id: str | None = None) -> Doc:
        """A live meeting type or 404 ``"Meeting type not found"``."""
        return self.meeting_types.get(mt_id, company_id)

    def update_meeting_type(self, actor: Actor, mt_id: str, body: Doc) -> Doc:
        """PATCH /v4/meeting-type/{id}."""
        return self.meeting_types.update(actor, mt_id, body)

    def delete_meeting_type(self, actor: Actor, mt_id: str, *, delete_availability: bool) -> None:
        """DELETE /v4/meeting-type/{id}: soft delete; optionally its availability too."""
        self.meeting_types.delete(actor, mt_id, delete_availability=delete_availability)

    def meeting_type_public(self, mt: Doc, base: str, user_slug: str | None = None) -> Doc:
        """The meeting type with its ``bookingUrl``."""
        return self.meeting_types.public(mt, base, user_slug)

    # -- slots, bookings, appointments -----------------------------------------------------

    def compute_slots(
        self,
        mt: Doc,
        window_start: datetime,
        window_end: datetime,
        *,
        exclude_appointment: str | None = None,
    ) -> list[datetime]:
        """Bookable starts of ``mt`` in the window, from the scheduling engine."""
        return self.slots.compute(
            mt, window_start, window_end, exclude_appointment=exclude_appointment
        )

    def slot_is_open(self, mt: Doc, start: datetime, exclude: str | None = None) -> bool:
        """Whether ``start`` is one of the listed starts (only those can be booked)."""
        return self.slots.is_open(mt, start, exclude)

    def build_appointment(
        self, mt: Doc, host: Doc, start: datetime, attendee: Doc, *, created: datetime
    ) -> Doc:
        """An appointment document (not stored)."""
        return build_appointment(mt, host, start, attendee, created=created)

    @staticmethod
    def appointment_row(appt: Doc) -> tuple[Any, ...]:
        """Column values of the ``appointments`` table (see :meth:`store_appointment`)."""
        return appointment_row(appt)

    def store_appointment(self, appt: Doc) -> None:
        """Insert or replace an appointment."""
        self.appointments.store(appt)

    def appointment_doc(self, actor: Actor, appt_id: str) -> Doc:
        """An appointment of the company visible to the acting user, or 404."""
        return self.appointments.get(actor, appt_id)

    def book(self, body: Doc) -> tuple[int, Doc]:
        """POST /v4/booking; only listed starts are accepted."""
        return self.bookings.book(body)

    def provisional_status(self, doc: Doc) -> str:
        """``pending`` until decided; a pending booking whose start has passed is ``expired``."""
        return self.bookings.provisional_status(doc)

    def provisional_public(self, doc: Doc) -> Doc:
        """A provisional booking as the paginated route answers it (status computed now)."""
        return self.bookings.provisional_public(doc)

    def provisional_bookings(
        self,
        actor: Actor,
        *,
        status: str | None = None,
        user_id: str | None = None,
        meeting_type_id: str | None = None,
    ) -> list[Doc]:
        """The company's provisional bookings visible to ``actor``, oldest first."""
        return self.bookings.provisional(
            actor, status=status, user_id=user_id, meeting_type_id=meeting_type_id
        )

    def decide_provisional(self, provisional_id: str, *, confirm: bool) -> Doc:
        """Confirm (books the appointment, fires ``booking_created``) or decline a pending one."""
        return self.bookings.decide(provisional_id, confirm=confirm)

    def cancel(
        self, appt: Doc, reason: str | None, source: str = "host", by: str | None = None
    ) -> Doc:
        """Cancel an appointment and fire ``booking_cancelled``."""
        return self.appointments.cancel(appt, reason, source, by)

    def cancel_attendee(
        self, appt: Doc, attendee_id: str, reason: str | None, by: str | None = None
    ) -> Doc:
        """Remove one attendee of a group booking and fire ``booking_cancelled``."""
        return self.appointments.cancel_attendee(appt, attendee_id, reason, by)

    def reschedule(self, appt: Doc, start: datetime, ignore_availability: bool) -> Doc:
        """Move an appointment (duration unchanged) and fire ``booking_rescheduled``."""
        return self.appointments.reschedule(appt, start, ignore_availability)
