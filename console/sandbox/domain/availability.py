"""Availabilities: weekly hours (read and checked by :mod:`console.scheduling`), date exceptions
and public holidays."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from console.sandbox.db import Doc, dumps
from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.users import Users
from console.sandbox.errors import ApiError, bad_request, not_found
from console.sandbox.model import Checker, iso, parse_instant, read_schedule, zone

INSERT_AVAILABILITY = "INSERT INTO availabilities (id, user_id, seq, doc) VALUES (?, ?, ?, ?)"


def exception_doc(
    ex_id: int,
    owner: str,
    start: datetime,
    end: datetime,
    available: bool,
    title: str | None,
    note: str | None,
    created: datetime,
) -> Doc:
    """An availability exception as the platform stores it."""
    return {
        "id": ex_id,
        "ownerId": owner,
        "ownerType": "user",
        "available": available,
        "start": iso(start),
        "end": iso(end),
        "title": title,
        "note": note,
        "createdAt": iso(created),
        "deletedAt": None,
    }


class Availabilities:
    """The ``availabilities`` table."""

    def __init__(self, ctx: Context, users: Users) -> None:
        self._ctx = ctx
        self._db = ctx.db
        self._users = users

    def create(
        self,
        user_id: str,
        name: str,
        tz_name: str,
        schedule: Doc,
        *,
        is_default: bool = False,
        exceptions: list[Doc] | None = None,
    ) -> Doc:
        """Insert an availability (schedule already read by :func:`read_schedule`)."""
        av: Doc = {
            "id": str(uuid.uuid4()),
            "name": name,
            "userId": user_id,
            "timezone": tz_name,
            "schedule": schedule,
            "availabilityExceptions": exceptions or [],
            "isDefault": is_default,
            "useExplicitAvailability": False,
            "explicitAvailabilityEventTitle": None,
            "createdAt": iso(self._ctx.now()),
            "deletedAt": None,
        }
        self._db.execute(INSERT_AVAILABILITY, (av["id"], user_id, self._db.next_seq(), dumps(av)))
        return av

    def create_from(self, actor: Actor, body: Doc) -> Doc:
        """POST /v4/availability for the acting user."""
        check = Checker()
        name = check.string(body.get("name"), "name", required=True, max_len=200)
        tz_name = check.string(body.get("timezone"), "timezone", required=True)
        if body.get("schedule") is None:
            check.fail("schedule must be an object keyed by weekday or an array of days")
        check.raise_if_any()
        schedule = read_schedule(body["schedule"])
        zone(tz_name)
        assert name is not None and tz_name is not None
        return self.create(actor.user_id, name, tz_name, schedule)

    def save(self, av: Doc) -> None:
        """Write back a changed availability."""
        self._db.execute(
            "UPDATE availabilities SET user_id = ?, doc = ? WHERE id = ?",
            (av["userId"], dumps(av), av["id"]),
        )

    def by_id(self, av_id: Any) -> Doc | None:
        """Any availability by id, without access checks."""
        return self._db.doc("SELECT doc FROM availabilities WHERE id = ?", (av_id,))

    def of_user(self, user_id: str) -> list[Doc]:
        """The user's availabilities, oldest first."""
        return self._db.docs(
            "SELECT doc FROM availabilities WHERE user_id = ? ORDER BY seq", (user_id,)
        )

    def get(self, actor: Actor, av_id: str) -> Doc:
        """The availability if the acting user owns it (admins: any in the company)."""
        av = self.by_id(av_id)
        if av is None:
            raise not_found("Availability not found")
        if av["userId"] != actor.user_id:
            owner = self._users.get_or_none(av["userId"])
            if owner is None or owner["companyId"] != actor.company_id or not actor.is_admin:
                raise not_found("Availability not found")
        return av

    def delete(self, av_id: str) -> None:
        """Remove one availability row."""
        self._db.execute("DELETE FROM availabilities WHERE id = ?", (av_id,))

    def next_exception_id(self) -> int:
        """Exception ids are integers on the platform."""
        value = int(self._db.get_meta("exception_seq") or "0") + 1
        self._db.set_meta("exception_seq", str(value))
        return value

    def update(self, actor: Actor, av_id: str, body: Doc) -> Doc:
        """PATCH /v4/availability/{id}: name, schedule, time zone, date exceptions."""
        av = self.get(actor, av_id)
        known = ("name", "schedule", "timezone", "availabilityExceptions")
        if not any(k in body for k in known):
            raise bad_request(["At least one of name, schedule, timezone must be provided"])
        if "name" in body:
            check = Checker()
            check.string(body["name"], "name", required=True, max_len=200)
            check.raise_if_any()
            av["name"] = body["name"]
        if "schedule" in body:
            av["schedule"] = read_schedule(body["schedule"])
        if "timezone" in body:
            zone(body["timezone"])
            av["timezone"] = body["timezone"]
        if "availabilityExceptions" in body:
            av["availabilityExceptions"] = self._exceptions_from(
                body["availabilityExceptions"], av["userId"]
            )
        self.save(av)
        return av

    def _exceptions_from(self, raw: Any, owner: str) -> list[Doc]:
        if not isinstance(raw, list):
            raise bad_request(["availabilityExceptions must be an array"])
        result: list[Doc] = []
        problems: list[str] = []
        for i, item in enumerate(raw):
            if not isinstance(item, dict):
                problems.append(f"availabilityExceptions.{i} must be an object")
                continue
            try:
                start = parse_instant(item.get("start"), f"availabilityExceptions.{i}.start")
                end = parse_instant(item.get("end"), f"availabilityExceptions.{i}.end")
            except ApiError as error:
                problems.extend(
                    error.message if isinstance(error.message, list) else [error.message]
                )
                continue
            if end <= start:
                problems.append(f"availabilityExceptions.{i}.end must be after start")
                continue
            given = item.get("id")
            ex_id = given if isinstance(given, int) else self.next_exception_id()
            result.append(
                exception_doc(
                    ex_id,
                    owner,
                    start,
                    end,
                    bool(item.get("available", False)),
                    item.get("title"),
                    item.get("note"),
                    self._ctx.now(),
                )
            )
        if problems:
            raise bad_request(problems)
        return result

    def add_holidays(self, actor: Actor, av_id: str, body: Doc) -> list[Doc]:
        """PATCH …/holiday-exceptions: a closed day per public holiday not yet listed."""
        # The holiday tables take 0.2 s to import: loaded on the first holiday request rather
        # than on every sandbox start (the GUI waits for its sandbox child).
        from console.scheduling.holidays import (
            GERMAN_STATES,
            SUPPORTED_COUNTRIES,
            holiday_exceptions,
        )

        av = self.get(actor, av_id)
        check = Checker()
        year = check.integer(body.get("year"), "year", 2025, 2027, required=True)
        country = body.get("country")
        if not isinstance(country, str) or country.upper() not in SUPPORTED_COUNTRIES:
            check.fail(
                f"country must be one of the following values: {', '.join(SUPPORTED_COUNTRIES)}"
            )
        state_code = body.get("germanState")
        if state_code is not None:
            if not isinstance(country, str) or country.upper() != "DE":
                check.fail("germanState is only allowed with country DE")
            elif not isinstance(state_code, str) or state_code.upper() not in GERMAN_STATES:
                check.fail(
                    f"germanState must be one of the following values: {', '.join(GERMAN_STATES)}"
                )
        check.raise_if_any()
        assert year is not None and isinstance(country, str)
        tz = zone(av["timezone"])
        existing = {(e["start"], e.get("title")) for e in av["availabilityExceptions"]}
        added: list[Doc] = []
        for day, name in holiday_exceptions(
            year, country.upper(), state_code.upper() if isinstance(state_code, str) else None
        ):
            start = datetime(day.year, day.month, day.day, tzinfo=tz)
            end = start + timedelta(days=1)
            end = datetime(end.year, end.month, end.day, tzinfo=tz)
            if (iso(start), name) in existing:
                continue
            added.append(
                exception_doc(
                    self.next_exception_id(),
                    av["userId"],
                    start,
                    end,
                    False,
                    name,
                    "holiday",
                    self._ctx.now(),
                )
            )
        av["availabilityExceptions"] = [*av["availabilityExceptions"], *added]
        self.save(av)
        return added
