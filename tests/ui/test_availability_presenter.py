"""The availability tab on the in-process sandbox: load, draw, save, read back, see the slots."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt

from console.api import MeetergoClient
from console.asyncqt import TaskRunner, signal_future
from console.messages import MessageBus
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.scheduling.schedule import Interval
from console.ui.accounts.model import AccountRow
from console.ui.availability.presenter import AvailabilityPresenter
from console.ui.availability.tab import AvailabilityTab

BASE_URL = "http://sandbox.test"


def test_drawn_hours_are_saved_read_back_and_offered_to_clients(qtbot, qloop) -> None:
    app = create_app(SandboxConfig(rate_limit=False))
    key = app.state.sandbox.demo_api_key

    async def scenario() -> None:
        async with MeetergoClient(key, BASE_URL, transport=sandbox_transport(app)) as client:
            page = await client.users.pages().__anext__()
            user = next(u for u in page.users if u.default_availability_id and u.email)
            assert user.email is not None and user.timezone is not None
            tab = AvailabilityTab()
            qtbot.addWidget(tab)
            tab.resize(1100, 900)
            tab.show()
            presenter = AvailabilityPresenter(tab, client=client, runner=TaskRunner(MessageBus()))
            loaded = signal_future(presenter.loaded)
            shown = signal_future(presenter.slots_shown)
            presenter.show_account(AccountRow(user.id, user.email))
            await asyncio.wait_for(loaded, 10)
            assert tab.account_label.text() == user.email
            assert (
                tab.zone_box.zone()
                == (
                    await client.acting_as(user.id).availabilities.get(
                        user.default_availability_id or ""
                    )
                ).timezone
            )
            assert not tab.save_button.isEnabled()
            assert await asyncio.wait_for(shown, 10) == (False,)
            assert "as clients see them now" in tab.slots_label.text()

            grid = tab.grid
            saturday = tab.editor.schedule.with_day("saturday", [])
            tab.editor.apply(saturday, "clear Saturday")  # whatever the demo had there
            x = int(grid.x_of(5) + grid._column_width() / 2)
            qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, round(grid.y_of(600))))
            qtbot.mouseMove(grid, QPoint(x, round(grid.y_of(720))))
            qtbot.mouseRelease(
                grid, Qt.MouseButton.LeftButton, pos=QPoint(x, round(grid.y_of(720)))
            )
            assert tab.editor.schedule.intervals("saturday") == (Interval("10:00", "12:00"),)
            assert tab.unsaved_label.text()
            # The preview computes the slots of the unsaved hours here, and says so.
            tab.preview_check.setChecked(True)
            assert "computed here from the unsaved hours" in tab.slots_label.text()
            saturday_marks = [m for d, m in grid._slots if d == 5]
            assert saturday_marks and all(600 <= m < 720 for m in saturday_marks)
            back = signal_future(presenter.slots_shown)
            tab.preview_check.setChecked(False)  # back to the server's slots, before the save
            assert await asyncio.wait_for(back, 10) == (False,)

            finished = signal_future(presenter.save_finished)
            shown = signal_future(presenter.slots_shown)
            tab.save_button.click()
            assert await asyncio.wait_for(finished, 10) == (True,)
            assert not tab.editor.is_dirty and not tab.unsaved_label.text()
            acting = client.acting_as(user.id)
            stored = await acting.availabilities.get(user.default_availability_id or "")
            assert stored.schedule.intervals("saturday") == (Interval("10:00", "12:00"),)
            assert tab.editor.schedule == stored.schedule

            # Clients get Saturday starts between 10:00 and 12:00 local time, and none outside.
            zone = ZoneInfo(stored.timezone or "UTC")
            day = datetime.now(zone).date() + timedelta(days=3)
            while day.weekday() != 5:
                day += timedelta(days=1)
            [mt, *_] = [
                m
                for m in await acting.meeting_types.list()
                if m.availability_id in (None, stored.id)
            ]
            slots = await client.slots.list(mt.id, day, day, host_ids=[user.id])
            starts = [
                s.start_time.astimezone(zone)
                for d in slots.dates
                for s in d.spots
                if s.start_time.astimezone(zone).date() == day
            ]
            assert starts, "Saturday offers slots"
            assert all(10 <= s.hour < 12 for s in starts)
            # After the save the grid shows the server's slots, Saturday's within 10–12 again.
            assert await asyncio.wait_for(shown, 10) == (False,)
            assert "as clients see them now" in tab.slots_label.text()
            server_saturday = [m for d, m in grid._slots if d == 5]
            assert server_saturday and all(600 <= m < 720 for m in server_saturday)
            presenter.close()

    qloop.run_until_complete(scenario())
