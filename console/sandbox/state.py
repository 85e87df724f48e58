"""The sandbox's domain: users, availabilities, meeting types, appointments, credentials.

Routes, the seed and the traffic simulator all go through :class:`SandboxState`, so the rules
(slugs, ranges, slots, webhooks) hold whichever way a change arrives.
"""

from __future__ import annotations

import asyncio
import secrets
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from console.sandbox.config import Faults, SandboxConfig
from console.sandbox.db import Db, Doc, dumps, loads
from console.sandbox.errors import ApiError, bad_request, conflict, forbidden, not_found
from console.sandbox.model import (
    CHANNELS,
    Checker,
    iso,
    normalise_schedule,
    parse_instant,
    slugify,
    weekday_schedule,
    zone,
)

if TYPE_CHECKING:
    from console.sandbox.traffic import TrafficSimulator
    from console.sandbox.webhooks import WebhookSender

DEFAULT_MEETING_TYPE = {"name": "30min Meeting", "duration": 30}


@dataclass(frozen=True)
class Actor:
    """Who a request acts as, after authentication."""

    user_id: str
    company_id: str
    kind: str  # "api_key" | "pat"
    is_admin: bool
    header_given: bool


class SandboxState:
    """Everything one sandbox instance knows; ``app.state.sandbox``."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.faults: Faults = config.faults
        self.db = Db(config.data_dir)
        self.demo_api_key = ""
        self.demo_pat = ""
        self.owner_user_id = ""
        self.company_id = ""
        self._tasks: set[asyncio.Task[Any]] = set()
        self.webhooks: WebhookSender
        self.traffic: TrafficSimulator

    # -- lifecycle -------------------------------------------------------------------------

    def now(self) -> datetime:
        """The sandbox's clock (aware UTC)."""
        if self.config.now is not None:
            return self.config.now().astimezone(UTC)
        return datetime.now(UTC)

    def load_or_seed(self, *, reset: bool = False) -> None:
        """Seed the demo agency unless the data folder already holds one."""
        from console.sandbox.seed import seed_demo, top_up_demo

        if reset:
            self.db.wipe()
        if self.db.get_meta("seeded") is None:
            seed_demo(self, self.config.seed)
            self.db.set_meta("seeded", str(self.config.seed))
        else:
            # A data folder seeded weeks ago would show empty calendars from now on.
            top_up_demo(self, int(self.db.get_meta("seeded") or self.config.seed))
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

    # -- credentials -----------------------------------------------------------------------

    def issue_api_key(
        self, *, user_id: str | None = None, expires_at: datetime | None = None
    ) -> str:
        """A new ``ak_live:<uuid>:<secret>`` key of the company (owner by default)."""
        token = f"ak_live:{uuid.uuid4()}:{secrets.token_hex(16)}"
        self._store_credential(token, "api_key", user_id or self.owner_user_id, expires_at)
        return token

    def issue_pat(self, user_id: str, *, expires_at: datetime | None = None) -> str:
        """A new personal access token (``rgo-…``) acting as ``user_id``."""
        token = f"rgo-{secrets.token_hex(20)}"
        self._store_credential(token, "pat", user_id, expires_at)
        return token

    def _store_credential(
        self, token: str, kind: str, user_id: str, expires_at: datetime | None
    ) -> None:
        user = self.user_doc(user_id)
        self.db.execute(
            "INSERT INTO credentials (token, kind, user_id, company_id, expires_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (token, kind, user_id, user["companyId"], iso(expires_at) if expires_at else None),
        )

    def authenticate(
        self, authorization: str | None, acting: str | None, *, need_header: bool
    ) -> Actor:
        """Apply the documented auth rules; raises 401/403/400 as the platform does."""
        if not authorization:
            raise ApiError(401, "Missing authorization header")
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "Missing authorization header")
        row = self.db.one(
            "SELECT kind, user_id, company_id, expires_at FROM credentials WHERE token = ?",
            (token.strip(),),
        )
        if row is None:
            raise ApiError(401, "Invalid API key")
        kind, owner_id, company_id, expires_at = row
        if expires_at is not None and expires_at <= iso(self.now()):
            raise ApiError(401, "API key has expired")
        acting = (acting or "").strip() or None
        if kind == "pat":
            if acting is not None and acting != owner_id:
                raise forbidden("A personal access token cannot act as another user")
            user = self._user_or_none(owner_id)
            if user is None:
                raise ApiError(401, "Invalid API key")
            return Actor(owner_id, company_id, "pat", bool(user.get("isAdmin")), False)
        if acting is None:
            if need_header:
                raise bad_request(
                    "Missing required header 'x-meetergo-api-user-id' for API key authentication"
                )
            user = self.user_doc(owner_id)
            return Actor(owner_id, company_id, "api_key", bool(user.get("isAdmin")), False)
        user = self._user_or_none(acting)
        if user is None or user["companyId"] != company_id:
            raise not_found("User not found")
        return Actor(acting, company_id, "api_key", bool(user.get("isAdmin")), True)

    # -- users -----------------------------------------------------------------------------

    def _user_or_none(self, user_id: str) -> Doc | None:
        return self.db.doc("SELECT doc FROM users WHERE id = ?", (user_id,))

    def user_doc(self, user_id: str, company_id: str | None = None) -> Doc:
        """The stored user, or 404 ``"User not found"`` (also for other companies)."""
        user = self._user_or_none(user_id)
        if user is None or (company_id is not None and user["companyId"] != company_id):
            raise not_found("User not found")
        return user

    def user_public(self, user: Doc, base: str) -> Doc:
        """The user as the API answers it, with ``meetingTypeIds`` and ``bookingUrl``."""
        ids = [
            r[0]
            for r in self.db.all(
                "SELECT id FROM meeting_types WHERE user_id = ? AND deleted = 0 ORDER BY seq",
                (user["id"],),
            )
        ]
        return {**user, "meetingTypeIds": ids, "bookingUrl": f"{base}/cal/{user['slug']}"}

    def unique_user_slug(self, wanted: str) -> str:
        """``wanted`` or ``wanted-2``, ``wanted-3``… (generated slugs never collide)."""
        base = wanted if len(wanted) >= 5 else f"{wanted}-user".strip("-")
        candidate, n = base, 1
        while self.db.one("SELECT 1 FROM users WHERE slug = ?", (candidate,)):
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def create_user(
        self,
        actor: Actor,
        body: Doc,
    ) -> tuple[Doc, Doc, Doc]:
        """Create user + default availability + first meeting type; returns the three docs."""
        check = Checker()
        email = check.string(body.get("email"), "email", required=True)
        given = check.string(
            body.get("givenName", body.get("firstname")), "givenName", required=True
        )
        family = check.string(
            body.get("familyName", body.get("lastname")), "familyName", required=True
        )
        tz_name = check.string(body.get("timezone"), "timezone", required=True)
        if email and not _valid_email(email):
            check.fail("email must be an email")
        if tz_name:
            try:
                zone(tz_name)
            except ApiError:
                check.fail("timezone must be a valid IANA time zone")
        user_type = body.get("userType", "api-platform")
        if user_type not in ("standard", "resource", "api-platform", "partner"):
            check.fail(
                "userType must be one of the following values: "
                "standard, resource, api-platform, partner"
            )
        slug_raw = check.string(body.get("slug"), "slug")
        availability_in = body.get("availability")
        meeting_in = body.get("meetingType")
        if availability_in is not None and not isinstance(availability_in, dict):
            check.fail("availability must be an object")
        if meeting_in is not None and not isinstance(meeting_in, dict):
            check.fail("meetingType must be an object")
        check.raise_if_any()
        assert email and given and family and tz_name
        email = email.strip().lower()
        if self.db.one("SELECT 1 FROM users WHERE email = ?", (email,)):
            raise conflict("User with this email already exists")
        if slug_raw:
            slug = slugify(slug_raw)
            if len(slug) < 5:
                raise bad_request(["slug must be at least 5 characters long"])
            if self.db.one("SELECT 1 FROM users WHERE slug = ?", (slug,)):
                raise conflict("Slug is already taken")
        else:
            slug = self.unique_user_slug(slugify(f"{given} {family}") or "user")
        # Validate nested parts before anything is written, so a 400 leaves no half user.
        schedule = weekday_schedule("09:00", "17:00")
        av_name = "Working hours"
        av_tz = tz_name
        if isinstance(availability_in, dict):
            if availability_in.get("schedule") is not None:
                schedule = normalise_schedule(availability_in["schedule"], "availability.schedule")
            av_name = str(availability_in.get("name") or av_name)
            if availability_in.get("timezone"):
                zone(availability_in["timezone"], "availability.timezone")
                av_tz = str(availability_in["timezone"])
        mt_body: Doc = dict(DEFAULT_MEETING_TYPE)
        if isinstance(meeting_in, dict):
            mt_body.update({k: v for k, v in meeting_in.items() if v is not None})
        now = iso(self.now())
        user_id = str(uuid.uuid4())
        user: Doc = {
            "id": user_id,
            "email": email,
            "givenName": given.strip(),
            "familyName": family.strip(),
            "fullName": f"{given.strip()} {family.strip()}",
            "slug": slug,
            "timezone": tz_name,
            "companyId": actor.company_id,
            "userType": user_type,
            "isAdmin": False,
            "title": body.get("title"),
            "language": body.get("language", "de"),
            "phone": body.get("phone"),
            "picture": None,
            "createdAt": now,
            "updatedAt": now,
            "deletedAt": None,
            "defaultAvailabilityId": None,
        }
        self.insert_user(user)
        availability = self.create_availability(user_id, av_name, av_tz, schedule, is_default=True)
        user["defaultAvailabilityId"] = availability["id"]
        self.save_user(user)
        meeting = self.create_meeting_type(user, mt_body, generated_slug_ok=True)
        self.emit(actor.company_id, "new_employee", {**user, "meetingTypeIds": [meeting["id"]]})
        return user, availability, meeting

    def insert_user(self, user: Doc) -> None:
        """Insert a user row (no checks; the seed and :meth:`create_user` check first)."""
        self.db.execute(
            "INSERT INTO users (id, company_id, email, slug, user_type, seq, doc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                user["id"],
                user["companyId"],
                user["email"],
                user["slug"],
                user["userType"],
                self.db.next_seq(),
                dumps(user),
            ),
        )

    def save_user(self, user: Doc) -> None:
        """Write back a changed user."""
        self.db.execute(
            "UPDATE users SET slug = ?, doc = ? WHERE id = ?",
            (user["slug"], dumps(user), user["id"]),
        )

    def update_user(self, actor: Actor, user_id: str, body: Doc) -> Doc:
        """PATCH /v4/user/{id}: names and slug; self or admin; company-scoped."""
        user = self.user_doc(user_id, actor.company_id)
        if user_id != actor.user_id and not actor.is_admin:
            raise forbidden("Only admins can update other users")
        fields = {k: body[k] for k in ("givenName", "familyName", "slug") if k in body}
        if not fields:
            raise bad_request(["At least one of givenName, familyName or slug must be provided"])
        check = Checker()
        for key in ("givenName", "familyName"):
            if key in fields:
                check.string(fields[key], key, required=True)
        slug: str | None = None
        if "slug" in fields:
            raw = check.string(fields["slug"], "slug", required=True)
            if raw is not None:
                slug = slugify(raw)
                if len(slug) < 5:
                    check.fail("slug must be at least 5 characters long")
        check.raise_if_any()
        if slug is not None and slug != user["slug"]:
            if self.db.one("SELECT 1 FROM users WHERE slug = ? AND id != ?", (slug, user_id)):
                raise bad_request("Slug is already taken")
            user["slug"] = slug
        for key in ("givenName", "familyName"):
            if key in fields:
                user[key] = str(fields[key]).strip()
        user["fullName"] = f"{user['givenName']} {user['familyName']}"
        user["updatedAt"] = iso(self.now())
        self.save_user(user)
        return user

    def delete_user(self, actor: Actor, user_id: str, target_id: str | None, flags: Doc) -> None:
        """DELETE /v4/user/{id}: admin only, not yourself nor the owner; optional transfer."""
        if not actor.is_admin:
            raise forbidden("Only admins can delete users")
        self.user_doc(user_id, actor.company_id)
        if user_id == actor.user_id:
            raise bad_request("You cannot delete yourself")
        if user_id == self.owner_user_id:
            raise bad_request("The company owner cannot be deleted")
        if target_id is not None:
            if target_id == user_id:
                raise bad_request("targetUserId must be another user")
            self.user_doc(target_id, actor.company_id)
        with self.db.transaction():
            if target_id is not None and flags.get("transferMeetingTypes", True):
                for mt in self.db.docs(
                    "SELECT doc FROM meeting_types WHERE user_id = ? AND deleted = 0", (user_id,)
                ):
                    mt["userId"] = target_id
                    mt["slug"] = self._unique_mt_slug(target_id, mt["slug"])
                    self.save_meeting_type(mt)
            if target_id is not None and flags.get("transferAvailabilities", True):
                for av in self.db.docs(
                    "SELECT doc FROM availabilities WHERE user_id = ?", (user_id,)
                ):
                    av["userId"] = target_id
                    av["isDefault"] = False
                    self.save_availability(av)
            self.db.execute("UPDATE meeting_types SET deleted = 1 WHERE user_id = ?", (user_id,))
            self.db.execute("DELETE FROM credentials WHERE user_id = ?", (user_id,))
            self.db.execute("DELETE FROM personal_pages WHERE user_id = ?", (user_id,))
            self.db.execute("DELETE FROM users WHERE id = ?", (user_id,))

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
            "createdAt": iso(self.now()),
            "deletedAt": None,
        }
        self.db.execute(
            "INSERT INTO availabilities (id, user_id, seq, doc) VALUES (?, ?, ?, ?)",
            (av["id"], user_id, self.db.next_seq(), dumps(av)),
        )
        return av

    def save_availability(self, av: Doc) -> None:
        """Write back a changed availability."""
        self.db.execute(
            "UPDATE availabilities SET user_id = ?, doc = ? WHERE id = ?",
            (av["userId"], dumps(av), av["id"]),
        )

    def availability_doc(self, actor: Actor, av_id: str) -> Doc:
        """The availability if the acting user owns it (admins: any in the company)."""
        av = self.db.doc("SELECT doc FROM availabilities WHERE id = ?", (av_id,))
        if av is None:
            raise not_found("Availability not found")
        if av["userId"] != actor.user_id:
            owner = self._user_or_none(av["userId"])
            if owner is None or owner["companyId"] != actor.company_id or not actor.is_admin:
                raise not_found("Availability not found")
        return av

    def next_exception_id(self) -> int:
        """Exception ids are integers on the platform."""
        value = int(self.db.get_meta("exception_seq") or "0") + 1
        self.db.set_meta("exception_seq", str(value))
        return value

    # -- meeting types ---------------------------------------------------------------------

    def _unique_mt_slug(self, user_id: str, wanted: str) -> str:
        candidate, n = wanted, 1
        while self.db.one(
            "SELECT 1 FROM meeting_types WHERE user_id = ? AND slug = ? AND deleted = 0",
            (user_id, candidate),
        ):
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def meeting_type_fields(self, body: Doc, current: Doc | None) -> tuple[Doc, Checker]:
        """Merge a create/update body (nested or the guide's flat shape) into a meeting type."""
        check = Checker()
        mt: Doc = loads(dumps(current)) if current else {}
        info: Doc = dict(mt.get("meetingInfo") or {})
        nested = body.get("meetingInfo")
        if nested is not None and not isinstance(nested, dict):
            check.fail("meetingInfo must be an object")
            nested = None
        incoming: Doc = {}
        # The guide's flat shape and top-level buffer names map onto meetingInfo.
        for flat, key in (
            ("name", "name"),
            ("duration", "duration"),
            ("description", "description"),
            ("channel", "channel"),
            ("color", "color"),
            ("bufferTimeBefore", "bufferBefore"),
            ("bufferTimeAfter", "bufferAfter"),
            ("bufferBefore", "bufferBefore"),
            ("bufferAfter", "bufferAfter"),
        ):
            if flat in body:
                incoming[key] = body[flat]
        incoming.update(nested or {})
        info.update(incoming)
        prefix = "meetingInfo."
        check.string(info.get("name"), prefix + "name", required=True, max_len=200)
        check.integer(info.get("duration"), prefix + "duration", 5, 480, required=True)
        check.integer(info.get("bufferBefore", 0), prefix + "bufferBefore", 0, 120)
        check.integer(info.get("bufferAfter", 0), prefix + "bufferAfter", 0, 120)
        check.string(info.get("description", ""), prefix + "description", max_len=5000)
        channel = info.get("channel", "phone")
        if channel not in CHANNELS:
            check.fail(
                f"{prefix}channel must be one of the following values: {', '.join(CHANNELS)}"
            )
        if channel == "custom" and not info.get("customChannelLink"):
            check.fail(f"{prefix}customChannelLink is required when channel is custom")
        for key in ("duration", "bufferBefore", "bufferAfter"):
            if isinstance(info.get(key), float) and float(info[key]).is_integer():
                info[key] = int(info[key])
        info.setdefault("description", "")
        info.setdefault("channel", "phone")
        info.setdefault("bufferBefore", 0)
        info.setdefault("bufferAfter", 0)
        info.setdefault("color", "#0a7cff")
        mt["meetingInfo"] = info
        if "meetingOptions" in body:
            options = body["meetingOptions"]
            if not isinstance(options, dict):
                check.fail("meetingOptions must be an object")
            else:
                merged = dict(mt.get("meetingOptions") or {})
                merged.update(options)
                mt["meetingOptions"] = merged
        mt.setdefault(
            "meetingOptions",
            {
                "allowedDurations": [],
                "allowSelectChannel": False,
                "allowAddingGuests": True,
                "doubleOptIn": "useCompanySettings",
                "requireHostConfirmation": "useCompanySettings",
                "allowPhoneOnlyBooking": False,
            },
        )
        if "spots" in body:
            mt["spots"] = check.integer(body["spots"], "spots", 1, 100)
        if "timeslotInterval" in body:
            mt["timeslotInterval"] = (
                None
                if body["timeslotInterval"] is None
                else check.integer(body["timeslotInterval"], "timeslotInterval", 5, 60)
            )
        if "bookingMinimum" in body:
            mt["bookingMinimum"] = check.integer(
                body["bookingMinimum"], "bookingMinimum", 0, 525600
            )
        if "daysIntoFuture" in body:
            dif = body["daysIntoFuture"]
            if dif is not None and not isinstance(dif, dict):
                check.fail("daysIntoFuture must be an object")
            else:
                mt["daysIntoFuture"] = dif
        if "enabled" in body:
            mt["enabled"] = check.boolean(body["enabled"], "enabled")
        if "metadata" in body:
            meta = body["metadata"]
            if not isinstance(meta, dict) or len(meta) > 20:
                check.fail("metadata must be an object with at most 20 keys")
            elif any(not isinstance(v, str) or len(v) > 500 for v in meta.values()):
                check.fail("metadata values must be strings of at most 500 characters")
            else:
                mt["metadata"] = meta
        for key in ("locations", "ics", "internalNotes"):
            if key in body:
                mt[key] = body[key]
        mt.setdefault("spots", 1)
        mt.setdefault("enabled", True)
        mt.setdefault("timeslotInterval", None)
        mt.setdefault("bookingMinimum", 0)
        mt.setdefault(
            "daysIntoFuture", {"mode": "limit", "bookingLimit": 60, "countMode": "calendar"}
        )
        mt.setdefault("metadata", {})
        mt.setdefault("locations", [])
        return mt, check

    def create_meeting_type(self, user: Doc, body: Doc, *, generated_slug_ok: bool = False) -> Doc:
        """Create a meeting type for ``user`` (either body shape); 400 on ranges, 409 on slug."""
        mt, check = self.meeting_type_fields(body, None)
        availability_id = body.get("availabilityId")
        inline = body.get("availability")
        if availability_id is not None and inline is not None:
            check.fail("availabilityId and availability are mutually exclusive")
        schedule: Doc | None = None
        if isinstance(inline, dict):
            try:
                schedule = (
                    normalise_schedule(inline.get("schedule") or {}, "availability.schedule")
                    if inline.get("schedule") is not None
                    else normalise_schedule({})
                )
            except ApiError as error:
                check.problems.extend(
                    error.message if isinstance(error.message, list) else [error.message]
                )
        slug_raw = body.get("slug")
        if slug_raw is not None and (not isinstance(slug_raw, str) or not slugify(slug_raw)):
            check.fail("slug must be a non-empty string")
        check.raise_if_any()
        if isinstance(slug_raw, str) and slug_raw:
            slug = slugify(slug_raw)
            if self.db.one(
                "SELECT 1 FROM meeting_types WHERE user_id = ? AND slug = ? AND deleted = 0",
                (user["id"], slug),
            ):
                if not generated_slug_ok:
                    raise conflict("Meeting type with this slug already exists")
                slug = self._unique_mt_slug(user["id"], slug)
        else:
            slug = self._unique_mt_slug(user["id"], slugify(mt["meetingInfo"]["name"]) or "meeting")
        if availability_id is not None:
            av = self.db.doc("SELECT doc FROM availabilities WHERE id = ?", (availability_id,))
            if av is None or av["userId"] != user["id"]:
                raise not_found("Availability not found")
        elif isinstance(inline, dict):
            assert schedule is not None
            tz_name = inline.get("timezone") or user["timezone"]
            zone(tz_name, "availability.timezone")
            av = self.create_availability(
                user["id"], str(inline.get("name") or mt["meetingInfo"]["name"]), tz_name, schedule
            )
            availability_id = av["id"]
        else:
            availability_id = user.get("defaultAvailabilityId")
        now = iso(self.now())
        mt.update(
            {
                "id": str(uuid.uuid4()),
                "slug": slug,
                "userId": user["id"],
                "companyId": user["companyId"],
                "queueId": None,
                "workspaceId": None,
                "isGlobalQueue": False,
                "createdById": user["id"],
                "availabilityId": availability_id,
                "createdAt": now,
                "updatedAt": now,
                "deletedAt": None,
            }
        )
        self.db.execute(
            "INSERT INTO meeting_types (id, user_id, slug, deleted, seq, doc)"
            " VALUES (?, ?, ?, 0, ?, ?)",
            (mt["id"], user["id"], slug, self.db.next_seq(), dumps(mt)),
        )
        return mt

    def save_meeting_type(self, mt: Doc) -> None:
        """Write back a changed meeting type."""
        self.db.execute(
            "UPDATE meeting_types SET user_id = ?, slug = ?, deleted = ?, doc = ? WHERE id = ?",
            (mt["userId"], mt["slug"], 1 if mt.get("deletedAt") else 0, dumps(mt), mt["id"]),
        )

    def meeting_type_doc(self, mt_id: str, company_id: str | None = None) -> Doc:
        """A live meeting type or 404 ``"Meeting type not found"``."""
        mt = self.db.doc("SELECT doc FROM meeting_types WHERE id = ? AND deleted = 0", (mt_id,))
        if mt is None or (company_id is not None and mt["companyId"] != company_id):
            raise not_found("Meeting type not found")
        return mt

    def update_meeting_type(self, actor: Actor, mt_id: str, body: Doc) -> Doc:
        """PATCH /v4/meeting-type/{id}."""
        current = self.meeting_type_doc(mt_id, actor.company_id)
        if current["userId"] != actor.user_id and not actor.is_admin:
            raise forbidden("Not authorized to update this meeting type")
        mt, check = self.meeting_type_fields(body, current)
        slug: str | None = None
        if "slug" in body:
            raw = body["slug"]
            if not isinstance(raw, str) or not slugify(raw):
                check.fail("slug must be a non-empty string")
            else:
                slug = slugify(raw)
        if "availabilityId" in body:
            av = self.db.doc(
                "SELECT doc FROM availabilities WHERE id = ?", (body["availabilityId"],)
            )
            if av is None or av["userId"] != current["userId"]:
                check.fail("availabilityId must name an availability of the host")
            else:
                mt["availabilityId"] = av["id"]
        check.raise_if_any()
        if slug is not None and slug != current["slug"]:
            if self.db.one(
                "SELECT 1 FROM meeting_types"
                " WHERE user_id = ? AND slug = ? AND deleted = 0 AND id != ?",
                (current["userId"], slug, mt_id),
            ):
                raise conflict("Meeting type with this slug already exists")
            mt["slug"] = slug
        mt["updatedAt"] = iso(self.now())
        self.save_meeting_type(mt)
        return mt

    def delete_meeting_type(self, actor: Actor, mt_id: str, *, delete_availability: bool) -> None:
        """DELETE /v4/meeting-type/{id}: soft delete; optionally its availability too.

        With ``deleteAvailability`` the availability must be used by no other live meeting type
        (409 naming them) and must not be the host's last one (400), as the platform documents.
        """
        mt = self.meeting_type_doc(mt_id, actor.company_id)
        if mt["userId"] != actor.user_id and not actor.is_admin:
            raise forbidden("Not authorized to delete this meeting type")
        av_id = mt.get("availabilityId")
        doomed: Doc | None = None
        if delete_availability and av_id is not None:
            doomed = self.db.doc("SELECT doc FROM availabilities WHERE id = ?", (av_id,))
        if doomed is not None:
            shared = self.db.all(
                "SELECT id, slug FROM meeting_types WHERE deleted = 0 AND id != ?"
                " AND json_extract(doc, '$.availabilityId') = ? ORDER BY seq",
                (mt_id, doomed["id"]),
            )
            if shared:
                raise ApiError(
                    409,
                    "Availability is used by other meeting types and cannot be deleted",
                    extra={"sharedWith": [{"id": i, "slug": s} for i, s in shared]},
                )
            remaining = self.db.all(
                "SELECT id FROM availabilities WHERE user_id = ? AND id != ? ORDER BY seq",
                (doomed["userId"], doomed["id"]),
            )
            if not remaining:
                raise bad_request("One availability is required")
        now = iso(self.now())
        mt["deletedAt"] = now
        mt["enabled"] = False
        with self.db.transaction():
            self.save_meeting_type(mt)
            if doomed is not None:
                self.db.execute("DELETE FROM availabilities WHERE id = ?", (doomed["id"],))
                owner = self._user_or_none(doomed["userId"])
                if owner is not None and owner.get("defaultAvailabilityId") == doomed["id"]:
                    # The host keeps a default: the oldest remaining availability takes over.
                    heir = self.db.doc(
                        "SELECT doc FROM availabilities WHERE user_id = ? ORDER BY seq LIMIT 1",
                        (owner["id"],),
                    )
                    assert heir is not None
                    heir["isDefault"] = True
                    self.save_availability(heir)
                    owner["defaultAvailabilityId"] = heir["id"]
                    owner["updatedAt"] = now
                    self.save_user(owner)

    def meeting_type_public(self, mt: Doc, base: str, user_slug: str | None = None) -> Doc:
        """The meeting type with its ``bookingUrl``."""
        if user_slug is None:
            owner = self._user_or_none(mt["userId"])
            user_slug = owner["slug"] if owner else "unknown"
        return {**mt, "bookingUrl": f"{base}/cal/{user_slug}/{mt['slug']}"}

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
        from console.scheduling.schedule import WeeklySchedule
        from console.scheduling.slots import Booked, DateOverride, SlotRules, compute_slots

        av = self.db.doc("SELECT doc FROM availabilities WHERE id = ?", (mt.get("availabilityId"),))
        if av is None:
            return []
        info = mt["meetingInfo"]
        rules = SlotRules(
            duration=int(info["duration"]),
            buffer_before=int(info.get("bufferBefore") or 0),
            buffer_after=int(info.get("bufferAfter") or 0),
            interval=mt.get("timeslotInterval"),
            minimum_notice=int(mt.get("bookingMinimum") or 0),
            days_into_future=_days_into_future(mt.get("daysIntoFuture")),
            spots=int(mt.get("spots") or 1),
        )
        overrides = [
            DateOverride(
                start=parse_instant(ex["start"], "start"),
                end=parse_instant(ex["end"], "end"),
                available=bool(ex.get("available")),
            )
            for ex in av.get("availabilityExceptions") or []
        ]
        margin = timedelta(hours=10)
        rows = self.db.all(
            "SELECT id, start, end, meeting_type_id FROM appointments"
            " WHERE host_id = ? AND cancelled = 0 AND start < ? AND end > ?",
            (mt["userId"], iso(window_end + margin), iso(window_start - margin)),
        )
        booked = [
            Booked(start=parse_instant(s, "start"), end=parse_instant(e, "end"))
            for (appt_id, s, e, _mt) in rows
            if appt_id != exclude_appointment
        ]
        schedule = WeeklySchedule.from_wire(av["schedule"])
        return list(
            compute_slots(
                schedule,
                av["timezone"],
                rules,
                window_start=window_start,
                window_end=window_end,
                now=self.now(),
                overrides=overrides,
                booked=booked,
            )
        )

    def slot_is_open(self, mt: Doc, start: datetime, exclude: str | None = None) -> bool:
        """Whether ``start`` is one of the listed starts (only those can be booked)."""
        slots = self.compute_slots(
            mt, start - timedelta(days=1), start + timedelta(days=1), exclude_appointment=exclude
        )
        return start in slots

    def build_appointment(
        self, mt: Doc, host: Doc, start: datetime, attendee: Doc, *, created: datetime
    ) -> Doc:
        """An appointment document (not stored)."""
        duration = int(mt["meetingInfo"]["duration"])
        end = start + timedelta(minutes=duration)
        first = str(attendee.get("firstname") or "")
        last = str(attendee.get("lastname") or "")
        full = str(attendee.get("fullname") or f"{first} {last}".strip())
        if full and not first and not last:
            first, _, last = full.partition(" ")
        person = {
            "id": str(uuid.uuid4()),
            "email": attendee.get("email"),
            "firstname": first,
            "lastname": last,
            "fullname": full,
            "phone": attendee.get("phone"),
            "timezone": attendee.get("timezone") or host["timezone"],
            "language": attendee.get("language") or "de",
        }
        host_view = {
            k: host.get(k) for k in ("id", "email", "givenName", "familyName", "fullName", "slug")
        }
        host_view["picture"] = host.get("picture")
        return {
            "id": str(uuid.uuid4()),
            "secret": secrets.token_hex(12),
            "start": iso(start),
            "end": iso(end),
            "isCancelled": False,
            "cancel": None,
            "rescheduledAt": None,
            "rescheduleCount": 0,
            "location": None,
            "notes": attendee.get("notes") if isinstance(attendee.get("notes"), dict) else {},
            "meetingInfo": {
                "channel": mt["meetingInfo"].get("channel"),
                "meetingLink": None,
                "name": mt["meetingInfo"]["name"],
                "duration": duration,
            },
            "hostingInfo": {"mainHost": host["id"], "meetingLink": None},
            "attendees": [person],
            "attendeeIds": [person["id"]],
            "hosts": [host_view],
            "hostIds": [host["id"]],
            "meetingType": {
                "id": mt["id"],
                "slug": mt["slug"],
                "meetingInfo": {
                    "name": mt["meetingInfo"]["name"],
                    "duration": mt["meetingInfo"]["duration"],
                },
                "metadata": mt.get("metadata") or {},
            },
            "meetingTypeId": mt["id"],
            "companyId": host["companyId"],
            "createdAt": iso(created),
            "updatedAt": iso(created),
        }

    @staticmethod
    def appointment_row(appt: Doc) -> tuple[Any, ...]:
        """Column values for ``appointments`` (see :meth:`store_appointment`)."""
        person = appt["attendees"][0] if appt["attendees"] else {}
        search = " ".join(
            str(x or "")
            for x in (person.get("email"), person.get("fullname"), appt["meetingInfo"]["name"])
        ).lower()
        return (
            appt["id"],
            appt["companyId"],
            appt["hostIds"][0],
            appt["meetingTypeId"],
            appt["start"],
            appt["end"],
            1 if appt["isCancelled"] else 0,
            appt["createdAt"],
            search,
            dumps(appt),
        )

    INSERT_APPOINTMENT = (
        "INSERT OR REPLACE INTO appointments (id, company_id, host_id, meeting_type_id, start, end,"
        " cancelled, created_at, search, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    def store_appointment(self, appt: Doc) -> None:
        """Insert or replace an appointment."""
        self.db.execute(self.INSERT_APPOINTMENT, self.appointment_row(appt))

    def appointment_doc(self, actor: Actor, appt_id: str) -> Doc:
        """An appointment of the company visible to the acting user, or 404."""
        appt = self.db.doc("SELECT doc FROM appointments WHERE id = ?", (appt_id,))
        if appt is None or appt["companyId"] != actor.company_id:
            raise not_found("Appointment not found")
        if not actor.is_admin and actor.user_id not in appt["hostIds"]:
            raise not_found("Appointment not found")
        return appt

    def book(self, body: Doc) -> tuple[int, Doc]:
        """POST /v4/booking; only listed starts are accepted."""
        check = Checker()
        mt_id = check.string(body.get("meetingTypeId"), "meetingTypeId", required=True)
        attendee = body.get("attendee")
        if not isinstance(attendee, dict):
            check.fail("attendee must be an object")
            attendee = {}
        elif not attendee.get("email") and not body.get("phoneOnlyBooking"):
            check.fail("attendee.email must be an email")
        elif attendee.get("email") and not _valid_email(str(attendee["email"])):
            check.fail("attendee.email must be an email")
        if body.get("start") is None:
            check.fail("start must be a valid ISO 8601 date string")
        host_ids = body.get("hostIds")
        if host_ids is not None and not (
            isinstance(host_ids, list) and all(isinstance(h, str) for h in host_ids)
        ):
            check.fail("each value in hostIds must be a string")
        check.raise_if_any()
        start = parse_instant(body["start"], "start")
        assert mt_id is not None
        mt = self.meeting_type_doc(mt_id)
        if not mt.get("enabled", True):
            raise bad_request("Meeting type is disabled")
        if host_ids and mt["userId"] not in host_ids:
            raise bad_request("hostIds must contain a host of this meeting type")
        if not body.get("ignoreAvailability") and not self.slot_is_open(mt, start):
            raise bad_request("Selected time slot is not available")
        options = mt.get("meetingOptions") or {}
        host = self.user_doc(mt["userId"])
        for pending in ("doubleOptIn", "requireHostConfirmation"):
            if options.get(pending) is True:
                provisional_id = str(uuid.uuid4())
                self.db.execute(
                    "INSERT INTO provisional (id, doc) VALUES (?, ?)",
                    (
                        provisional_id,
                        dumps(
                            {
                                "id": provisional_id,
                                "dto": body,
                                "type": pending,
                                "status": "pending",
                                "meetingTypeId": mt["id"],
                                "companyId": mt["companyId"],
                                "hostIds": [host["id"]],
                                "hosts": [_provisional_host(host)],
                                "queueBookingInfo": None,
                                "appointmentId": None,
                                "createdAt": iso(self.now()),
                                "deletedAt": None,
                            }
                        ),
                    ),
                )
                return 201, {"bookingType": pending, "provisionalBookingId": provisional_id}
        appt = self.build_appointment(mt, host, start, attendee, created=self.now())
        self.store_appointment(appt)
        self.emit(appt["companyId"], "booking_created", appt)
        return 201, {
            "appointmentId": appt["id"],
            "id": appt["id"],
            "secret": appt["secret"],
            "start": appt["start"],
            "end": appt["end"],
        }

    # -- provisional bookings --------------------------------------------------------------

    def provisional_status(self, doc: Doc) -> str:
        """``pending`` until decided; a pending booking whose start has passed is ``expired``."""
        status = str(doc.get("status") or "pending")
        if status == "pending":
            try:
                start = parse_instant(doc["dto"].get("start"), "start")
            except ApiError:
                return status
            if start <= self.now():
                return "expired"
        return status

    def provisional_public(self, doc: Doc) -> Doc:
        """A provisional booking as the paginated route answers it (status computed now)."""
        return {**doc, "status": self.provisional_status(doc)}

    def provisional_bookings(
        self,
        actor: Actor,
        *,
        status: str | None = None,
        user_id: str | None = None,
        meeting_type_id: str | None = None,
    ) -> list[Doc]:
        """The company's provisional bookings visible to ``actor``, oldest first."""
        if user_id and user_id != actor.user_id and not actor.is_admin:
            raise forbidden("Only admins can list other users' provisional bookings")
        host = user_id or (None if actor.is_admin else actor.user_id)
        result = []
        for doc in self.db.docs("SELECT doc FROM provisional ORDER BY rowid"):
            if doc.get("companyId", self.company_id) != actor.company_id:
                continue
            if host is not None and host not in (doc.get("hostIds") or []):
                continue
            if meeting_type_id and doc.get("meetingTypeId") != meeting_type_id:
                continue
            public = self.provisional_public(doc)
            if status and public["status"] != status:
                continue
            result.append(public)
        return result

    def decide_provisional(self, provisional_id: str, *, confirm: bool) -> Doc:
        """Confirm (books the appointment, fires ``booking_created``) or decline a pending one.

        The sandbox's stand-in for the attendee's opt-in mail and the host's confirm button.
        """
        doc = self.db.doc("SELECT doc FROM provisional WHERE id = ?", (provisional_id,))
        if doc is None:
            raise not_found("Provisional booking not found")
        status = self.provisional_status(doc)
        if status != "pending":
            raise conflict(f"Provisional booking is {status}, not pending")
        now = self.now()
        if confirm:
            mt = self.db.doc("SELECT doc FROM meeting_types WHERE id = ?", (doc["meetingTypeId"],))
            if mt is None or mt.get("deletedAt"):
                raise conflict("Meeting type of this provisional booking was deleted")
            start = parse_instant(doc["dto"].get("start"), "start")
            if not doc["dto"].get("ignoreAvailability") and not self.slot_is_open(mt, start):
                raise conflict("Selected time slot is not available any more")
            host = self.user_doc(mt["userId"])
            appt = self.build_appointment(mt, host, start, doc["dto"]["attendee"], created=now)
            self.store_appointment(appt)
            self.emit(appt["companyId"], "booking_created", appt)
            doc.update({"status": "confirmed", "appointmentId": appt["id"]})
        else:
            doc.update({"status": "declined_by_host", "deletedAt": iso(now)})
        doc["updatedAt"] = iso(now)
        self.db.execute("UPDATE provisional SET doc = ? WHERE id = ?", (dumps(doc), doc["id"]))
        return self.provisional_public(doc)

    def cancel(
        self, appt: Doc, reason: str | None, source: str = "host", by: str | None = None
    ) -> Doc:
        """Cancel an appointment and fire ``booking_cancelled``."""
        if appt["isCancelled"]:
            raise bad_request("Appointment is already cancelled")
        now = iso(self.now())
        appt["isCancelled"] = True
        appt["cancel"] = {"actionSource": source, "actionAt": now, "actionBy": by, "reason": reason}
        appt["updatedAt"] = now
        self.store_appointment(appt)
        self.emit(appt["companyId"], "booking_cancelled", appt)
        return appt

    def reschedule(self, appt: Doc, start: datetime, ignore_availability: bool) -> Doc:
        """Move an appointment (duration unchanged) and fire ``booking_rescheduled``."""
        if appt["isCancelled"]:
            raise bad_request("A cancelled appointment cannot be rescheduled")
        mt = self.db.doc("SELECT doc FROM meeting_types WHERE id = ?", (appt["meetingTypeId"],))
        if mt is None:
            raise not_found("Meeting type not found")
        if not ignore_availability and not self.slot_is_open(mt, start, exclude=appt["id"]):
            raise bad_request("Selected time slot is not available")
        previous_start, previous_end = appt["start"], appt["end"]
        length = parse_instant(appt["end"], "end") - parse_instant(appt["start"], "start")
        now = iso(self.now())
        appt["start"] = iso(start)
        appt["end"] = iso(start + length)
        appt["rescheduledAt"] = now
        appt["rescheduleCount"] = int(appt.get("rescheduleCount") or 0) + 1
        appt["updatedAt"] = now
        self.store_appointment(appt)
        self.emit(
            appt["companyId"],
            "booking_rescheduled",
            {**appt, "previousStart": previous_start, "previousEnd": previous_end},
        )
        return appt

    # -- webhooks --------------------------------------------------------------------------

    def emit(self, company_id: str, event: str, data: Doc) -> None:
        """Queue a flat ``webhookType`` payload for every endpoint subscribed to ``event``."""
        self.webhooks.emit(company_id, event, data)


def _provisional_host(host: Doc) -> Doc:
    return {
        k: host.get(k) for k in ("id", "givenName", "familyName", "slug", "userType", "picture")
    }


def _valid_email(value: str) -> bool:
    from console.sandbox.model import EMAIL_RE

    return bool(EMAIL_RE.match(value.strip()))


def _days_into_future(raw: Any) -> int | None:
    """``daysIntoFuture.bookingLimit``: days; values above ten years are read as minutes
    (the docs' example 43200 is 30 days in minutes)."""
    if not isinstance(raw, dict) or raw.get("mode") not in (None, "limit"):
        return None
    limit = raw.get("bookingLimit")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
        return None
    return limit if limit <= 3650 else max(1, limit // 1440)
