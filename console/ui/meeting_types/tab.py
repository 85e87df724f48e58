"""The Meeting types tab's widgets: the list with its search, the editor, the actions.

Widgets stay synchronous and only report what the user asked for; the presenter runs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.ui.accounts.embed import embed_code
from console.ui.meeting_types.editor import MeetingTypeEditor
from console.ui.meeting_types.model import RECORD_ROLE, MeetingTypesModel, MeetingTypesProxy
from console.ui.widgets.tool_row import ToolRow

if TYPE_CHECKING:
    # The services bring the API client; the tab is built before the first paint.
    from console.services.meeting_types import MeetingTypeRecord


class MeetingTypesTab(QWidget):
    """The meeting types of the account chosen in the left pane.

    Signals:
        current_changed(object): the selected :class:`MeetingTypeRecord` (or None).
        save_requested(): Save was pressed.
        discard_requested(): Discard was pressed.
        new_requested(): "New…" was pressed.
        duplicate_requested(object): "Duplicate…" for this record.
        toggle_enabled_requested(object): Enable/Disable for this record.
        delete_requested(object): "Delete…" for this record.
        copy_to_many_requested(object): "Copy settings to other accounts…" for this record.
        status_posted(str): a short confirmation for the status bar ("Booking URL copied").
    """

    current_changed = Signal(object)
    save_requested = Signal()
    discard_requested = Signal()
    new_requested = Signal()
    duplicate_requested = Signal(object)
    toggle_enabled_requested = Signal(object)
    delete_requested = Signal(object)
    copy_to_many_requested = Signal(object)
    status_posted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MeetingTypesModel(self)
        self.proxy = MeetingTypesProxy(self.model, self)
        self._setup_ui()
        self.show_account(None)

    # -- what the presenter sets ------------------------------------------------------------

    def show_account(self, label: str | None) -> None:
        """Whose meeting types are shown (None: no account chosen)."""
        if label is None:
            self.heading.setText(self.tr("Choose an account on the left to see its meeting types."))
        else:
            self.heading.setText(self.tr("Meeting types of %1").replace("%1", label))
        self._update_actions()

    def set_records(self, records: list[MeetingTypeRecord]) -> None:
        self.model.set_records(records)
        self._update_actions()

    def select(self, record_id: str | None) -> None:
        """Select the row of ``record_id`` (emits ``current_changed``)."""
        row = self.model.row_of(record_id) if record_id else -1
        if row < 0:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())

    def current_record(self) -> MeetingTypeRecord | None:
        if not self.table.selectionModel().hasSelection():
            return None  # as at start-up: no need to load the record type (and the API) yet
        from console.services.meeting_types import MeetingTypeRecord

        rows = self.table.selectionModel().selectedRows()
        record = rows[0].data(RECORD_ROLE) if rows else None
        return record if isinstance(record, MeetingTypeRecord) else None

    def set_origin(self, record: MeetingTypeRecord | None) -> None:
        """The editor's header: which meeting type it shows and the template it came from."""
        if record is None:
            self.origin_label.clear()
        elif record.template:
            self.origin_label.setText(
                self.tr("“%1”, made from the template “%2”")
                .replace("%1", record.name)
                .replace("%2", record.template)
            )
        else:
            self.origin_label.setText(
                self.tr("“%1”, not made from a template the console knows").replace(
                    "%1", record.name
                )
            )

    def set_notice(self, text: str, *, error: bool = False) -> None:
        """A line above Save: a failed save's reason, or what the server did not keep."""
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #b00020;" if error else "")
        self.notice.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and self.editor.is_dirty())
        self.editor.setEnabled(not busy and self.current_record() is not None)

    def set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)

    def set_booking_url(self, url: str | None) -> None:
        self.editor.booking_url_label.setText(url or "")
        self.copy_url_button.setEnabled(bool(url))
        self.copy_embed_button.setEnabled(bool(url))

    # -- clipboard --------------------------------------------------------------------------

    def copy_booking_url(self) -> None:
        url = self.editor.booking_url_label.text()
        if url:
            QGuiApplication.clipboard().setText(url)
            self.status_posted.emit(self.tr("Booking URL copied"))

    def copy_embed_code(self) -> None:
        url = self.editor.booking_url_label.text()
        if url:
            QGuiApplication.clipboard().setText(embed_code(url))
            self.status_posted.emit(self.tr("Embed code copied"))

    # -- construction -----------------------------------------------------------------------

    def _with_current(self, signal: SignalInstance) -> None:
        record = self.current_record()
        if record is not None:
            signal.emit(record)

    def _update_actions(self) -> None:
        record = self.current_record()
        for button in (
            self.duplicate_button,
            self.toggle_button,
            self.delete_button,
            self.copy_many_button,
        ):
            button.setEnabled(record is not None)
        self.editor.setEnabled(record is not None)
        if record is not None:
            on = record.values.get("enabled") is not False
            self.toggle_button.setText(self.tr("Disa&ble") if on else self.tr("Ena&ble"))

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_actions()
        self.current_changed.emit(self.current_record())

    def _setup_ui(self) -> None:
        self.heading = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search meeting types"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.new_button = QPushButton(self.tr("&New…"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"))
        self.toggle_button = QPushButton(self.tr("Disa&ble"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.copy_many_button = QPushButton(self.tr("Copy settings t&o other accounts…"))
        self.new_button.clicked.connect(self.new_requested.emit)
        self.duplicate_button.clicked.connect(lambda: self._with_current(self.duplicate_requested))
        self.toggle_button.clicked.connect(
            lambda: self._with_current(self.toggle_enabled_requested)
        )
        self.delete_button.clicked.connect(lambda: self._with_current(self.delete_requested))
        self.copy_many_button.clicked.connect(
            lambda: self._with_current(self.copy_to_many_requested)
        )
        actions = ToolRow()
        for button in (
            self.new_button,
            self.duplicate_button,
            self.toggle_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.copy_many_button)

        self.editor = MeetingTypeEditor()
        self.origin_label = QLabel()
        self.origin_label.setObjectName("meeting_type_origin")
        self.origin_label.setStyleSheet("font-weight: bold;")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.save_button = QPushButton(self.tr("&Save"))
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.copy_url_button = QPushButton(self.tr("Cop&y booking URL"))
        self.copy_embed_button = QPushButton(self.tr("Copy e&mbed code"))
        self.save_button.clicked.connect(self.save_requested.emit)
        self.discard_button.clicked.connect(self.discard_requested.emit)
        self.copy_url_button.clicked.connect(self.copy_booking_url)
        self.copy_embed_button.clicked.connect(self.copy_embed_code)
        self.set_dirty(False)
        self.set_booking_url(None)
        buttons = ToolRow()
        buttons.addWidget(self.copy_url_button)
        buttons.addWidget(self.copy_embed_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.origin_label)
        right_layout.addWidget(self.editor)
        right_layout.addWidget(self.notice)
        right_layout.addWidget(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(actions)
        layout.addWidget(splitter)


__all__ = ["MeetingTypesTab"]
