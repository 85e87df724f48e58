"""Loads the current account's availability into the tab and saves the tab's edits."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from console.api.client import MeetergoClient
from console.api.models import Availability
from console.asyncqt import TaskRunner
from console.scheduling.schedule import WeeklySchedule
from console.ui.accounts.model import AccountRow
from console.ui.availability.tab import AvailabilityTab
from console.ui.errors import describe

__all__ = ["AvailabilityPresenter"]


class AvailabilityPresenter(QObject):
    """Shows the chosen account's default availability; saves and reads it back.

    Signals:
        message_posted(str, str): a level ("info", "error") and a sentence for the status bar.
        loaded(str): an account's hours are shown (its user id).
        save_finished(bool): a save ended, True when the server took it.
    """

    message_posted = Signal(str, str)
    loaded = Signal(str)
    save_finished = Signal(bool)

    def __init__(self, tab: AvailabilityTab, *, client: MeetergoClient, runner: TaskRunner) -> None:
        super().__init__()
        self._tab, self._client, self._runner = tab, client, runner
        self._account: AccountRow | None = None
        self._availability_id: str | None = None
        tab.save_requested.connect(self._save)

    def close(self) -> None:
        """Stop listening to the tab (the connection closed; the tab stays for the next one)."""
        self._tab.save_requested.disconnect(self._save)

    def show_account(self, account: AccountRow | None) -> None:
        """Load ``account``'s hours (the selection's ``show``)."""
        self._account = account
        self._availability_id = None
        if account is None:
            return
        self._runner.run(
            self._load(account),
            name="availability:load",
            on_success=self._loaded,
            on_failure=self._failed,
        )

    async def _load(self, account: AccountRow) -> tuple[AccountRow, str | None, Availability]:
        user = await self._client.users.get(account.id)
        if not user.default_availability_id:
            raise LookupError(
                self.tr("{email} has no default availability.").format(email=account.email)
            )
        acting = self._client.acting_as(account.id)
        availability = await acting.availabilities.get(user.default_availability_id)
        return account, user.timezone, availability

    def _loaded(self, result: tuple[AccountRow, str | None, Availability]) -> None:
        account, user_zone, availability = result
        if self._account is None or account.id != self._account.id:
            return
        self._availability_id = availability.id
        self._tab.show_availability(
            account.email, availability.schedule, availability.timezone or "UTC", user_zone
        )
        self.loaded.emit(account.id)

    def _failed(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, LookupError) else describe(error)
        self.message_posted.emit("error", text)

    def _save(self, schedule: WeeklySchedule, zone: str) -> None:
        account, av_id = self._account, self._availability_id
        if account is None or av_id is None:
            self._tab.save_failed(self.tr("no account is loaded."))
            return

        async def save() -> Availability:
            acting = self._client.acting_as(account.id)
            await acting.availabilities.update(av_id, schedule=schedule, timezone=zone)
            # Redraw from what the server keeps, not from what was sent.
            return await acting.availabilities.get(av_id)

        def failed(error: BaseException) -> None:
            self._tab.save_failed(describe(error))
            self.save_finished.emit(False)

        def stored(availability: Availability) -> None:
            self._tab.saved(availability.schedule, availability.timezone or zone)
            self.message_posted.emit(
                "info", self.tr("Hours of {email} saved.").format(email=account.email)
            )
            self.save_finished.emit(True)

        self._runner.run(save(), name="availability:save", on_success=stored, on_failure=failed)
