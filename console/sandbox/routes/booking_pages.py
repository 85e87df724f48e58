"""``/cal/…``: minimal HTML booking pages, so a booking URL opens on something."""

from __future__ import annotations

import html
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from console.sandbox.http import base_url, state_of
from console.sandbox.model import iso, zone


def _html(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{html.escape(title)}'
        "</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto}"
        "li{margin:.3em 0}</style></head>"
        f"<body><p><small>meetergo sandbox — demo data</small></p>{body}</body></html>",
        status_code=status,
    )


def _not_found() -> HTMLResponse:
    return _html("Not found", "<h1>Page not found</h1>", 404)


async def user_page(request: Request) -> Response:
    state = state_of(request)
    user = state.users.by_slug(request.path_params["slug"])
    if user is None:
        return _not_found()
    base = base_url(request)
    items = "".join(
        f'<li><a href="{base}/cal/{user["slug"]}/{m["slug"]}">'
        f"{html.escape(m['meetingInfo']['name'])}</a> ({m['meetingInfo']['duration']} min)</li>"
        for m in state.meeting_types.of_user(user["id"])
    )
    return _html(user["fullName"], f"<h1>{html.escape(user['fullName'])}</h1><ul>{items}</ul>")


async def meeting_type_page(request: Request) -> Response:
    state = state_of(request)
    user = state.users.by_slug(request.path_params["slug"])
    mt = None
    if user is not None:
        mt = state.meeting_types.by_slug(user["id"], request.path_params["mt_slug"])
    if user is None or mt is None:
        return _not_found()
    now = state.now()
    slots = state.compute_slots(mt, now, now + timedelta(days=14))[:30]
    av = state.availabilities.by_id(mt.get("availabilityId"))
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


ROUTES = [
    Route("/cal/{slug}", user_page, methods=["GET"]),
    Route("/cal/{slug}/{mt_slug}", meeting_type_page, methods=["GET"]),
]
