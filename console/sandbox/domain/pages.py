"""Personal pages: the booking page's colours, texts and meeting-type order."""

from __future__ import annotations

import re

from console.sandbox.db import Doc, dumps
from console.sandbox.domain.context import Context
from console.sandbox.domain.meeting_types import MeetingTypes
from console.sandbox.domain.users import Users
from console.sandbox.model import Checker

PAGE_FIELDS: dict[str, type] = {
    "useCustomColors": bool,
    "primaryColor": str,
    "secondaryColor": str,
    "headerImage": str,
    "description": str,
    "showAllMeetingTypes": bool,
    "meetingTypeOrder": list,
    "onlineProfiles": dict,
    "headerTitle": str,
    "headerSubtitle": str,
}
"""The properties a PATCH may set, with their JSON types (others are dropped)."""

COLOUR_RE = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def page_doc(user_id: str, **fields: object) -> Doc:
    """A personal page with the platform's defaults, ``fields`` overriding them."""
    page: Doc = {
        "id": user_id,
        "userId": user_id,
        "useCustomColors": False,
        "primaryColor": None,
        "secondaryColor": None,
        "headerImage": None,
        "description": "",
        "headerTitle": None,
        "headerSubtitle": None,
        "showAllMeetingTypes": True,
        "meetingTypeOrder": [],
        "onlineProfiles": {},
    }
    page.update(fields)
    return page


def _is_colour(value: str) -> bool:
    return bool(COLOUR_RE.fullmatch(value)) or value.startswith("rgb(")


class Pages:
    """The ``personal_pages`` table."""

    def __init__(self, ctx: Context, users: Users, meeting_types: MeetingTypes) -> None:
        self._db = ctx.db
        self._users = users
        self._meeting_types = meeting_types

    def get(self, user_id: str, base: str) -> Doc:
        """The user's page (defaults until first saved) with its live meeting types."""
        page = self._db.doc("SELECT doc FROM personal_pages WHERE user_id = ?", (user_id,))
        if page is None:
            page = page_doc(user_id)
        user = self._users.get(user_id)
        page["meetingTypes"] = [
            self._meeting_types.public(m, base, user["slug"])
            for m in self._meeting_types.of_user(user_id)
        ]
        return page

    def update(self, user_id: str, body: Doc, base: str) -> Doc:
        """PATCH /v4/personal-page: whitelisted properties, type- and colour-checked."""
        page = self.get(user_id, base)
        page.pop("meetingTypes", None)
        check = Checker()
        for key, value in body.items():
            kind = PAGE_FIELDS.get(key)
            if kind is None:
                continue  # whitelist: unknown properties are dropped
            if value is None and key not in ("useCustomColors", "showAllMeetingTypes"):
                page[key] = None
                continue
            if not isinstance(value, kind):
                check.fail(f"{key} has the wrong type")
                continue
            if key in ("primaryColor", "secondaryColor") and not _is_colour(str(value)):
                check.fail(f"{key} must be a hex colour like #2E4A3F")
                continue
            page[key] = value
        check.raise_if_any()
        self._db.execute(
            "INSERT OR REPLACE INTO personal_pages (user_id, doc) VALUES (?, ?)",
            (user_id, dumps(page)),
        )
        return self.get(user_id, base)
