"""``/v4/availability`` (and the un-versioned ``/availability``): weekly hours, date exceptions,
public holidays."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.http import authenticate, json_response, read_body, state_of


async def list_availabilities(request: Request) -> Response:
    actor = authenticate(request, header=True)
    return json_response(state_of(request).availabilities.of_user(actor.user_id))


async def create_availability(request: Request) -> Response:
    actor = authenticate(request, header=True)
    body = await read_body(request)
    return json_response(state_of(request).availabilities.create_from(actor, body), 201)


async def get_availability(request: Request) -> Response:
    actor = authenticate(request, header=True)
    return json_response(state_of(request).availability_doc(actor, request.path_params["av_id"]))


async def update_availability(request: Request) -> Response:
    actor = authenticate(request, header=True)
    body = await read_body(request, optional=True)
    av = state_of(request).availabilities.update(actor, request.path_params["av_id"], body)
    return json_response(av)


async def holiday_exceptions(request: Request) -> Response:
    actor = authenticate(request, header=True)
    body = await read_body(request)
    added = state_of(request).availabilities.add_holidays(actor, request.path_params["av_id"], body)
    return json_response(added)


ROUTES = [
    route
    for prefix in ("/availability", "/v4/availability")
    for route in (
        Route(prefix, list_availabilities, methods=["GET"]),
        Route(prefix, create_availability, methods=["POST"]),
        Route(prefix + "/{av_id}", get_availability, methods=["GET"]),
        Route(prefix + "/{av_id}", update_availability, methods=["PATCH"]),
        Route(prefix + "/{av_id}/holiday-exceptions", holiday_exceptions, methods=["PATCH"]),
    )
]
