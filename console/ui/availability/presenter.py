"""Loads the current account's availability into the tab and saves the tab's edits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from console.api.client import MeetergoClient
from console.api.models import Availability, MeetingType
from console.asyncqt import TaskRunner
from console.scheduling.date_exceptions import DateException
from console.scheduling.day_reasons import missing_slot_reasons
from console.scheduling.schedule import WeeklySchedule
from console.scheduling.slots import Booked, DateOverride, compute_slots
from console.services.availability import (
    AvailabilityService,
    LoadedAvailability,
    date_exceptions,
    slot_rules,
)
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
        exceptions_saved(bool): a save of the date-specific hours ended, True when taken.
        slots_shown(bool): slots are drawn over the grid; True when computed locally.
    """

    message_posted = Signal(str, str)
    loaded = Signal(str)
    save_finished = Signal(bool)
    exceptions_saved = Signal(bool)
    slots_shown = Signal(bool)

    def __init__(
        self,
        tab: AvailabilityTab,
        *,
        client: MeetergoClient,
        runner: TaskRunner,
        service: AvailabilityService | None = None,
    ) -> None:
        super().__init__()
        self._tab, self._client, self._runner = tab, client, runner
        self._service = service or AvailabilityService(client)
        self._account: AccountRow | None = None
        self._availability_id: str | None = None
        self._availability: Availability | None = None
        self._meeting_types: dict[str, MeetingType] = {}
        self._booked: list[Booked] = []
        tab.save_requested.connect(self._save)
        tab.slots_wanted.connect(self._slots)
        tab.exceptions_save_requested.connect(self._save_exceptions)

    def change_set_name(self, accounts: int) -> str:
        """The name of the change set that applies the edited hours to ``accounts`` accounts."""
        return self.tr("Weekly hours for %n account(s)", "", accounts)

    def close(self) -> None:
        """Stop listening to the tab (the connection closed; the tab stays for the next one)."""
        self._tab.save_requested.disconnect(self._save)
        self._tab.slots_wanted.disconnect(self._slots)
        self._tab.exceptions_save_requested.disconnect(self._save_exceptions)

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

    async def _load(self, account: AccountRow) -> tuple[AccountRow, LoadedAvailability]:
        loaded = await self._service.load(account.id)
        if loaded is None:
            raise LookupError(
                self.tr("{email} has no default availability.").format(email=account.email)
            )
        return account, loaded

    def _loaded(self, result: tuple[AccountRow, LoadedAvailability]) -> None:
        account, loaded = result
        if self._account is None or account.id != self._account.id:
            return
        availability, types = loaded.availability, loaded.meeting_types
        self._availability_id = availability.id
        self._availability = availability
        self._booked = []
        self._meeting_types = {mt.id: mt for mt in types}
        self._tab.set_meeting_types([(mt.name or mt.slug or mt.id, mt.id) for mt in types])
        self._tab.show_availability(
            account.email, availability.schedule, availability.timezone or "UTC", loaded.user_zone
        )
        self._tab.show_exceptions(date_exceptions(availability))
        self.loaded.emit(account.id)
        if types:
            self._slots(types[0].id, False)

    def _failed(self, error: BaseException) -> None:
        text = str(error) if isinstance(error, LookupError) else describe(error)
        self.message_posted.emit("error", text)

    def _refresh_slots(self) -> None:
        mt_id = self._tab.meeting_type_box.currentData()
        if isinstance(mt_id, str):
            self._slots(mt_id, self._tab.preview_check.isChecked())

    def _save(self, schedule: WeeklySchedule, zone: str) -> None:
        account, av_id = self._account, self._availability_id
        if account is None or av_id is None:
            self._tab.save_failed(self.tr("no account is loaded."))
            return

        def failed(error: BaseException) -> None:
            self._tab.save_failed(describe(error))
            self.save_finished.emit(False)

        def stored(availability: Availability) -> None:
            self._tab.saved(availability.schedule, availability.timezone or zone)
            self._availability = availability
            self._refresh_slots()
            self.message_posted.emit(
                "info", self.tr("Hours of {email} saved.").format(email=account.email)
            )
            self.save_finished.emit(True)

        self._runner.run(
            self._service.save_hours(account.id, av_id, schedule, zone),
            name="availability:save",
            on_success=stored,
            on_failure=failed,
        )

    def _save_exceptions(self, exceptions: list[DateException], zone: str) -> None:
        account, av_id = self._account, self._availability_id
        if account is None or av_id is None:
            self._tab.exceptions_save_failed(self.tr("no account is loaded."))
            return
        # Dates are the stored availability's: its zone, not one being edited but not saved.
        stored_zone = (self._availability.timezone if self._availability else None) or zone

        def failed(error: BaseException) -> None:
            self._tab.exceptions_save_failed(describe(error))
            self.exceptions_saved.emit(False)

        def stored(availability: Availability) -> None:
            self._availability = availability
            self._tab.exceptions_saved(date_exceptions(availability))
            self._refresh_slots()
            self.message_posted.emit(
                "info",
                self.tr("Date-specific hours of {email} saved.").format(email=account.email),
            )
            self.exceptions_saved.emit(True)

        self._runner.run(
            self._service.save_exceptions(account.id, av_id, exceptions, stored_zone),
            name="availability:exceptions",
            on_success=stored,
            on_failure=failed,
        )

    def _slots(self, meeting_type_id: str, local: bool) -> None:
        account, availability = self._account, self._availability
        mt = self._meeting_types.get(meeting_type_id)
        if account is None or availability is None or mt is None:
            return
        now = datetime.now(UTC)
        end = now + timedelta(days=_PREVIEW_DAYS)
        zone = self._tab.zone_box.zone() or availability.timezone or "UTC"
        stored_zone = availability.timezone or "UTC"
        schedule = self._tab.editor.schedule if local else availability.schedule
        shown_zone = zone if local else stored_zone
        exceptions = date_exceptions(availability)

        rules = slot_rules(mt)
        overrides = [o for e in exceptions for o in e.overrides(stored_zone)]
        if local:
            # The appointments read with the server's slots: a drag recomputes at once,
            # without a request per edit.
            booked = self._booked
            starts = compute_slots(
                schedule,
                shown_zone,
                rules,
                window_start=now,
                window_end=end,
                now=now,
                overrides=overrides,
                booked=booked,
            )
            self._show(mt, starts, shown_zone, True, schedule, overrides, booked, now)
            return

        async def fetch() -> tuple[list[datetime], list[Booked]]:
            # Appointments a little either side: a buffer reaches past the window's edge.
            margin = timedelta(days=1)
            booked = await self._service.booked(account.id, now - margin, end + margin)
            answer = await self._client.slots.list(
                meeting_type_id, now.date(), end.date(), host_ids=[account.id]
            )
            return [s.start_time for day in answer.dates for s in day.spots], booked

        def shown(result: tuple[list[datetime], list[Booked]]) -> None:
            starts, self._booked = result
            self._show(mt, starts, shown_zone, False, schedule, overrides, self._booked, now)

        self._runner.run(
            fetch(), name="availability:slots", on_success=shown, on_failure=self._failed
        )

    def _show(
        self,
        mt: MeetingType,
        starts: list[datetime],
        zone: str,
        local: bool,
        schedule: WeeklySchedule,
        overrides: Sequence[DateOverride],
        booked: list[Booked],
        now: datetime,
    ) -> None:
        try:
            reasons = missing_slot_reasons(
                schedule,
                zone,
                slot_rules(mt),
                first=now.astimezone(ZoneInfo(zone)).date(),
                days=_PREVIEW_DAYS,
                now=now,
                overrides=overrides,
                booked=booked,
            )
        except ValueError:
            reasons = {}
        # A day with slots the server lists is not explained away by the local rules.
        days = {s.astimezone(ZoneInfo(zone)).date() for s in starts}
        reasons = {d: r for d, r in reasons.items() if d not in days}
        self._tab.show_slots(starts, zone, local=local, reasons=reasons)
        self.slots_shown.emit(local)
