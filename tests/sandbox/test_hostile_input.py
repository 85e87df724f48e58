"""No input makes the sandbox answer 500: every route and method gets a bounded set of hostile
bodies, query parameters, path values and multipart parts, and must answer below 500 with the
platform's ``{statusCode, message, error}`` body."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Route

from console.sandbox.app import ROUTES
from tests.sandbox.conftest import client_for, pro_ids

DEEP = 100_000
BODY_SAMPLE = 80
QUERY_SAMPLE = 40
NESTED = ("meetingInfo", "attendee", "availability", "meetingType", "schedule", "daysIntoFuture")
NESTED_FIELD = {
    "meetingInfo": "duration",
    "attendee": "email",
    "availability": "timezone",
    "meetingType": "duration",
    "schedule": "monday",
    "daysIntoFuture": "bookingLimit",
}
LONG = "x" * 5000
#: Hostile JSON values, as JSON text (so lone surrogates, NaN and 1e999 reach the server raw).
VALUES = [
    '"Europe"',
    '"America"',
    json.dumps("Europe/" + LONG),
    '"\\ud800"',
    '"a\\udfffb"',
    '"\\u0000"',
    "1e999",
    "-1e999",
    "NaN",
    "Infinity",
    "-1",
    str(10**30),
    "1.5",
    "true",
    "null",
    "[]",
    "{}",
    '""',
    json.dumps(LONG * 30),
    '"9999-12-31T23:59:59.999Z"',
    '"0001-01-01T00:00:00.000Z"',
    '"9999-12-31"',
    '"0001-01-01"',
    '"2026-02-30"',
    "[" * 50 + "]" * 50,
]
#: Hostile query-string values (already percent-encoded where they are not valid UTF-8).
QUERY_VALUES = [
    "Europe",
    "Europe%2F" + LONG,
    "%ED%A0%80",
    "%FF%FE",
    "%00",
    "9999-12-31",
    "0001-01-01",
    "9999-12-31T23:59:59.999Z",
    "0001-01-01T00:00:00Z",
    "2026-02-30",
    "1e999",
    "-1",
    "99999999999999999999999",
    "",
    LONG,
]
QUERY_NAMES = [
    "timezone",
    "start",
    "end",
    "startDate",
    "endDate",
    "meetingTypeId",
    "hostIds",
    "queueId",
    "existingAppointmentId",
    "meetingDuration",
    "duration",
    "limit",
    "offset",
    "page",
    "pageSize",
    "status",
    "userId",
    "search",
    "sort",
]
FIELDS = [
    "email",
    "givenName",
    "familyName",
    "timezone",
    "slug",
    "name",
    "start",
    "end",
    "startTime",
    "duration",
    "meetingTypeId",
    "hostIds",
    "attendee",
    "schedule",
    "availability",
    "availabilityExceptions",
    "meetingType",
    "meetingInfo",
    "meetingOptions",
    "daysIntoFuture",
    "bookingMinimum",
    "timeslotInterval",
    "spots",
    "year",
    "country",
    "germanState",
    "reason",
    "ignoreAvailability",
    "endpoint",
    "eventTypes",
    "rate_per_minute",
    "latency_ms",
    "error_rate",
    "drop_rate",
    "seed",
    "templateType",
    "channel",
    "customChannelLink",
    "existingAppointmentId",
    "bringalongEmails",
]


def _deep(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def _bodies(valid: dict[str, Any], rng: random.Random) -> Iterator[bytes]:
    """Whole-body hostility, every field hostile at once, and a sample of one hostile field in
    a valid body (so the value reaches the code behind the first check)."""
    yield b"[" * DEEP + b"]" * DEEP
    yield _deep(DEEP)
    yield b'"\\ud800"'
    yield b"\xff\xfe{}"
    yield b"{"
    yield b"[1, 2]"
    for value in VALUES:
        flat = "{" + ",".join(f'"{field}": {value}' for field in FIELDS) + "}"
        yield flat.encode()
        yield json.dumps({**valid, **{k: {f: "@" for f in FIELDS} for k in NESTED}}).encode()
    pairs = [(field, value) for field in [*valid, *FIELDS, *NESTED] for value in VALUES]
    for field, value in rng.sample(pairs, min(BODY_SAMPLE, len(pairs))):
        if field in NESTED:
            inner = {f: v for f, v in valid.get(field, {}).items()} if field in valid else {}
            base = json.dumps(inner)
            part = (
                base[:-1] + ("," if len(base) > 2 else "") + f'"{NESTED_FIELD[field]}": {value}}}'
            )
            yield (
                json.dumps({k: v for k, v in valid.items() if k != field})[:-1].encode()
                + (("," if len(valid) - (field in valid) else "") + f'"{field}": {part}}}').encode()
            )
            continue
        base = json.dumps({k: v for k, v in valid.items() if k != field})
        yield (base[:-1] + ("," if len(base) > 2 else "") + f'"{field}": {value}}}').encode()


def _path_values(app: Starlette, ids: dict[str, str]) -> dict[str, list[str]]:
    junk = [LONG, "%ED%A0%80", "%FF", "..", "null"]
    return {
        name: [ids[name], *junk] if name in ids else junk
        for name in (
            "user_id",
            "mt_id",
            "av_id",
            "appt_id",
            "template_id",
            "hook_id",
            "slug",
            "mt_slug",
            "provisional_id",
            "decision",
        )
    }


async def _ids(app: Starlette, owner: httpx.AsyncClient) -> dict[str, str]:
    pro = (await pro_ids(owner))[0]
    user = (await owner.get(f"/v4/user/{pro}")).json()
    appointments = await owner.get(
        "/v4/appointment/paginated",
        params={"page": 0, "pageSize": 1, "start": "2026-03-02", "end": "2026-04-30"},
    )
    mt = (
        await owner.get(
            f"/v4/meeting-type/{user['meetingTypeIds'][0]}",
            headers={"x-meetergo-api-user-id": pro},
        )
    ).json()
    return {
        "user_id": pro,
        "mt_id": mt["id"],
        "av_id": mt["availabilityId"],
        "appt_id": appointments.json()["appointments"][0]["id"],
        "slug": user["slug"],
        "mt_slug": mt["slug"],
        "decision": "confirm",
    }


def _valid_body(path: str, ids: dict[str, str]) -> dict[str, Any]:
    if path.endswith("/v4/user") or path == "/v4/user":
        return {"email": "fuzz@example.com", "givenName": "F", "familyName": "Uzz"}
    if path.endswith("booking"):
        return {
            "meetingTypeId": ids["mt_id"],
            "start": "2026-03-04T09:00:00.000Z",
            "attendee": {"email": "a@example.com", "firstname": "A", "lastname": "B"},
        }
    if "meeting-type" in path:
        return {"name": "Fuzz", "duration": 30}
    if "availability" in path:
        return {"name": "Fuzz", "timezone": "Europe/Berlin"}
    if "reschedule" in path:
        return {"start": "2026-03-05T09:00:00.000Z"}
    return {}


def _check(response: httpx.Response, what: str) -> None:
    """Below 500, in the documented error shape."""
    assert response.status_code < 500, (what, response.status_code, response.text[:300])
    if response.status_code >= 400 and not response.request.url.path.startswith("/cal"):
        body = response.json()
        assert set(body) >= {"statusCode", "message", "error"}, (what, body)
        assert body["statusCode"] == response.status_code, (what, body)


def _routes() -> list[tuple[str, str]]:
    return [
        (method, route.path)
        for route in ROUTES
        if isinstance(route, Route)
        for method in sorted((route.methods or set()) - {"HEAD"})
    ]


async def _send(client: httpx.AsyncClient, method: str, url: str, **kw: Any) -> str | None:
    """None when the answer is below 500 in the documented shape, else what went wrong."""
    try:
        response = await client.request(method, url, **kw)
    except Exception as error:  # the in-process transport re-raises what made it answer 500
        return f"{type(error).__name__}: {str(error)[:200]}"
    if response.status_code >= 500:
        return f"{response.status_code} {response.text[:200]}"
    if response.status_code >= 400 and not response.request.url.path.startswith("/cal"):
        body = response.json()
        if not set(body) >= {"statusCode", "message", "error"}:
            return f"shape {body}"
        if body["statusCode"] != response.status_code:
            return f"statusCode {body}"
    return None


@pytest.mark.asyncio
@pytest.mark.parametrize(("method", "template"), _routes())
async def test_no_hostile_request_answers_500(app, method, template):
    state = app.state.sandbox
    rng = random.Random(f"{method} {template}")
    problems: list[str] = []

    async def probe(url: str, **kw: Any) -> None:
        problem = await _send(owner, method, url, **kw)
        if problem is not None:
            body = kw.get("content")
            problems.append(f"{method} {url[:100]} {body[:100] if body else ''!r}: {problem}")

    async with client_for(app, state.demo_api_key) as owner:
        ids = await _ids(app, owner)
        values = _path_values(app, ids)
        paths = [template]
        for name, options in values.items():
            if "{" + name + "}" in template:
                paths = [p.replace("{" + name + "}", v) for p in paths for v in options]
        for path in paths[:8]:
            for actor in (None, ids["user_id"], LONG):
                await probe(path, headers={"x-meetergo-api-user-id": actor} if actor else {})
        path = paths[0]
        acting = {"x-meetergo-api-user-id": ids["user_id"]}
        queries = [(name, value) for name in QUERY_NAMES for value in QUERY_VALUES]
        # A reset re-seeds the demo (~0.1 s) and reads neither query nor body: a few suffice.
        few = template == "/_sandbox/reset"
        for name, value in rng.sample(queries, 3 if few else QUERY_SAMPLE):
            url = f"{path}?meetingTypeId={ids['mt_id']}&hostIds={ids['user_id']}"
            url += "&start=2026-03-03&end=2026-03-10&page=0&pageSize=10"
            url = url.replace(f"{name}=", f"{name}-was=") + f"&{name}={value}"
            await probe(url, headers=acting)
        if method in ("POST", "PATCH"):
            headers = {"Content-Type": "application/json", **acting}
            bodies = list(_bodies(_valid_body(template, ids), rng))
            for body in bodies[:6] if few else bodies:
                await probe(path, content=body, headers=headers)
    assert not problems, "\n".join(problems[:40])


@pytest.mark.asyncio
async def test_multipart_parts_that_are_not_utf8_answer_400(owner):
    fields = {"email": "m@example.com", "givenName": "M", "familyName": "P", "timezone": "UTC"}
    for name in ("givenName", "timezone", "availability", "meetingType"):
        files = {name: (None, b"\xff\xfe\xc3(", "application/json")}
        data = {k: v for k, v in fields.items() if k != name}
        response = await owner.post("/v4/user", data=data, files=files)
        _check(response, name)
        assert response.status_code == 400
    file_part = {"meetingType": ("type.json", b'{"name": "\xff"}', "application/octet-stream")}
    response = await owner.post("/v4/user", data=fields, files=file_part)
    assert response.status_code == 400
    assert (await owner.get("/v4/user")).json()["total"] == 25


def test_hostile_requests_over_the_socket_answer_below_500():
    from tests.sandbox.serve_process import served

    with served("--rate-limit", "off") as child:
        auth = {"Authorization": f"Bearer {child.key}"}
        with httpx.Client(base_url=child.base_url, headers=auth) as client:
            me = client.get("/v4/user/me").json()
            mt = me["meetingTypeIds"][0]
            json_type = {"Content-Type": "application/json", "x-meetergo-api-user-id": me["id"]}
            requests: list[tuple[str, str, dict[str, Any]]] = [
                ("POST", "/v4/user", {"content": _deep(DEEP), "headers": json_type}),
                ("POST", "/v4/user", {"content": b'{"email": "\\ud800"}', "headers": json_type}),
                ("POST", "/v4/booking", {"content": b'{"start": 1e999}', "headers": json_type}),
                (
                    "POST",
                    "/v4/user",
                    {"data": {"email": "s@example.com"}, "files": {"givenName": (None, b"\xff")}},
                ),
                (
                    "GET",
                    f"/v4/booking-availability?meetingTypeId={mt}&hostIds={me['id']}"
                    "&start=9999-12-31&end=9999-12-31",
                    {},
                ),
                (
                    "GET",
                    f"/v4/booking-availability?meetingTypeId={mt}&hostIds={me['id']}"
                    f"&start=2026-03-03&end=2026-03-04&timezone=Europe%2F{LONG}",
                    {},
                ),
                ("GET", "/v4/appointment/paginated?page=0&pageSize=5&start=%ED%A0%80", {}),
                ("GET", "/v4/user?limit=%FF", {}),
            ]
            for method, url, options in requests:
                response = client.request(method, url, **options)
                assert 400 <= response.status_code < 500, (url, response.text[:200])
                assert response.json()["statusCode"] == response.status_code
        status, err = child.terminate()
    assert status == 0 and "Traceback" not in err, err
