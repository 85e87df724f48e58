"""German texts used by update.py to fill unfinished entries of console_de.ts."""

from __future__ import annotations

GERMAN: dict[str, str | tuple[str, str]] = {}
