"""Accounts on the in-process sandbox for the fleet-change tests, and a count of its writes."""

from __future__ import annotations

from collections import Counter
from typing import Any

from console.api import MeetergoClient
from console.jobs.edits import AccountRef


async def make_accounts(client: MeetergoClient, n: int, prefix: str = "fleet") -> list[AccountRef]:
    """``n`` new accounts, each with a 30-minute meeting type "Erstberatung"."""
    accounts: list[AccountRef] = []
    for i in range(n):
        email = f"{prefix}{i:03d}@kanzlei.example"
        created = await client.users.create(
            email=email,
            given_name=f"Anna{i}",
            family_name="Muster",
            timezone="Europe/Berlin",
            meeting_type={"name": "Erstberatung", "duration": 30},
        )
        accounts.append(AccountRef(created.user_id, email, "Europe/Berlin"))
    return accounts


def count_writes(state: Any) -> Counter[tuple[str, str]]:
    """Count every PATCH the sandbox applies, per (kind, id): wraps its state's update calls.

    Counted where the sandbox writes, so a request dropped after it was processed counts too.
    """
    writes: Counter[tuple[str, str]] = Counter()
    update_mt = state.update_meeting_type
    update_user = state.update_user

    def meeting_type(actor: Any, mt_id: str, body: Any) -> Any:
        result = update_mt(actor, mt_id, body)
        writes["meeting_type", mt_id] += 1
        return result

    def user(actor: Any, user_id: str, body: Any) -> Any:
        result = update_user(actor, user_id, body)
        writes["user", user_id] += 1
        return result

    state.update_meeting_type = meeting_type
    state.update_user = user
    return writes
