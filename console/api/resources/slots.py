"""``GET /v4/booking-availability``: bookable starts of a meeting type."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from console.api._wire import iso
from console.api.models import SlotsResponse
from console.api.resources._base import Resource

__all__ = ["Slots"]


class Slots(Resource):
    """``GET /v4/booking-availability``: bookable starts of a meeting type."""

    async def list(
        self,
        meeting_type_id: str,
        start: date | datetime | str,
        end: date | datetime | str,
        *,
        host_ids: Sequence[str] | None = None,
        queue_id: str | None = None,
        timezone: str | None = None,
    ) -> SlotsResponse:
        """Slots between ``start`` and ``end``; ``host_ids`` repeat the key, as the API wants."""
        params: list[tuple[str, Any]] = [
            ("meetingTypeId", meeting_type_id),
            ("start", iso(start)),
            ("end", iso(end)),
        ]
        params += [("hostIds", host) for host in host_ids or ()]
        if queue_id is not None:
            params.append(("queueId", queue_id))
        if timezone is not None:
            params.append(("timezone", timezone))
        return await self._call(
            "GET", "/booking-availability", SlotsResponse.model_validate, params=params
        )
