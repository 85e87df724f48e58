"""``/_sandbox``: the operator's routes (credentials, faults, traffic, reset, decisions that
stand in for the attendee's and the host's clicks)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.errors import bad_request, not_found
from console.sandbox.gate import Gate, faults_from_json
from console.sandbox.http import json_response, read_body, state_of


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
