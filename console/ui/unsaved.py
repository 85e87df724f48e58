"""Which accounts of a connection have edits that are not saved yet, and in which tab.

A tab that keeps drafts (the meeting-types editor keeps one per account across account switches)
marks the account here; the accounts pane shows a dot beside it, and the shell asks before it
closes the connection (switching connections or quitting drops drafts).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class UnsavedEdits(QObject):
    """Accounts with unsaved edits, each with the places (tab names) that hold them.

    Signals:
        changed(str): the unsaved state of the account with this user id changed.
    """

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places: dict[str, set[str]] = {}

    def mark(self, account_id: str, place: str) -> None:
        """Say that ``place`` holds unsaved edits of ``account_id``."""
        places = self._places.setdefault(account_id, set())
        if place not in places:
            places.add(place)
            self.changed.emit(account_id)

    def clear(self, account_id: str, place: str) -> None:
        """Say that ``place`` holds no unsaved edits of ``account_id`` any more."""
        places = self._places.get(account_id)
        if places is None or place not in places:
            return
        places.discard(place)
        if not places:
            del self._places[account_id]
        self.changed.emit(account_id)

    def has(self, account_id: str) -> bool:
        """Whether any place holds unsaved edits of ``account_id``."""
        return account_id in self._places

    def places(self, account_id: str) -> frozenset[str]:
        """The places holding unsaved edits of ``account_id``."""
        return frozenset(self._places.get(account_id, ()))

    def accounts(self) -> frozenset[str]:
        """Every account with unsaved edits."""
        return frozenset(self._places)


__all__ = ["UnsavedEdits"]
