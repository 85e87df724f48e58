"""``/v4/personal-page``: the booking page's look and texts."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.errors import forbidden
from console.sandbox.http import authenticate, base_url, json_response, read_body, state_of


async def get_my_page(request: Request) -> Response:
    actor = authenticate(request, header=True)
    return json_response(state_of(request).pages.get(actor.user_id, base_url(request)))


async def get_user_page(request: Request) -> Response:
    actor = authenticate(request, header=False)
    user_id = request.path_params["user_id"]
    state = state_of(request)
    state.user_doc(user_id, actor.company_id)
    if user_id != actor.user_id and not actor.is_admin:
        raise forbidden("Only admins can read other users' personal pages")
    return json_response(state.pages.get(user_id, base_url(request)))


async def update_my_page(request: Request) -> Response:
    actor = authenticate(request, header=True)
    body = await read_body(request)
    return json_response(state_of(request).pages.update(actor.user_id, body, base_url(request)))


ROUTES = [
    Route("/v4/personal-page/me", get_my_page, methods=["GET"]),
    Route("/v4/personal-page/me", update_my_page, methods=["PATCH"]),
    Route("/v4/personal-page", update_my_page, methods=["PATCH"]),
    Route("/v4/personal-page/{user_id}", get_user_page, methods=["GET"]),
]
