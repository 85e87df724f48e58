"""Why a store cannot be opened; each message is the sentence to show (no SQLAlchemy here)."""

from __future__ import annotations


class StoreError(Exception):
    """The store cannot be used; ``str(error)`` says why and what to do."""


class StoreUnavailable(StoreError):
    """The database does not answer or refuses the login."""


class StoreTooNew(StoreError):
    """The database was migrated by a newer console than this one."""

    def __init__(self, where: str, revision: str) -> None:
        super().__init__(
            f"the store at {where} has schema revision {revision!r}, which is newer than this "
            "console knows; update the console (every console of the team needs the same "
            "version) before opening it."
        )
        self.revision = revision


__all__ = ["StoreError", "StoreTooNew", "StoreUnavailable"]
