"""Simulated clients that book, cancel and reschedule, so the live view has something to show."""

from __future__ import annotations

import asyncio
import logging
import random
from datetime import datetime, timedelta

from console.sandbox.db import Doc
from console.sandbox.domain.context import Spawn
from console.sandbox.domain.parts import Domain
from console.sandbox.errors import ApiError
from console.sandbox.model import iso

log = logging.getLogger(__name__)

FIRST = ("Anna", "Lukas", "Mia", "Jonas", "Emma", "Noah", "Olivia", "James", "Sophie", "Ben")
LAST = ("Schmidt", "Weber", "Fischer", "Wagner", "Smith", "Brown", "Taylor", "Huber", "Meier")


class TrafficSimulator:
    """Acts ``rate_per_minute`` times a minute: ~60 % book, 25 % cancel, 15 % reschedule."""

    def __init__(self, domain: Domain, spawn: Spawn, seed: int = 0) -> None:
        self._domain = domain
        self._spawn = spawn
        self._random = random.Random(seed)
        self._task: asyncio.Task[None] | None = None
        self.rate_per_minute = 0.0
        self.actions = {"booked": 0, "cancelled": 0, "rescheduled": 0, "failed": 0}

    def set_rate(self, rate_per_minute: float) -> None:
        """Start, retune or (with 0) stop the simulation; needs a running loop to start."""
        self.rate_per_minute = max(0.0, float(rate_per_minute))
        if self.rate_per_minute > 0 and (self._task is None or self._task.done()):
            self._task = self._spawn(self._run())
        elif self.rate_per_minute == 0:
            self.stop()

    def stop(self) -> None:
        """Stop acting."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def status(self) -> dict[str, object]:
        """The admin route's answer."""
        return {
            "rate_per_minute": self.rate_per_minute,
            "running": self._task is not None,
            "actions": dict(self.actions),
        }

    async def _run(self) -> None:
        while self.rate_per_minute > 0:
            await asyncio.sleep(60.0 / self.rate_per_minute)
            try:
                self.step()
            except ApiError as error:  # e.g. a slot that just got taken: try again next tick
                self.actions["failed"] += 1
                log.debug("traffic step failed: %s", error)

    def step(self, action: str | None = None) -> str:
        """Do one action now (``book``/``cancel``/``reschedule``, random when None).

        Returns what was done: ``booked``, ``cancelled``, ``rescheduled`` or ``failed``.
        """
        if action is None:
            roll = self._random.random()
            action = "cancel" if roll < 0.25 else "reschedule" if roll < 0.40 else "book"
        done = {"cancel": self._cancel, "reschedule": self._reschedule, "book": self._book}[
            action
        ]()
        if not done:
            self.actions["failed"] += 1
            return "failed"
        return {"cancel": "cancelled", "reschedule": "rescheduled", "book": "booked"}[action]

    def _now(self) -> datetime:
        return self._domain.ctx.now()

    def _future_appointment(self) -> Doc | None:
        rows = self._domain.appointments.upcoming(
            self._domain.company_id(), self._now() + timedelta(hours=2), 50
        )
        return self._random.choice(rows) if rows else None

    def _cancel(self) -> bool:
        appt = self._future_appointment()
        if appt is None:
            return False
        self._domain.appointments.cancel(appt, "Simulated client cancelled", source="attendee")
        self.actions["cancelled"] += 1
        return True

    def _reschedule(self) -> bool:
        appt = self._future_appointment()
        if appt is None:
            return False
        mt = self._domain.meeting_types.live(str(appt["meetingTypeId"]))
        if mt is None:
            return False
        now = self._now()
        slots = self._domain.slots.compute(
            mt, now, now + timedelta(days=14), exclude_appointment=str(appt["id"])
        )
        if not slots:
            return False
        self._domain.appointments.reschedule(
            appt, self._random.choice(slots[:40]), ignore_availability=True
        )
        self.actions["rescheduled"] += 1
        return True

    def _book(self) -> bool:
        ids = self._domain.meeting_types.live_ids()
        if not ids:
            return False
        for _ in range(5):
            mt = self._domain.meeting_types.get(self._random.choice(ids))
            now = self._now()
            slots = self._domain.slots.compute(mt, now, now + timedelta(days=14))
            if not slots:
                continue
            first, last = self._random.choice(FIRST), self._random.choice(LAST)
            email = f"{first}.{last}.{self._random.randint(1, 9999)}@example.com".lower()
            status, _ = self._domain.bookings.book(
                {
                    "meetingTypeId": mt["id"],
                    "start": iso(self._random.choice(slots[:40])),
                    "attendee": {
                        "email": email,
                        "firstname": first,
                        "lastname": last,
                        "receiveReminders": True,
                        "notes": {},
                    },
                }
            )
            if status == 201:
                self.actions["booked"] += 1
                return True
        return False
