"""The "Copy settings to other accounts…" dialog: which fields, matched by name or slug."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.jobs.edits.meeting_types import MeetingTypeSettingsEdit, create_state
from console.services.meeting_types import MeetingTypeRecord

#: Editor field → the change engine's setting name (those a change set may write).
COPYABLE: dict[str, str] = {
    "duration": "duration",
    "buffer_before": "bufferBefore",
    "buffer_after": "bufferAfter",
    "timeslot_interval": "timeslotInterval",
    "spots": "spots",
    "booking_minimum": "bookingMinimum",
    "enabled": "enabled",
}


class CopySettingsDialog(QDialog):
    """Fields of one saved meeting type to copy, and how the targets are matched.

    Signals:
        edit_chosen(object, str): the :class:`MeetingTypeSettingsEdit` and a title for the plan.
    """

    edit_chosen = Signal(object, str)

    def __init__(self, record: MeetingTypeRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Copy settings to other accounts"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Settings of “%1” (as saved) to copy:").replace("%1", record.name))
        )
        labels = {
            "duration": self.tr("Duration"),
            "buffer_before": self.tr("Buffer before"),
            "buffer_after": self.tr("Buffer after"),
            "timeslot_interval": self.tr("Slot interval"),
            "spots": self.tr("Spots"),
            "booking_minimum": self.tr("Minimum notice"),
            "enabled": self.tr("Enabled"),
        }
        self.checks: dict[str, QCheckBox] = {}
        for name in COPYABLE:
            value = record.values.get(name)
            if isinstance(value, bool):
                shown = self.tr("Yes") if value else self.tr("No")
            else:
                shown = str(value) if value is not None else "—"
            check = QCheckBox(f"{labels[name]}: {shown}")
            check.setEnabled(value is not None)
            check.setChecked(
                name in ("duration", "buffer_before", "buffer_after") and value is not None
            )
            self.checks[name] = check
            layout.addWidget(check)
        layout.addWidget(QLabel(self.tr("Find the meeting type in each account by its:")))
        self.by_name = QRadioButton(self.tr("Name (%1)").replace("%1", record.name))
        self.by_slug = QRadioButton(self.tr("Slug (%1)").replace("%1", record.slug))
        self.by_name.setChecked(True)
        layout.addWidget(self.by_name)
        layout.addWidget(self.by_slug)
        self.create_check = QCheckBox(self.tr("Create it in accounts that have none"))
        self.create_check.setToolTip(
            self.tr("Created with this name, duration, description and channel; undo deletes it.")
        )
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.create_check.toggled.connect(self._show_missing)
        layout.addWidget(self.create_check)
        layout.addWidget(self.missing_label)
        self._show_missing(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Choose accounts…"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for check in self.checks.values():
            check.toggled.connect(lambda _on: ok.setEnabled(bool(self.values())))
        ok.setEnabled(bool(self.values()))

    def values(self) -> dict[str, Any]:
        """The engine's setting name → value, for every ticked field."""
        return {
            COPYABLE[name]: self.record.values[name]
            for name, check in self.checks.items()
            if check.isChecked()
        }

    def _show_missing(self, create: bool) -> None:
        self.missing_label.setText(
            self.tr("Accounts without a match get it created; the plan lists them as creates.")
            if create
            else self.tr("Accounts without a match are listed as skipped in the plan.")
        )

    def create_state(self) -> dict[str, Any] | None:
        """What an account without a match gets, when "Create it" is ticked."""
        if not self.create_check.isChecked():
            return None
        v = self.record.values
        extra = (
            {
                "meetingInfo.customChannelLink": v.get("custom_channel_link"),
                "meetingInfo.customChannelName": v.get("custom_channel_name"),
            }
            if v.get("channel") == "custom"
            else None
        )
        return create_state(
            self.record.name,
            duration=int(v.get("duration") or 30),
            description=str(v.get("description") or ""),
            channel=str(v.get("channel") or "phone"),
            slug=self.record.slug if self.by_slug.isChecked() else None,
            extra=extra,
        )

    def _accept(self) -> None:
        values = self.values()
        if not values:
            return
        match = self.record.name if self.by_name.isChecked() else self.record.slug
        edit = MeetingTypeSettingsEdit(match, values, create=self.create_state())
        self.accept()
        self.edit_chosen.emit(edit, self.tr("Settings of “%1”").replace("%1", self.record.name))


__all__ = ["COPYABLE", "CopySettingsDialog"]
