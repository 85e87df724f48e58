"""Loads the current account's availability into the tab and saves the tab's edits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Signal

from console.api.client import MeetergoClient
from console.api.models import Availability, MeetingType
from console.asyncqt import TaskRunner
from console.scheduling.schedule import WeeklySchedule
from console.scheduling.slots import DateOverride, SlotRules, compute_slots
from console.ui.accounts.model import AccountRow
from console.ui.availability.tab import AvailabilityTab
from console.ui.errors import describe

__all__ = ["AvailabilityPresenter"]

# What clients will see: the slots of the next two weeks.
_PREVIEW_DAYS = 14


class AvailabilityPresenter(QObject):
    """Shows the chosen account's default availability; saves and reads it back.

    Signals:
        message_posted(str, str): a level ("info", "error") and a sentence for the status bar.
        loaded(str): an account's hours are shown (its user id).
        save_finished(bool): a save ended, True when the server took it.
        slots_shown(bool): slots are drawn over the grid; True when computed locally.
    """

    message_posted = Signal(str, str)
    loaded = Signal(str)
    save_finished = Signal(bool)
    slots_shown = Signal(bool)

    def __init__(self, tab: AvailabilityTab, *, client: MeetergoClient, runner: TaskRunner) -> None:
        super().__init__()
        self._tab, self._client, self._runner = tab, client, runner
        self._account: AccountRow | None = None
        self._availability_id: str | None = None
        self._availability: Availability | None = None
        self._meeting_types: dict[str, MeetingType] = {}
        tab.save_requested.connect(self._save)
        tab.slots_wanted.connect(self._slots)

    def change_set_name(self, accounts: int) -> str:
        """The name of the change set that applies the edited hours to ``accounts`` accounts."""
        return self.tr("Weekly hours for %n account(s)", "", accounts)

    def close(self) -> None:
        """Stop listening to the tab (the connection closed; the tab stays for the next one)."""
        self._tab.save_requested.disconnect(self._save)
        self._tab.slots_wanted.disconnect(self._slots)

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

    async def _load(
        self, account: AccountRow
    ) -> tuple[AccountRow, str | None, Availability, list[MeetingType]]:
        user = await self._client.users.get(account.id)
        if not user.default_availability_id:
            raise LookupError(
                self.tr("{email} has no default availability.").format(email=account.email)
            )
        acting = self._client.acting_as(account.id)
        availability = await acting.availabilities.get(user.default_availability_id)
        types = [
            mt
            for mt in await acting.meeting_types.list()
            if mt.availability_id in (None, availability.id) and mt.duration
        ]
        return account, user.timezone, availability, types

    def _loaded(
        self, result: tuple[AccountRow, str | None, Availability, list[MeetingType]]
    ) -> None:
        account, user_zone, availability, types = result
        if self._account is None or account.id != self._account.id:
            return
        self._availability_id = availability.id
        self._availability = availability
        self._meeting_types = {mt.id: mt for mt in types}
        self._tab.set_meeting_types([(mt.name or mt.slug or mt.id, mt.id) for mt in types])
        self._tab.show_availability(
            account.email, availability.schedule, availability.timezone or "UTC", user_zone
        )
        self.loaded.emit(account.id)
        if types:
            self._slots(types[0].id, False)

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
            self._availability = availability
            mt_id = self._tab.meeting_type_box.currentData()
            if isinstance(mt_id, str):
                self._slots(mt_id, self._tab.preview_check.isChecked())
            self.message_posted.emit(
                "info", self.tr("Hours of {email} saved.").format(email=account.email)
            )
            self.save_finished.emit(True)

        self._runner.run(save(), name="availability:save", on_success=stored, on_failure=failed)

    def _slots(self, meeting_type_id: str, local: bool) -> None:
        account, availability = self._account, self._availability
        mt = self._meeting_types.get(meeting_type_id)
        if account is None or availability is None or mt is None:
            return
        now = datetime.now(UTC)
        end = now + timedelta(days=_PREVIEW_DAYS)
        zone = self._tab.zone_box.zone() or availability.timezone or "UTC"
        if local:
            info = mt.meeting_info
            rules = SlotRules(
                duration=mt.duration or 30,
                buffer_before=info.buffer_before or 0,
                buffer_after=info.buffer_after or 0,
                interval=mt.timeslot_interval or None,
                minimum_notice=mt.booking_minimum or 0,
                spots=mt.spots or 1,
            )
            overrides = [
                DateOverride(e.start, e.end, e.available)
                for e in availability.availability_exceptions
                if e.start is not None and e.end is not None
            ]
            starts = compute_slots(
                self._tab.editor.schedule,
                zone,
                rules,
                window_start=now,
                window_end=end,
                now=now,
                overrides=overrides,
            )
            self._tab.show_slots(starts, zone, local=True)
            self.slots_shown.emit(True)
            return

        async def fetch() -> list[datetime]:
            answer = await self._client.slots.list(
                meeting_type_id, now.date(), end.date(), host_ids=[account.id]
            )
            return [s.start_time for day in answer.dates for s in day.spots]

        self._runner.run(
            fetch(),
            name="availability:slots",
            on_success=lambda starts: self._shown(starts, zone),
            on_failure=self._failed,
        )

    def _shown(self, starts: list[datetime], zone: str) -> None:
        self._tab.show_slots(starts, zone, local=False)
        self.slots_shown.emit(False)
