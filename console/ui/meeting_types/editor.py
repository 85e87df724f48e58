"""The editor of one meeting type: every documented field, inline problems, the server's word.

The editor only shows and collects values; the presenter decides what is sent. ``values()``
returns every editor field (as :data:`console.domain.meeting_types.FIELDS` names them);
``changes()`` only those that differ from what was loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.domain.meeting_types import CHANNEL_LABELS, DEPRECATED_CHANNELS, RANGES
from console.ui.meeting_types.list_editors import ChannelChecklist, LocationsEditor
from console.ui.meeting_types.model import channel_text
from console.ui.problems import translate_problem

if TYPE_CHECKING:
    from console.services.meeting_types import Schedule

# Number fields whose 0 means "not set" (the server's default applies).
_OPTIONAL_NUMBERS = ("timeslot_interval", "booking_window")
# Fields that only mean something for some channels (meetergo-api §8 and §11: the custom link
# and name for ``custom``; the addresses a client picks from for ``local``).
_ONLY_FOR: dict[str, tuple[str, ...]] = {
    "custom_channel_name": ("custom",),
    "custom_channel_link": ("custom",),
    "locations": ("local",),
}


class MeetingTypeEditor(QScrollArea):
    """The fields of one meeting type.

    Signals:
        edited(): a field was changed by the user (not by :meth:`load`).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._loading = False
        self._baseline: dict[str, Any] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._schedule_names: dict[str, str] = {}
        self._setup_ui()

    # -- values -----------------------------------------------------------------------------

    def load(self, values: Mapping[str, Any], draft: Mapping[str, Any] | None = None) -> None:
        """Show ``values`` as the saved state, then ``draft`` (unsaved edits) on top."""
        self._loading = True
        try:
            self._set(values)
            self._baseline = self.values()
            if draft:
                self._set(draft)
        finally:
            self._loading = False
        self.show_problems({})

    def values(self) -> dict[str, Any]:
        """Every field as it is written now."""
        out: dict[str, Any] = {
            "name": self.name_edit.text(),
            "description": self.description_edit.toPlainText(),
            "channel": self.channel_combo.currentData(),
            "allowed_channels": self.allowed_channels.channels(),
            "custom_channel_name": self.custom_name_edit.text() or None,
            "custom_channel_link": self.custom_link_edit.text() or None,
            "locations": self.locations.locations(),
            "color": self.color_edit.text() or None,
            "slug": self.slug_edit.text(),
            "enabled": self.enabled_check.isChecked(),
            "availability_id": self.availability_combo.currentData() or None,
        }
        for name, box in self.spins.items():
            value = box.value()
            out[name] = None if name in _OPTIONAL_NUMBERS and value == 0 else value
        return out

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what was loaded."""
        now = self.values()
        return {k: v for k, v in now.items() if self._baseline.get(k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Put each problem (translated) under its field; fields not named are cleared."""
        for name, label in self._errors.items():
            text = problems.get(name)
            label.setText(translate_problem(text) if text else "")
            label.setVisible(bool(text))

    def show_not_kept(self, fields: Mapping[str, Any]) -> None:
        """Point out fields the server answered with something else than was sent."""
        for name in fields:
            label = self._errors[name]
            label.setText(self.tr("Not kept by the server (it stored what is shown)."))
            label.setVisible(True)

    def set_schedules(self, schedules: Sequence[Schedule]) -> None:
        """The account's availabilities to choose from (the chosen one stays chosen)."""
        self._schedule_names = {
            s.id: (s.name or s.id) + (self.tr(" (default)") if s.is_default else "")
            for s in schedules
        }
        was_loading, self._loading = self._loading, True
        try:
            self._fill_schedules(self.availability_combo.currentData())
        finally:
            self._loading = was_loading

    def _fill_schedules(self, current: str | None) -> None:
        combo = self.availability_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("(none chosen)"), None)
            for schedule_id, text in self._schedule_names.items():
                combo.addItem(text, schedule_id)
            if current and combo.findData(current) < 0:
                # Not (yet) among the account's listed availabilities: kept, shown by its id.
                combo.addItem(current, current)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        finally:
            combo.blockSignals(False)

    def row_shown(self, name: str) -> bool:
        """Whether field ``name`` is shown (fields of other channels are hidden)."""
        return self._labels[name].isVisibleTo(self)

    def _show_rows_for_channel(self, *_args: object) -> None:
        channel = self.channel_combo.currentData()
        for name, channels in _ONLY_FOR.items():
            self._labels[name].setVisible(channel in channels)
            self._fields[name].setVisible(channel in channels)

    def problem_text(self, name: str) -> str:
        """What is shown under field ``name`` (empty when nothing)."""
        label = self._errors[name]
        return label.text() if label.isVisibleTo(self) else ""

    # -- construction -----------------------------------------------------------------------

    def _set(self, values: Mapping[str, Any]) -> None:
        def text(key: str) -> str | None:
            return None if key not in values else str(values[key] or "")

        if (t := text("name")) is not None:
            self.name_edit.setText(t)
        if (t := text("description")) is not None:
            self.description_edit.setPlainText(t)
        for name, box in self.spins.items():
            if name in values:
                box.setValue(int(values[name] or 0))
        if "channel" in values:
            channel = values["channel"] or "phone"
            if self.channel_combo.findData(channel) < 0:
                self.channel_combo.addItem(channel_text(channel), channel)
            self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel))
        if "allowed_channels" in values:
            self.allowed_channels.set_channels([str(c) for c in values["allowed_channels"] or []])
        if "locations" in values:
            self.locations.set_locations([str(x) for x in values["locations"] or []])
        for key, edit in (
            ("custom_channel_name", self.custom_name_edit),
            ("custom_channel_link", self.custom_link_edit),
            ("color", self.color_edit),
            ("slug", self.slug_edit),
        ):
            if (t := text(key)) is not None:
                edit.setText(t)
        if "availability_id" in values:
            self._fill_schedules(str(values["availability_id"] or "") or None)
        if "enabled" in values:
            self.enabled_check.setChecked(values["enabled"] is not False)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"{name}_problem")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.setVisible(False)
        column.addWidget(error)
        self._errors[name] = error
        self._fields[name] = box
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self._labels[name] = caption
        form.addRow(caption, box)

    def _spin(self, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 999_999)
        box.setSuffix(suffix)
        box.valueChanged.connect(self._changed)
        return box

    def _setup_ui(self) -> None:
        self._fields: dict[str, QWidget] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        self.setWidget(inner)
        minutes = self.tr(" min")
        self.name_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(60)
        self.spins: dict[str, QSpinBox] = {
            "duration": self._spin(minutes),
            "buffer_before": self._spin(minutes),
            "buffer_after": self._spin(minutes),
            "timeslot_interval": self._spin(minutes),
            "booking_minimum": self._spin(minutes),
            "booking_window": self._spin(self.tr(" days")),
            "spots": self._spin(""),
        }
        for name in _OPTIONAL_NUMBERS:
            self.spins[name].setSpecialValueText(self.tr("default"))
        for name, (low, high) in RANGES.items():
            self.spins[name].setToolTip(
                self.tr("%1 to %2").replace("%1", str(low)).replace("%2", str(high))
            )
        self.channel_combo = QComboBox()
        for channel in CHANNEL_LABELS:
            self.channel_combo.addItem(channel_text(channel), channel)
        for channel in DEPRECATED_CHANNELS:
            self.channel_combo.addItem(channel, channel)
        self.allowed_channels = ChannelChecklist()
        self.allowed_channels.setMaximumHeight(120)
        self.allowed_channels.setToolTip(
            self.tr("Channels the client may choose instead of the main one.")
        )
        self.custom_name_edit = QLineEdit()
        self.custom_link_edit = QLineEdit()
        self.custom_link_edit.setPlaceholderText("https://")
        self.locations = LocationsEditor()
        self.color_edit = QLineEdit()
        self.color_edit.setPlaceholderText("#0a7cff")
        self.slug_edit = QLineEdit()
        self.booking_url_label = QLabel()
        self.booking_url_label.setObjectName("booking_url")
        self.enabled_check = QCheckBox(self.tr("Bookable"))
        self.availability_combo = QComboBox()
        self.availability_combo.setToolTip(self.tr("The weekly hours this meeting type uses."))
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Nam&e"), self.name_edit),
            ("description", self.tr("Descr&iption"), self.description_edit),
            ("duration", self.tr("&Duration"), self.spins["duration"]),
            ("buffer_before", self.tr("Buffer be&fore"), self.spins["buffer_before"]),
            ("buffer_after", self.tr("Buffer &after"), self.spins["buffer_after"]),
            ("timeslot_interval", self.tr("S&lot interval"), self.spins["timeslot_interval"]),
            ("booking_minimum", self.tr("Minimum noti&ce"), self.spins["booking_minimum"]),
            ("booking_window", self.tr("Booking &window"), self.spins["booking_window"]),
            ("spots", self.tr("S&pots (group booking)"), self.spins["spots"]),
            ("channel", self.tr("C&hannel"), self.channel_combo),
            ("allowed_channels", self.tr("Also offered"), self.allowed_channels),
            ("custom_channel_name", self.tr("Custom channel name"), self.custom_name_edit),
            ("custom_channel_link", self.tr("Custom channel lin&k"), self.custom_link_edit),
            ("locations", self.tr("Locations"), self.locations),
            ("color", self.tr("Colo&r"), self.color_edit),
            ("slug", self.tr("Slu&g"), self.slug_edit),
            ("enabled", self.tr("Enabled"), self.enabled_check),
            ("availability_id", self.tr("Availability"), self.availability_combo),
        ]
        for name, label, widget in rows:
            self._row(form, name, label, widget)
            if name == "slug":
                form.addRow(self.tr("Booking URL"), self.booking_url_label)
        for edit in (
            self.name_edit,
            self.custom_name_edit,
            self.custom_link_edit,
            self.color_edit,
            self.slug_edit,
        ):
            edit.textEdited.connect(self._changed)
        self.allowed_channels.edited.connect(self._changed)
        self.locations.edited.connect(self._changed)
        self.availability_combo.currentIndexChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.channel_combo.currentIndexChanged.connect(self._show_rows_for_channel)
        self.channel_combo.currentIndexChanged.connect(self._changed)
        self.enabled_check.toggled.connect(self._changed)
        self._fill_schedules(None)
        self._show_rows_for_channel()


__all__ = ["MeetingTypeEditor"]
