"""Small helpers every resource uses to build bodies and read answers (no route knowledge).

Writers emit the current wire shape; readers accept every documented variant (fact sheet §17).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, Final, TypeVar

from console.scheduling.schedule import WeeklySchedule

__all__ = [
    "MAX_PAGE_SIZE",
    "UNSET",
    "ScheduleInput",
    "Unset",
    "check_page_size",
    "drop_none",
    "iso",
    "items_of",
    "nothing",
    "schedule_to_wire",
    "unwrap",
]

T = TypeVar("T")

MAX_PAGE_SIZE: Final = 100


class Unset:
    """Type of :data:`UNSET`."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()
"""Marks "leave unchanged" where ``None`` is a meaningful value (e.g. remove a header image)."""

ScheduleInput = WeeklySchedule | Mapping[str, Any] | Sequence[Mapping[str, Any]]
"""A weekly schedule, or either documented wire shape of one."""


def drop_none(values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries that carry a value: ``None`` and :data:`UNSET` mean "not given"."""
    return {k: v for k, v in values.items() if v is not None and not isinstance(v, Unset)}


def iso(value: date | datetime | str) -> str:
    """A date or instant as ISO 8601 text (text is passed through as the caller wrote it)."""
    return value if isinstance(value, str) else value.isoformat()


def schedule_to_wire(schedule: ScheduleInput) -> dict[str, Any]:
    """Write a schedule (a :class:`WeeklySchedule` or either wire shape) as seven weekday objects.

    Raises :class:`~console.scheduling.schedule.ScheduleError` (a ``ValueError``) before anything
    is sent when the input cannot be read as a schedule.
    """
    return WeeklySchedule.from_wire(schedule).to_wire()


def check_page_size(value: int) -> int:
    """``value`` when the API accepts it as a page size (1 to 100), else ``ValueError``."""
    if not 1 <= value <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")
    return value


def unwrap(data: Any, key: str) -> Any:
    """The object under ``key`` when the answer wraps it (``{"appointment": {…}}``), or ``data``."""
    if isinstance(data, Mapping) and isinstance(data.get(key), Mapping) and "id" not in data:
        return data[key]
    return data


def items_of(data: Any, key: str, read: Callable[[Any], T]) -> list[T]:
    """Read a list answer: a bare array, or the older ``{key: [...]}`` wrapper; empty for none."""
    if isinstance(data, Mapping):
        data = data.get(key, [])
    if data is None:
        return []
    if not isinstance(data, list):
        raise ValueError(f"expected a list of {key}, got {type(data).__name__}")
    return [read(item) for item in data]


def nothing(data: Any) -> None:
    """Reader for answers whose body carries nothing the caller needs (deletes)."""
    return None
