"""The sandbox's ASGI app: the meetergo routes, booking pages and admin routes."""

from __future__ import annotations

import contextlib
import html
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from console.sandbox.config import SandboxConfig
from console.sandbox.db import Doc
from console.sandbox.errors import ApiError, bad_request, forbidden, not_found, reason
from console.sandbox.gate import Gate, faults_from_json
from console.sandbox.model import (
    WEBHOOK_EVENTS,
    Checker,
    iso,
    normalise_schedule,
    parse_day_or_instant,
    parse_instant,
    zone,
)
from console.sandbox.state import Actor, SandboxState
from console.sandbox.traffic import TrafficSimulator
from console.sandbox.webhooks import WebhookSender

MAX_WEBHOOKS = 6
HEADER = "x-meetergo-api-user-id"


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """Build a seeded sandbox; ``app.state.sandbox`` is its :class:`SandboxState`."""
    config = config or SandboxConfig()
    state = SandboxState(config)
    state.webhooks = WebhookSender(state)
    state.traffic = TrafficSimulator(state, seed=config.seed)
    state.load_or_seed(reset=config.reset)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if config.traffic_per_minute > 0:
            state.traffic.set_rate(config.traffic_per_minute)
        yield
        await state.aclose()
        state.close()

    app = Starlette(
        routes=ROUTES,
        middleware=[Middleware(Gate, state=state)],
        exception_handlers={
            ApiError: _on_api_error,
            HTTPException: _on_http_error,
            500: _on_crash,
        },
        lifespan=lifespan,
    )
    app.state.sandbox = state
    return app


# -- plumbing ---------------------------------------------------------------------------------


async def _on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


async def _on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = (
        exc.detail if exc.status_code != 404 else f"Cannot {request.method} {request.url.path}"
    )
    return JSONResponse(
        {"statusCode": exc.status_code, "message": message, "error": reason(exc.status_code)},
        status_code=exc.status_code,
        headers=exc.headers,
    )


async def _on_crash(request: Request, exc: Exception) -> Response:
    return JSONResponse(
        {"statusCode": 500, "message": "Internal server error", "error": reason(500)},
        status_code=500,
    )


def _st(request: Request) -> SandboxState:
    state: SandboxState = request.app.state.sandbox
    return state


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _auth(request: Request, *, header: bool) -> Actor:
    return _st(request).authenticate(
        request.headers.get("authorization"), request.headers.get(HEADER), need_header=header
    )


async def _body(
    request: Request, *, optional: bool = False, form_json: tuple[str, ...] | None = None
) -> Doc:
    raw = await request.body()
    if not raw.strip():
        if optional:
            return {}
        raise bad_request(["request body must be a JSON object"])
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        if form_json is None:
            raise ApiError(415, "Send the request body as application/json")
        return await _form_body(request, form_json)
    try:
        value = json.loads(raw)
    except ValueError:
        raise bad_request("Unexpected token in JSON body") from None
    if not isinstance(value, dict):
        raise bad_request(["request body must be a JSON object"])
    return value


async def _form_body(request: Request, json_parts: tuple[str, ...]) -> Doc:
    """A multipart/form-data body as the OpenAPI describes it: text parts, and the nested
    objects named in ``json_parts`` as JSON-encoded parts (a file part is read as text too)."""
    try:
        form = await request.form()
    except Exception:  # a malformed multipart body; python-multipart's errors vary by version
        raise bad_request("Multipart body could not be parsed") from None
    body: Doc = {}
    problems: list[str] = []
    try:
        for name, value in form.multi_items():
            text = value if isinstance(value, str) else (await value.read()).decode("utf-8")
            if name in json_parts:
                try:
                    body[name] = json.loads(text) if text.strip() else None
                except ValueError:
                    problems.append(f"{name} must be a JSON-encoded object")
            else:
                body[name] = text
    finally:
        await form.close()
    if problems:
        raise bad_request(problems)
    return body


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def _empty() -> Response:
    return Response(status_code=200)


def _int_param(
    request: Request, name: str, low: int, high: int, default: int | None, check: Checker
) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        if default is None:
            check.fail(f"{name} must be an integer number")
        return default
    try:
        value = int(raw)
    except ValueError:
        check.fail(f"{name} must be an integer number")
        return default
    if value < low:
        check.fail(f"{name} must not be less than {low}")
    elif value > high:
        check.fail(f"{name} must not be greater than {high}")
    return value


# -- users ------------------------------------------------------------------------------------


async def create_user(request: Request) -> Response:
    actor = _auth(request, header=False)
    if actor.kind == "pat":
        raise forbidden("Personal access tokens cannot create users; use a platform API key")
    if not actor.is_admin:
        raise forbidden("Only company admins can create users")
    body = await _body(request, form_json=("availability", "meetingType"))
    state = _st(request)
    user, availability, meeting = state.create_user(actor, body)
    base = _base(request)
    return _json(
        {
            "userId": user["id"],
            "availabilityId": availability["id"],
            "meetingTypeId": meeting["id"],
            "bookingUrl": f"{base}/cal/{user['slug']}/{meeting['slug']}",
            "companyId": user["companyId"],
        },
        201,
    )


