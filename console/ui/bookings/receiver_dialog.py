"""The receiver's settings: the public URL a tunnel exposes, the host and port it binds.

Kept per connection in the settings; the dialog checks them with
:func:`console.domain.receiver.check_receiver` and keeps itself open on a problem, saying it
under the fields, so nothing unusable reaches the feed.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.domain.receiver import (
    DEFAULT_HOST,
    InvalidReceiverSettings,
    ReceiverSettings,
    check_receiver,
)
from console.ui.problems import translate_problem


def _key(connection: str, name: str) -> str:
    return f"bookings/receiver/{connection}/{name}"


def load_receiver(settings: QSettings | None, connection: str) -> ReceiverSettings:
    """The connection's saved settings (defaults when none or when they no longer check out)."""
    if settings is None:
        return ReceiverSettings()
    try:
        return check_receiver(
            str(settings.value(_key(connection, "public_url"), "") or ""),
            str(settings.value(_key(connection, "host"), DEFAULT_HOST) or DEFAULT_HOST),
            str(settings.value(_key(connection, "port"), 0) or 0),
        )
    except InvalidReceiverSettings:
        return ReceiverSettings()


def save_receiver(settings: QSettings | None, connection: str, chosen: ReceiverSettings) -> None:
    if settings is None:
        return
    settings.setValue(_key(connection, "public_url"), chosen.public_url or "")
    settings.setValue(_key(connection, "host"), chosen.host)
    settings.setValue(_key(connection, "port"), chosen.port)


class ReceiverDialog(QDialog):
    """Edits the receiver's settings of one connection.

    Signals:
        chosen(object): the checked :class:`ReceiverSettings` the user saved.
    """

    chosen = Signal(object)

    def __init__(
        self,
        current: ReceiverSettings,
        *,
        local_url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Webhook receiver"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "meetergo delivers webhooks only to an address on the internet. Behind a router, "
                "run a tunnel or reverse proxy whose https:// address forwards to the port "
                "below, and enter that address here. Without one, changes are found by polling."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url_edit = QLineEdit(current.public_url or "")
        self.url_edit.setPlaceholderText("https://bookings.example-tunnel.app")
        self.url_edit.setAccessibleName(self.tr("Public URL"))
        self.host_edit = QLineEdit(current.host)
        self.host_edit.setAccessibleName(self.tr("Receiver address"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setValue(current.port)
        self.port_spin.setSpecialValueText(self.tr("any free port"))
        self.port_spin.setAccessibleName(self.tr("Receiver port"))
        form.addRow(self.tr("Public URL:"), self.url_edit)
        form.addRow(self.tr("Listen on address:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        layout.addLayout(form)
        self.local_label = QLabel(
            self.tr("Receiving now at %1").replace("%1", local_url)
            if local_url
            else self.tr("The receiver is not running.")
        )
        self.local_label.setWordWrap(True)
        layout.addWidget(self.local_label)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b02a37;")
        self.problem_label.setVisible(False)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _on_buttons_accepted(self) -> None:
        try:
            checked = check_receiver(
                self.url_edit.text(), self.host_edit.text(), self.port_spin.value()
            )
        except InvalidReceiverSettings as exc:
            self.problem_label.setText(translate_problem(exc.problem))
            self.problem_label.setVisible(True)
            self.adjustSize()  # room for the sentence, the wrapped intro keeps its lines
            return
        self.problem_label.setVisible(False)
        self.chosen.emit(checked)
        self.accept()
