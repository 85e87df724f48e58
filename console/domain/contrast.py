"""Colour contrast for booking pages: WCAG 2.1 luminance and ratio, and a passing suggestion.

The formulas are the WCAG 2.1 definitions of *relative luminance* and *contrast ratio*
(https://www.w3.org/TR/WCAG21/#dfn-relative-luminance, #dfn-contrast-ratio); 4.5:1 is the
level AA minimum for normal text (success criterion 1.4.3). A suggestion keeps the colour's
HSL hue and saturation and moves only its lightness, to the nearest value that passes: the
brand stays recognisable, it is only darkened or lightened.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass

from console.domain.problems import QT_TRANSLATE_NOOP, Problem

__all__ = [
    "AA_NORMAL_TEXT",
    "DARK_PAGE",
    "LIGHT_PAGE",
    "ContrastCheck",
    "colour_problem",
    "contrast_checks",
    "contrast_ratio",
    "hue_of",
    "parse_hex",
    "relative_luminance",
    "suggest_passing",
]

AA_NORMAL_TEXT = 4.5
"""WCAG 2.1 level AA minimum contrast ratio for normal-size text."""

LIGHT_PAGE = "#ffffff"
"""The light booking page's background."""
DARK_PAGE = "#111827"
"""The dark booking page's background."""
BUTTON_TEXT = "#ffffff"
"""Text drawn on the primary colour (slot buttons, the selected day)."""
PAGE_TEXT = DARK_PAGE
"""The light page's text, also drawn on the secondary colour (cards, hovered days)."""

_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def parse_hex(text: str) -> str | None:
    """``#0066cc``, ``0066cc`` or ``#06c`` as ``#0066cc``; None when it is not a hex colour."""
    match = _HEX.fullmatch(text.strip())
    if match is None:
        return None
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return f"#{digits}"


def colour_problem(text: str) -> Problem | None:
    """Why ``text`` is not a colour the booking page takes, or None."""
    if parse_hex(text) is None:
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "{text!r} is not a hex colour like #0066cc or #06c."),
            text=text,
        )
    return None


def _rgb(colour: str) -> tuple[float, float, float]:
    parsed = parse_hex(colour)
    if parsed is None:
        raise ValueError(f"not a hex colour: {colour!r}")
    return (
        int(parsed[1:3], 16) / 255,
        int(parsed[3:5], 16) / 255,
        int(parsed[5:7], 16) / 255,
    )


def _hex(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (r, g, b))


def _linear(channel: float) -> float:
    # WCAG 2.1 uses 0.03928 as the threshold (sRGB's 0.04045 gives the same 8-bit results).
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance, 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _ratio(y1: float, y2: float) -> float:
    light, dark = max(y1, y2), min(y1, y2)
    return (light + 0.05) / (dark + 0.05)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two colours, 1 to 21 (order does not matter)."""
    return _ratio(relative_luminance(first), relative_luminance(second))


def hue_of(colour: str) -> float | None:
    """The HSL hue in degrees, None for a grey (which has none)."""
    r, g, b = _rgb(colour)
    if max(r, g, b) == min(r, g, b):
        return None
    h, _, _ = colorsys.rgb_to_hls(r, g, b)
    return h * 360


def suggest_passing(colour: str, against: str, minimum: float = AA_NORMAL_TEXT) -> str:
    """The colour of ``colour``'s hue nearest in lightness that reaches ``minimum`` on ``against``.

    ``colour`` itself (normalised) when it already passes. One always exists for
    ``minimum <= 4.58``: black or white (the ends of the lightness range) reach at least
    √21 ≈ 4.58 against any colour.
    """
    own = parse_hex(colour)
    if own is None:
        raise ValueError(f"not a hex colour: {colour!r}")
    if contrast_ratio(own, against) >= minimum:
        return own
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(own))

    def at(lvl: float) -> str:
        return _hex(*colorsys.hls_to_rgb(h, lvl, s))

    def passes(lvl: float) -> bool:
        return contrast_ratio(at(lvl), against) >= minimum

    candidates: list[float] = []
    # Luminance rises with lightness, so on each side of ``against`` the ratio is monotone:
    # bisect for the passing lightness nearest the colour's own, darker and lighter.
    if passes(0.0):
        lo, hi = 0.0, lightness  # passes at lo, fails at hi
        for _ in range(40):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if passes(mid) else (lo, mid)
        candidates.append(lo)
    if passes(1.0):
        lo, hi = lightness, 1.0  # fails at lo, passes at hi
        for _ in range(40):
            mid = (lo + hi) / 2
            lo, hi = (lo, mid) if passes(mid) else (mid, hi)
        candidates.append(hi)
    if not candidates:
        raise ValueError(f"no colour reaches {minimum}:1 on {against}")
    best = min(candidates, key=lambda lvl: abs(lvl - lightness))
    return at(best)


@dataclass(frozen=True)
class ContrastCheck:
    """One pairing a booking page draws: ``foreground`` on ``background``, and how it fares.

    ``adjust`` names which of the two is the brand colour a suggestion changes
    (``"foreground"`` or ``"background"``); ``suggestion`` is None when it passes.
    """

    what: Problem
    foreground: str
    background: str
    ratio: float
    adjust: str
    suggestion: str | None

    @property
    def passes(self) -> bool:
        return self.suggestion is None


def _check(what: Problem, fg: str, bg: str, adjust: str) -> ContrastCheck:
    ratio = contrast_ratio(fg, bg)
    suggestion = None
    if ratio < AA_NORMAL_TEXT:
        suggestion = suggest_passing(fg, bg) if adjust == "foreground" else suggest_passing(bg, fg)
    return ContrastCheck(what, fg, bg, ratio, adjust, suggestion)


def contrast_checks(primary: str, secondary: str | None = None) -> list[ContrastCheck]:
    """The pairings the booking page draws with these brand colours.

    Button text on the primary colour, page text on the secondary colour, and the primary
    colour as text and links on the light and the dark page.
    """
    checks = [
        _check(
            Problem(QT_TRANSLATE_NOOP("Problems", "Button text on the primary colour")),
            BUTTON_TEXT,
            primary,
            "background",
        ),
        _check(
            Problem(QT_TRANSLATE_NOOP("Problems", "Primary colour on the light page")),
            primary,
            LIGHT_PAGE,
            "foreground",
        ),
        _check(
            Problem(QT_TRANSLATE_NOOP("Problems", "Primary colour on the dark page")),
            primary,
            DARK_PAGE,
            "foreground",
        ),
    ]
    if secondary is not None:
        checks.append(
            _check(
                Problem(QT_TRANSLATE_NOOP("Problems", "Page text on the secondary colour")),
                PAGE_TEXT,
                secondary,
                "background",
            )
        )
    return checks
