"""Meeting types: both body shapes, ranges, per-host slugs, soft delete with its availability."""

from __future__ import annotations

import uuid
from typing import Any

from console.sandbox.db import Doc, dumps, loads
from console.sandbox.domain.availability import Availabilities
from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.users import Users
from console.sandbox.errors import ApiError, bad_request, conflict, forbidden, not_found
from console.sandbox.model import CHANNELS, Checker, iso, read_schedule, slugify, zone

INSERT_MEETING_TYPE = (
    "INSERT INTO meeting_types (id, user_id, slug, deleted, seq, doc) VALUES (?, ?, ?, ?, ?, ?)"
)

DEFAULT_OPTIONS: Doc = {
    "allowedDurations": [],
    "allowSelectChannel": False,
    "allowAddingGuests": True,
    "doubleOptIn": "useCompanySettings",
    "requireHostConfirmation": "useCompanySettings",
    "allowPhoneOnlyBooking": False,
}
"""``meetingOptions`` of a new meeting type."""

DEFAULT_DAYS_INTO_FUTURE: Doc = {"mode": "limit", "bookingLimit": 60, "countMode": "calendar"}

CREATE_DROPS = (
    "customChannelName",
    "customChannelLink",
    "connectChannelName",
    "groupBooking",
    "enrichInvitee",
    "confirmationButton",
)
"""``meetingInfo`` fields the create route drops (see the API notes on POST /v4/meeting-type)."""

# The guide's flat shape and top-level buffer names map onto meetingInfo.
FLAT_FIELDS = (
    ("name", "name"),
    ("duration", "duration"),
    ("description", "description"),
    ("channel", "channel"),
    ("color", "color"),
    ("bufferTimeBefore", "bufferBefore"),
    ("bufferTimeAfter", "bufferAfter"),
    ("bufferBefore", "bufferBefore"),
    ("bufferAfter", "bufferAfter"),
)


def meeting_type_row(mt: Doc, seq: int) -> tuple[Any, ...]:
    """Column values for :data:`INSERT_MEETING_TYPE`."""
    return (mt["id"], mt["userId"], mt["slug"], 1 if mt.get("deletedAt") else 0, seq, dumps(mt))


def _merge_info(body: Doc, mt: Doc, check: Checker) -> None:
    info: Doc = dict(mt.get("meetingInfo") or {})
    nested = body.get("meetingInfo")
    if nested is not None and not isinstance(nested, dict):
        check.fail("meetingInfo must be an object")
        nested = None
    incoming: Doc = {key: body[flat] for flat, key in FLAT_FIELDS if flat in body}
    incoming.update(nested or {})
    creating = not mt
    if creating:
        # The create DTO has no validators for these, so the platform's whitelisting drops them
        # (meetergo's MCP server sets them with a PATCH afterwards).
        for key in CREATE_DROPS:
            incoming.pop(key, None)
    info.update(incoming)
    prefix = "meetingInfo."
    check.string(info.get("name"), prefix + "name", required=True, max_len=200)
    check.integer(info.get("duration"), prefix + "duration", 5, 480, required=True)
    check.integer(info.get("bufferBefore", 0), prefix + "bufferBefore", 0, 120)
    check.integer(info.get("bufferAfter", 0), prefix + "bufferAfter", 0, 120)
    check.string(info.get("description", ""), prefix + "description", max_len=5000)
    channel = info.get("channel", "phone")
    if channel not in CHANNELS:
        check.fail(f"{prefix}channel must be one of the following values: {', '.join(CHANNELS)}")
    touched = "channel" in incoming or "customChannelLink" in incoming
    if channel == "custom" and not creating and touched and not info.get("customChannelLink"):
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


def _merge_rules(body: Doc, mt: Doc, check: Checker) -> None:
    if "spots" in body:
        mt["spots"] = check.integer(body["spots"], "spots", 1, 100)
    if "timeslotInterval" in body:
        mt["timeslotInterval"] = (
            None
            if body["timeslotInterval"] is None
            else check.integer(body["timeslotInterval"], "timeslotInterval", 5, 60)
        )
    if "bookingMinimum" in body:
        mt["bookingMinimum"] = check.integer(body["bookingMinimum"], "bookingMinimum", 0, 525600)
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


def meeting_type_fields(body: Doc, current: Doc | None) -> tuple[Doc, Checker]:
    """Merge a create/update body (nested or the guide's flat shape) into a meeting type
    (``current`` None: a create, which drops :data:`CREATE_DROPS`)."""
    check = Checker()
    mt: Doc = loads(dumps(current)) if current else {}
    _merge_info(body, mt, check)
    if "meetingOptions" in body:
        options = body["meetingOptions"]
        if not isinstance(options, dict):
            check.fail("meetingOptions must be an object")
        else:
            merged = dict(mt.get("meetingOptions") or {})
            merged.update(options)
            mt["meetingOptions"] = merged
    mt.setdefault("meetingOptions", dict(DEFAULT_OPTIONS))
    _merge_rules(body, mt, check)
    mt.setdefault("spots", 1)
    mt.setdefault("enabled", True)
    mt.setdefault("timeslotInterval", None)
    mt.setdefault("bookingMinimum", 0)
    mt.setdefault("daysIntoFuture", dict(DEFAULT_DAYS_INTO_FUTURE))
    mt.setdefault("metadata", {})
    mt.setdefault("locations", [])
    return mt, check


