"""``/_sandbox``: the operator's routes (credentials, faults, traffic, reset, decisions that
stand in for the attendee's and the host's clicks)."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.errors import ApiError, bad_request, forbidden, not_found
from console.sandbox.gate import IN_PROCESS, Gate, faults_from_json
from console.sandbox.http import json_response, read_body, state_of

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})

Handler = Callable[[Request], Awaitable[Response]]


def _loopback(authority: str) -> bool:
    host = urlsplit(f"//{authority}").hostname if authority else None
    return host in LOOPBACK


def require_operator(request: Request) -> None:
    """The admin routes answer only the operator: the demo API key, over loopback.

    A page in a browser can reach a loopback port, so two more checks keep it out: a foreign
    ``Host`` is a DNS-rebinding page calling us under its own name, and a foreign ``Origin``
    is a cross-site request (a ``text/plain`` form POST needs no CORS preflight). See OWASP's
    "Cross-Site Request Forgery Prevention Cheat Sheet" (verifying origin with standard headers).
    """
    origin = request.headers.get("origin")
    if origin is not None and (origin == "null" or not _loopback(urlsplit(origin).netloc)):
        raise forbidden("The sandbox's admin routes do not answer cross-site requests")
    # In-process calls (tests, benchmarks) reach no socket, so no browser can be behind them.
    if not request.scope.get(IN_PROCESS) and not _loopback(request.headers.get("host", "")):
        raise forbidden("The sandbox's admin routes answer only on a loopback address")
    expected = f"Bearer {state_of(request).demo_api_key}".encode()
    given = request.headers.get("authorization", "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, expected):
        raise ApiError(401, "The sandbox's admin routes need the demo API key")


def operator_only(handler: Handler) -> Handler:
    """``handler`` behind :func:`require_operator`."""

    async def guarded(request: Request) -> Response:
        require_operator(request)
        return await handler(request)

    guarded.__name__ = handler.__name__
    guarded.__doc__ = handler.__doc__
    return guarded


async def admin_info(request: Request) -> Response:
    state = state_of(request)
    return json_response(
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
    state = state_of(request)
    if request.method == "POST":
        body = await read_body(request, optional=True)
        problems = faults_from_json(state.faults, body)
        if problems:
            raise bad_request(problems)
        gate = _gate(request)
        if gate is not None:
            gate.reseed()
    return json_response(state.faults.as_dict())


async def admin_traffic(request: Request) -> Response:
    state = state_of(request)
    if request.method == "POST":
        body = await read_body(request, optional=True)
        rate = body.get("rate_per_minute", 0)
        if not isinstance(rate, int | float) or isinstance(rate, bool) or not 0 <= rate <= 6000:
            raise bad_request(["rate_per_minute must be a number between 0 and 6000"])
        state.traffic.set_rate(float(rate))
    return json_response(state.traffic.status())


async def admin_decide_provisional(request: Request) -> Response:
    decision = request.path_params["decision"]
    if decision not in ("confirm", "decline"):
        raise not_found(f"Cannot POST {request.url.path}")
    doc = state_of(request).decide_provisional(
        request.path_params["provisional_id"], confirm=decision == "confirm"
    )
    return json_response(doc)


async def admin_reset(request: Request) -> Response:
    state = state_of(request)
    state.traffic.stop()
    state.load_or_seed(reset=True)
    return json_response({"reset": True, "demo_api_key": state.demo_api_key})


ROUTES = [
    Route("/_sandbox", operator_only(admin_info), methods=["GET"]),
    Route("/_sandbox/faults", operator_only(admin_faults), methods=["GET", "POST"]),
    Route("/_sandbox/traffic", operator_only(admin_traffic), methods=["GET", "POST"]),
    Route("/_sandbox/reset", operator_only(admin_reset), methods=["POST"]),
    Route(
        "/_sandbox/provisional-booking/{provisional_id}/{decision}",
        operator_only(admin_decide_provisional),
        methods=["POST"],
    ),
]
