"""``/v4/personal-page/me``: the acting user's booking-page branding."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from console.api._wire import UNSET, Unset, drop_none
from console.api.models import PersonalPage
from console.api.resources._base import Resource

__all__ = ["PersonalPages"]


class PersonalPages(Resource):
    """``/v4/personal-page/me``: reach it through ``client.acting_as(user)``."""

    async def get(self) -> PersonalPage:
        """The acting user's personal page."""
        return await self._call("GET", "/personal-page/me", PersonalPage.model_validate)

    async def update(
        self,
        *,
        use_custom_colors: bool | None = None,
        primary_color: str | None = None,
        secondary_color: str | None = None,
        header_image: str | Unset | None = UNSET,
        description: str | None = None,
        show_all_meeting_types: bool | None = None,
        meeting_type_order: Sequence[str] | None = None,
        online_profiles: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> PersonalPage:
        """Partial update; ``header_image=None`` removes the image, leaving it out keeps it.

        Colours only show when ``use_custom_colors`` is true; setting a colour without saying
        otherwise turns it on.
        """
        body = drop_none(
            {
                "useCustomColors": use_custom_colors,
                "primaryColor": primary_color,
                "secondaryColor": secondary_color,
                "description": description,
                "showAllMeetingTypes": show_all_meeting_types,
                "meetingTypeOrder": list(meeting_type_order) if meeting_type_order else None,
                "onlineProfiles": dict(online_profiles) if online_profiles else None,
            }
        )
        if not isinstance(header_image, Unset):
            body["headerImage"] = header_image
        if use_custom_colors is None and (primary_color or secondary_color):
            body["useCustomColors"] = True
        body.update(extra or {})
        if not body:
            raise ValueError("nothing to update")
        return await self._call(
            "PATCH", "/personal-page/me", PersonalPage.model_validate, json=body
        )
