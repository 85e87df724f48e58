"""The accounts a change is planned for, as the account picker returns them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PickedAccount:
    """One account chosen in the picker.

    The same fields as the engine's ``AccountRef`` (user id, a label for display, the account's
    time zone), so an edit that reads ``account.user_id`` / ``account.timezone`` takes either.
    """

    user_id: str
    label: str
    timezone: str | None = None


__all__ = ["PickedAccount"]
