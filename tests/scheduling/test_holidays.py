"""Holiday exceptions for the countries and German states the platform documents."""

from __future__ import annotations

from datetime import date

import pytest

from console.scheduling.holidays import (
    API_YEARS,
    GERMAN_STATES,
    SUPPORTED_COUNTRIES,
    holiday_exceptions,
)

DOCUMENTED_STATES = "BW BY ST MV BB HE NW RP SL SN TH SH HH NI HB".split()
DOCUMENTED_COUNTRIES = "DE AT BE CA DK NL EE FI FR IT NZ ES SE CH US".split()


def test_germany_has_its_national_holidays_in_english() -> None:
    days = dict(holiday_exceptions(2026, "DE"))
    assert days[date(2026, 10, 3)] == "German Unity Day"
    assert days[date(2026, 12, 25)] == "Christmas Day"
    assert date(2026, 4, 3) in days  # Good Friday (Easter 2026 is 5 April)
    assert date(2026, 1, 6) not in days  # Epiphany is a state holiday only


def test_bavaria_adds_epiphany_and_corpus_christi() -> None:
    bavaria = dict(holiday_exceptions(2026, "DE", "BY"))
    assert bavaria[date(2026, 1, 6)] == "Epiphany"
    assert date(2026, 6, 4) in bavaria  # Corpus Christi
    berlin_free = dict(holiday_exceptions(2026, "DE", "HH"))
    assert date(2026, 1, 6) not in berlin_free


def test_the_result_is_sorted_by_date_without_duplicates() -> None:
    days = [day for day, _ in holiday_exceptions(2027, "DE", "NW")]
    assert days == sorted(set(days))
    assert all(day.year == 2027 for day in days)


def test_austria_has_its_national_day_and_assumption() -> None:
    days = dict(holiday_exceptions(2025, "AT"))
    assert date(2025, 10, 26) in days
    assert date(2025, 8, 15) in days
    assert date(2025, 12, 8) in days  # Immaculate Conception


def test_switzerland_has_its_national_day() -> None:
    days = dict(holiday_exceptions(2026, "ch"))
    assert date(2026, 8, 1) in days
    assert date(2026, 1, 1) in days


def test_every_documented_country_and_german_state_is_supported() -> None:
    assert set(DOCUMENTED_COUNTRIES) <= set(SUPPORTED_COUNTRIES)
    assert set(DOCUMENTED_STATES) <= set(GERMAN_STATES)
    for state in DOCUMENTED_STATES:
        assert holiday_exceptions(2026, "DE", state)
    for country in DOCUMENTED_COUNTRIES:
        for year in API_YEARS:
            assert date(year, 1, 1) in dict(holiday_exceptions(year, country))


@pytest.mark.parametrize(
    ("year", "country", "state", "message"),
    [
        (2026, "XX", None, 'Holidays for "XX" are not available'),
        (2026, "DE", "ZZ", '"ZZ" is not a German state code'),
        (2026, "AT", "Mars", "is not a region of Austria"),
        (2026, "SE", "X", "is not a region of Sweden (it has none)"),
        (20260, "DE", None, "is not a year"),
    ],
)
def test_unknown_input_is_refused_with_a_readable_value_error(
    year: int, country: str, state: str | None, message: str
) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        holiday_exceptions(year, country, state)


def test_holidays_as_overrides_close_whole_local_days_for_slots() -> None:
    from datetime import UTC, datetime, timedelta

    from console.scheduling.holidays import holiday_overrides
    from console.scheduling.schedule import PRESETS
    from console.scheduling.slots import SlotRules, compute_slots

    overrides = holiday_overrides(holiday_exceptions(2026, "DE", "BY"), "Europe/Berlin")
    epiphany = next(o for o in overrides if o.start.date() == date(2026, 1, 5))
    assert epiphany.start == datetime(2026, 1, 5, 23, tzinfo=UTC)  # midnight in Berlin
    assert epiphany.end - epiphany.start == timedelta(days=1)
    slots = compute_slots(
        PRESETS["weekdays_9_17"],
        "Europe/Berlin",
        SlotRules(duration=60),
        window_start=datetime(2026, 1, 5, tzinfo=UTC),
        window_end=datetime(2026, 1, 8, tzinfo=UTC),
        now=datetime(2025, 12, 1, tzinfo=UTC),
        overrides=overrides,
    )
    assert {s.date() for s in slots} == {date(2026, 1, 5), date(2026, 1, 7)}  # Tuesday 6th is off
