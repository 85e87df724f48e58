"""The template editor: every field a template takes (fact sheet §9, §19: ``meetingInfo``,
``meetingOptions``, ``spots``, ``locations``, ``templateType``, ``queueType``, and the
meeting-type settings the console sends with them), each with a lock toggle, on four pages.

The main fields are always sent; an optional one only once it is set: a switch starts
"not set" (partly checked — the platform's default applies), a text or list empty, a number at
its "not set" end. So a new template does not pin a value the user never chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from console.domain.meeting_types import CHANNEL_LABELS
from console.ui.field_labels import field_label, field_tooltip

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Spec:
    """One editor field: its dotted wire name, the kind of input, and for numbers the range
    (``low - 1`` is "not set" for an optional one)."""

    wire: str
    kind: str  # text, number, flag, channel, channels, numbers, lines, choice
    low: int = 0
    high: int = 0
    required: bool = False  # always sent
    lockable: bool = True
    choices: tuple[str, ...] = ()


#: The pages of the editor and their fields, in order.
PAGES: dict[str, tuple[Spec, ...]] = {
    "basics": (
        Spec("meetingInfo.name", "text", required=True),
        Spec("meetingInfo.description", "text", required=True),
        Spec("meetingInfo.duration", "number", 5, 480, required=True),
        Spec("meetingInfo.bufferBefore", "number", 0, 120, required=True),
        Spec("meetingInfo.bufferAfter", "number", 0, 120, required=True),
        Spec("meetingInfo.bufferMustStayWithinWorkingHours", "flag"),
        Spec("timeslotInterval", "number", 5, 60, required=True),
        Spec("bookingMinimum", "number", 0, 525_600, required=True),
        Spec("spots", "number", 1, 100, required=True),
        Spec("meetingInfo.color", "text"),
    ),
    "channel": (
        Spec("meetingInfo.channel", "channel", required=True),
        Spec("meetingInfo.customChannelName", "text"),
        Spec("meetingInfo.customChannelLink", "text"),
        Spec("meetingOptions.allowSelectChannel", "flag"),
        Spec("meetingOptions.allowedChannels", "channels"),
        Spec("locations", "lines"),
    ),
    "options": (
        Spec("meetingOptions.allowedDurations", "numbers"),
        Spec("meetingOptions.allowHostSelection", "flag"),
        Spec("meetingOptions.forceHostSelection", "flag"),
        Spec("meetingOptions.allowAddingGuests", "flag"),
        Spec("meetingOptions.allowPhoneOnlyBooking", "flag"),
        Spec("meetingOptions.enableClusterMeeting", "flag"),
        Spec("meetingOptions.enableBufferCarryOver", "flag"),
        Spec("meetingOptions.maxBufferCarryOverDelay", "number", 0, 480),
        Spec("meetingInfo.showAvailableSlots", "flag"),
        Spec("meetingInfo.groupBooking", "flag"),
        Spec("meetingInfo.enableRedirect", "flag"),
        Spec("meetingInfo.redirect", "text"),
        Spec("meetingInfo.passEventDetailsToRedirect", "flag"),
    ),
    "template": (
        Spec(
            "templateType",
            "choice",
            required=True,
            lockable=False,
            choices=("individual", "team"),
        ),
        Spec(
            "queueType",
            "choice",
            lockable=False,
            choices=("", "simpleRoundRobin", "advancedRoundRobin", "equalDistribution"),
        ),
    ),
}
SPECS: dict[str, Spec] = {s.wire: s for page in PAGES.values() for s in page}

#: What a new template starts with (every required field is sent, none left at a range end).
NEW_TEMPLATE: dict[str, Any] = {
    "meetingInfo.duration": 30,
    "meetingInfo.bufferBefore": 0,
    "meetingInfo.bufferAfter": 0,
    "meetingInfo.channel": "phone",
    "timeslotInterval": 15,
    "bookingMinimum": 0,
    "spots": 1,
    "templateType": "individual",
}
CHANNEL = "meetingInfo.channel"


def _page_title(page: str) -> str:
    return {
        "basics": translate("TemplatesTab", "Basics"),
        "channel": translate("TemplatesTab", "Channel and place"),
        "options": translate("TemplatesTab", "Booking options"),
        "template": translate("TemplatesTab", "Template"),
    }[page]


class TemplateFields(QTabWidget):
    """The editor's pages; ``inputs`` and ``locks`` by dotted wire field. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.locks: dict[str, QCheckBox] = {}
        for page, specs in PAGES.items():
            body = QWidget()
            form = QFormLayout(body)
            # Long German labels go above their field in a narrow window (800 px).
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for spec in specs:
                editor = self._editor(spec)
                tip = field_tooltip(spec.wire)
                if spec.kind == "flag":
                    tip += "\n" + self.tr("Partly ticked: not set, the platform's default applies.")
                editor.setToolTip(tip)
                editor.setAccessibleName(field_label(spec.wire))
                row = QHBoxLayout()
                row.addWidget(editor, 1)
                if spec.lockable:
                    lock = QCheckBox(self.tr("Locked"))
                    lock.setToolTip(self.tr("Assigned accounts may not change this field."))
                    lock.setAccessibleName(
                        self.tr("{field} locked").format(field=field_label(spec.wire))
                    )
                    row.addWidget(lock)
                    self.locks[spec.wire] = lock
                form.addRow(field_label(spec.wire), row)
                label = form.labelForField(row)
                if label is not None:
                    label.setToolTip(field_tooltip(spec.wire))
                self.inputs[spec.wire] = editor
            self.addTab(body, _page_title(page))
        kind = self.inputs["templateType"]
        assert isinstance(kind, QComboBox)
        kind.currentIndexChanged.connect(self._enable_queue)
        self._enable_queue()

    def _enable_queue(self) -> None:
        # Only a team template distributes its bookings over the team's members.
        kind = self.inputs["templateType"]
        assert isinstance(kind, QComboBox)
        self.inputs["queueType"].setEnabled(kind.currentData() == "team")

    def _editor(self, spec: Spec) -> QWidget:
        if spec.kind == "number":
            spin = QSpinBox()
            if spec.required:
                spin.setRange(spec.low, spec.high)
            else:
                spin.setRange(spec.low - 1, spec.high)
                spin.setSpecialValueText(self.tr("not set"))
            return spin
        if spec.kind == "flag":
            box = QCheckBox()
            box.setTristate(True)
            return box
        if spec.kind == "channel":
            combo = QComboBox()
            for wire, label in CHANNEL_LABELS.items():
                combo.addItem(translate("Problems", label), wire)
            return combo
        if spec.kind == "choice":
            combo = QComboBox()
            for wire in spec.choices:
                text = self.tr("not set") if not wire else _choice_label(spec.wire, wire)
                combo.addItem(text, wire)
            return combo
        if spec.kind == "channels":
            channels = QListWidget()
            for wire, label in CHANNEL_LABELS.items():
                item = QListWidgetItem(translate("Problems", label))
                item.setData(Qt.ItemDataRole.UserRole, wire)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                channels.addItem(item)
            channels.setMaximumHeight(110)
            return channels
        if spec.kind == "lines":
            lines = QPlainTextEdit()
            lines.setPlaceholderText(self.tr("One location a line"))
            lines.setMaximumHeight(70)
            return lines
        line = QLineEdit()
        if spec.kind == "numbers":
            line.setPlaceholderText(self.tr("e.g. 15, 30, 60"))
        return line

    # -- values ----------------------------------------------------------------------------

    def show_values(self, values: Mapping[str, Any], locked: tuple[str, ...] = ()) -> None:
        """Fill every field from flat wire values (absent ones as "not set" or empty)."""
        for wire, editor in self.inputs.items():
            spec = SPECS[wire]
            value = values.get(wire)
            if isinstance(editor, QSpinBox):
                number = value if isinstance(value, int) and not isinstance(value, bool) else None
                editor.setValue(number if number is not None else editor.minimum())
            elif isinstance(editor, QCheckBox):
                editor.setCheckState(
                    Qt.CheckState.PartiallyChecked
                    if not isinstance(value, bool)
                    else Qt.CheckState.Checked
                    if value
                    else Qt.CheckState.Unchecked
                )
            elif isinstance(editor, QComboBox):
                wanted = str(value) if value else (spec.choices[0] if spec.choices else "")
                if editor.findData(wanted) < 0 and wanted:
                    editor.addItem(wanted, wanted)  # a value the console has no name for
                editor.setCurrentIndex(max(0, editor.findData(wanted)))
            elif isinstance(editor, QListWidget):
                chosen = set(value) if isinstance(value, list) else set()
                for i in range(editor.count()):
                    item = editor.item(i)
                    on = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            elif isinstance(editor, QPlainTextEdit):
                items = value if isinstance(value, list) else []
                editor.setPlainText("\n".join(str(v) for v in items))
            elif isinstance(editor, QLineEdit):
                if isinstance(value, list):
                    editor.setText(", ".join(str(v) for v in value))
                else:
                    editor.setText(str(value) if value is not None else "")
        for wire, lock in self.locks.items():
            lock.setChecked(wire in locked)

    def values(self) -> dict[str, Any]:
        """The fields to send as flat wire fields: the required ones always, the others once
        set. ``ValueError`` names a list of durations that is not one."""
        found: dict[str, Any] = {}
        for wire, editor in self.inputs.items():
            spec = SPECS[wire]
            value: Any = None
            if isinstance(editor, QSpinBox):
                value = editor.value()
                if not spec.required and value < spec.low:
                    value = None
            elif isinstance(editor, QCheckBox):
                state = editor.checkState()
                if state is not Qt.CheckState.PartiallyChecked:
                    value = state is Qt.CheckState.Checked
            elif isinstance(editor, QComboBox):
                value = (editor.currentData() or None) if editor.isEnabled() else None
            elif isinstance(editor, QListWidget):
                value = [
                    item.data(Qt.ItemDataRole.UserRole)
                    for item in (editor.item(i) for i in range(editor.count()))
                    if item.checkState() is Qt.CheckState.Checked
                ] or None
            elif isinstance(editor, QPlainTextEdit):
                lines = [ln.strip() for ln in editor.toPlainText().splitlines() if ln.strip()]
                value = lines or None
            elif isinstance(editor, QLineEdit):
                text = editor.text().strip()
                value = _numbers(text) if spec.kind == "numbers" else text
                if not spec.required and not value:
                    value = None
            if value is not None or spec.required:
                found[wire] = value if value is not None else ""
        return found

    def locked(self) -> list[str]:
        return [wire for wire, box in self.locks.items() if box.isChecked()]


def _numbers(text: str) -> list[int] | None:
    if not text:
        return None
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        raise ValueError(
            translate("TemplatesTab", "Durations to choose: whole minutes, e.g. 15, 30, 60.")
        )
    return [int(p) for p in parts]


def _choice_label(wire: str, value: str) -> str:
    from console.ui.field_labels import field_value

    return field_value(wire, value) or value


__all__ = ["CHANNEL", "NEW_TEMPLATE", "PAGES", "SPECS", "TemplateFields"]
