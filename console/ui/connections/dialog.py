"""The connection manager dialog: add, edit, delete and test connections.

The dialog holds no secrets beyond what the user typed into the key field; it hands the key to
the presenter in ``save_requested`` and clears the field afterwards. It is opened with ``open()``
(never ``exec()`` inside a coroutine, code-style-anchors Q5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.credentials import EXPIRY_WARNING_DAYS, Connection, CredentialKind
from console.domain.base_url import InvalidBaseUrl, normalize_base_url
from console.ui.problems import translate_problem

DEFAULT_BASE_URL = "https://api.meetergo.com"


@dataclass(frozen=True)
class ConnectionDraft:
    """What the form holds: a connection plus the typed key ("" = keep the stored key)."""

    connection: Connection
    key: str
    original_name: str | None


class ConnectionsDialog(QDialog):
    """Manager for saved connections.

    Signals:
        save_requested(object): a :class:`ConnectionDraft` the user wants saved.
        delete_requested(str): the connection with this name should be removed.
        test_requested(object): a :class:`ConnectionDraft` to test with ``GET /v4/user/me``.
        selected(str): the user picked a connection in the list (presenter refills the form).
    """

    save_requested = Signal(object)
    delete_requested = Signal(str)
    test_requested = Signal(object)
    selected = Signal(str)

    def __init__(self, *, keyring_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keyring_available = keyring_available
        self._connections: dict[str, Connection] = {}
        self._editing: str | None = None
        # Connection name → whether a key is stored for it (unknown names: assumed stored).
        self._has_key: dict[str, bool] = {}
        self.delete_question: QMessageBox | None = None
        self._setup_ui()
        self.start_new()

    # -- setters ----------------------------------------------------------------------------

    def set_connections(self, connections: Sequence[Connection], current: str | None) -> None:
        """Fill the list; select ``current`` (or start a new one when there is none)."""
        self._connections = {c.name: c for c in connections}
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for c in connections:
            self.list_widget.addItem(c.name)
        self.list_widget.blockSignals(False)
        if current and current in self._connections:
            items = self.list_widget.findItems(current, Qt.MatchFlag.MatchExactly)
            if items:
                self.list_widget.blockSignals(True)
                self.list_widget.setCurrentItem(items[0])
                self.list_widget.blockSignals(False)
            self.edit(self._connections[current], has_key=self._has_key.get(current, True))
        else:
            self.start_new()

    def edit(self, connection: Connection, *, has_key: bool) -> None:
        """Show ``connection`` in the form; the key field stays empty (never shown again)."""
        self._editing = connection.name
        self._has_key[connection.name] = has_key
        self.name_edit.setText(connection.name)
        self.url_edit.setText(connection.base_url)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(connection.kind.value))
        self.key_edit.clear()
        self._show_key_state(connection.name, has_key)
        self.expires_check.setChecked(connection.expires_on is not None)
        if connection.expires_on is not None:
            e = connection.expires_on
            self.expires_edit.setDate(QDate(e.year, e.month, e.day))
        self.delete_button.setEnabled(True)
        self.show_test_result(None, "")
        self._validate()

    def start_new(self) -> None:
        """Empty form for a new connection."""
        self._editing = None
        self.list_widget.clearSelection()
        self.name_edit.clear()
        self.url_edit.setText(DEFAULT_BASE_URL)
        self.kind_combo.setCurrentIndex(0)
        self.key_edit.clear()
        self.key_edit.setPlaceholderText(self.tr("Paste the key"))
        self.key_note.clear()
        self.key_note.setVisible(False)
        self.expires_check.setChecked(True)
        self.expires_edit.setDate(QDate.currentDate().addDays(90))
        self.delete_button.setEnabled(False)
        self.show_test_result(None, "")
        self._validate()

    def set_key_state(self, name: str, has_key: bool) -> None:
        """Whether a key is stored for connection ``name`` (the form says so when it is shown)."""
        self._has_key[name] = has_key
        if self._editing == name:
            self._show_key_state(name, has_key)
            self._validate()

    def _show_key_state(self, name: str, has_key: bool) -> None:
        self.key_edit.setPlaceholderText(
            self.tr("Stored — type a new key to replace it")
            if has_key
            else self.tr("No key stored — paste the key")
        )
        self.key_note.setText(
            ""
            if has_key
            else self.tr(
                "No key is stored for “%1”: it is not in the keyring, and a key kept for one "
                "session only is gone after a restart. Paste the key and save to use this "
                "connection again."
            ).replace("%1", name)
        )
        self.key_note.setVisible(not has_key)
        if not has_key:
            # Grow to fit the note rather than squeeze the form's fields.
            layout = self.layout()
            if layout is not None:
                layout.activate()
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def key_state(self, name: str) -> bool:
        """Whether a key is known to be stored for ``name`` (True until told otherwise)."""
        return self._has_key.get(name, True)

    def has_stored_key(self) -> bool:
        """Whether the connection being edited has a stored key (False for a new one)."""
        return self._editing is not None and self._has_key.get(self._editing, True)

    def ask_for_key(self, text: str) -> None:
        """Say why a key is needed and put the cursor into the key field."""
        self.show_test_result(False, text)
        self.key_edit.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While a test runs, the test button is disabled and says so."""
        self.test_button.setEnabled(not busy)
        self.test_button.setText(self.tr("Testing…") if busy else self.tr("&Test connection"))

    def show_test_result(self, ok: bool | None, text: str) -> None:
        """Show the outcome of "Test connection" (None clears it)."""
        self.test_label.setText(text)
        prefix = "" if ok is None else ("✓ " if ok else "✗ ")
        self.test_label.setText(prefix + text if text else "")
        self.test_label.setProperty("ok", ok)

    def set_keyring_available(self, available: bool) -> None:
        """Show or hide the "no secure storage" notice."""
        self._keyring_available = available
        self.keyring_notice.setVisible(not available)
        self.session_only_check.setVisible(not available)
        self._validate()

    def draft(self) -> ConnectionDraft:
        """The connection the form describes now."""
        kind = CredentialKind(self.kind_combo.currentData())
        expires: date | None = None
        if kind is CredentialKind.API_KEY and self.expires_check.isChecked():
            d = self.expires_edit.date()
            expires = date(d.year(), d.month(), d.day())
        editing = self._connections.get(self._editing or "")
        connection = Connection(
            name=self.name_edit.text().strip(),
            base_url=self._base_url(),
            kind=kind,
            expires_on=expires,
            is_sandbox=editing.is_sandbox if editing is not None else False,
        )
        return ConnectionDraft(connection, self.key_edit.text().strip(), self._editing)

    def problems(self) -> list[str]:
        """What keeps the form from being saved (shown inline)."""
        draft = self.draft()
        problems: list[str] = []
        name = draft.connection.name
        if not name:
            problems.append(self.tr("Give the connection a name."))
        elif name != self._editing and name in self._connections:
            problems.append(self.tr("A connection with this name already exists."))
        try:
            normalize_base_url(self.url_edit.text(), require_tls=True)
        except InvalidBaseUrl as exc:
            problems.append(translate_problem(exc.problem))
        if not draft.key and not self.has_stored_key():
            problems.append(self.tr("Paste the API key or personal access token."))
        if draft.key:
            inferred = CredentialKind.infer(draft.key)
            if inferred is not None and inferred is not draft.connection.kind:
                problems.append(
                    self.tr("This key looks like a personal access token.")
                    if inferred is CredentialKind.PAT
                    else self.tr("This key looks like a platform API key.")
                )
        if not self._keyring_available and not self.session_only_check.isChecked():
            problems.append(self.tr("Confirm that the key is kept for this session only."))
        return problems

    def _base_url(self) -> str:
        # Saved as the client joins it (``https://host``, a trailing /v4 dropped); what cannot
        # be normalised stays as typed, and problems() says why it cannot be saved.
        try:
            return normalize_base_url(self.url_edit.text(), require_tls=True)
        except InvalidBaseUrl:
            return self.url_edit.text().strip().rstrip("/")

    # -- construction -----------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Manage connections"))
        self.setMinimumWidth(720)
        outer = QHBoxLayout(self)

        left = QVBoxLayout()
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Saved connections"))
        self.list_widget.currentTextChanged.connect(self._on_list_widget_current_text_changed)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        left.addWidget(self.list_widget, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Platform API key"), CredentialKind.API_KEY.value)
        self.kind_combo.addItem(self.tr("Personal access token"), CredentialKind.PAT.value)
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.expires_check = QCheckBox(self.tr("Key expires on"))
        self.expires_edit = QDateEdit()
        self.expires_edit.setCalendarPopup(True)
        self.expires_edit.setDisplayFormat("yyyy-MM-dd")
        self.expires_edit.setAccessibleName(self.tr("Expiry date"))
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expires_check)
        expiry_row.addWidget(self.expires_edit, 1)
        form.addRow(self.tr("N&ame:"), self.name_edit)
        form.addRow(self.tr("&Base URL:"), self.url_edit)
        form.addRow(self.tr("&Credential:"), self.kind_combo)
        form.addRow(self.tr("&Key:"), self.key_edit)
        self.key_note = QLabel()
        self.key_note.setObjectName("keyMissing")
        self.key_note.setWordWrap(True)
        self.key_note.setVisible(False)
        form.addRow(self.tr("Expiry:"), expiry_row)
        right.addLayout(form)
        right.addWidget(self.key_note)
        self.expiry_label = QLabel()
        self.expiry_label.setWordWrap(True)
        self.expiry_label.setObjectName("expiryWarning")
        right.addWidget(self.expiry_label)

        self.keyring_notice = QLabel(
            self.tr(
                "No secure key storage (OS keyring) is available on this computer. The key can "
                "be kept in memory for this session only; it is never written anywhere else."
            )
        )
        self.keyring_notice.setWordWrap(True)
        self.session_only_check = QCheckBox(self.tr("Keep the key for this session only"))
        right.addWidget(self.keyring_notice)
        right.addWidget(self.session_only_check)

        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("formProblems")
        right.addWidget(self.problem_label)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.test_label = QLabel()
        self.test_label.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_label, 1)
        right.addLayout(test_row)
        right.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        right.addWidget(self.buttons)
        outer.addLayout(right, 2)

        for edit in (self.name_edit, self.url_edit, self.key_edit):
            edit.textChanged.connect(self._validate)
        self.kind_combo.currentIndexChanged.connect(self._validate)
        self.expires_check.toggled.connect(self._validate)
        self.expires_edit.dateChanged.connect(self._validate)
        self.session_only_check.toggled.connect(self._validate)
        self.set_keyring_available(self._keyring_available)

    def _validate(self, *args: object) -> None:
        is_key = self.kind_combo.currentData() == CredentialKind.API_KEY.value
        self.expires_check.setEnabled(is_key)
        self.expires_edit.setEnabled(is_key and self.expires_check.isChecked())
        self.expiry_label.setText(self._expiry_text())
        problems = self.problems()
        self.problem_label.setText("\n".join(problems))
        self.save_button.setEnabled(not problems)
        draft = self.draft()
        # Enabled without a key too: pressing it then says that a key is needed, and where.
        self.test_button.setEnabled(bool(draft.connection.base_url))

    def _expiry_text(self) -> str:
        draft = self.draft()
        expires = draft.connection.expires_on
        if expires is None:
            return ""
        days = (expires - date.today()).days
        if days < 0:
            return self.tr("This key has expired. Create a new key in meetergo.")
        if days <= EXPIRY_WARNING_DAYS:
            return self.tr("This key expires in %n day(s). Create a new key soon.", "", days)
        return ""

    def _on_list_widget_current_text_changed(self, name: str) -> None:
        if name:
            self.selected.emit(name)

    def _on_delete_button_clicked(self) -> None:
        name = self._editing
        if name is None:
            return
        text = self.tr(
            "Delete the connection “%1”? Its key is removed from this computer; the accounts "
            "on meetergo stay as they are."
        ).replace("%1", name)
        if set(self._connections) <= {name}:
            text += " " + self.tr(
                "It is the last connection: the built-in sandbox (demo data) will be used "
                "until you add another."
            )
        # open(), not exec(): no nested event loop (code-style-anchors Q5).
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete connection"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _r: self.delete_requested.emit(name) if box.clickedButton() is delete else None
        )
        self.delete_question = box
        box.open()

    def _on_test_button_clicked(self) -> None:
        self.test_requested.emit(self.draft())

    def _on_save_button_clicked(self) -> None:
        if not self.problems():
            self.save_requested.emit(self.draft())
