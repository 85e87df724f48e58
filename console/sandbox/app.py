"""The sandbox's ASGI app: the meetergo routes, booking pages and admin routes."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import BaseRoute

from console.sandbox.config import SandboxConfig
from console.sandbox.errors import ApiError
from console.sandbox.gate import Gate
from console.sandbox.http import on_api_error, on_crash, on_http_error
from console.sandbox.routes import (
    admin,
    appointments,
    availability,
    booking_pages,
    bookings,
    meeting_types,
    personal_pages,
    templates,
    users,
    webhooks,
)
from console.sandbox.state import SandboxState

ROUTES: list[BaseRoute] = [
    *users.ROUTES,
    *meeting_types.ROUTES,
    *availability.ROUTES,
    *bookings.ROUTES,
    *appointments.ROUTES,
    *personal_pages.ROUTES,
    *templates.ROUTES,
    *webhooks.ROUTES,
    *booking_pages.ROUTES,
    *admin.ROUTES,
]


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """Build a seeded sandbox; ``app.state.sandbox`` is its :class:`SandboxState`."""
    config = config or SandboxConfig()
    state = SandboxState(config)
    state.load_or_seed(reset=config.reset)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if config.traffic_per_minute > 0:
            state.traffic.set_rate(config.traffic_per_minute)
        yield
        await state.aclose()
        state.close()

    app = Starlette(
        routes=ROUTES,
        middleware=[Middleware(Gate, config=config)],
        exception_handlers={
            ApiError: on_api_error,
            HTTPException: on_http_error,
            500: on_crash,
        },
        lifespan=lifespan,
    )
    app.state.sandbox = state
    return app
