"""Time-zone picker support: list, validation, offset labels, search."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.scheduling.timezones import (
    ZoneVerdict,
    all_timezones,
    canonical_timezone,
    countries_of,
    is_valid_timezone,
    offset_label,
    search_timezones,
)

WINTER = datetime(2026, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, tzinfo=UTC)


def test_the_list_is_sorted_has_the_cities_and_leaves_out_legacy_aliases() -> None:
    zones = all_timezones()
    assert zones == sorted(zones)
    assert {"Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "America/New_York", "UTC"} <= set(
        zones
    )
    assert not {"EST5EDT", "Etc/GMT+5", "US/Eastern", "Factory", "Asia/Calcutta"} & set(zones)
    assert "Asia/Kolkata" in zones
    zones.append("changed")  # a caller's copy; the next call is unaffected
    assert "changed" not in all_timezones()


@pytest.mark.parametrize(
    "name", ["Europe/Berlin", "America/New_York", "UTC", "US/Eastern", "Asia/Calcutta"]
)
def test_known_zones_are_valid(name: str) -> None:
    assert is_valid_timezone(name)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Berlin",
        "Europe/Berlinn",
        " Europe/Berlin",
        "../etc/passwd",
        "Europe",
        "America/",
        "Europe/" + "x" * 293,
    ],
)
def test_unknown_zones_are_invalid(name: str) -> None:
    assert not is_valid_timezone(name)  # never an OSError from a tzdata folder or a long name


@pytest.mark.parametrize(
    ("name", "verdict"),
    [
        ("Europe/Berlin", ZoneVerdict("Europe/Berlin", False, False)),
        ("UTC", ZoneVerdict("UTC", False, False)),
        ("Europe/Vaduz", ZoneVerdict("Europe/Vaduz", False, False)),  # in zone.tab: kept
        ("Asia/Calcutta", ZoneVerdict("Asia/Kolkata", True, False)),
        ("US/Eastern", ZoneVerdict("America/New_York", True, False)),
        ("Europe/Kiev", ZoneVerdict("Europe/Kyiv", True, False)),
        ("Etc/UTC", ZoneVerdict("UTC", True, False)),
        ("localtime", ZoneVerdict(None, False, True)),
        ("Factory", ZoneVerdict(None, False, True)),
        ("EST", ZoneVerdict(None, False, True)),  # a link to America/Panama, yet no place
        ("CET", ZoneVerdict(None, False, True)),
        ("Etc/GMT+5", ZoneVerdict(None, False, True)),
        ("Europe", ZoneVerdict(None, False, False)),
        ("Mars/Olympus", ZoneVerdict(None, False, False)),
    ],
)
def test_canonical_names_map_renamed_zones_and_refuse_pseudo_zones(
    name: str, verdict: ZoneVerdict
) -> None:
    assert canonical_timezone(name) == verdict


def test_offset_labels_follow_daylight_saving_time() -> None:
    assert offset_label("Europe/Berlin", WINTER) == "UTC+01:00"
    assert offset_label("Europe/Berlin", SUMMER) == "UTC+02:00"
    assert offset_label("America/New_York", WINTER) == "UTC-05:00"
    assert offset_label("Asia/Kolkata", SUMMER) == "UTC+05:30"
    assert offset_label("UTC") == "UTC+00:00"


def test_offset_label_refuses_an_unknown_zone() -> None:
    with pytest.raises(ValueError, match="not a known IANA time zone"):
        offset_label("Nowhere/Town")


def test_search_finds_cities_with_spaces_for_underscores_and_in_any_case() -> None:
    assert search_timezones("new york")[0] == "America/New_York"
    assert search_timezones("BERLIN") == ["Europe/Berlin"]
    assert "Europe/Zurich" in search_timezones("zur")


def test_search_puts_cities_starting_with_the_text_first() -> None:
    results = search_timezones("lon")
    assert "Europe/London" in results[:3]
    # Names merely containing the text (America/Miquelon) come after every city match.
    city_matches = [z for z in results if z.rsplit("/", 1)[-1].lower().startswith("lon")]
    assert results[: len(city_matches)] == city_matches
    assert len(results) > len(city_matches)


def test_search_by_offset_uses_the_offset_at_the_given_moment() -> None:
    assert "Europe/Berlin" in search_timezones("+1", WINTER)
    assert "Europe/Berlin" not in search_timezones("+1", SUMMER)
    assert "Europe/Berlin" in search_timezones("UTC+02:00", SUMMER)
    assert "Asia/Kolkata" in search_timezones("+5:30", SUMMER)
    assert "America/New_York" in search_timezones("-05:00", WINTER)


def test_an_empty_search_lists_every_zone() -> None:
    assert search_timezones("  ") == all_timezones()


def test_search_by_country_name_finds_its_zones_after_name_matches() -> None:
    assert search_timezones("germany") == ["Europe/Berlin", "Europe/Busingen"]
    assert search_timezones("Austria") == ["Europe/Vienna"]
    assert "America/New_York" in search_timezones("united states")
    assert countries_of("Europe/Zurich") == ("Switzerland",)
    assert countries_of("UTC") == ()
