"""Embed snippets for a booking URL (meetergo-api.md §16): the SDK inline widget and an iframe."""

from __future__ import annotations

from html import escape
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication

SDK_SCRIPT = "https://cdn.meetergo.com/v4/integration.js"


def embed_url(booking_url: str) -> str:
    """``booking_url`` with ``embed=true`` added (kept once, other query parameters preserved)."""
    parts = urlsplit(booking_url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "embed"]
    query.append(("embed", "true"))
    return urlunsplit(parts._replace(query=urlencode(query)))


def embed_code(booking_url: str) -> str:
    """The inline SDK snippet followed by the plain ``?embed=true`` iframe alternative."""
    return (
        "<!-- meetergo inline booking widget -->\n"
        f'<div class="meetergo-iframe" data-src="{booking_url}"></div>\n'
        f'<script src="{SDK_SCRIPT}" defer></script>\n'
        "\n"
        "<!-- or, without the script: -->\n"
        f'<iframe src="{embed_url(booking_url)}" width="100%" height="700" '
        f'style="border:0" title="{escape(iframe_title())}"></iframe>\n'
    )


def iframe_title() -> str:
    """The iframe's accessible title, in the console's language (the agency's clients')."""
    return QCoreApplication.translate("Embed", "Book an appointment")
