"""Joining and leaving the company: a new user comes with a default availability and a first
meeting type; a deleted one may hand both to a colleague."""

from __future__ import annotations

import uuid

from console.sandbox.db import Doc
from console.sandbox.domain.availability import Availabilities
from console.sandbox.domain.context import Actor, Context
from console.sandbox.domain.meeting_types import MeetingTypes, meeting_type_fields
from console.sandbox.domain.users import Users, user_type_problem
from console.sandbox.errors import ApiError, bad_request, conflict, forbidden
from console.sandbox.model import (
    USER_TYPES,
    Checker,
    iso,
    read_schedule,
    slugify,
    valid_email,
    weekday_schedule,
    zone,
)

DEFAULT_MEETING_TYPE = {"name": "30min Meeting", "duration": 30}


class Members:
    """POST and DELETE /v4/user across the users, availabilities and meeting types."""

    def __init__(
        self,
        ctx: Context,
        users: Users,
        availabilities: Availabilities,
        meeting_types: MeetingTypes,
    ) -> None:
        self._ctx = ctx
        self._users = users
        self._availabilities = availabilities
        self._meeting_types = meeting_types

    def create(self, actor: Actor, body: Doc) -> tuple[Doc, Doc, Doc]:
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
        if email and not valid_email(email):
            check.fail("email must be an email")
        if tz_name:
            try:
                zone(tz_name)
            except ApiError:
                check.fail("timezone must be a valid IANA time zone")
        user_type = body.get("userType", "api-platform")
        if user_type not in USER_TYPES:
            check.fail(user_type_problem())
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
        if self._users.email_taken(email):
            raise conflict("User with this email already exists")
        if slug_raw:
            slug = slugify(slug_raw)
            if len(slug) < 5:
                raise bad_request(["slug must be at least 5 characters long"])
            if self._users.slug_taken(slug):
                raise conflict("Slug is already taken")
        else:
            slug = self._users.unique_slug(slugify(f"{given} {family}") or "user")
        # Validate nested parts before anything is written, so a 400 leaves no half user.
        schedule = weekday_schedule("09:00", "17:00")
        av_name = "Working hours"
        av_tz = tz_name
        if isinstance(availability_in, dict):
            if availability_in.get("schedule") is not None:
                schedule = read_schedule(availability_in["schedule"], "availability.schedule")
            av_name = str(availability_in.get("name") or av_name)
            if availability_in.get("timezone"):
                zone(availability_in["timezone"], "availability.timezone")
                av_tz = str(availability_in["timezone"])
        mt_body: Doc = dict(DEFAULT_MEETING_TYPE)
        if isinstance(meeting_in, dict):
            mt_body.update({k: v for k, v in meeting_in.items() if v is not None})
        meeting_type_fields(mt_body, None)[1].raise_if_any()
        now = iso(self._ctx.now())
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
        # One transaction: a meeting type refused now (an unknown availabilityId, say) must not
        # leave a user behind that a retry would find and take for done.
        with self._ctx.db.transaction():
            self._users.insert(user)
            availability = self._availabilities.create(
                user_id, av_name, av_tz, schedule, is_default=True
            )
            user["defaultAvailabilityId"] = availability["id"]
            self._users.save(user)
            meeting = self._meeting_types.create(user, mt_body, generated_slug_ok=True)
        self._ctx.emit(
            actor.company_id, "new_employee", {**user, "meetingTypeIds": [meeting["id"]]}
        )
        return user, availability, meeting

    def delete(
        self, actor: Actor, user_id: str, target_id: str | None, flags: Doc, *, owner_id: str
    ) -> None:
        """DELETE /v4/user/{id}: admin only, not yourself nor the owner; optional transfer."""
        if not actor.is_admin:
            raise forbidden("Only admins can delete users")
        self._users.get(user_id, actor.company_id)
        if user_id == actor.user_id:
            raise bad_request("You cannot delete yourself")
        if user_id == owner_id:
            raise bad_request("The company owner cannot be deleted")
        if target_id is not None:
            if target_id == user_id:
                raise bad_request("targetUserId must be another user")
            self._users.get(target_id, actor.company_id)
        with self._ctx.db.transaction():
            if target_id is not None and flags.get("transferMeetingTypes", True):
                self._meeting_types.transfer(user_id, target_id)
            if target_id is not None and flags.get("transferAvailabilities", True):
                for av in self._availabilities.of_user(user_id):
                    av["userId"] = target_id
                    av["isDefault"] = False
                    self._availabilities.save(av)
            self._users.remove(user_id)
