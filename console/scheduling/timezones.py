"""IANA time zones for pickers: the list, validation, offsets and search."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = ["all_timezones", "is_valid_timezone", "offset_label", "search_timezones"]

# Regions of canonical, city-named zones; the rest (EST5EDT, Etc/GMT+5, US/Pacific, posix/...,
# Factory) are legacy aliases that only clutter a picker. They stay valid input.
_REGIONS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Arctic/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    names = {name for name in available_timezones() if name.startswith(_REGIONS)}
    names.add("UTC")
    return tuple(sorted(names))


def all_timezones() -> list[str]:
    """Sorted IANA zone names worth offering (city zones plus ``UTC``), legacy aliases left out."""
    return list(_zones())


@lru_cache(maxsize=1024)
def is_valid_timezone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows (aliases like ``"US/Eastern"`` too)."""
    if not isinstance(name, str) or not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def offset_label(tz: str, at: datetime | None = None) -> str:
    """The zone's UTC offset at ``at`` (default: now) as ``"UTC+01:00"``/``"UTC-05:00"``.

    Raises ``ValueError`` for an unknown zone.
    """
    if not is_valid_timezone(tz):
        raise ValueError(f'"{tz}" is not a known IANA time zone (like "Europe/Berlin").')
    moment = at if at is not None else datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    offset = moment.astimezone(ZoneInfo(tz)).utcoffset()
    seconds = int(offset.total_seconds()) if offset is not None else 0
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    return f"UTC{sign}{hours:02d}:{rest // 60:02d}"


_OFFSET_RE = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def search_timezones(text: str, at: datetime | None = None) -> list[str]:
    """Zones from :func:`all_timezones` matching ``text``.

    Matches a part of the name, case-insensitive, with spaces standing for underscores
    ("new york" → America/New_York, "berlin" → Europe/Berlin), or an offset ("+1", "UTC+01:00",
    "-05:00") at ``at`` (default now). Name matches starting with the city come first. An empty
    text gives every zone.
    """
    query = text.strip()
    zones = _zones()
    if not query:
        return list(zones)
    offset = _OFFSET_RE.match(query.replace(" ", ""))
    if offset is not None:
        sign, hours, minutes = offset.groups()
        label = f"UTC{sign}{int(hours):02d}:{int(minutes or 0):02d}"
        if label == "UTC-00:00":
            label = "UTC+00:00"
        return [z for z in zones if offset_label(z, at) == label]
    needle = query.lower().replace(" ", "_")
    starts: list[str] = []
    contains: list[str] = []
    for name in zones:
        lowered = name.lower()
        city = lowered.rsplit("/", 1)[-1]
        if city.startswith(needle):
            starts.append(name)
        elif needle in lowered:
            contains.append(name)
    return starts + contains
