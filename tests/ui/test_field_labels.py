"""Every wire field an edit kind writes has a label, and values read as a user reads them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from console.domain.meeting_types import FIELDS
from console.jobs.edits.meeting_types import SETTINGS
from console.jobs.edits.users import USER_FIELDS
from console.services.branding import BRANDING_FIELDS
from console.ui.changes.texts import format_value
from console.ui.field_labels import LABELS, field_label, field_tooltip, field_value
from console.ui.i18n import install_translators, remove_translators
from console.ui.templates.tab import TemplatesTab


def test_every_field_an_edit_writes_has_a_label() -> None:
    wire = [
        *USER_FIELDS,
        *(spec[0] for spec in SETTINGS.values()),
        *FIELDS.values(),
        *BRANDING_FIELDS,
        "schedule",
        "availabilityExceptions",
        "timezone",
        "templateId",
        *TemplatesTab().inputs,
    ]
    missing = [w for w in wire if w not in LABELS]
    assert missing == []
    assert field_label("meetingInfo.duration") == "Duration"
    assert field_label("onlineProfiles.xing") == "Xing"
    assert field_label("somethingNew.x") == "somethingNew.x"  # unknown: its own name
    assert "meetingInfo.duration" in field_tooltip("meetingInfo.duration")


def test_values_in_words() -> None:
    assert format_value(30, "meetingInfo.duration") == "30 min"
    assert format_value(7, "daysIntoFuture.bookingLimit") == "7 days"
    assert format_value(1, "daysIntoFuture.bookingLimit") == "1 day"
    assert format_value("zoom", "meetingInfo.channel") == "Zoom"
    assert format_value(["phone", "google"], "meetingOptions.allowedChannels") == (
        "Phone (host calls), Google Meet"
    )
    assert format_value([15, 30], "meetingOptions.allowedDurations") == "15, 30 min"
    assert format_value("team", "templateType") == "teams"
    assert format_value(True, "enabled") == "yes"
    assert format_value(None, "meetingInfo.duration") == "(empty)"
    assert format_value(
        {"xing": "x.com/k", "customLinks": [{"name": "Blog", "url": "https://b.example"}]},
        "onlineProfiles",
    ) == ("Xing: x.com/k; Custom links: Blog (https://b.example)")
    assert format_value("#0066cc", "primaryColor") == "#0066cc"
    assert field_value("x", 3) is None


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translators = install_translators(qapp, "de", target_dir=tmp_path)
    yield
    remove_translators(qapp, translators)


def test_labels_and_values_in_german(german: None) -> None:
    assert field_label("meetingInfo.bufferAfter") == "Puffer danach"
    assert format_value(45, "meetingInfo.duration") == "45 Min."
    assert format_value(2, "daysIntoFuture.bookingLimit") == "2 Tage"
    assert format_value("phone", "meetingInfo.channel") == "Telefon (Gastgeber ruft an)"
