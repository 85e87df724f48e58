"""What every domain part shares: the database, the clock, the outlet for webhook events and
who a request acts as."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from console.sandbox.db import Db, Doc

Emit = Callable[[str, str, Doc], None]
"""``emit(company_id, event, data)``: queue a webhook event (the sender decides who gets it)."""

Spawn = Callable[[Coroutine[Any, Any, Any]], "asyncio.Task[Any]"]
"""Runs background work with a strong reference to it (the sandbox's ``spawn``)."""


@dataclass(frozen=True)
class Context:
    """The shared collaborators of the domain parts (built once per sandbox)."""

    db: Db
    clock: Callable[[], datetime]
    emit: Emit

    def now(self) -> datetime:
        """The sandbox's clock (aware UTC)."""
        return self.clock()


@dataclass(frozen=True)
class Actor:
    """Who a request acts as, after authentication."""

    user_id: str
    company_id: str
    kind: str  # "api_key" | "pat"
    is_admin: bool
    header_given: bool
