"""The sandbox: a local meetergo-compatible server with a seeded demo agency.

``create_app(SandboxConfig(...))`` builds the ASGI app; ``sandbox_transport(app)`` reaches it
in-process; ``meetergo-console sandbox serve`` runs it on uvicorn. The heavy parts (Starlette,
the routes) load on first use, so registering the CLI command stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from console.sandbox.config import Faults, SandboxConfig

if TYPE_CHECKING:
    from console.sandbox.app import create_app
    from console.sandbox.transport import sandbox_transport

__all__ = ["Faults", "SandboxConfig", "create_app", "sandbox_transport"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from console.sandbox.app import create_app

        return create_app
    if name == "sandbox_transport":
        from console.sandbox.transport import sandbox_transport

        return sandbox_transport
    raise AttributeError(name)
