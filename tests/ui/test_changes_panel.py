"""The Changes panel on its own: the diff rows, the counts, the countdown, which buttons work."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from console.jobs.model import ChangeSetState, FieldDiff, OpStatus
from console.ui.changes.panel import ChangesPanel
from console.ui.changes.plan_model import KIND_ROLE, STATUS_ROLE, Column, DiffColours, NodeKind
from console.ui.changes.texts import counts_text
from tests.ui.changes_data import five_account_plan, with_status
from tests.ui.test_i18n_a11y import german, unnamed_controls  # noqa: F401  (a fixture)


def make_panel(qtbot, *, clock=None) -> ChangesPanel:
    panel = ChangesPanel(clock=clock) if clock else ChangesPanel()
    qtbot.addWidget(panel)
    panel.set_available(True)
    return panel


def cell(panel: ChangesPanel, index: QModelIndex, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return panel.plan_model.data(index.siblingAtColumn(column), role)


def top_titles(panel: ChangesPanel) -> list[str]:
    model = panel.plan_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_plan_groups_the_diff_by_account_and_lists_unchanged_accounts_collapsed(qtbot):
    panel = make_panel(qtbot)
    panel.show_change_set(five_account_plan())
    assert top_titles(panel) == [
        "anna@kanzlei.example (2 changes)",
        "jana.schaefer@kanzlei.example (2 changes)",
        "lukas@recht.example (2 changes)",
        "Unchanged (2 accounts)",
    ]
    model = panel.plan_model
    anna = model.index(0, 0)
    # Fields by what a user calls them, the wire name in the tooltip; minutes as minutes.
    assert [model.index(r, 0, anna).data() for r in range(model.rowCount(anna))] == [
        "Duration",
        "Buffer after",
    ]
    duration = model.index(0, 0, anna)
    tooltip = Qt.ItemDataRole.ToolTipRole
    assert "meetingInfo.duration" in cell(panel, duration, Column.ITEM, tooltip)
    assert cell(panel, duration, Column.BEFORE) == "− 30 min"
    assert cell(panel, duration, Column.AFTER) == "+ 45 min"
    assert cell(panel, anna, Column.STATUS) == "pending"
    # Two meeting types of one account: one row per operation, its fields below.
    jana = model.index(1, 0)
    assert [model.index(r, 0, jana).data() for r in range(2)] == [
        "Meeting type mt-2",
        "Meeting type mt-3",
    ]
    assert cell(panel, model.index(0, 0, model.index(0, 0, jana)), Column.BEFORE) == "− 60 min"
    unchanged = model.unchanged_index()
    assert unchanged.data(KIND_ROLE) is NodeKind.UNCHANGED_GROUP
    assert [model.index(r, 0, unchanged).data() for r in range(2)] == [
        "mia@kanzlei.example",
        "otto@recht.example",
    ]
    assert cell(panel, model.index(0, 0, unchanged), Column.STATUS) == "unchanged"
    assert panel.tree.isExpanded(anna) and panel.tree.isExpanded(model.index(0, 0, jana))
    assert not panel.tree.isExpanded(unchanged)
    assert panel.counts_label.text() == "3 accounts to change · 2 unchanged"


def test_removed_values_are_red_and_struck_through_new_ones_green_and_both_say_so_in_words(qtbot):
    panel = make_panel(qtbot)
    panel.show_change_set(five_account_plan())
    model = panel.plan_model
    duration = model.index(0, 0, model.index(0, 0))
    colours = model.colours
    before_brush = cell(panel, duration, Column.BEFORE, Qt.ItemDataRole.ForegroundRole)
    after_brush = cell(panel, duration, Column.AFTER, Qt.ItemDataRole.ForegroundRole)
    assert before_brush.color() == colours.removed
    assert after_brush.color() == colours.added
    assert cell(panel, duration, Column.BEFORE, Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(panel, duration, Column.AFTER, Qt.ItemDataRole.FontRole) is None
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert cell(panel, duration, Column.BEFORE, accessible) == "Before: 30 min"
    assert cell(panel, duration, Column.AFTER, accessible) == "After: 45 min"


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_diff_colours_stay_readable_on_a_light_and_on_a_dark_background():
    light = QPalette(QColor("#f0f0f0"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    dark = QPalette(QColor("#303030"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    for palette in (light, dark):
        colours = DiffColours.for_palette(palette)
        base = palette.color(QPalette.ColorRole.Base)
        for colour in (colours.removed, colours.added, colours.now, colours.running):
            assert contrast(colour, base) >= 4.5, (colour.name(), base.name())
    assert DiffColours.for_palette(dark).removed != DiffColours.for_palette(light).removed


def test_the_counts_read_like_a_sentence():
    counts = dict.fromkeys(OpStatus, 0) | {
        OpStatus.DONE: 37,
        OpStatus.FAILED: 2,
        OpStatus.CONFLICT: 1,
        OpStatus.PENDING: 10,
    }
    assert counts_text(counts) == "37 of 50 done · 2 failed · 1 conflict"


def test_apply_events_update_the_account_rows_the_progress_and_the_counts(qtbot):
    panel = make_panel(qtbot)
    plan = five_account_plan()
    panel.show_change_set(plan)
    panel.set_running(True)
    done = replace(plan.operations[0], status=OpStatus.DONE)
    failed = replace(plan.operations[3], status=OpStatus.FAILED, error="Internal Server Error")
    for op in (done, failed):
        panel.update_operation(op)
    counts = dict.fromkeys(OpStatus, 0) | {
        OpStatus.DONE: 1,
        OpStatus.FAILED: 1,
        OpStatus.PENDING: 2,
        OpStatus.UNCHANGED: 2,
    }
    panel.set_progress(ChangeSetState.APPLYING, counts)
    model = panel.plan_model
    assert model.index(0, Column.STATUS).data() == "done"
    assert model.index(2, Column.STATUS).data() == "failed: Internal Server Error"
    assert OpStatus(model.index(2, 0).data(STATUS_ROLE)) is OpStatus.FAILED
    assert panel.counts_label.text() == "1 of 4 done · 1 failed · 2 unchanged"
    assert (panel.progress.value(), panel.progress.maximum()) == (2, 4)
    assert panel.pause_button.isEnabled() and panel.cancel_button.isEnabled()
    assert not panel.apply_button.isEnabled()
    assert not panel.retry_button.isEnabled()  # not before the apply has ended


def test_a_conflict_shows_planned_before_now_and_after(qtbot):
    panel = make_panel(qtbot)
    plan = five_account_plan()
    panel.show_change_set(plan)
    assert panel.tree.isColumnHidden(Column.NOW)
    conflict = replace(
        plan.operations[3],
        status=OpStatus.CONFLICT,
        conflicts=(FieldDiff("meetingInfo.duration", 30, 45, now=40),),
    )
    panel.update_operation(conflict)
    assert not panel.tree.isColumnHidden(Column.NOW)
    model = panel.plan_model
    lukas = model.index(2, 0)
    duration = model.index(0, 0, lukas)
    assert [cell(panel, duration, c) for c in (Column.BEFORE, Column.NOW, Column.AFTER)] == [
        "− 30 min",
        "≠ 40 min",
        "+ 45 min",
    ]
    assert cell(panel, duration, Column.NOW, Qt.ItemDataRole.AccessibleTextRole) == (
        "Now on server: 40 min"
    )
    assert cell(panel, lukas, Column.STATUS).startswith("conflict — changed on the server")


def test_a_skipped_account_says_why(qtbot):
    panel = make_panel(qtbot)
    plan = with_status(
        five_account_plan(),
        ChangeSetState.PARTIAL,
        {
            "op-0": OpStatus.DONE,
            "op-1": OpStatus.DONE,
            "op-2": OpStatus.DONE,
            "op-3": OpStatus.SKIPPED,
        },
        {"op-3": "no meeting type called Erstberatung"},
    )
    panel.show_change_set(plan)
    assert panel.plan_model.index(2, Column.STATUS).data() == (
        "skipped: no meeting type called Erstberatung"
    )
    assert panel.counts_label.text() == "3 of 4 done · 1 skipped · 2 unchanged"


def test_the_outage_countdown_counts_down_and_goes_away_when_the_server_answers(qtbot):
    now = [datetime(2026, 12, 1, 22, 0, 0, tzinfo=UTC)]
    panel = make_panel(qtbot, clock=lambda: now[0])
    panel.show_change_set(five_account_plan())
    panel.set_running(True)
    panel.set_waiting_until(now[0] + timedelta(seconds=12))
    assert panel.wait_text() == "Server unreachable — retrying in 12 s"
    now[0] += timedelta(seconds=11, milliseconds=200)
    panel.wait_label.timer.timeout.emit()
    assert panel.wait_text() == "Server unreachable — retrying in 1 s"
    now[0] += timedelta(seconds=1)
    panel.wait_label.timer.timeout.emit()
    assert panel.wait_text() == "Server unreachable — retrying now…"
    panel.set_waiting_until(None)
    assert panel.wait_text() == ""


def test_a_finished_change_set_offers_retry_for_failures_and_undo_for_what_was_done(qtbot):
    panel = make_panel(qtbot)
    finished = with_status(
        five_account_plan(),
        ChangeSetState.PARTIAL,
        {
            "op-0": OpStatus.DONE,
            "op-1": OpStatus.DONE,
            "op-2": OpStatus.DONE,
            "op-3": OpStatus.FAILED,
        },
    )
    panel.show_change_set(finished)
    assert panel.retry_button.isEnabled() and panel.undo_button.isEnabled()
    assert not panel.apply_button.isEnabled()
    with qtbot.waitSignal(panel.retry_requested) as retry:
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert retry.args == ["cs-1"]
    with qtbot.waitSignal(panel.undo_requested) as undo:
        qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert undo.args == ["cs-1"]


def test_an_interrupted_change_set_shown_from_the_journal_offers_resume_not_pause(qtbot):
    panel = make_panel(qtbot)
    interrupted = with_status(
        five_account_plan(),
        ChangeSetState.APPLYING,
        {"op-0": OpStatus.DONE, "op-1": OpStatus.IN_FLIGHT},
    )
    panel.show_change_set(interrupted)
    assert panel.apply_button.isEnabled() and panel.apply_button.text() == "Resume"
    assert not panel.pause_button.isEnabled()


def test_without_a_change_engine_the_panel_says_there_are_no_change_sets_and_offers_no_apply(qtbot):
    panel = ChangesPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.stack.currentWidget() is panel.empty_label
    assert panel.empty_label.text() == "No change sets yet."
    assert not any(
        b.isEnabled()
        for b in (panel.apply_button, panel.pause_button, panel.retry_button, panel.undo_button)
    )
    panel.show_change_set(five_account_plan())
    assert not panel.apply_button.isEnabled()


def test_every_focusable_control_of_the_panel_has_an_accessible_name(qtbot):
    panel = make_panel(qtbot)
    panel.show_change_set(five_account_plan())
    panel.offer_resume(five_account_plan(), "Resume?")
    panel.show()
    qtbot.waitExposed(panel)
    assert unnamed_controls(panel) == []


def test_in_dark_mode_the_diff_uses_the_light_red_and_green(qtbot):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.palette()
    dark = QPalette(QColor("#303030"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    app.setPalette(dark)
    try:
        panel = make_panel(qtbot)
        panel.show_change_set(five_account_plan())
        duration = panel.plan_model.index(0, 0, panel.plan_model.index(0, 0))
        brush = cell(panel, duration, Column.BEFORE, Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == DiffColours.for_palette(dark).removed
        assert contrast(brush.color(), QColor("#1e1e1e")) >= 4.5
    finally:
        app.setPalette(previous)


@pytest.mark.usefixtures("german")
def test_the_panel_speaks_german_with_the_german_catalog(qtbot):
    now = datetime(2026, 12, 1, 22, 0, tzinfo=UTC)
    panel = make_panel(qtbot, clock=lambda: now)
    plan = five_account_plan()
    panel.show_change_set(plan)
    assert top_titles(panel)[0] == "anna@kanzlei.example (2 Änderungen)"
    assert top_titles(panel)[-1] == "Unverändert (2 Konten)"
    assert panel.counts_label.text() == "3 Konten zu ändern · 2 unverändert"
    assert panel.apply_button.text() == "Anwenden"
    panel.set_running(True)
    panel.update_operation(replace(plan.operations[0], status=OpStatus.DONE))
    counts = dict.fromkeys(OpStatus, 0) | {
        OpStatus.DONE: 1,
        OpStatus.FAILED: 1,
        OpStatus.PENDING: 2,
        OpStatus.UNCHANGED: 2,
    }
    panel.set_progress(ChangeSetState.APPLYING, counts)
    assert panel.counts_label.text() == "1 von 4 erledigt · 1 fehlgeschlagen · 2 unverändert"
    assert panel.plan_model.index(0, Column.STATUS).data() == "fertig"
    panel.set_waiting_until(now + timedelta(seconds=12))
    assert panel.wait_text() == "Server nicht erreichbar — neuer Versuch in 12 s"
