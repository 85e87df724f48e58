"""What the console edits of a booking page (personal page), as plain data for the form, and
the rules of its custom links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from console.domain.problems import QT_TRANSLATE_NOOP, Problem

PROFILE_FIELDS = (
    "linkedIn",
    "xing",
    "phone",
    "email",
    "addressStreet",
    "addressPostalCode",
    "addressCity",
    "addressCountry",
)
"""The ``onlineProfiles`` entries the editor shows (``customLinks`` is a list beside them)."""

CUSTOM_LINKS = "customLinks"
"""The ``onlineProfiles`` entry holding the page's own links: ``[{name, url, icon}, …]``."""

LINK_NAME_MAX = 100


def custom_link_problem(name: str, url: str) -> Problem | None:
    """Why a custom link (its shown name and address) cannot go on the page, or None.

    The page links it for every client, so it must be a whole web address (``https://…`` or
    ``http://…`` with a host), and a link without a name would show as an empty button.
    """
    if not name.strip():
        return Problem(QT_TRANSLATE_NOOP("Problems", "The link to {url} needs a name."), url=url)
    if len(name.strip()) > LINK_NAME_MAX:
        return Problem(
            QT_TRANSLATE_NOOP("Problems", "The link name {name!r} is longer than {count}."),
            name=name.strip(),
            count=LINK_NAME_MAX,
        )
    address = url.strip()
    parts = urlsplit(address)
    if (
        parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or "." not in parts.hostname
        or any(c.isspace() for c in address)
    ):
        return Problem(
            QT_TRANSLATE_NOOP(
                "Problems", "{url!r} is not a web address like https://example.com/page."
            ),
            url=address,
        )
    return None


def custom_links_problems(links: Sequence[Mapping[str, Any]]) -> dict[int, Problem]:
    """Position → problem for the links of ``links`` that cannot go on the page."""
    problems: dict[int, Problem] = {}
    for index, link in enumerate(links):
        problem = custom_link_problem(str(link.get("name") or ""), str(link.get("url") or ""))
        if problem is not None:
            problems[index] = problem
    return problems
