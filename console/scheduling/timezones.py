"""IANA time zones for pickers: the list, validation, offsets, countries and search."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "ZoneVerdict",
    "all_timezones",
    "canonical_timezone",
    "countries_of",
    "is_valid_timezone",
    "offset_label",
    "search_timezones",
]

# Fallback when tzdata's zone.tab is unreadable: regions of canonical, city-named zones. The rest
# (EST5EDT, Etc/GMT+5, US/Pacific, Factory) are legacy aliases that only clutter a picker; they
# stay valid input.
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


def _tzdata_table(name: str) -> list[list[str]]:
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return []
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _countries_by_zone() -> dict[str, tuple[str, ...]]:
    """Zone → English names of the countries it serves (zone.tab + iso3166.tab from tzdata)."""
    names = {row[0]: row[1] for row in _tzdata_table("iso3166.tab") if len(row) >= 2}
    countries: dict[str, list[str]] = {}
    for row in _tzdata_table("zone.tab"):
        if len(row) >= 3:
            countries.setdefault(row[2], []).append(names.get(row[0], row[0]))
    return {zone: tuple(found) for zone, found in countries.items()}


@lru_cache(maxsize=1)
def _zones() -> tuple[str, ...]:
    known = available_timezones()
    # zone.tab lists the zones people pick (one per region of each country), without the
    # renamed aliases (Asia/Calcutta beside Asia/Kolkata) a plain region filter would keep.
    names = {zone for zone in _countries_by_zone() if zone in known}
    if not names:
        names = {name for name in known if name.startswith(_REGIONS)}
    names.add("UTC")
    return tuple(sorted(names))


def all_timezones() -> list[str]:
    """Sorted IANA zone names worth offering (zone.tab's zones plus ``UTC``), aliases left out."""
    return list(_zones())


def countries_of(name: str) -> tuple[str, ...]:
    """English names of the countries a zone serves (empty for ``UTC`` or an alias)."""
    return _countries_by_zone().get(name, ())


@lru_cache(maxsize=1024)
def is_valid_timezone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows (aliases like ``"US/Eastern"`` too)."""
    if not isinstance(name, str) or not name or name != name.strip():
        return False
    if len(name) > _LONGEST_ZONE_NAME:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # A tzdata folder ("Europe") or an over-long name reaches the file system and fails
        # there with IsADirectoryError / "File name too long" instead of ZoneInfoNotFoundError.
        return False
    return True


# The longest IANA name is 32 characters (America/Argentina/ComodRivadavia); anything much
# longer is not a zone and must not reach the file system.
_LONGEST_ZONE_NAME = 64

# Names that stand for the UTC offset itself; they are written "UTC".
_UTC_NAMES = frozenset(
    {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"}
)


class ZoneVerdict(NamedTuple):
    """What :func:`canonical_timezone` made of a name."""

    name: str | None  # the canonical IANA name to send, None when refused
    renamed: bool  # the input was an old name (a tzdata link) that now means ``name``
    pseudo: bool  # refused because it is not a place (EST, Factory, localtime, Etc/GMT+5)


@lru_cache(maxsize=1)
def _links() -> dict[str, str] | None:
    """Old name → current name, from tzdata's ``tzdata.zi`` link lines (None if unreadable)."""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", "tzdata.zi").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return None
    links: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                links[parts[2]] = parts[1]
    return links


def canonical_timezone(name: str) -> ZoneVerdict:
    """The IANA name to send for ``name``: itself, its current name, or refused.

    ``Asia/Calcutta``, ``US/Eastern``, ``Europe/Kiev`` (tzdata "backward" links) become
    ``Asia/Kolkata``, ``America/New_York``, ``Europe/Kyiv`` with ``renamed`` set. Zones people
    pick (zone.tab) stay as written even when tzdata links them (``Europe/Vaduz``). Names that
    are not a place — ``localtime``, ``Factory``, ``EST``, ``CET``, ``GMT``, ``Etc/GMT+5`` — are
    refused as ``pseudo``: their rules follow no country's clock. The UTC spellings become
    ``UTC``.
    """
    name = name.strip() if isinstance(name, str) else ""
    if name in _UTC_NAMES:
        return ZoneVerdict("UTC", name != "UTC", False)
    if not is_valid_timezone(name):
        return ZoneVerdict(None, False, False)
    if "/" not in name or name.startswith(("Etc/", "SystemV/", "posix/", "right/")):
        return ZoneVerdict(None, False, True)
    if name in _countries_by_zone():
        return ZoneVerdict(name, False, False)
    links = _links()
    target = links.get(name) if links is not None else None
    if target is None:
        return ZoneVerdict(name, False, False)
    if target in _UTC_NAMES:
        return ZoneVerdict("UTC", True, False)
    if target.startswith("Etc/"):
        return ZoneVerdict(None, False, True)
    return ZoneVerdict(target, True, False)


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
    ("new york" → America/New_York, "berlin" → Europe/Berlin), a country name ("germany",
    "switzerland" → Europe/Zurich; listed after name matches), or an offset ("+1", "UTC+01:00",
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
    country_needle = query.lower()
    starts: list[str] = []
    contains: list[str] = []
    by_country: list[str] = []
    for name in zones:
        lowered = name.lower()
        city = lowered.rsplit("/", 1)[-1]
        if city.startswith(needle):
            starts.append(name)
        elif needle in lowered:
            contains.append(name)
        elif len(country_needle) >= 3 and any(
            country_needle in country.lower() for country in countries_of(name)
        ):
            by_country.append(name)
    return starts + contains + by_country
