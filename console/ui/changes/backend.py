"""What the Changes panel needs of the fleet-change engine (``console.jobs.engine.ChangeEngine``).

The presenter is written against this Protocol, so it is tested with a fake that returns the
engine's own dataclasses and the real engine is plugged in by the wiring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from console.jobs.model import ChangeEvent, ChangeSet


class ChangesBackend(Protocol):
    """The ChangeEngine methods the panel uses (same names, parameters and results)."""

    def subscribe(self, listener: Callable[[ChangeEvent], None]) -> Callable[[], None]: ...

    # ``accounts`` are the engine's AccountRef (the picker's PickedAccount has the same
    # fields); ``edit`` is one of the engine's edits. The panel only passes them on.
    async def plan(self, name: str, accounts: Sequence[Any], edit: Any) -> ChangeSet: ...
    async def apply(self, change_set_id: str) -> ChangeSet: ...
    def pause(self) -> None: ...
    def unpause(self) -> None: ...
    def cancel(self) -> None: ...
    async def retry_failed(self, change_set_id: str) -> ChangeSet: ...
    async def resume(self, change_set_id: str) -> ChangeSet: ...
    async def plan_undo(self, change_set_id: str) -> ChangeSet: ...
    async def load(self, change_set_id: str) -> ChangeSet: ...
    async def history(self, *, limit: int = 100) -> list[ChangeSet]: ...
    async def unfinished(self) -> list[ChangeSet]: ...
    async def attached_appointments(self, change_set_id: str) -> int: ...


@runtime_checkable
class LeaseHeldError(Protocol):
    """The engine's ``LeaseHeld``: another process is applying the change set."""

    owner: str  # that process: host, pid, start time
    since: datetime  # when it took the change set


__all__ = ["ChangesBackend", "LeaseHeldError"]
