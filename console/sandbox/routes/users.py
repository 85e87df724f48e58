"""``/v4/user``: create (JSON or multipart), list, read, rename, delete."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.domain.users import user_type_problem
from console.sandbox.errors import bad_request, forbidden
from console.sandbox.http import (
    authenticate,
    base_url,
    int_param,
    json_response,
    read_body,
    state_of,
)
from console.sandbox.model import USER_TYPES, Checker


async def create_user(request: Request) -> Response:
    actor = authenticate(request, header=False)
    if actor.kind == "pat":
        raise forbidden("Personal access tokens cannot create users; use a platform API key")
    if not actor.is_admin:
        raise forbidden("Only company admins can create users")
    body = await read_body(request, form_json=("availability", "meetingType"))
    user, availability, meeting = state_of(request).create_user(actor, body)
    base = base_url(request)
    return json_response(
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
    actor = authenticate(request, header=False)
    if not actor.is_admin:
        raise forbidden("Only company admins can list users")
    check = Checker()
    limit = int_param(request, "limit", 1, 100, 20, check)
    offset = int_param(request, "offset", 0, 10**9, 0, check)
    user_type = request.query_params.get("userType")
    if user_type is not None and user_type not in USER_TYPES:
        check.fail(user_type_problem())
    check.raise_if_any()
    assert limit is not None and offset is not None
    users = state_of(request).users
    docs, total = users.page(actor.company_id, user_type=user_type, limit=limit, offset=offset)
    base = base_url(request)
    public = [users.public(d, base) for d in docs]
    return json_response({"users": public, "total": total, "count": len(public), "offset": offset})


async def me(request: Request) -> Response:
    actor = authenticate(request, header=False)
    users = state_of(request).users
    return json_response(users.public(users.get(actor.user_id), base_url(request)))


async def get_user(request: Request) -> Response:
    actor = authenticate(request, header=False)
    users = state_of(request).users
    user = users.get(request.path_params["user_id"], actor.company_id)
    return json_response(users.public(user, base_url(request)))


async def update_user(request: Request) -> Response:
    actor = authenticate(request, header=False)
    body = await read_body(request, optional=True)
    state = state_of(request)
    user = state.update_user(actor, request.path_params["user_id"], body)
    return json_response(state.user_public(user, base_url(request)))


async def delete_user(request: Request) -> Response:
    actor = authenticate(request, header=False)
    if actor.kind == "pat":
        raise forbidden("Personal access tokens cannot delete users; use a platform API key")
    body = await read_body(request, optional=True)
    target = (
        body.get("targetUserId")
        or request.query_params.get("targetUserId")
        or request.query_params.get("transferTo")
    )
    if target is not None and not isinstance(target, str):
        raise bad_request(["targetUserId must be a string"])
    state_of(request).delete_user(actor, request.path_params["user_id"], target, body)
    return json_response({"message": "User deleted successfully"})


ROUTES = [
    Route("/v4/user", create_user, methods=["POST"]),
    Route("/v4/user", list_users, methods=["GET"]),
    Route("/v4/user/me", me, methods=["GET"]),
    Route("/v4/user/{user_id}", get_user, methods=["GET"]),
    Route("/v4/user/{user_id}", update_user, methods=["PATCH"]),
    Route("/v4/user/{user_id}", delete_user, methods=["DELETE"]),
]
