"""The shared time-zone picker: one model per process, searchable, bare zone names out."""

from __future__ import annotations

from console.ui.widgets.timezone_box import TimeZoneBox, shared_model


def test_every_box_shares_the_one_model_of_zone_labels(qtbot):
    first, second = TimeZoneBox(), TimeZoneBox()
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    assert first.model() is second.model() is shared_model()
    completer = first.completer()
    assert completer is not None and completer.model() is shared_model()
    assert shared_model().rowCount() > 300


def test_a_zone_is_chosen_by_name_and_read_back_without_its_offset(qtbot):
    box = TimeZoneBox()
    qtbot.addWidget(box)
    box.set_zone("Europe/Vienna")
    assert box.currentText().startswith("Europe/Vienna  (UTC")
    assert box.zone() == "Europe/Vienna"
    box.set_zone("Mars/Olympus")  # unknown: shown as typed, so the form can explain it
    assert box.zone() == "Mars/Olympus"
