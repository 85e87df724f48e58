"""The current account of a connection: one object every tab reads and the accounts views write.

The accounts pane (the list on the left) and the accounts table each show the current account and
report the user's choice through a ``account_chosen(object)`` signal; :meth:`Selection.attach`
wires such a view both ways. Presenters read :meth:`Selection.current` and listen to ``changed``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

from console.ui.accounts.model import AccountRow

Show = Callable[[AccountRow | None], None]


class Selection(QObject):
    """The one current account (an :class:`AccountRow`) or None.

    Signals:
        changed(object): the current account changed; the new :class:`AccountRow` or None.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: AccountRow | None = None
        self._views: list[tuple[SignalInstance, Show]] = []

    def current(self) -> AccountRow | None:
        """The current account, if any."""
        return self._current

    def current_id(self) -> str | None:
        """The current account's user id, if any."""
        return self._current.id if self._current is not None else None

    def set_current(self, account: AccountRow | None) -> None:
        """Make ``account`` current; ``changed`` is emitted only when something changed.

        A renamed account (same id, new values) is a change: views show the new values.
        """
        if account == self._current:
            return
        self._current = account
        self.changed.emit(account)

    def forget(self, account_id: str) -> None:
        """Clear the selection when it is ``account_id`` (the account was deleted)."""
        if self.current_id() == account_id:
            self.set_current(None)

    def attach(self, chosen: SignalInstance, show: Show) -> None:
        """Let a view write the selection through ``chosen`` and show it through ``show``."""
        chosen.connect(self.set_current)
        self.changed.connect(show)
        self._views.append((chosen, show))
        show(self._current)

    def detach_all(self) -> None:
        """Disconnect every attached view (the connection closes; a new selection follows)."""
        views, self._views = self._views, []
        for chosen, show in views:
            self.changed.disconnect(show)
            try:
                chosen.disconnect(self.set_current)
            except RuntimeError:  # the view was deleted first; its connections went with it
                pass


__all__ = ["Selection"]
