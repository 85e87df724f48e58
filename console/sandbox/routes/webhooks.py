"""``/webhooks``: the company's webhook registrations."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.http import (
    authenticate,
    empty_response,
    json_response,
    read_body,
    state_of,
)


async def list_webhooks(request: Request) -> Response:
    actor = authenticate(request, header=False)
    return json_response(state_of(request).hooks.of_company(actor.company_id))


async def create_webhook(request: Request) -> Response:
    actor = authenticate(request, header=False)
    body = await read_body(request)
    return json_response(state_of(request).hooks.create(actor, body), 201)


async def update_webhook(request: Request) -> Response:
    actor = authenticate(request, header=False)
    body = await read_body(request, optional=True)
    hook = state_of(request).hooks.update(actor, request.path_params["hook_id"], body)
    return json_response(hook)


async def delete_webhook(request: Request) -> Response:
    actor = authenticate(request, header=False)
    state_of(request).hooks.delete(actor, request.path_params["hook_id"])
    return empty_response()


ROUTES = [
    Route("/webhooks", list_webhooks, methods=["GET"]),
    Route("/webhooks", create_webhook, methods=["POST"]),
    Route("/webhooks/{hook_id}", update_webhook, methods=["PATCH"]),
    Route("/webhooks/{hook_id}", delete_webhook, methods=["DELETE"]),
]
