"""The templates tab in the real window, on the in-process sandbox with the real change engine:
create a template with a locked field, assign it through the picker and the Changes panel,
see one account's divergence in the drift table and re-apply just that field."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox

from console.asyncqt import signal_future
from console.ui.changes.panel import ChangesPanel
from console.ui.templates.tab import TemplatesTab
from tests.ui.test_changes_wiring import make_shell  # noqa: F401  (the fixture)

TIMEOUT = 30


def _cells(tab: TemplatesTab) -> list[list[str]]:
    table = tab.drift_table
    rows: list[list[str]] = []
    for r in range(table.rowCount()):
        items = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def test_create_assign_drift_and_reapply_in_the_tab(make_shell, qloop, tmp_path: Path) -> None:  # noqa: F811
    shell = make_shell()
    tab = shell.window.findChildren(TemplatesTab)[0]
    panel = shell.window.findChildren(ChangesPanel)[0]
    assert tab.notice.text() == (
        "The API cannot list templates: the console keeps the ones it created or was given."
    )

    async def scenario() -> None:
        opened = signal_future(shell.connection_opened)
        start = asyncio.ensure_future(shell.start())
        await asyncio.wait_for(opened, TIMEOUT)
        ui = shell.ui
        assert ui is not None and ui.templates is not None
        templates, changes = ui.templates, ui.changes
        while shell.window.accounts_model.rowCount() == 0:
            await asyncio.wait_for(signal_future(ui.accounts.loaded), TIMEOUT)
        await start
        assert not tab.assign_button.isEnabled()  # nothing chosen yet

        tab.new_button.click()
        name, buffer = tab.inputs["meetingInfo.name"], tab.inputs["meetingInfo.bufferAfter"]
        assert isinstance(name, QLineEdit) and isinstance(buffer, QSpinBox)
        name.setText("Erstberatung Vorlage")
        buffer.setValue(10)
        tab.locks["meetingInfo.duration"].setChecked(True)
        saved = signal_future(templates.saved)
        tab.save_button.click()
        (template_id,) = await asyncio.wait_for(saved, TIMEOUT)
        assert tab.templates.count() == 1 and tab.current == template_id
        record = await templates.service.get(template_id)
        assert record.locked_fields == ("meetingInfo.duration",)

        tab.assign_button.click()
        picker = changes.picker
        assert picker is not None
        ids = [picker.model.account(r).id for r in range(3)]
        picker.model.set_checked(ids)
        planned = signal_future(changes.plan_shown)
        picker.ok_button.click()
        await asyncio.wait_for(planned, TIMEOUT)
        assert panel.change_set is not None and len(panel.change_set.operations) == 3
        drifted = signal_future(templates.drift_shown)
        panel.apply_button.click()
        assert await asyncio.wait_for(drifted, TIMEOUT) == (3,)
        assert {row[1] for row in _cells(tab)} == {"in sync"}

        first = (await templates.service.assignments(template_id))[0]
        await shell.client.acting_as(first.account_id).send(
            "PATCH",
            f"/v4/meeting-type/{first.meeting_type_id}",
            json={"meetingInfo": {"duration": 60}},
        )
        drifted = signal_future(templates.drift_shown)
        tab.drift_button.click()
        await asyncio.wait_for(drifted, TIMEOUT)
        rows = _cells(tab)
        changed = [row for row in rows if row[1] != "in sync"]
        assert changed == [
            [first.account_label, "drifted in 1 field", "Duration 🔒", "30 min", "60 min"]
        ]
        field_row = rows.index(changed[0])
        assert "meetingInfo.duration" in tab.drift_table.item(field_row, 2).toolTip()
        assert tab.drift_summary.text().startswith("3 accounts got this template")
        assert tab.chosen_accounts() == [first.account_id]  # drifted ones come ticked

        for i in range(tab.reapply_fields.count()):
            item = tab.reapply_fields.item(i)
            if item.text() == "Duration":
                assert item.data(Qt.ItemDataRole.UserRole) == "meetingInfo.duration"
                item.setCheckState(Qt.CheckState.Checked)
        planned = signal_future(changes.plan_shown)
        tab.reapply_button.click()
        await asyncio.wait_for(planned, TIMEOUT)
        assert panel.change_set is not None
        [op] = panel.change_set.operations
        assert op.request is not None and op.request.body == {"meetingInfo": {"duration": 30}}
        drifted = signal_future(templates.drift_shown)
        panel.apply_button.click()
        await asyncio.wait_for(drifted, TIMEOUT)
        assert {row[1] for row in _cells(tab)} == {"in sync"}
        shell.window.resize(1200, 800)
        shell.window.tabs.setCurrentWidget(tab)
        shell.window.grab().save(str(tmp_path / "templates.png"))
        await asyncio.wait_for(shell.shutdown(), TIMEOUT)

    qloop.run_until_complete(scenario())


def test_every_field_is_edited_and_forgetting_names_the_accounts(make_shell, qloop) -> None:  # noqa: F811
    from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget, QPlainTextEdit

    shell = make_shell()
    tab = shell.window.findChildren(TemplatesTab)[0]
    panel = shell.window.findChildren(ChangesPanel)[0]

    async def scenario() -> None:
        opened = signal_future(shell.connection_opened)
        start = asyncio.ensure_future(shell.start())
        await asyncio.wait_for(opened, TIMEOUT)
        ui = shell.ui
        assert ui is not None and ui.templates is not None
        templates, changes = ui.templates, ui.changes
        while shell.window.accounts_model.rowCount() == 0:
            await asyncio.wait_for(signal_future(ui.accounts.loaded), TIMEOUT)
        await start

        tab.new_button.click()
        inputs = tab.inputs
        name = inputs["meetingInfo.name"]
        assert isinstance(name, QLineEdit)
        name.setText("Beratung mit Wahl")
        channels = inputs["meetingOptions.allowedChannels"]
        assert isinstance(channels, QListWidget)
        for i in range(channels.count()):
            if channels.item(i).data(Qt.ItemDataRole.UserRole) in ("phone", "zoom"):
                channels.item(i).setCheckState(Qt.CheckState.Checked)
        choose = inputs["meetingOptions.allowSelectChannel"]
        guests = inputs["meetingOptions.allowAddingGuests"]
        assert isinstance(choose, QCheckBox) and isinstance(guests, QCheckBox)
        assert choose.checkState() is Qt.CheckState.PartiallyChecked  # not set: not sent
        choose.setCheckState(Qt.CheckState.Checked)
        places = inputs["locations"]
        assert isinstance(places, QPlainTextEdit)
        places.setPlainText("Kanzlei, Hauptstraße 1\nFiliale Nord\n")
        durations = inputs["meetingOptions.allowedDurations"]
        assert isinstance(durations, QLineEdit)
        durations.setText("15, dreißig")
        tab.save_button.click()
        assert not tab.problem.isHidden() and "whole minutes" in tab.problem.text()
        durations.setText("15, 30, 60")
        kind = inputs["templateType"]
        assert isinstance(kind, QComboBox) and kind.currentData() == "individual"
        queue = inputs["queueType"]
        assert not queue.isEnabled()  # a queue only for a team template
        kind.setCurrentIndex(kind.findData("team"))
        assert queue.isEnabled()
        kind.setCurrentIndex(kind.findData("individual"))
        tab.locks["meetingOptions.allowedChannels"].setChecked(True)
        saved = signal_future(templates.saved)
        tab.save_button.click()
        (template_id,) = await asyncio.wait_for(saved, TIMEOUT)
        record = await templates.service.get(template_id)
        assert record.body["meetingOptions"] == {
            "allowedChannels": ["zoom", "phone"],  # in the list's order
            "allowSelectChannel": True,
            "allowedDurations": [15, 30, 60],
        }
        assert record.body["locations"] == ["Kanzlei, Hauptstraße 1", "Filiale Nord"]
        assert "allowAddingGuests" not in record.body["meetingOptions"]
        assert "queueType" not in record.body and record.body["templateType"] == "individual"
        assert record.locked_fields == ("meetingOptions.allowedChannels",)
        # Shown again as saved.
        tab.show_template(record)
        assert choose.checkState() is Qt.CheckState.Checked
        assert guests.checkState() is Qt.CheckState.PartiallyChecked
        assert durations.text() == "15, 30, 60"
        assert tab.locks["meetingOptions.allowedChannels"].isChecked()

        tab.assign_button.click()
        picker = changes.picker
        assert picker is not None
        accounts = [picker.model.account(r) for r in range(2)]
        picker.model.set_checked([a.id for a in accounts])
        planned = signal_future(changes.plan_shown)
        picker.ok_button.click()
        await asyncio.wait_for(planned, TIMEOUT)
        drifted = signal_future(templates.drift_shown)
        panel.apply_button.click()
        await asyncio.wait_for(drifted, TIMEOUT)

        asked = signal_future(templates.forget_asked)
        tab.forget_button.click()
        assert await asyncio.wait_for(asked, TIMEOUT) == (template_id,)
        box = templates.confirmation
        assert box is not None
        text = box.text()
        assert "Beratung mit Wahl" in text and "2 accounts got it" in text
        labels = [a.account_label for a in await templates.service.assignments(template_id)]
        assert labels and all(label in text for label in labels)
        assert "stays on the server" in text
        forgotten = signal_future(templates.forgotten)
        [forget] = [b for b in box.buttons() if b.text() == "Forget"]
        forget.click()
        await asyncio.wait_for(forgotten, TIMEOUT)
        assert tab.templates.count() == 0 and not tab.forget_button.isEnabled()
        await asyncio.wait_for(shell.shutdown(), TIMEOUT)

    qloop.run_until_complete(scenario())
