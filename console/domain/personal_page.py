"""What the console edits of a booking page (personal page), as plain data for the form."""

from __future__ import annotations

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
