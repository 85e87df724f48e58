"""New-account, edit and delete dialogs. Opened with ``open()``; results leave through signals.

Validation is inline: every field shows its problem under it as the user types, and "Create"
stays disabled until :meth:`NewAccount.validate` has nothing to say. A failed send keeps the
form open with everything the user typed (DESIGN.md principle 4).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTime, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.accounts import normalize_slug, slug_problem
from console.scheduling.schedule import PRESET_LABELS, WEEKDAYS, Interval, WeeklySchedule
from console.services.accounts import NewAccount
from console.ui.accounts.model import AccountRow
from console.ui.problems import translate_problem
from console.ui.widgets.timezone_box import TimeZoneBox

CUSTOM = "custom"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldProblem")
    label.setStyleSheet("#fieldProblem { color: #b02a37; }")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class NewAccountDialog(QDialog):
    """Form for one new client account.

    Signals:
        create_requested(object): a valid :class:`NewAccount` to send.
    """

    create_requested = Signal(object)

    def __init__(
        self,
        *,
        default_timezone: str = "Europe/Berlin",
        taken_slugs: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._taken_slugs = taken_slugs
        self._slug_edited = False
        self._touched: set[str] = set()
        self._setup_ui(default_timezone)
        self._validate()

    # -- public -----------------------------------------------------------------------------

    def new_account(self) -> NewAccount:
        """The account the form describes now."""
        preset = self.availability_combo.currentData()
        custom = self._custom_schedule() if preset == CUSTOM else None
        return NewAccount(
            email=self.email_edit.text(),
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            timezone=self.timezone_box.zone(),
            slug=self.slug_edit.text(),
            meeting_type_name=self.meeting_name_edit.text(),
            meeting_type_duration=self.duration_spin.value(),
            availability_preset=None if preset == CUSTOM else preset,
            custom_schedule=custom,
            taken_slugs=self._taken_slugs,
        )

    def set_busy(self, busy: bool) -> None:
        """While sending, the form is read-only and "Create" says so."""
        self.form_widget.setEnabled(not busy)
        self.create_button.setEnabled(not busy and not self.new_account().validate())
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create"))

    def show_send_error(self, text: str, problems: Mapping[str, str] | None = None) -> None:
        """The server refused: show why and keep everything the user typed."""
        self.set_busy(False)
        self.send_error_label.setText(text)
        self.send_error_label.setVisible(True)
        if problems:
            self._touched.update(problems)
            self._show_problems(problems)

    def problem_text(self, field: str) -> str:
        """The inline problem shown under ``field`` ("" when none is shown)."""
        label = self._labels.get(field)
        return label.text() if label is not None and label.isVisible() else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere in the form sends it. QDialog drops the default flag of the Create
        # button on show because it starts disabled, so Enter is handled here instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            if self.create_button.isEnabled():
                self.create_button.click()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- construction -----------------------------------------------------------------------

    def _setup_ui(self, default_timezone: str) -> None:
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText("name@example.com")
        self.given_edit = QLineEdit()
        self.family_edit = QLineEdit()
        self.timezone_box = TimeZoneBox()
        self.timezone_box.set_zone(default_timezone)
        self.slug_edit = QLineEdit()
        self.slug_edit.setPlaceholderText(self.tr("derived from the name"))
        self.availability_combo = QComboBox()
        for key, label in PRESET_LABELS.items():
            self.availability_combo.addItem(label, key)
        self.availability_combo.addItem(self.tr("Custom…"), CUSTOM)
        self.custom_widget = QWidget()
        # Days on one line, hours on the next: on one line they were wider than the form's
        # field column and were clipped until the dialog was widened.
        custom_rows = QVBoxLayout(self.custom_widget)
        custom_rows.setContentsMargins(0, 0, 0, 0)
        custom = QHBoxLayout()
        hours = QHBoxLayout()
        custom_rows.addLayout(custom)
        custom_rows.addLayout(hours)
        self.day_checks: dict[str, QCheckBox] = {}
        day_names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        for day, label in zip(WEEKDAYS, day_names, strict=True):
            check = QCheckBox(label)
            check.setChecked(day not in ("saturday", "sunday"))
            check.toggled.connect(self._validate)
            self.day_checks[day] = check
            custom.addWidget(check)
        self.start_edit = QTimeEdit(QTime(9, 0))
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setAccessibleName(self.tr("Working hours start"))
        self.end_edit = QTimeEdit(QTime(17, 0))
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_edit.setAccessibleName(self.tr("Working hours end"))
        self.end_edit.setToolTip(self.tr("00:00 is midnight, the end of the day."))
        custom.addStretch(1)
        hours.addWidget(self.start_edit)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        self.custom_widget.setVisible(False)
        self.meeting_name_edit = QLineEdit(self.tr("30 minute meeting"))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, 1440)
        self.duration_spin.setValue(30)
        self.duration_spin.setSuffix(self.tr(" min"))

        self._labels: dict[str, QLabel] = {}

        def row(text: str, widget: QWidget, field: str) -> None:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            label = _error_label()
            self._labels[field] = label
            box.addWidget(label)
            caption = QLabel(text)
            caption.setBuddy(widget)  # gives the field its accessible name and the mnemonic
            form.addRow(caption, box)

        row(self.tr("&E-mail:"), self.email_edit, "email")
        row(self.tr("&Given name:"), self.given_edit, "given_name")
        row(self.tr("&Family name:"), self.family_edit, "family_name")
        row(self.tr("&Time zone:"), self.timezone_box, "timezone")
        row(self.tr("&Slug:"), self.slug_edit, "slug")
        row(self.tr("&Availability:"), self.availability_combo, "availability")
        form.addRow("", self.custom_widget)
        row(self.tr("First &meeting type:"), self.meeting_name_edit, "meeting_type_name")
        row(self.tr("&Duration:"), self.duration_spin, "meeting_type_duration")
        outer.addWidget(self.form_widget)

        self.send_error_label = _error_label()
        outer.addWidget(self.send_error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        for field, edit in (
            ("email", self.email_edit),
            ("given_name", self.given_edit),
            ("family_name", self.family_edit),
            ("meeting_type_name", self.meeting_name_edit),
        ):
            edit.textEdited.connect(lambda _t, f=field: self._on_field_edited(f))
        self.given_edit.textEdited.connect(self._suggest_slug)
        self.family_edit.textEdited.connect(self._suggest_slug)
        self.slug_edit.textEdited.connect(self._on_slug_edit_text_edited)
        self.timezone_box.editTextChanged.connect(lambda _t: self._on_field_edited("timezone"))
        self.timezone_box.currentIndexChanged.connect(lambda _i: self._validate())
        self.availability_combo.currentIndexChanged.connect(self._on_availability_changed)
        self.duration_spin.valueChanged.connect(
            lambda _v: self._on_field_edited("meeting_type_duration")
        )
        self.start_edit.timeChanged.connect(lambda _t: self._on_field_edited("availability"))
        self.end_edit.timeChanged.connect(lambda _t: self._on_field_edited("availability"))
        self.email_edit.setFocus()  # keyboard users start typing at once

    def _custom_schedule(self) -> WeeklySchedule:
        # An end of 00:00 is midnight at the end of the day: Interval reads it as minute 1440,
        # so 20:00–00:00 is a valid evening and is sent as "24:00".
        start, end = self.start_edit.time(), self.end_edit.time()
        hours = Interval(start.hour() * 60 + start.minute(), end.hour() * 60 + end.minute())
        days = [day for day, check in self.day_checks.items() if check.isChecked()]
        return WeeklySchedule.from_hours(days, [hours])

    def _suggest_slug(self, *args: object) -> None:
        if not self._slug_edited:
            self.slug_edit.setText(
                normalize_slug(f"{self.given_edit.text()} {self.family_edit.text()}")
            )
            if self.slug_edit.text():
                self._touched.add("slug")
            self._validate()

    def _on_slug_edit_text_edited(self, text: str) -> None:
        self._slug_edited = bool(text)
        self._on_field_edited("slug")

    def _on_field_edited(self, field: str) -> None:
        self._touched.add(field)
        self.send_error_label.setVisible(False)
        self._validate()

    def _on_availability_changed(self, *args: object) -> None:
        self.custom_widget.setVisible(self.availability_combo.currentData() == CUSTOM)
        self._on_field_edited("availability")
        # Grow (never shrink) to what the rows now shown need.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _validate(self, *args: object) -> None:
        problems = self.new_account().validate()
        # Problems appear once a field has been touched, so an empty form is not a wall of red.
        self._show_problems({k: v for k, v in problems.items() if k in self._touched})
        self.create_button.setEnabled(not problems)

    def _show_problems(self, problems: Mapping[str, str]) -> None:
        for field, label in self._labels.items():
            text = translate_problem(problems.get(field, ""))
            label.setText(text)
            label.setVisible(bool(text))

    def _on_buttons_accepted(self) -> None:
        account = self.new_account()
        problems = account.validate()
        if problems:
            self._touched.update(problems)
            self._show_problems(problems)
            return
        self.set_busy(True)
        self.create_requested.emit(account)


class EditAccountDialog(QDialog):
    """Edit what the API lets change of one account: given and family name and slug.

    E-mail and time zone are shown read-only with the reason (``PATCH /v4/user/{id}`` takes
    only the names and the slug); links open the account's hours and meeting types.

    Signals:
        save_requested(object, str, str, str): the :class:`AccountRow`, given name, family name
            and slug the user wants.
        hours_requested(object): "Open hours" for the :class:`AccountRow` (the dialog closes).
        meeting_types_requested(object): "Open meeting types" for the :class:`AccountRow`.
    """

    save_requested = Signal(object, str, str, str)
    hours_requested = Signal(object)
    meeting_types_requested = Signal(object)

    def __init__(self, account: AccountRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Edit {name}").format(name=account.name))
        self.setMinimumWidth(460)  # the notes below the fields read as sentences, not a column
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.given_edit = QLineEdit(account.given_name)
        self.family_edit = QLineEdit(account.family_name)
        self.slug_edit = QLineEdit(account.slug)
        form.addRow(self.tr("&Given name:"), self.given_edit)
        form.addRow(self.tr("&Family name:"), self.family_edit)
        form.addRow(self.tr("&Slug:"), self.slug_edit)
        self.email_edit = QLineEdit(account.email)
        self.email_edit.setReadOnly(True)
        self.email_edit.setToolTip(self.api_limit_text())
        self.timezone_edit = QLineEdit(account.timezone)
        self.timezone_edit.setReadOnly(True)
        self.timezone_edit.setToolTip(self.api_limit_text())
        form.addRow(self.tr("E-&mail:"), self.email_edit)
        form.addRow(self.tr("Time &zone:"), self.timezone_edit)
        layout.addLayout(form)
        self.slug_note = QLabel(
            self.tr("Changing the slug changes the booking URL; old links stop working.")
        )
        self.slug_note.setWordWrap(True)
        layout.addWidget(self.slug_note)
        self.limit_note = QLabel(self.api_limit_text())
        self.limit_note.setWordWrap(True)
        layout.addWidget(self.limit_note)
        links = QHBoxLayout()
        self.hours_button = QPushButton(self.tr("Open &hours"))
        self.meeting_types_button = QPushButton(self.tr("Open meeting &types"))
        self.hours_button.clicked.connect(lambda: self._follow(self.hours_requested))
        self.meeting_types_button.clicked.connect(
            lambda: self._follow(self.meeting_types_requested)
        )
        links.addWidget(self.hours_button)
        links.addWidget(self.meeting_types_button)
        links.addStretch(1)
        layout.addLayout(links)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._save_text = self.save_button.text()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.given_edit, self.family_edit, self.slug_edit):
            edit.textChanged.connect(self._validate)
        self._validate()

    def api_limit_text(self) -> str:
        """Why e-mail and time zone cannot be changed here."""
        return self.tr(
            "The meetergo API does not let the e-mail or the time zone of an account be "
            "changed; the account's owner changes them in meetergo. The time zone of the "
            "bookable hours is set in Availability."
        )

    def edited(self) -> bool:
        """Whether a field differs from the account as it was opened."""
        account = self.account
        return (
            self.given_edit.text().strip(),
            self.family_edit.text().strip(),
            self.slug_edit.text().strip(),
        ) != (account.given_name, account.family_name, account.slug)

    def _follow(self, link: SignalInstance) -> None:
        link.emit(self.account)
        self.reject()

    def set_busy(self, busy: bool) -> None:
        """While saving, the fields are read-only and "Save" says so; Cancel still works."""
        for edit in (self.given_edit, self.family_edit, self.slug_edit):
            edit.setReadOnly(busy)
        self.save_button.setText(self.tr("Saving…") if busy else self._save_text)
        if busy:
            self.save_button.setEnabled(False)
        else:
            self._validate()

    def show_send_error(self, text: str) -> None:
        """Keep the dialog open with the values typed and say why saving failed."""
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _validate(self, *args: object) -> None:
        ok = bool(self.given_edit.text().strip() and self.family_edit.text().strip())
        ok = ok and slug_problem(self.slug_edit.text()) is None
        self.save_button.setEnabled(ok)
        # Following a link closes the dialog: not while it holds edits that are not saved.
        for button in (self.hours_button, self.meeting_types_button):
            button.setEnabled(not self.edited())

    def _on_buttons_accepted(self) -> None:
        self.save_button.setEnabled(False)
        self.save_requested.emit(
            self.account,
            self.given_edit.text().strip(),
            self.family_edit.text().strip(),
            self.slug_edit.text().strip(),
        )


class DeleteAccountDialog(QDialog):
    """Delete one account: choose who receives its meeting types and type the e-mail to confirm.

    Signals:
        delete_requested(object, object): the :class:`AccountRow` and the transfer target's
            user id (or None).
    """

    delete_requested = Signal(object, object)

    def __init__(
        self, account: AccountRow, others: Sequence[AccountRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Delete {name}").format(name=account.name))
        layout = QVBoxLayout(self)
        warning = QLabel(
            self.tr(
                "This deletes the meetergo account of {name} ({email}). It cannot be undone."
            ).format(name=account.name, email=account.email)
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        form = QFormLayout()
        self.transfer_combo = QComboBox()
        self.transfer_combo.addItem(self.tr("Nobody (delete its meeting types too)"), None)
        for other in others:
            if other.id != account.id:
                self.transfer_combo.addItem(f"{other.name} <{other.email}>", other.id)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(account.email)
        form.addRow(self.tr("&Transfer to:"), self.transfer_combo)
        form.addRow(self.tr("Type the e-mail to &confirm:"), self.confirm_edit)
        layout.addLayout(form)
        self.error_label = _error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(
            self.tr("Delete account"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm_edit.textChanged.connect(self._on_confirm_edit_text_changed)

    def set_busy(self, busy: bool) -> None:
        """While deleting, nothing can be changed; Cancel still closes the dialog."""
        self.transfer_combo.setEnabled(not busy)
        self.confirm_edit.setReadOnly(busy)
        if busy:
            self.delete_button.setEnabled(False)
        else:
            self._on_confirm_edit_text_changed(self.confirm_edit.text())

    def show_send_error(self, text: str) -> None:
        """Say why the delete failed; the dialog stays open."""
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _on_confirm_edit_text_changed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip().casefold() == self.account.email.casefold())

    def _on_delete_button_clicked(self) -> None:
        self.delete_button.setEnabled(False)
        self.delete_requested.emit(self.account, self.transfer_combo.currentData())
