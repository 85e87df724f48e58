"""``/v4/appointment``: paginated list, today, one appointment, cancel, reschedule."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.domain.appointments import SORT_COLUMNS
from console.sandbox.errors import bad_request, forbidden
from console.sandbox.http import authenticate, int_param, json_response, read_body, state_of
from console.sandbox.model import Checker, parse_day_or_instant, parse_instant


def _sorting(request: Request, check: Checker) -> tuple[str, str]:
    params = request.query_params
    sort_by = params.get("sortBy", "appointment.start")
    direction = params.get("sortDirection", "ASC").upper()
    if "sort" in params:  # "start", "-start", "createdAt:desc"
        raw = params["sort"]
        sort_by, _, d = raw.lstrip("-").partition(":")
        direction = "DESC" if raw.startswith("-") or d.lower() == "desc" else "ASC"
    if sort_by not in SORT_COLUMNS:
        check.fail(
            "sortBy must be one of the following values: appointment.start, appointment.createdAt"
        )
    if direction not in ("ASC", "DESC"):
        check.fail("sortDirection must be one of the following values: ASC, DESC")
    return sort_by, direction


def _bound(request: Request, name: str) -> tuple[datetime | None, bool]:
    """The ``start``/``end`` filter and whether it was a date (``end``: through that day)."""
    raw = request.query_params.get(name)
    if not raw:
        return None, False
    moment, is_day = parse_day_or_instant(raw, name, ZoneInfo("UTC"))
    if is_day and name == "end":
        moment += timedelta(days=1)
    return moment, is_day


async def list_appointments(request: Request) -> Response:
    actor = authenticate(request, header=False)
    params = request.query_params
    check = Checker()
    page = int_param(request, "page", 0, 10**9, None, check)
    page_size = int_param(request, "pageSize", 1, 100, None, check)
    status = params.get("status")
    if status is not None and status not in ("confirmed", "cancelled"):
        check.fail("status must be one of the following values: confirmed, cancelled")
    sort_by, direction = _sorting(request, check)
    check.raise_if_any()
    assert page is not None and page_size is not None
    user_filter = params.get("userId")
    if user_filter and user_filter != actor.user_id and not actor.is_admin:
        raise forbidden("Only admins can list other users' appointments")
    end, end_is_day = _bound(request, "end")
    docs, total = state_of(request).appointments.page(
        actor.company_id,
        host_id=user_filter or (None if actor.is_admin else actor.user_id),
        starts_from=_bound(request, "start")[0],
        # Inclusive, as the platform reads it: an appointment starting at ``end`` is listed.
        starts_before=end if end_is_day else None,
        starts_until=None if end_is_day else end,
        cancelled=None if not status else status == "cancelled",
        meeting_type_id=params.get("meetingTypeId"),
        search=params.get("search"),
        sort_by=sort_by,
        direction=direction,
        page=page,
        page_size=page_size,
    )
    return json_response(
        {"appointments": docs, "total": total, "page": page, "pageSize": page_size}
    )


async def today_appointments(request: Request) -> Response:
    actor = authenticate(request, header=False)
    return json_response(state_of(request).appointments.today(actor.user_id))


async def get_appointment(request: Request) -> Response:
    actor = authenticate(request, header=False)
    return json_response(state_of(request).appointment_doc(actor, request.path_params["appt_id"]))


async def cancel_appointment(request: Request) -> Response:
    actor = authenticate(request, header=False)
    body = await read_body(request, optional=True)
    state = state_of(request)
    appt = state.appointment_doc(actor, request.path_params["appt_id"])
    check = Checker()
    reason_text = check.string(body.get("reason"), "reason", max_len=500)
    check.raise_if_any()
    attendee = body.get("attendeeId")
    if attendee:
        return json_response(
            state.cancel_attendee(appt, str(attendee), reason_text, by=actor.user_id)
        )
    if len(appt["attendees"]) > 1 and not body.get("cancelAll"):
        raise bad_request("cancelAll is required for group appointments without attendeeId")
    return json_response(state.cancel(appt, reason_text, source="host", by=actor.user_id))


async def reschedule_appointment(request: Request) -> Response:
    actor = authenticate(request, header=False)
    body = await read_body(request)
    state = state_of(request)
    appt = state.appointment_doc(actor, request.path_params["appt_id"])
    start = parse_instant(body.get("start"), "start")
    appt = state.reschedule(appt, start, bool(body.get("ignoreAvailability")))
    return json_response({"appointment": appt})


ROUTES = [
    Route("/v4/appointment/paginated", list_appointments, methods=["GET"]),
    Route("/v4/appointment/today", today_appointments, methods=["GET"]),
    Route("/v4/appointment/{appt_id}", get_appointment, methods=["GET"]),
    Route("/v4/appointment/{appt_id}/cancel", cancel_appointment, methods=["POST"]),
    Route("/v4/appointment/{appt_id}/reschedule", reschedule_appointment, methods=["POST"]),
]