class MeetingTypes:
    """The ``meeting_types`` table (deleted rows stay, flagged, as the platform soft-deletes)."""

    def __init__(self, ctx: Context, users: Users, availabilities: Availabilities) -> None:
        self._ctx = ctx
        self._db = ctx.db
        self._users = users
        self._availabilities = availabilities

    def unique_slug(self, user_id: str, wanted: str) -> str:
        """``wanted`` or ``wanted-2``… among the host's live meeting types."""
        candidate, n = wanted, 1
        while self._slug_taken(user_id, candidate):
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def _slug_taken(self, user_id: str, slug: str, except_id: str = "") -> bool:
        return (
            self._db.one(
                "SELECT 1 FROM meeting_types"
                " WHERE user_id = ? AND slug = ? AND deleted = 0 AND id != ?",
                (user_id, slug, except_id),
            )
            is not None
        )

    def create(self, user: Doc, body: Doc, *, generated_slug_ok: bool = False) -> Doc:
        """Create a meeting type for ``user`` (either body shape); 400 on ranges, 409 on slug."""
        mt, check = meeting_type_fields(body, None)
        availability_id = body.get("availabilityId")
        inline = body.get("availability")
        if availability_id is not None and inline is not None:
            check.fail("availabilityId and availability are mutually exclusive")
        schedule: Doc | None = None
        if isinstance(inline, dict):
            try:
                schedule = read_schedule(inline.get("schedule") or {}, "availability.schedule")
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
            if self._slug_taken(user["id"], slug):
                if not generated_slug_ok:
                    raise conflict("Meeting type with this slug already exists")
                slug = self.unique_slug(user["id"], slug)
        else:
            slug = self.unique_slug(user["id"], slugify(mt["meetingInfo"]["name"]) or "meeting")
        if availability_id is not None:
            av = self._availabilities.by_id(availability_id)
            if av is None or av["userId"] != user["id"]:
                raise not_found("Availability not found")
        with self._db.transaction():  # the inline availability and the type, or neither
            return self._insert(user, mt, slug, availability_id, inline, schedule)

    def _insert(
        self,
        user: Doc,
        mt: Doc,
        slug: str,
        availability_id: Any,
        inline: Any,
        schedule: Doc | None,
    ) -> Doc:
        if availability_id is None and isinstance(inline, dict):
            assert schedule is not None
            tz_name = inline.get("timezone") or user["timezone"]
            zone(tz_name, "availability.timezone")
            av = self._availabilities.create(
                user["id"], str(inline.get("name") or mt["meetingInfo"]["name"]), tz_name, schedule
            )
            availability_id = av["id"]
        elif availability_id is None:
            availability_id = user.get("defaultAvailabilityId")
        now = iso(self._ctx.now())
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
        self._db.execute(INSERT_MEETING_TYPE, meeting_type_row(mt, self._db.next_seq()))
        return mt

    def save(self, mt: Doc) -> None:
        """Write back a changed meeting type."""
        self._db.execute(
            "UPDATE meeting_types SET user_id = ?, slug = ?, deleted = ?, doc = ? WHERE id = ?",
            (mt["userId"], mt["slug"], 1 if mt.get("deletedAt") else 0, dumps(mt), mt["id"]),
        )

    def live(self, mt_id: str) -> Doc | None:
        """A meeting type that is not deleted, or None."""
        return self._db.doc("SELECT doc FROM meeting_types WHERE id = ? AND deleted = 0", (mt_id,))

    def get(self, mt_id: str, company_id: str | None = None) -> Doc:
        """A live meeting type or 404 ``"Meeting type not found"``."""
        mt = self.live(mt_id)
        if mt is None or (company_id is not None and mt["companyId"] != company_id):
            raise not_found("Meeting type not found")
        return mt

    def by_id(self, mt_id: str) -> Doc | None:
        """A meeting type by id, deleted ones included."""
        return self._db.doc("SELECT doc FROM meeting_types WHERE id = ?", (mt_id,))

    def live_ids(self) -> list[str]:
        """Ids of every live meeting type, oldest first."""
        return [
            r[0]
            for r in self._db.all("SELECT id FROM meeting_types WHERE deleted = 0 ORDER BY seq")
        ]

    def of_user(self, user_id: str) -> list[Doc]:
        """The host's live meeting types, oldest first."""
        return self._db.docs(
            "SELECT doc FROM meeting_types WHERE user_id = ? AND deleted = 0 ORDER BY seq",
            (user_id,),
        )

    def by_slug(self, user_id: str, slug: str) -> Doc | None:
        """The host's live meeting type at ``/cal/<user>/<slug>``."""
        return self._db.doc(
            "SELECT doc FROM meeting_types WHERE user_id = ? AND slug = ? AND deleted = 0",
            (user_id, slug),
        )

    def transfer(self, from_user: str, to_user: str) -> None:
        """Hand the host's live meeting types to another user (slugs kept unique there)."""
        for mt in self.of_user(from_user):
            mt["userId"] = to_user
            mt["slug"] = self.unique_slug(to_user, mt["slug"])
            self.save(mt)

    def update(self, actor: Actor, mt_id: str, body: Doc) -> Doc:
        """PATCH /v4/meeting-type/{id}."""
        current = self.get(mt_id, actor.company_id)
        if current["userId"] != actor.user_id and not actor.is_admin:
            raise forbidden("Not authorized to update this meeting type")
        mt, check = meeting_type_fields(body, current)
        slug: str | None = None
        if "slug" in body:
            raw = body["slug"]
            if not isinstance(raw, str) or not slugify(raw):
                check.fail("slug must be a non-empty string")
            else:
                slug = slugify(raw)
        if "availabilityId" in body:
            av = self._availabilities.by_id(body["availabilityId"])
            if av is None or av["userId"] != current["userId"]:
                check.fail("availabilityId must name an availability of the host")
            else:
                mt["availabilityId"] = av["id"]
        check.raise_if_any()
        if slug is not None and slug != current["slug"]:
            if self._slug_taken(current["userId"], slug, mt_id):
                raise conflict("Meeting type with this slug already exists")
            mt["slug"] = slug
        mt["updatedAt"] = iso(self._ctx.now())
        self.save(mt)
        return mt

    def delete(self, actor: Actor, mt_id: str, *, delete_availability: bool) -> None:
        """DELETE /v4/meeting-type/{id}: soft delete; optionally its availability too.

        With ``deleteAvailability`` the availability must be used by no other live meeting type
        (409 naming them) and must not be the host's last one (400), as the platform documents.
        """
        mt = self.get(mt_id, actor.company_id)
        if mt["userId"] != actor.user_id and not actor.is_admin:
            raise forbidden("Not authorized to delete this meeting type")
        av_id = mt.get("availabilityId")
        doomed: Doc | None = None
        if delete_availability and av_id is not None:
            doomed = self._availabilities.by_id(av_id)
        if doomed is not None:
            shared = self._db.all(
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
            if not [
                a for a in self._availabilities.of_user(doomed["userId"]) if a["id"] != doomed["id"]
            ]:
                raise bad_request("One availability is required")
        now = iso(self._ctx.now())
        mt["deletedAt"] = now
        mt["enabled"] = False
        with self._db.transaction():
            self.save(mt)
            if doomed is not None:
                self._delete_availability(doomed, now)

    def _delete_availability(self, doomed: Doc, now: str) -> None:
        self._availabilities.delete(doomed["id"])
        owner = self._users.get_or_none(doomed["userId"])
        if owner is not None and owner.get("defaultAvailabilityId") == doomed["id"]:
            # The host keeps a default: the oldest remaining availability takes over.
            heir = self._availabilities.of_user(owner["id"])[0]
            heir["isDefault"] = True
            self._availabilities.save(heir)
            owner["defaultAvailabilityId"] = heir["id"]
            owner["updatedAt"] = now
            self._users.save(owner)

    def public(self, mt: Doc, base: str, user_slug: str | None = None) -> Doc:
        """The meeting type with its ``bookingUrl``."""
        if user_slug is None:
            owner = self._users.get_or_none(mt["userId"])
            user_slug = owner["slug"] if owner else "unknown"
        return {**mt, "bookingUrl": f"{base}/cal/{user_slug}/{mt['slug']}"}


def allowed_duration(mt: Doc, raw: Any, field: str) -> int:
    """``raw`` as a duration of ``mt`` in minutes: its own, or one of
    ``meetingOptions.allowedDurations``; 400 otherwise."""
    own = int(mt["meetingInfo"]["duration"])
    options = mt.get("meetingOptions") or {}
    allowed = [d for d in options.get("allowedDurations") or [] if isinstance(d, int)]
    value: Any = raw
    if isinstance(raw, str):
        value = int(raw) if raw.strip().isdigit() and len(raw) < 6 else None
    if isinstance(value, bool) or not isinstance(value, int) or value not in {own, *allowed}:
        choices = ", ".join(str(d) for d in sorted({own, *allowed}))
        raise bad_request([f"{field} must be one of the meeting type's durations: {choices}"])
    return value


def with_duration(mt: Doc, minutes: int) -> Doc:
    """``mt`` as if its duration were ``minutes`` (for slots and the appointment)."""
    if minutes == int(mt["meetingInfo"]["duration"]):
        return mt
    return {**mt, "meetingInfo": {**mt["meetingInfo"], "duration": minutes}}
