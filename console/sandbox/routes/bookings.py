"""Slots and bookings: ``/v4/booking-availability``, bookable windows, ``/v4/booking`` and the
provisional bookings that wait for a confirmation."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.domain.bookings import PROVISIONAL_STATUSES
from console.sandbox.domain.meeting_types import allowed_duration, with_duration
from console.sandbox.errors import bad_request
from console.sandbox.http import authenticate, int_param, json_response, read_body, state_of
from console.sandbox.model import Checker, iso, parse_day_or_instant, zone
from console.scheduling.slots import local_instant


def _host_ids(request: Request) -> list[str]:
    params = request.query_params
    return [
        part.strip()
        for value in [*params.getlist("hostIds"), *params.getlist("hostIds[]")]
        for part in value.split(",")
        if part.strip()
    ]


async def booking_availability(request: Request) -> Response:
    params = request.query_params
    host_ids = _host_ids(request)
    queue_id = params.get("queueId")
    actor = authenticate(request, header=False)
    # Checked before the meeting type is loaded or any other field validated, as the platform does.
    if not host_ids and not queue_id:
        raise bad_request("Expected hostIds or queueId")
    check = Checker()
    for name in ("meetingTypeId", "start", "end"):
        if not params.get(name):
            check.fail(f"{name} should not be empty")
    check.raise_if_any()
    state = state_of(request)
    mt = state.meeting_type_doc(params["meetingTypeId"], actor.company_id)
    if host_ids and mt["userId"] not in host_ids:
        raise bad_request("hostIds must contain a host of this meeting type")
    tz_name = params.get("timezone") or state.slots.timezone_of(mt) or "UTC"
    tz = zone(tz_name)
    start, _ = parse_day_or_instant(params["start"], "start", tz)
    end, end_is_day = parse_day_or_instant(params["end"], "end", tz)
    if end_is_day:  # a date means "through the end of that day"
        nxt = end + timedelta(days=1)
        end = datetime(nxt.year, nxt.month, nxt.day, tzinfo=tz)
    if end <= start:
        raise bad_request(["end must be after start"])
    if end - start > timedelta(days=62):
        raise bad_request(["the requested range must not exceed 62 days"])
    if params.get("meetingDuration"):
        mt = with_duration(mt, allowed_duration(mt, params["meetingDuration"], "meetingDuration"))
    slots = state.compute_slots(
        mt,
        start.astimezone(UTC),
        end.astimezone(UTC),
        # A reschedule asks with the appointment it moves: its own time stays offered.
        exclude_appointment=params.get("existingAppointmentId") or None,
    )
    duration = timedelta(minutes=int(mt["meetingInfo"]["duration"]))
    return _slots_response(tz_name, tz, slots, duration)


def _slots_response(
    tz_name: str, tz: ZoneInfo, slots: list[datetime], duration: timedelta
) -> Response:
    """The booking-availability answer, its per-slot parts written as JSON text directly.

    The route is called for every week a client shows, with a hundred or more slots, and
    building a dict per slot for the encoder cost as much as computing the slots. ISO texts
    hold nothing JSON escapes; the zone and the dates go through the encoder.
    """
    dates: dict[str, list[str]] = {}
    available: list[str] = []
    frames: list[list[datetime]] = []
    day_spots: list[str] = []
    next_day = None  # the instant the local day of the previous slot ends
    for slot in slots:
        end = slot + duration
        start_text = iso(slot)
        if next_day is None or slot >= next_day:
            # Slots are sorted: the local date changes only at a local midnight.
            local = slot.astimezone(tz).date()
            day_spots = dates.setdefault(local.isoformat(), [])
            next_day = local_instant(local + timedelta(days=1), 0, tz)
        day_spots.append(f'{{"startTime":"{start_text}","unavailabilityEvents":[]}}')
        available.append(f'{{"start":"{start_text}","end":"{iso(end)}"}}')
        if frames and slot <= frames[-1][1]:
            frames[-1][1] = max(frames[-1][1], end)
        else:
            frames.append([slot, end])
    timeframes = ",".join(f'{{"start":"{iso(a)}","end":"{iso(b)}"}}' for a, b in frames)
    days = ",".join(
        f'{{"date":{json.dumps(day)},"spots":[{",".join(spots)}]}}' for day, spots in dates.items()
    )
    body = (
        f'{{"timezone":{json.dumps(tz_name, ensure_ascii=False)},"timeframes":[{timeframes}],'
        f'"dates":[{days}],"earliestAvailableDate":{json.dumps(next(iter(dates), None))},'
        f'"availableSlots":[{",".join(available)}]}}'
    )
    return Response(body.encode(), media_type="application/json")


async def bookable_windows(request: Request) -> Response:
    actor = authenticate(request, header=True)
    state = state_of(request)
    user = state.user_doc(request.path_params["user_id"], actor.company_id)
    params = request.query_params
    if not params.get("startDate") or not params.get("endDate"):
        raise bad_request("startDate and endDate are required")
    tz = zone(user["timezone"])
    try:
        first = datetime.strptime(params["startDate"], "%Y-%m-%d").date()
        last = datetime.strptime(params["endDate"], "%Y-%m-%d").date()
    except ValueError:
        raise bad_request("Invalid date format. Use YYYY-MM-DD") from None
    starts = state.slots.windows(user, tz, first, last)
    return json_response({"windows": [iso(start) for start in starts]})


async def create_booking(request: Request) -> Response:
    authenticate(request, header=False)
    body = await read_body(request)
    status, result = state_of(request).book(body)
    return json_response(result, status)


async def list_provisional_bookings(request: Request) -> Response:
    actor = authenticate(request, header=False)
    params = request.query_params
    check = Checker()
    page = int_param(request, "page", 0, 10**9, 0, check)
    page_size = int_param(request, "pageSize", 1, 100, 20, check)
    status = params.get("status")
    if status is not None and status not in PROVISIONAL_STATUSES:
        check.fail(f"status must be one of the following values: {', '.join(PROVISIONAL_STATUSES)}")
    check.raise_if_any()
    assert page is not None and page_size is not None
    items = state_of(request).provisional_bookings(
        actor,
        status=status,
        user_id=params.get("userId"),
        meeting_type_id=params.get("meetingTypeId"),
    )
    return json_response(
        {
            "provisionalBookings": items[page * page_size : (page + 1) * page_size],
            "total": len(items),
            "page": page,
            "pageSize": page_size,
        }
    )


ROUTES = [
    Route("/v4/user/{user_id}/bookable-windows", bookable_windows, methods=["GET"]),
    Route("/v4/booking-availability", booking_availability, methods=["GET"]),
    Route("/v4/booking", create_booking, methods=["POST"]),
    # The legacy recipe's un-versioned path.
    Route("/booking", create_booking, methods=["POST"]),
    Route("/v4/provisional-booking/paginated", list_provisional_bookings, methods=["GET"]),
]
