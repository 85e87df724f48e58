"""WCAG 2.1 contrast: known pairs, hex parsing, and suggestions that pass and keep the hue."""

from __future__ import annotations

import colorsys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.domain.contrast import (
    AA_NORMAL_TEXT,
    colour_problem,
    contrast_checks,
    contrast_ratio,
    hue_of,
    parse_hex,
    relative_luminance,
    suggest_passing,
)

hex_colours = st.integers(0, 0xFFFFFF).map(lambda n: f"#{n:06x}")


@pytest.mark.parametrize(
    ("first", "second", "ratio"),
    [
        ("#777777", "#ffffff", 4.48),
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes AA on white
        ("#0000ff", "#ffffff", 8.59),
        ("#ff0000", "#ffffff", 4.0),
    ],
)
def test_known_wcag_pairs(first: str, second: str, ratio: float) -> None:
    assert contrast_ratio(first, second) == pytest.approx(ratio, abs=0.005)
    assert contrast_ratio(second, first) == pytest.approx(ratio, abs=0.005)


def test_luminance_ends() -> None:
    assert relative_luminance("#000") == 0.0
    assert relative_luminance("#fff") == pytest.approx(1.0)


@pytest.mark.parametrize("text", ["#0066cc", "0066cc", "#06c", "06C", " #0066CC "])
def test_hex_forms_all_mean_the_same_colour(text: str) -> None:
    assert parse_hex(text) == "#0066cc"
    assert colour_problem(text) is None


@pytest.mark.parametrize("text", ["", "#", "#06", "#0066c", "#0066ccff", "blue", "#ggg"])
def test_not_a_colour_is_named(text: str) -> None:
    assert parse_hex(text) is None
    problem = colour_problem(text)
    assert problem is not None and repr(text) in problem


def test_passing_colour_is_its_own_suggestion() -> None:
    assert suggest_passing("#0066CC", "#ffffff") == "#0066cc"


def test_grey_on_white_suggests_the_nearest_passing_grey() -> None:
    assert suggest_passing("#777777", "#ffffff") == "#767676"


def test_checks_name_the_failing_pairings() -> None:
    checks = {str(c.what): c for c in contrast_checks("#0a7cff", "#ffffff")}
    assert not checks["Button text on the primary colour"].passes
    assert checks["Primary colour on the dark page"].passes
    assert checks["Page text on the secondary colour"].passes
    fix = checks["Button text on the primary colour"].suggestion
    assert fix is not None and contrast_ratio("#ffffff", fix) >= AA_NORMAL_TEXT


def _hue_tolerance(colour: str) -> float:
    # Rounding to 8-bit channels moves the hue by up to ~60° per unit of chroma lost,
    # so the tolerance is what one step of quantisation can do at this chroma.
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    chroma = max(r, g, b) - min(r, g, b)
    return 60.0 / chroma + 0.5


def _hue_distance(a: float, b: float) -> float:
    d = abs(a - b) % 360
    return min(d, 360 - d)


@given(hex_colours, hex_colours)
def test_every_suggestion_passes(colour: str, against: str) -> None:
    suggestion = suggest_passing(colour, against)
    assert contrast_ratio(suggestion, against) >= AA_NORMAL_TEXT


@given(hex_colours, hex_colours)
def test_every_suggestion_keeps_the_hue(colour: str, against: str) -> None:
    suggestion = suggest_passing(colour, against)
    own, new = hue_of(colour), hue_of(suggestion)
    if own is None:
        assert new is None  # a grey stays a grey
    elif new is not None:
        assert _hue_distance(own, new) <= _hue_tolerance(suggestion)
    else:
        # Only black or white lose the hue: the ends of the lightness range.
        assert suggestion in ("#000000", "#ffffff")


@given(hex_colours, hex_colours)
def test_suggestion_moves_only_lightness_nearest_first(colour: str, against: str) -> None:
    suggestion = suggest_passing(colour, against)
    if suggestion == parse_hex(colour):
        return
    own_l = colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)))[1]
    new_l = colorsys.rgb_to_hls(*(int(suggestion[i : i + 2], 16) / 255 for i in (1, 3, 5)))[1]
    step = abs(new_l - own_l)
    # No colour of this hue nearer in lightness (a step of 1/255 closer) passes.
    closer = own_l + (new_l - own_l) * max(0.0, (step - 2 / 255) / step) if step else own_l
    h, _, s = colorsys.rgb_to_hls(*(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)))
    nearer = "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(h, closer, s))
    assert contrast_ratio(nearer, against) < AA_NORMAL_TEXT