async def list_users(request: Request) -> Response:
    actor = _auth(request, header=False)
    if not actor.is_admin:
        raise forbidden("Only company admins can list users")
    check = Checker()
    limit = _int_param(request, "limit", 1, 100, 20, check)
    offset = _int_param(request, "offset", 0, 10**9, 0, check)
    user_type = request.query_params.get("userType")
    if user_type is not None and user_type not in (
        "standard",
        "resource",
        "api-platform",
        "partner",
    ):
        check.fail(
            "userType must be one of the following values: "
            "standard, resource, api-platform, partner"
        )
    check.raise_if_any()
    state = _st(request)
    where, params = "company_id = ?", [actor.company_id]
    if user_type:
        where += " AND user_type = ?"
        params.append(user_type)
    total = state.db.one(f"SELECT COUNT(*) FROM users WHERE {where}", params)
    docs = state.db.docs(
        f"SELECT doc FROM users WHERE {where} ORDER BY seq LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    base = _base(request)
    users = [state.user_public(d, base) for d in docs]
    return _json(
        {"users": users, "total": total[0] if total else 0, "count": len(users), "offset": offset}
    )


async def me(request: Request) -> Response:
    actor = _auth(request, header=False)
    state = _st(request)
    return _json(state.user_public(state.user_doc(actor.user_id), _base(request)))


async def get_user(request: Request) -> Response:
    actor = _auth(request, header=False)
    state = _st(request)
    user = state.user_doc(request.path_params["user_id"], actor.company_id)
    return _json(state.user_public(user, _base(request)))


async def update_user(request: Request) -> Response:
    actor = _auth(request, header=False)
    body = await _body(request, optional=True)
    state = _st(request)
    user = state.update_user(actor, request.path_params["user_id"], body)
    return _json(state.user_public(user, _base(request)))


async def delete_user(request: Request) -> Response:
    actor = _auth(request, header=False)
    if actor.kind == "pat":
        raise forbidden("Personal access tokens cannot delete users; use a platform API key")
    body = await _body(request, optional=True)
    target = (
        body.get("targetUserId")
        or request.query_params.get("targetUserId")
        or request.query_params.get("transferTo")
    )
    if target is not None and not isinstance(target, str):
        raise bad_request(["targetUserId must be a string"])
    _st(request).delete_user(actor, request.path_params["user_id"], target, body)
    return _json({"message": "User deleted successfully"})


# -- meeting types ----------------------------------------------------------------------------


async def list_meeting_types(request: Request) -> Response:
    actor = _auth(request, header=True)
    state = _st(request)
    user = state.user_doc(actor.user_id)
    docs = state.db.docs(
        "SELECT doc FROM meeting_types WHERE user_id = ? AND deleted = 0 ORDER BY seq",
        (actor.user_id,),
    )
    base = _base(request)
    return _json([state.meeting_type_public(d, base, user["slug"]) for d in docs])


async def create_meeting_type(request: Request) -> Response:
    actor = _auth(request, header=True)
    body = await _body(request)
    state = _st(request)
    mt = state.create_meeting_type(state.user_doc(actor.user_id), body)
    return _json(state.meeting_type_public(mt, _base(request)), 201)


async def get_meeting_type(request: Request) -> Response:
    actor = _auth(request, header=True)
    state = _st(request)
    mt = state.meeting_type_doc(request.path_params["mt_id"], actor.company_id)
    return _json(state.meeting_type_public(mt, _base(request)))


async def update_meeting_type(request: Request) -> Response:
    actor = _auth(request, header=True)
    body = await _body(request, optional=True)
    state = _st(request)
    mt = state.update_meeting_type(actor, request.path_params["mt_id"], body)
    return _json(state.meeting_type_public(mt, _base(request)))


async def delete_meeting_type(request: Request) -> Response:
    actor = _auth(request, header=True)
    raw = request.query_params.get("deleteAvailability", "false").strip().lower()
    if raw not in ("true", "false", "1", "0"):
        raise bad_request(["deleteAvailability must be a boolean value"])
    _st(request).delete_meeting_type(
        actor, request.path_params["mt_id"], delete_availability=raw in ("true", "1")
    )
    return _empty()


# -- availability -----------------------------------------------------------------------------


async def list_availabilities(request: Request) -> Response:
    actor = _auth(request, header=True)
    docs = _st(request).db.docs(
        "SELECT doc FROM availabilities WHERE user_id = ? ORDER BY seq", (actor.user_id,)
    )
    return _json(docs)


async def create_availability(request: Request) -> Response:
    actor = _auth(request, header=True)
    body = await _body(request)
    check = Checker()
    name = check.string(body.get("name"), "name", required=True, max_len=200)
    tz_name = check.string(body.get("timezone"), "timezone", required=True)
    if body.get("schedule") is None:
        check.fail("schedule must be an object keyed by weekday or an array of days")
    check.raise_if_any()
    schedule = normalise_schedule(body["schedule"])
    zone(tz_name)
    assert name is not None and tz_name is not None
    av = _st(request).create_availability(actor.user_id, name, tz_name, schedule)
    return _json(av, 201)


async def get_availability(request: Request) -> Response:
    actor = _auth(request, header=True)
    return _json(_st(request).availability_doc(actor, request.path_params["av_id"]))


def _exceptions_from(raw: Any, state: SandboxState, owner: str) -> list[Doc]:
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
            problems.extend(error.message if isinstance(error.message, list) else [error.message])
            continue
        if end <= start:
            problems.append(f"availabilityExceptions.{i}.end must be after start")
            continue
        ex_id = item.get("id") if isinstance(item.get("id"), int) else state.next_exception_id()
        result.append(
            {
                "id": ex_id,
                "ownerId": owner,
                "ownerType": "user",
                "available": bool(item.get("available", False)),
                "start": iso(start),
                "end": iso(end),
                "title": item.get("title"),
                "note": item.get("note"),
                "createdAt": iso(state.now()),
                "deletedAt": None,
            }
        )
    if problems:
        raise bad_request(problems)
    return result


async def update_availability(request: Request) -> Response:
    actor = _auth(request, header=True)
    body = await _body(request, optional=True)
    state = _st(request)
    av = state.availability_doc(actor, request.path_params["av_id"])
    known = ("name", "schedule", "timezone", "availabilityExceptions")
    if not any(k in body for k in known):
        raise bad_request(["At least one of name, schedule, timezone must be provided"])
    if "name" in body:
        check = Checker()
        check.string(body["name"], "name", required=True, max_len=200)
        check.raise_if_any()
        av["name"] = body["name"]
    if "schedule" in body:
        av["schedule"] = normalise_schedule(body["schedule"])
    if "timezone" in body:
        zone(body["timezone"])
        av["timezone"] = body["timezone"]
    if "availabilityExceptions" in body:
        av["availabilityExceptions"] = _exceptions_from(
            body["availabilityExceptions"], state, av["userId"]
        )
    state.save_availability(av)
    return _json(av)


async def holiday_exceptions(request: Request) -> Response:
    from console.scheduling.holidays import GERMAN_STATES, SUPPORTED_COUNTRIES
    from console.scheduling.holidays import holiday_exceptions as holidays_for

    actor = _auth(request, header=True)
    body = await _body(request)
    state = _st(request)
    av = state.availability_doc(actor, request.path_params["av_id"])
    check = Checker()
    year = check.integer(body.get("year"), "year", 2025, 2027, required=True)
    country = body.get("country")
    if not isinstance(country, str) or country.upper() not in SUPPORTED_COUNTRIES:
        check.fail(f"country must be one of the following values: {', '.join(SUPPORTED_COUNTRIES)}")
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
    for day, name in holidays_for(
        year, country.upper(), state_code.upper() if isinstance(state_code, str) else None
    ):
        start = datetime(day.year, day.month, day.day, tzinfo=tz)
        end = start + timedelta(days=1)
        end = datetime(end.year, end.month, end.day, tzinfo=tz)
        item = {
            "id": 0,
            "ownerId": av["userId"],
            "ownerType": "user",
            "available": False,
            "start": iso(start),
            "end": iso(end),
            "title": name,
            "note": "holiday",
            "createdAt": iso(state.now()),
            "deletedAt": None,
        }
        if (item["start"], name) in existing:
            continue
        item["id"] = state.next_exception_id()
        added.append(item)
    av["availabilityExceptions"] = [*av["availabilityExceptions"], *added]
    state.save_availability(av)
    return _json(added)


async def bookable_windows(request: Request) -> Response:
    from console.scheduling.schedule import WeeklySchedule
    from console.scheduling.slots import DateOverride, available_windows

    actor = _auth(request, header=True)
    state = _st(request)
    user = state.user_doc(request.path_params["user_id"], actor.company_id)
    params = request.query_params
    if not params.get("startDate") or not params.get("endDate"):
        raise bad_request("startDate and endDate are required")
    tz = zone(user["timezone"])
    try:
        first = datetime.strptime(params["startDate"], "%Y-%m-%d")
        last = datetime.strptime(params["endDate"], "%Y-%m-%d")
    except ValueError:
        raise bad_request("Invalid date format. Use YYYY-MM-DD") from None
    av = state.db.doc(
        "SELECT doc FROM availabilities WHERE id = ?", (user.get("defaultAvailabilityId"),)
    )
    if av is None:
        return _json({"windows": []})
    overrides = [
        DateOverride(
            parse_instant(ex["start"], "start"),
            parse_instant(ex["end"], "end"),
            bool(ex["available"]),
        )
        for ex in av.get("availabilityExceptions") or []
    ]
    windows = available_windows(
        WeeklySchedule.from_wire(av["schedule"]),
        av["timezone"],
        overrides,
        first.replace(tzinfo=tz),
        (last + timedelta(days=1)).replace(tzinfo=tz),
    )
    return _json({"windows": [iso(start) for start, _ in windows]})


# -- booking availability and bookings ---------------------------------------------------------


async def booking_availability(request: Request) -> Response:
    params = request.query_params
    host_ids = [
        part.strip()
        for value in [*params.getlist("hostIds"), *params.getlist("hostIds[]")]
        for part in value.split(",")
        if part.strip()
    ]
    queue_id = params.get("queueId")
    actor = _auth(request, header=False)
    # Checked before the meeting type is loaded or any other field validated, as the platform does.
    if not host_ids and not queue_id:
        raise bad_request("Expected hostIds or queueId")
    check = Checker()
    for name in ("meetingTypeId", "start", "end"):
        if not params.get(name):
            check.fail(f"{name} should not be empty")
    check.raise_if_any()
    state = _st(request)
    mt = state.meeting_type_doc(params["meetingTypeId"], actor.company_id)
    if host_ids and mt["userId"] not in host_ids:
        raise bad_request("hostIds must contain a host of this meeting type")
    av = state.db.doc("SELECT doc FROM availabilities WHERE id = ?", (mt.get("availabilityId"),))
    tz_name = params.get("timezone") or (av["timezone"] if av else "UTC")
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
    slots = state.compute_slots(mt, start.astimezone(UTC), end.astimezone(UTC))
    duration = timedelta(minutes=int(mt["meetingInfo"]["duration"]))
    dates: dict[str, list[Doc]] = {}
    for slot in slots:
        dates.setdefault(slot.astimezone(tz).date().isoformat(), []).append(
            {"startTime": iso(slot), "unavailabilityEvents": []}
        )
    frames: list[list[datetime]] = []
    for slot in slots:
        if frames and slot <= frames[-1][1]:
            frames[-1][1] = max(frames[-1][1], slot + duration)
        else:
            frames.append([slot, slot + duration])
    return _json(
        {
            "timezone": tz_name,
            "timeframes": [{"start": iso(a), "end": iso(b)} for a, b in frames],
            "dates": [{"date": d, "spots": spots} for d, spots in dates.items()],
            "earliestAvailableDate": next(iter(dates), None),
            "availableSlots": [{"start": iso(s), "end": iso(s + duration)} for s in slots],
        }
    )


async def create_booking(request: Request) -> Response:
    _auth(request, header=False)
    body = await _body(request)
    status, result = _st(request).book(body)
    return _json(result, status)


# -- appointments -----------------------------------------------------------------------------

SORT_COLUMNS = {
    "appointment.start": "start",
    "appointment.createdAt": "created_at",
    "start": "start",
    "createdAt": "created_at",
}


async def list_appointments(request: Request) -> Response:
    actor = _auth(request, header=False)
    params = request.query_params
    check = Checker()
    page = _int_param(request, "page", 0, 10**9, None, check)
    page_size = _int_param(request, "pageSize", 1, 100, None, check)
    status = params.get("status")
    if status is not None and status not in ("confirmed", "cancelled"):
        check.fail("status must be one of the following values: confirmed, cancelled")
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
    check.raise_if_any()
    assert page is not None and page_size is not None
    where, args = ["company_id = ?"], [actor.company_id]
    user_filter = params.get("userId")
    if user_filter and user_filter != actor.user_id and not actor.is_admin:
        raise forbidden("Only admins can list other users' appointments")
    if user_filter:
        where.append("host_id = ?")
        args.append(user_filter)
    elif not actor.is_admin:
        where.append("host_id = ?")
        args.append(actor.user_id)
    for name, op in (("start", ">="), ("end", "<")):
        if params.get(name):
            moment, is_day = parse_day_or_instant(params[name], name, ZoneInfo("UTC"))
            if is_day and name == "end":
                moment += timedelta(days=1)
            where.append(f"start {op} ?")
            args.append(iso(moment))
    if status:
        where.append("cancelled = ?")
        args.append("1" if status == "cancelled" else "0")
    if params.get("meetingTypeId"):
        where.append("meeting_type_id = ?")
        args.append(params["meetingTypeId"])
    if params.get("search"):
        where.append("search LIKE ?")
        args.append(f"%{params['search'].lower()}%")
    clause = " AND ".join(where)
    state = _st(request)
    total = state.db.one(f"SELECT COUNT(*) FROM appointments WHERE {clause}", args)
    docs = state.db.docs(
        f"SELECT doc FROM appointments WHERE {clause}"
        f" ORDER BY {SORT_COLUMNS[sort_by]} {direction}, id LIMIT ? OFFSET ?",
        [*args, page_size, page * page_size],
    )
    return _json(
        {
            "appointments": docs,
            "total": total[0] if total else 0,
            "page": page,
            "pageSize": page_size,
        }
    )


PROVISIONAL_STATUSES = ("pending", "confirmed", "expired", "declined_by_host")


async def list_provisional_bookings(request: Request) -> Response:
    actor = _auth(request, header=False)
    params = request.query_params
    check = Checker()
    page = _int_param(request, "page", 0, 10**9, 0, check)
    page_size = _int_param(request, "pageSize", 1, 100, 20, check)
    status = params.get("status")
    if status is not None and status not in PROVISIONAL_STATUSES:
        check.fail(f"status must be one of the following values: {', '.join(PROVISIONAL_STATUSES)}")
    check.raise_if_any()
    assert page is not None and page_size is not None
    items = _st(request).provisional_bookings(
        actor,
        status=status,
        user_id=params.get("userId"),
        meeting_type_id=params.get("meetingTypeId"),
    )
    return _json(
        {
            "provisionalBookings": items[page * page_size : (page + 1) * page_size],
            "total": len(items),
            "page": page,
            "pageSize": page_size,
        }
    )


async def today_appointments(request: Request) -> Response:
    actor = _auth(request, header=False)
    state = _st(request)
    now = state.now()
    day = datetime(now.year, now.month, now.day, tzinfo=UTC)
    docs = state.db.docs(
        "SELECT doc FROM appointments WHERE host_id = ? AND start >= ? AND start < ?"
        " ORDER BY start",
        (actor.user_id, iso(day), iso(day + timedelta(days=1))),
    )
    return _json(docs)


async def get_appointment(request: Request) -> Response:
    actor = _auth(request, header=False)
    return _json(_st(request).appointment_doc(actor, request.path_params["appt_id"]))


async def cancel_appointment(request: Request) -> Response:
    actor = _auth(request, header=False)
    body = await _body(request, optional=True)
    state = _st(request)
    appt = state.appointment_doc(actor, request.path_params["appt_id"])
    check = Checker()
    reason_text = check.string(body.get("reason"), "reason", max_len=500)
    check.raise_if_any()
    if len(appt["attendees"]) > 1 and not body.get("attendeeId") and not body.get("cancelAll"):
        raise bad_request("cancelAll is required for group appointments without attendeeId")
    return _json(state.cancel(appt, reason_text, source="host", by=actor.user_id))


async def reschedule_appointment(request: Request) -> Response:
    actor = _auth(request, header=False)
    body = await _body(request)
    state = _st(request)
    appt = state.appointment_doc(actor, request.path_params["appt_id"])
    start = parse_instant(body.get("start"), "start")
    appt = state.reschedule(appt, start, bool(body.get("ignoreAvailability")))
    return _json({"appointment": appt})


# -- personal page ----------------------------------------------------------------------------

PAGE_FIELDS = {
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


def _page(state: SandboxState, user_id: str, base: str) -> Doc:
    page = state.db.doc("SELECT doc FROM personal_pages WHERE user_id = ?", (user_id,))
    if page is None:
        page = {
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
    user = state.user_doc(user_id)
    mts = state.db.docs(
        "SELECT doc FROM meeting_types WHERE user_id = ? AND deleted = 0 ORDER BY seq", (user_id,)
    )
    page["meetingTypes"] = [state.meeting_type_public(m, base, user["slug"]) for m in mts]
    return page


async def get_my_page(request: Request) -> Response:
    actor = _auth(request, header=True)
    return _json(_page(_st(request), actor.user_id, _base(request)))


async def get_user_page(request: Request) -> Response:
    actor = _auth(request, header=False)
    user_id = request.path_params["user_id"]
    state = _st(request)
    state.user_doc(user_id, actor.company_id)
    if user_id != actor.user_id and not actor.is_admin:
        raise forbidden("Only admins can read other users' personal pages")
    return _json(_page(state, user_id, _base(request)))


async def update_my_page(request: Request) -> Response:
    actor = _auth(request, header=True)
    body = await _body(request)
    state = _st(request)
    page = _page(state, actor.user_id, _base(request))
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
    state.db.execute(
        "INSERT OR REPLACE INTO personal_pages (user_id, doc) VALUES (?, ?)",
        (actor.user_id, json.dumps(page)),
    )
    return _json(_page(state, actor.user_id, _base(request)))


def _is_colour(value: str) -> bool:
    import re

    return bool(re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", value)) or value.startswith(
        "rgb("
    )


# -- meeting-type templates -------------------------------------------------------------------


def _template_from(state: SandboxState, body: Doc, current: Doc | None) -> Doc:
    mt, check = state.meeting_type_fields(body, current)
    template_type = body.get("templateType", (current or {}).get("templateType", "individual"))
    if template_type not in ("individual", "team"):
        check.fail("templateType must be one of the following values: individual, team")
    if "queueType" in body and body["queueType"] not in (
        None,
        "simpleRoundRobin",
        "advancedRoundRobin",
        "equalDistribution",
    ):
        check.fail(
            "queueType must be one of the following values: simpleRoundRobin, "
            "advancedRoundRobin, equalDistribution"
        )
    if "lockedFields" in body and not (
        isinstance(body["lockedFields"], list)
        and all(isinstance(f, str) for f in body["lockedFields"])
    ):
        check.fail("each value in lockedFields must be a string")
    check.raise_if_any()
    template = {
        k: mt[k]
        for k in (
            "meetingInfo",
            "meetingOptions",
            "spots",
            "locations",
            "timeslotInterval",
            "bookingMinimum",
            "daysIntoFuture",
            "metadata",
        )
    }
    template["templateType"] = template_type
    template["queueType"] = body.get("queueType", (current or {}).get("queueType"))
    template["lockedFields"] = body.get("lockedFields", (current or {}).get("lockedFields", []))
    return template


async def create_template(request: Request) -> Response:
    actor = _auth(request, header=False)
    body = await _body(request)
    state = _st(request)
    template = _template_from(state, body, None)
    now = iso(state.now())
    import uuid

    template.update(
        {
            "id": str(uuid.uuid4()),
            "companyId": actor.company_id,
            "createdById": actor.user_id,
            "createdAt": now,
            "updatedAt": now,
        }
    )
    state.db.execute(
        "INSERT INTO templates (id, company_id, seq, doc) VALUES (?, ?, ?, ?)",
        (template["id"], actor.company_id, state.db.next_seq(), json.dumps(template)),
    )
    return _json(template, 201)


def _template_doc(state: SandboxState, actor: Actor, template_id: str) -> Doc:
    template = state.db.doc("SELECT doc FROM templates WHERE id = ?", (template_id,))
    if template is None or template["companyId"] != actor.company_id:
        raise not_found("Meeting type template not found")
    return template


async def list_templates(request: Request) -> Response:
    actor = _auth(request, header=False)
    return _json(
        _st(request).db.docs(
            "SELECT doc FROM templates WHERE company_id = ? ORDER BY seq", (actor.company_id,)
        )
    )


async def update_template(request: Request) -> Response:
    actor = _auth(request, header=False)
    body = await _body(request, optional=True)
    state = _st(request)
    current = _template_doc(state, actor, request.path_params["template_id"])
    updated = {**current, **_template_from(state, body, current), "updatedAt": iso(state.now())}
    state.db.execute(
        "UPDATE templates SET doc = ? WHERE id = ?", (json.dumps(updated), updated["id"])
    )
    return _json(updated)


async def assign_template(request: Request) -> Response:
    body = await _body(request, optional=True)
    targets: list[str] = []
    if isinstance(body.get("userIds"), list):
        targets = [str(u) for u in body["userIds"]]
    elif isinstance(body.get("userId"), str):
        targets = [body["userId"]]
    actor = _auth(request, header=not targets)
    if not targets:
        targets = [actor.user_id]
    state = _st(request)
    template = _template_doc(state, actor, request.path_params["template_id"])
    if any(t != actor.user_id for t in targets) and not actor.is_admin:
        raise forbidden("Only admins can assign templates to other users")
    users = [state.user_doc(t, actor.company_id) for t in targets]
    base = _base(request)
    created = []
    for user in users:
        mt_body = {
            k: template[k]
            for k in (
                "meetingInfo",
                "meetingOptions",
                "spots",
                "locations",
                "timeslotInterval",
                "bookingMinimum",
                "daysIntoFuture",
                "metadata",
            )
        }
        mt = state.create_meeting_type(user, mt_body, generated_slug_ok=True)
        mt["templateId"] = template["id"]
        mt["lockedFields"] = template.get("lockedFields", [])
        state.save_meeting_type(mt)
        created.append(state.meeting_type_public(mt, base, user["slug"]))
    if len(created) == 1 and "userIds" not in body:
        return _json(created[0], 201)
    return _json({"meetingTypes": created}, 201)


# -- webhooks ---------------------------------------------------------------------------------


def _webhook_fields(body: Doc, *, partial: bool) -> Doc:
    check = Checker()
    out: Doc = {}
    if "endpoint" in body or not partial:
        endpoint = check.string(body.get("endpoint"), "endpoint", required=True, max_len=2000)
        if endpoint and not endpoint.startswith(("http://", "https://")):
            check.fail("endpoint must be a URL address")
        out["endpoint"] = endpoint
    if "eventTypes" in body or not partial:
        events = body.get("eventTypes")
        if not isinstance(events, list) or not events:
            check.fail("eventTypes should not be empty")
        elif any(e not in WEBHOOK_EVENTS for e in events):
            check.fail(
                f"each value in eventTypes must be one of the following values: "
                f"{', '.join(WEBHOOK_EVENTS)}"
            )
        out["eventTypes"] = events
    if "description" in body:
        out["description"] = check.string(body["description"], "description", max_len=500)
    check.raise_if_any()
    return out


async def list_webhooks(request: Request) -> Response:
    actor = _auth(request, header=False)
    return _json(
        _st(request).db.docs(
            "SELECT doc FROM webhooks WHERE company_id = ? ORDER BY seq", (actor.company_id,)
        )
    )


async def create_webhook(request: Request) -> Response:
    actor = _auth(request, header=False)
    body = await _body(request)
    fields = _webhook_fields(body, partial=False)
    state = _st(request)
    count = state.db.one("SELECT COUNT(*) FROM webhooks WHERE company_id = ?", (actor.company_id,))
    if count and count[0] >= MAX_WEBHOOKS:
        raise ApiError(406, f"Maximum number of webhooks ({MAX_WEBHOOKS}) reached")
    import uuid

    hook = {
        "id": str(uuid.uuid4()),
        "endpoint": fields["endpoint"],
        "description": fields.get("description"),
        "eventTypes": fields["eventTypes"],
        "companyId": actor.company_id,
        "createdAt": iso(state.now()),
    }
    state.db.execute(
        "INSERT INTO webhooks (id, company_id, seq, doc) VALUES (?, ?, ?, ?)",
        (hook["id"], actor.company_id, state.db.next_seq(), json.dumps(hook)),
    )
    return _json(hook, 201)


def _webhook_doc(state: SandboxState, actor: Actor, hook_id: str) -> Doc:
    hook = state.db.doc("SELECT doc FROM webhooks WHERE id = ?", (hook_id,))
    if hook is None or hook["companyId"] != actor.company_id:
        raise not_found("Webhook not found")
    return hook


async def update_webhook(request: Request) -> Response:
    actor = _auth(request, header=False)
    body = await _body(request, optional=True)
    state = _st(request)
    hook = _webhook_doc(state, actor, request.path_params["hook_id"])
    hook.update(_webhook_fields(body, partial=True))
    state.db.execute("UPDATE webhooks SET doc = ? WHERE id = ?", (json.dumps(hook), hook["id"]))
    return _json(hook)


async def delete_webhook(request: Request) -> Response:
    actor = _auth(request, header=False)
    state = _st(request)
    hook = _webhook_doc(state, actor, request.path_params["hook_id"])
    state.db.execute("DELETE FROM webhooks WHERE id = ?", (hook["id"],))
    return _empty()


# -- booking pages ----------------------------------------------------------------------------


def _html(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{html.escape(title)}'
        "</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto}"
        "li{margin:.3em 0}</style></head>"
        f"<body><p><small>meetergo sandbox — demo data</small></p>{body}</body></html>",
        status_code=status,
    )


async def user_page(request: Request) -> Response:
    state = _st(request)
    user = state.db.doc("SELECT doc FROM users WHERE slug = ?", (request.path_params["slug"],))
    if user is None:
        return _html("Not found", "<h1>Page not found</h1>", 404)
    base = _base(request)
    mts = state.db.docs(
        "SELECT doc FROM meeting_types WHERE user_id = ? AND deleted = 0 ORDER BY seq",
        (user["id"],),
    )
    items = "".join(
        f'<li><a href="{base}/cal/{user["slug"]}/{m["slug"]}">'
        f"{html.escape(m['meetingInfo']['name'])}</a> ({m['meetingInfo']['duration']} min)</li>"
        for m in mts
    )
    return _html(user["fullName"], f"<h1>{html.escape(user['fullName'])}</h1><ul>{items}</ul>")


async def meeting_type_page(request: Request) -> Response:
    state = _st(request)
    user = state.db.doc("SELECT doc FROM users WHERE slug = ?", (request.path_params["slug"],))
    mt = None
    if user is not None:
        mt = state.db.doc(
            "SELECT doc FROM meeting_types WHERE user_id = ? AND slug = ? AND deleted = 0",
            (user["id"], request.path_params["mt_slug"]),
        )
    if user is None or mt is None:
        return _html("Not found", "<h1>Page not found</h1>", 404)
    now = state.now()
    try:
        slots = state.compute_slots(mt, now, now + timedelta(days=14))[:30]
    except ImportError:  # the scheduling engine is not installed in this build
        slots = []
    av = state.db.doc("SELECT doc FROM availabilities WHERE id = ?", (mt.get("availabilityId"),))
    tz = zone(av["timezone"] if av else user["timezone"])
    items = (
        "".join(
            f'<li><time datetime="{iso(s)}">{s.astimezone(tz):%a %d.%m. %H:%M}</time></li>'
            for s in slots
        )
        or "<li>No free times in the next two weeks.</li>"
    )
    name = mt["meetingInfo"]["name"]
    return _html(
        f"{name} — {user['fullName']}",
        f"<h1>{html.escape(name)}</h1><p>{html.escape(user['fullName'])} · "
        f"{mt['meetingInfo']['duration']} min · {html.escape(tz.key)}</p>"
        f"<h2>Next free times</h2><ul>{items}</ul>",
    )


# -- admin ------------------------------------------------------------------------------------


async def admin_info(request: Request) -> Response:
    state = _st(request)
    return _json(
        {
            "demo_api_key": state.demo_api_key,
            "demo_pat": state.demo_pat,
            "owner_user_id": state.owner_user_id,
            "company_id": state.company_id,
            "webhooks": {"delivered": state.webhooks.delivered, "failed": state.webhooks.failed},
        }
    )


def _gate(request: Request) -> Gate | None:
    app = request.app.middleware_stack
    while app is not None:
        if isinstance(app, Gate):
            return app
        app = getattr(app, "app", None)
    return None


async def admin_faults(request: Request) -> Response:
    state = _st(request)
    if request.method == "POST":
        body = await _body(request, optional=True)
        problems = faults_from_json(state.faults, body)
        if problems:
            raise bad_request(problems)
        gate = _gate(request)
        if gate is not None:
            gate.reseed()
    return _json(state.faults.as_dict())


async def admin_traffic(request: Request) -> Response:
    state = _st(request)
    if request.method == "POST":
        body = await _body(request, optional=True)
        rate = body.get("rate_per_minute", 0)
        if not isinstance(rate, int | float) or isinstance(rate, bool) or not 0 <= rate <= 6000:
            raise bad_request(["rate_per_minute must be a number between 0 and 6000"])
        state.traffic.set_rate(float(rate))
    return _json(state.traffic.status())


async def admin_decide_provisional(request: Request) -> Response:
    decision = request.path_params["decision"]
    if decision not in ("confirm", "decline"):
        raise not_found(f"Cannot POST {request.url.path}")
    doc = _st(request).decide_provisional(
        request.path_params["provisional_id"], confirm=decision == "confirm"
    )
    return _json(doc)


async def admin_reset(request: Request) -> Response:
    state = _st(request)
    state.traffic.stop()
    state.load_or_seed(reset=True)
    return _json({"reset": True, "demo_api_key": state.demo_api_key})


ROUTES = [
    Route("/v4/user", create_user, methods=["POST"]),
    Route("/v4/user", list_users, methods=["GET"]),
    Route("/v4/user/me", me, methods=["GET"]),
    Route("/v4/user/{user_id}", get_user, methods=["GET"]),
    Route("/v4/user/{user_id}/bookable-windows", bookable_windows, methods=["GET"]),
    Route("/v4/user/{user_id}", update_user, methods=["PATCH"]),
    Route("/v4/user/{user_id}", delete_user, methods=["DELETE"]),
    Route("/v4/meeting-type", list_meeting_types, methods=["GET"]),
    Route("/v4/meeting-type", create_meeting_type, methods=["POST"]),
    Route("/v4/meeting-type/{mt_id}", get_meeting_type, methods=["GET"]),
    Route("/v4/meeting-type/{mt_id}", update_meeting_type, methods=["PATCH"]),
    Route("/v4/meeting-type/{mt_id}", delete_meeting_type, methods=["DELETE"]),
    *[
        route
        for prefix in ("/availability", "/v4/availability")
        for route in (
            Route(prefix, list_availabilities, methods=["GET"]),
            Route(prefix, create_availability, methods=["POST"]),
            Route(prefix + "/{av_id}", get_availability, methods=["GET"]),
            Route(prefix + "/{av_id}", update_availability, methods=["PATCH"]),
            Route(prefix + "/{av_id}/holiday-exceptions", holiday_exceptions, methods=["PATCH"]),
        )
    ],
    Route("/v4/booking-availability", booking_availability, methods=["GET"]),
    Route("/v4/booking", create_booking, methods=["POST"]),
    # The legacy recipe's un-versioned paths.
    Route("/booking", create_booking, methods=["POST"]),
    Route("/meeting-type/{mt_id}", get_meeting_type, methods=["GET"]),
    Route("/v4/appointment/paginated", list_appointments, methods=["GET"]),
    Route("/v4/appointment/today", today_appointments, methods=["GET"]),
    Route("/v4/provisional-booking/paginated", list_provisional_bookings, methods=["GET"]),
    Route("/v4/appointment/{appt_id}", get_appointment, methods=["GET"]),
    Route("/v4/appointment/{appt_id}/cancel", cancel_appointment, methods=["POST"]),
    Route("/v4/appointment/{appt_id}/reschedule", reschedule_appointment, methods=["POST"]),
    Route("/v4/personal-page/me", get_my_page, methods=["GET"]),
    Route("/v4/personal-page/me", update_my_page, methods=["PATCH"]),
    Route("/v4/personal-page", update_my_page, methods=["PATCH"]),
    Route("/v4/personal-page/{user_id}", get_user_page, methods=["GET"]),
    Route("/v4/meeting-type-template", list_templates, methods=["GET"]),
    Route("/v4/meeting-type-template/create", create_template, methods=["POST"]),
    Route("/v4/meeting-type-template/assign/{template_id}", assign_template, methods=["POST"]),
    Route("/v4/meeting-type-template/{template_id}/assign", assign_template, methods=["POST"]),
    Route("/v4/meeting-type-template/{template_id}", update_template, methods=["PATCH"]),
    Route("/webhooks", list_webhooks, methods=["GET"]),
    Route("/webhooks", create_webhook, methods=["POST"]),
    Route("/webhooks/{hook_id}", update_webhook, methods=["PATCH"]),
    Route("/webhooks/{hook_id}", delete_webhook, methods=["DELETE"]),
    Route("/cal/{slug}", user_page, methods=["GET"]),
    Route("/cal/{slug}/{mt_slug}", meeting_type_page, methods=["GET"]),
    Route("/_sandbox", admin_info, methods=["GET"]),
    Route("/_sandbox/faults", admin_faults, methods=["GET", "POST"]),
    Route("/_sandbox/traffic", admin_traffic, methods=["GET", "POST"]),
    Route("/_sandbox/reset", admin_reset, methods=["POST"]),
    Route(
        "/_sandbox/provisional-booking/{provisional_id}/{decision}",
        admin_decide_provisional,
        methods=["POST"],
    ),
]
