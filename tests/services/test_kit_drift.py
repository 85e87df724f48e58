"""Which fields of a brand kit a booking page no longer has."""

from __future__ import annotations

from typing import Any

from console.services.branding import kit_drift
from console.store.brand_kits import BrandKit


def test_kit_drift_names_the_fields_the_page_no_longer_has() -> None:
    kit = BrandKit(
        "Muster",
        {
            "primaryColor": "#0066cc",
            "headerTitle": "Kanzlei",
            "onlineProfiles": {"xing": "https://xing.com/k"},
        },
    )
    page: dict[str, Any] = {
        "primaryColor": "#06C",  # the same colour, spelled differently
        "headerTitle": "Kanzlei",
        "onlineProfiles": {"xing": "https://xing.com/k", "facebook": "fb"},
        "description": "own text",
    }
    assert kit_drift(kit, page) == []
    page["headerTitle"] = "Eigene Kanzlei"
    page["onlineProfiles"] = {"facebook": "fb"}
    assert kit_drift(kit, page) == ["headerTitle", "onlineProfiles"]
    assert kit_drift(kit.fields, {}) == ["primaryColor", "headerTitle", "onlineProfiles"]
