"""Sample records for the store tests."""

from __future__ import annotations

from datetime import UTC, datetime

from console.store import CachedAccount


def cached_account(i: int) -> CachedAccount:
    return CachedAccount(
        user_id=f"u{i:05d}",
        email=f"person{i:05d}@example.com",
        given_name="Anna",
        family_name=f"Muster{i}",
        slug=f"anna-muster-{i}",
        timezone="Europe/Berlin",
        meeting_type_count=2,
        booking_url=f"https://cal.meetergo.com/anna-muster-{i}",
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        fetched_at=datetime(2026, 11, 1, tzinfo=UTC),
        raw={"id": f"u{i:05d}", "extraField": [1, 2]},
    )
