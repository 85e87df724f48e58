"""``/v4/meeting-type``: the acting user's meeting types."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.errors import bad_request
from console.sandbox.http import (
    authenticate,
    base_url,
    empty_response,
    json_response,
    read_body,
    state_of,
)


async def list_meeting_types(request: Request) -> Response:
    actor = authenticate(request, header=True)
    state = state_of(request)
    user = state.users.get(actor.user_id)
    base = base_url(request)
    return json_response(
        [
            state.meeting_types.public(d, base, user["slug"])
            for d in state.meeting_types.of_user(actor.user_id)
        ]
    )


async def create_meeting_type(request: Request) -> Response:
    actor = authenticate(request, header=True)
    body = await read_body(request)
    state = state_of(request)
    mt = state.create_meeting_type(state.user_doc(actor.user_id), body)
    return json_response(state.meeting_type_public(mt, base_url(request)), 201)


async def get_meeting_type(request: Request) -> Response:
    actor = authenticate(request, header=True)
    state = state_of(request)
    mt = state.meeting_type_doc(request.path_params["mt_id"], actor.company_id)
    return json_response(state.meeting_type_public(mt, base_url(request)))


async def update_meeting_type(request: Request) -> Response:
    actor = authenticate(request, header=True)
    body = await read_body(request, optional=True)
    state = state_of(request)
    mt = state.update_meeting_type(actor, request.path_params["mt_id"], body)
    return json_response(state.meeting_type_public(mt, base_url(request)))


async def delete_meeting_type(request: Request) -> Response:
    actor = authenticate(request, header=True)
    raw = request.query_params.get("deleteAvailability", "false").strip().lower()
    if raw not in ("true", "false", "1", "0"):
        raise bad_request(["deleteAvailability must be a boolean value"])
    state_of(request).delete_meeting_type(
        actor, request.path_params["mt_id"], delete_availability=raw in ("true", "1")
    )
    return empty_response()


ROUTES = [
    Route("/v4/meeting-type", list_meeting_types, methods=["GET"]),
    Route("/v4/meeting-type", create_meeting_type, methods=["POST"]),
    Route("/v4/meeting-type/{mt_id}", get_meeting_type, methods=["GET"]),
    Route("/v4/meeting-type/{mt_id}", update_meeting_type, methods=["PATCH"]),
    Route("/v4/meeting-type/{mt_id}", delete_meeting_type, methods=["DELETE"]),
    # The legacy recipe's un-versioned path.
    Route("/meeting-type/{mt_id}", get_meeting_type, methods=["GET"]),
]
