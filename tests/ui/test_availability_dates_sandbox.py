"""Date-specific hours and the slot preview against the in-process sandbox."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from console.api import MeetergoClient
from console.asyncqt import TaskRunner, signal_future
from console.messages import MessageBus
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.scheduling.day_reasons import BOOKED_OUT, CLOSED
from console.ui.accounts.model import AccountRow
from console.ui.availability.presenter import AvailabilityPresenter
from console.ui.availability.tab import AvailabilityTab

BASE_URL = "http://sandbox.test"


def test_a_closed_day_is_saved_read_back_and_explained_and_the_preview_counts_bookings(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    app = create_app(SandboxConfig(rate_limit=False))
    key = app.state.sandbox.demo_api_key

    async def scenario() -> None:
        async with MeetergoClient(key, BASE_URL, transport=sandbox_transport(app)) as client:
            page = await client.users.pages().__anext__()
            user = next(u for u in page.users if u.default_availability_id and u.email)
            assert user.email is not None and user.default_availability_id is not None
            tab = AvailabilityTab()
            qtbot.addWidget(tab)
            tab.resize(1100, 900)
            tab.show()
            presenter = AvailabilityPresenter(tab, client=client, runner=TaskRunner(MessageBus()))
            loaded = signal_future(presenter.loaded)
            shown = signal_future(presenter.slots_shown)
            presenter.show_account(AccountRow(user.id, user.email))
            await asyncio.wait_for(loaded, 10)
            assert await asyncio.wait_for(shown, 10) == (False,)
            mt_id = tab.meeting_type_box.currentData()
            assert isinstance(mt_id, str)
            acting = client.acting_as(user.id)
            stored = await acting.availabilities.get(user.default_availability_id)
            zone = ZoneInfo(stored.timezone or "UTC")
            starts = tab.slot_starts()
            days = sorted({s.astimezone(zone).date() for s in starts})
            today = datetime.now(zone).date()
            closed_day, booked_day = [d for d in days if d > today + timedelta(days=1)][:2]

            # Close one day from the form; the server keeps it, the tab shows what it kept.
            panel = tab.dates
            panel.first_edit.setDate(QDate(closed_day.year, closed_day.month, closed_day.day))
            panel.last_edit.setDate(QDate(closed_day.year, closed_day.month, closed_day.day))
            panel.note_edit.setText("Team offsite")
            saved = signal_future(presenter.exceptions_saved)
            shown = signal_future(presenter.slots_shown)
            panel.add_button.click()
            assert await asyncio.wait_for(saved, 10) == (True,)
            again = await acting.availabilities.get(user.default_availability_id)
            kept = [e for e in again.availability_exceptions if e.title == "Team offsite"]
            assert len(kept) == 1 and not kept[0].available
            assert kept[0].start is not None
            assert kept[0].start.astimezone(zone).date() == closed_day
            assert kept[0].start.astimezone(zone).hour == 0
            assert [(e.first, e.title) for e in panel.exceptions()] == [
                (closed_day, "Team offsite")
            ]
            assert panel.calendar.marks(closed_day)

            # The server offers nothing that day any more, and the tab says why.
            assert await asyncio.wait_for(shown, 10) == (False,)
            assert not [s for s in tab.slot_starts() if s.astimezone(zone).date() == closed_day]
            reason = tab.slot_reasons()[closed_day]
            assert reason.kind == CLOSED and reason.title == "Team offsite"
            assert "closed (Team offsite)" in tab.slots_label.toolTip()

            # Book every slot of another day: the local preview leaves them out, as the server
            # does, and explains the day as booked out.
            offered = await client.slots.list(mt_id, booked_day, booked_day, host_ids=[user.id])
            for start in [s for s in offered.starts() if s.astimezone(zone).date() == booked_day]:
                await client.bookings.create(
                    mt_id,
                    start,
                    {"email": f"k{start.hour}{start.minute}@example.com", "firstname": "K"},
                    host_ids=[user.id],
                )
            shown = signal_future(presenter.slots_shown)
            tab.slots_wanted.emit(mt_id, False)
            assert await asyncio.wait_for(shown, 10) == (False,)
            server = tab.slot_starts()
            assert not [s for s in server if s.astimezone(zone).date() == booked_day]
            tab.preview_check.setChecked(True)
            assert "computed here from the unsaved hours" in tab.slots_label.text()
            # The same starts, over the 14 days the preview covers (the server's query is by
            # whole dates, so it runs to the end of the last day).
            local = tab.slot_starts()
            assert local and local == [s for s in server if s <= local[-1]]
            assert server[-1] - local[-1] <= timedelta(days=1)
            assert tab.slot_reasons()[booked_day].kind == BOOKED_OUT
            presenter.close()

    qloop.run_until_complete(scenario())
