"""Sample accounts for the UI tests."""

from __future__ import annotations

from datetime import UTC, datetime

from console.ui.accounts.model import AccountRow


def sample_accounts(count: int = 5) -> list[AccountRow]:
    names = [("Anna", "Schmidt"), ("Jörg", "Müller"), ("Mia", "Weber"), ("Lukas", "Becker")]
    rows = []
    for i in range(count):
        given, family = names[i % len(names)]
        rows.append(
            AccountRow(
                id=f"user-{i}",
                email=f"{given.lower()}.{i}@kanzlei.example",
                given_name=given,
                family_name=f"{family}{i}",
                slug=f"{given.lower()}-{i}",
                timezone="Europe/Berlin" if i % 2 else "Europe/London",
                meeting_type_count=i % 3,
                booking_url=f"http://127.0.0.1:9/cal/{given.lower()}-{i}",
                created_at=datetime(2026, 1, 1 + i, tzinfo=UTC),
            )
        )
    return rows
