"""Search text folding shared by every account search: case, accents and the German spelling.

"schafer" and "schaefer" both find "Schäfer". Pure Python, no Qt.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# German spellings without umlauts ("Schaefer") find the umlaut too.
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "þ": "th"})
# Cheap tests first: translating is a dictionary look-up per character, and most texts need
# neither table.
_HAS_GERMAN = re.compile("[äöüß]").search
_HAS_UNDECOMPOSED = re.compile("[øæœłđþ]").search


@functools.cache
def _combining() -> re.Pattern[str]:
    """Every combining character of the Basic Multilingual Plane, as one character class.

    One regular-expression pass in C instead of a Python step per character; built on the first
    text that needs it (a few milliseconds), not at import.
    """
    marks = (chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c)))
    return re.compile("[" + "".join(re.escape(m) for m in marks) + "]+")


def search_key(text: str) -> str:
    """What a search matches against: case- and accent-free, plus the German ae/oe/ue spelling."""
    folded = text.casefold()
    if folded.isascii():  # nothing to fold further: the common case, kept cheap
        return folded
    base = folded.translate(_UNDECOMPOSED) if _HAS_UNDECOMPOSED(folded) else folded
    decomposed = unicodedata.normalize("NFKD", base)
    if decomposed.isascii():
        plain = decomposed
    elif max(decomposed) <= "\uffff":
        plain = _combining().sub("", decomposed)
    else:  # beyond the plane the class covers: character by character
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    if _HAS_GERMAN(folded) is None:
        return plain
    return f"{plain}\n{folded.translate(_GERMAN)}"


def search_needle(text: str) -> str:
    """What a typed search looks for: the text folded like :func:`search_key` (its first form)."""
    return search_key(text.strip()).split("\n")[0]


__all__ = ["search_key", "search_needle"]
