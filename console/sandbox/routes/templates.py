"""``/v4/meeting-type-template``: company presets and their assignment to users."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.sandbox.http import authenticate, base_url, json_response, read_body, state_of


async def create_template(request: Request) -> Response:
    actor = authenticate(request, header=False)
    body = await read_body(request)
    return json_response(state_of(request).templates.create(actor, body), 201)


async def list_templates(request: Request) -> Response:
    actor = authenticate(request, header=False)
    return json_response(state_of(request).templates.of_company(actor.company_id))


async def update_template(request: Request) -> Response:
    actor = authenticate(request, header=False)
    body = await read_body(request, optional=True)
    templates = state_of(request).templates
    return json_response(templates.update(actor, request.path_params["template_id"], body))


async def assign_template(request: Request) -> Response:
    body = await read_body(request, optional=True)
    targets: list[str] = []
    if isinstance(body.get("userIds"), list):
        targets = [str(u) for u in body["userIds"]]
    elif isinstance(body.get("userId"), str):
        targets = [body["userId"]]
    actor = authenticate(request, header=not targets)
    if not targets:
        targets = [actor.user_id]
    state = state_of(request)
    made = state.templates.assign(actor, request.path_params["template_id"], targets)
    base = base_url(request)
    created = [state.meeting_type_public(mt, base, user["slug"]) for user, mt in made]
    if len(created) == 1 and "userIds" not in body:
        return json_response(created[0], 201)
    return json_response({"meetingTypes": created}, 201)


ROUTES = [
    Route("/v4/meeting-type-template", list_templates, methods=["GET"]),
    Route("/v4/meeting-type-template/create", create_template, methods=["POST"]),
    Route("/v4/meeting-type-template/assign/{template_id}", assign_template, methods=["POST"]),
    Route("/v4/meeting-type-template/{template_id}/assign", assign_template, methods=["POST"]),
    Route("/v4/meeting-type-template/{template_id}", update_template, methods=["PATCH"]),
]
