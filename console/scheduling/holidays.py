"""Public holidays as availability exceptions (``PATCH /availability/{id}/holiday-exceptions``).

Wraps the ``holidays`` package. Countries and German states are the ones the fact sheet lists
(§7) where the package knows them; holiday names are English. The platform accepts the years in
:data:`API_YEARS`; this module accepts any year the package covers, so the console can preview
further ahead, and leaves enforcing the API range to the sandbox.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import holidays as _holidays

from console.scheduling.slots import DateOverride, local_instant, zone

__all__ = [
    "API_YEARS",
    "GERMAN_STATES",
    "GERMAN_STATE_NAMES",
    "SUPPORTED_COUNTRIES",
    "holiday_exceptions",
    "holiday_overrides",
]

API_YEARS = range(2025, 2028)
"""Years the platform's holiday-exceptions route accepts (2025..2027)."""

SUPPORTED_COUNTRIES: dict[str, str] = {
    "DE": "Germany",
    "AT": "Austria",
    "CH": "Switzerland",
    "BE": "Belgium",
    "CA": "Canada",
    "DK": "Denmark",
    "NL": "Netherlands",
    "EE": "Estonia",
    "FI": "Finland",
    "FR": "France",
    "IT": "Italy",
    "NZ": "New Zealand",
    "ES": "Spain",
    "SE": "Sweden",
    "US": "United States",
}
"""ISO country code → English name, in the fact sheet's order (German-speaking first)."""

GERMAN_STATE_NAMES: dict[str, str] = {
    "BW": "Baden-Württemberg",
    "BY": "Bavaria",
    "BE": "Berlin",
    "BB": "Brandenburg",
    "HB": "Bremen",
    "HH": "Hamburg",
    "HE": "Hesse",
    "MV": "Mecklenburg-Western Pomerania",
    "NI": "Lower Saxony",
    "NW": "North Rhine-Westphalia",
    "RP": "Rhineland-Palatinate",
    "SL": "Saarland",
    "SN": "Saxony",
    "ST": "Saxony-Anhalt",
    "SH": "Schleswig-Holstein",
    "TH": "Thuringia",
}
"""The API's ``germanState`` code → English name (Berlin added; the fact sheet omits it)."""

GERMAN_STATES: dict[str, str] = {code: code for code in GERMAN_STATE_NAMES}
"""The API's ``germanState`` code → the ``holidays`` package's subdivision code."""

_MIN_YEAR, _MAX_YEAR = 1950, 2100


def _english(cls: Any) -> str | None:
    languages: tuple[str, ...] = getattr(cls, "supported_languages", ()) or ()
    if "en_US" in languages:
        return "en_US"
    for language in languages:
        if language.startswith("en"):
            return language
    return None  # the package's default; for the remaining countries that is English


def holiday_exceptions(year: int, country: str, state: str | None = None) -> list[tuple[date, str]]:
    """Public holidays of ``country`` (and a subdivision) in ``year``, sorted by date.

    ``state`` is a German state code (``"BY"``) for DE, or the package's subdivision code for
    other countries (e.g. ``"9"`` for Vienna, ``"ZH"`` for Zurich). Raises ``ValueError`` with a
    readable message for an unknown country, state or an implausible year.
    """
    code = country.strip().upper() if isinstance(country, str) else ""
    if code not in SUPPORTED_COUNTRIES:
        known = ", ".join(SUPPORTED_COUNTRIES)
        raise ValueError(f'Holidays for "{country}" are not available; supported: {known}.')
    if isinstance(year, bool) or not isinstance(year, int) or not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValueError(f"{year!r} is not a year between {_MIN_YEAR} and {_MAX_YEAR}.")
    subdiv: str | None = None
    if state is not None and state.strip():
        wanted = state.strip()
        if code == "DE":
            subdiv = GERMAN_STATES.get(wanted.upper())
            if subdiv is None:
                known = ", ".join(GERMAN_STATES)
                raise ValueError(f'"{state}" is not a German state code; use one of {known}.')
        else:
            cls = type(_holidays.country_holidays(code))
            codes: tuple[str, ...] = tuple(getattr(cls, "subdivisions", ()) or ())
            matches = [c for c in codes if c.upper() == wanted.upper()]
            if not matches:
                name = SUPPORTED_COUNTRIES[code]
                hint = f"; use one of {', '.join(codes)}" if codes else " (it has none)"
                raise ValueError(f'"{state}" is not a region of {name}{hint}.')
            subdiv = matches[0]
    cls = type(_holidays.country_holidays(code))
    calendar = _holidays.country_holidays(code, subdiv=subdiv, years=year, language=_english(cls))
    return sorted((day, str(name)) for day, name in calendar.items())


def holiday_overrides(holidays: Iterable[tuple[date, str]], tz: str) -> list[DateOverride]:
    """Blocking overrides for whole local days (midnight to midnight in ``tz``).

    Feed :func:`holiday_exceptions` into it to preview a calendar with holidays off, as the
    platform's holiday exceptions do.
    """
    tzinfo = zone(tz)
    overrides = []
    for day, _name in holidays:
        start = local_instant(day, 0, tzinfo)
        end = local_instant(day + timedelta(days=1), 0, tzinfo)
        overrides.append(DateOverride(start, end, available=False))
    return overrides
