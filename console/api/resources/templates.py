"""``/v4/meeting-type-template``: templates assigned to many users."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from console.api._wire import drop_none
from console.api.models import MeetingType, MeetingTypeTemplate
from console.api.resources._base import Resource

__all__ = ["Templates"]


def _assigned(data: Any) -> MeetingType | None:
    if isinstance(data, Mapping) and isinstance(data.get("meetingType"), Mapping):
        data = data["meetingType"]
    if isinstance(data, Mapping) and "id" in data:
        return MeetingType.model_validate(data)
    return None


class Templates(Resource):
    """``/v4/meeting-type-template``; with an API key act as an admin to create and change."""

    async def create(
        self,
        *,
        name: str,
        duration: int,
        description: str = "",
        channel: str = "phone",
        template_type: str = "individual",
        spots: int | None = None,
        meeting_options: Mapping[str, Any] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> MeetingTypeTemplate:
        """Create a template (``POST …/create``)."""
        body: dict[str, Any] = {
            "meetingInfo": {
                "name": name,
                "description": description,
                "duration": duration,
                "channel": channel,
            },
            "templateType": template_type,
        }
        body.update(
            drop_none(
                {
                    "spots": spots,
                    "meetingOptions": dict(meeting_options) if meeting_options else None,
                }
            )
        )
        body.update(extra or {})
        return await self._call(
            "POST", "/meeting-type-template/create", MeetingTypeTemplate.model_validate, json=body
        )

    async def update(
        self,
        template_id: str,
        *,
        name: str | None = None,
        description: str | None = None,
        duration: int | None = None,
        channel: str | None = None,
        spots: int | None = None,
        locked_fields: Sequence[str] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> MeetingTypeTemplate:
        """Partial update of a template (``PATCH …/{id}``)."""
        info = drop_none(
            {"name": name, "description": description, "duration": duration, "channel": channel}
        )
        body: dict[str, Any] = {"meetingInfo": info} if info else {}
        body.update(
            drop_none(
                {
                    "spots": spots,
                    "lockedFields": list(locked_fields) if locked_fields is not None else None,
                }
            )
        )
        body.update(extra or {})
        if not body:
            raise ValueError("nothing to update")
        return await self._call(
            "PATCH",
            f"/meeting-type-template/{template_id}",
            MeetingTypeTemplate.model_validate,
            json=body,
        )

    async def assign(self, template_id: str) -> MeetingType | None:
        """Create a meeting type from the template for the acting user (the target)."""
        return await self._call(
            "POST", f"/meeting-type-template/{template_id}/assign", _assigned, json={}
        )
