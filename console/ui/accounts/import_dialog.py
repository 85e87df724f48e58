"""CSV import: preview every row (valid / will be linked / what is wrong), then run the job.

The dialog only shows and asks; :class:`console.ui.accounts.import_presenter.ImportPresenter`
parses the file and runs the journaled :class:`console.jobs.onboarding.OnboardingJob`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.jobs.csv_import import ImportRow, RowAction
from console.store import RowStatus
from console.ui.problems import translate_problem, translate_problems
from console.ui.theme import readable_text
from console.ui.widgets.countdown_label import CountdownLabel

_Index = QModelIndex | QPersistentModelIndex

_STATUS_COLOURS = {
    "invalid": QColor("#b02a37"),
    RowStatus.FAILED.value: QColor("#b02a37"),
    RowStatus.DONE.value: QColor("#146c43"),
    RowStatus.RUNNING.value: QColor("#0a58ca"),
}


def _status_label(status: str) -> str:
    return {
        "valid": QCoreApplication.translate("ImportDialog", "valid"),
        "link": QCoreApplication.translate("ImportDialog", "exists, will be linked"),
        "invalid": QCoreApplication.translate("ImportDialog", "invalid"),
        RowStatus.PENDING.value: QCoreApplication.translate("ImportDialog", "waiting"),
        RowStatus.RUNNING.value: QCoreApplication.translate("ImportDialog", "sending…"),
        RowStatus.DONE.value: QCoreApplication.translate("ImportDialog", "done"),
        RowStatus.FAILED.value: QCoreApplication.translate("ImportDialog", "failed"),
        RowStatus.SKIPPED.value: QCoreApplication.translate("ImportDialog", "skipped"),
    }.get(status, status)


class ImportRowsModel(QAbstractTableModel):
    """Rows of the import with their preview verdict and, once running, their job status."""

    HEADERS = ("Line", "E-mail", "Name", "Time zone", "Slug", "Meeting type", "Status", "Details")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._status: list[str] = []
        self._detail: list[str] = []

    def set_rows(self, rows: Sequence[ImportRow]) -> None:
        """Show a fresh preview."""
        self.beginResetModel()
        self._rows = list(rows)
        self._status = [
            "link" if r.action is RowAction.LINK else ("valid" if r.is_valid else "invalid")
            for r in rows
        ]
        # Problems first; notes (a renamed time zone that was mapped) after them.
        self._detail = [translate_problems([*r.problems, *r.notes]) for r in rows]
        self.endResetModel()

    def set_row_status(self, index: int, status: str, detail: str = "") -> None:
        """Update one row while the job runs."""
        if not 0 <= index < len(self._rows):
            return
        self._status[index] = status
        self._detail[index] = detail
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.HEADERS) - 1))

    def status(self, index: int) -> str:
        """The status key of a row ("valid", "invalid", "link" or a RowStatus value)."""
        return self._status[index]

    def detail(self, index: int) -> str:
        """The reason or result text of a row."""
        return self._detail[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ImportRowsModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        status = self._status[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                str(row.line),
                row.email,
                f"{row.given_name} {row.family_name}".strip(),
                row.timezone,
                row.slug or "",
                row.meeting_type or "",
                _status_label(status),
                self._detail[index.row()],
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and status in _STATUS_COLOURS:
            return QBrush(readable_text(_STATUS_COLOURS[status]))  # legible in dark mode
        if role == Qt.ItemDataRole.ToolTipRole and column == 7:
            return self._detail[index.row()] or None
        return None


# Marked for lupdate; translated at display time in headerData.
_HEADER_TEXTS = [
    QCoreApplication.translate("ImportRowsModel", "Line"),
    QCoreApplication.translate("ImportRowsModel", "E-mail"),
    QCoreApplication.translate("ImportRowsModel", "Name"),
    QCoreApplication.translate("ImportRowsModel", "Time zone"),
    QCoreApplication.translate("ImportRowsModel", "Slug"),
    QCoreApplication.translate("ImportRowsModel", "Meeting type"),
    QCoreApplication.translate("ImportRowsModel", "Status"),
    QCoreApplication.translate("ImportRowsModel", "Details"),
]


class ImportDialog(QDialog):
    """Preview and run a CSV import.

    Signals:
        file_chosen(str): the user picked a CSV file at this path.
        start_requested(): run the valid rows.
        pause_toggled(bool): True = pause, False = continue.
        cancel_requested(): stop after the rows in flight (the user confirmed it); the rows not
            sent yet are kept for later.
        continue_requested(): run the rows a cancelled import left (same job, same journal).
        retry_requested(): run the failed rows again.
        export_requested(str): write the results CSV to this path.
    """

    file_chosen = Signal(str)
    start_requested = Signal()
    pause_toggled = Signal(bool)
    cancel_requested = Signal()
    continue_requested = Signal()
    retry_requested = Signal()
    export_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows_model = ImportRowsModel(self)
        self._running = False
        self._paused = False
        self._pending = 0
        self.cancel_question: QMessageBox | None = None
        self.export_chooser: QFileDialog | None = None
        self._setup_ui()
        self.set_phase("empty")

    # -- setters ----------------------------------------------------------------------------

    def show_preview(
        self, source_name: str, rows: Sequence[ImportRow], file_problems: Sequence[str] = ()
    ) -> None:
        """Show the parsed file with one verdict per row (a new file: no counts of an old job)."""
        self.file_label.setText(source_name)
        self.counts_label.clear()
        self._pending = 0
        self.wait_label.set_until(None)
        self.rows_model.set_rows(rows)
        valid = sum(1 for r in rows if r.action is RowAction.CREATE)
        link = sum(1 for r in rows if r.action is RowAction.LINK)
        invalid = sum(1 for r in rows if r.action is RowAction.INVALID)
        text = self.tr("{total} rows: {valid} to create, {link} to link, {invalid} invalid").format(
            total=len(rows), valid=valid, link=link, invalid=invalid
        )
        if file_problems and not rows:
            # Refused as a whole: what the file is and what to do, not "0 rows".
            text = "\n".join(translate_problem(p) for p in file_problems)
        elif file_problems:
            text += "\n" + "\n".join(translate_problem(p) for p in file_problems)
        self.summary_label.setText(text)
        self.progress.setRange(0, max(valid + link, 1))
        self.progress.setValue(0)
        self.set_phase("preview" if valid + link else "empty")

    def set_waiting_until(self, until: datetime | None) -> None:
        """The job waits out an outage or a 429 until ``until`` (None: it runs again)."""
        self.wait_label.set_until(until)

    def show_file_error(self, text: str) -> None:
        """The file could not be read at all."""
        self.summary_label.setText(text)
        self.set_phase("empty")

    def update_row(self, index: int, status: str, detail: str = "") -> None:
        """One row changed while the job runs."""
        self.rows_model.set_row_status(index, status, detail)

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Progress and the running totals."""
        done = counts.get(RowStatus.DONE.value, 0)
        failed = counts.get(RowStatus.FAILED.value, 0)
        pending = counts.get(RowStatus.PENDING.value, 0) + counts.get(RowStatus.RUNNING.value, 0)
        self._pending = pending
        self.progress.setMaximum(max(done + failed + pending, 1))
        self.progress.setValue(done + failed)
        self.counts_label.setText(
            self.tr("{done} done, {failed} failed, {pending} to go").format(
                done=done, failed=failed, pending=pending
            )
        )
        self.retry_button.setEnabled(not self._running and failed > 0)
        if self.phase == "finished":
            self._offer_continue()

    def set_phase(self, phase: str) -> None:
        """ "empty", "preview", "running", "paused" or "finished": which buttons make sense."""
        self._running = phase in ("running", "paused")
        self._paused = phase == "paused"
        self.phase = phase
        self.choose_button.setEnabled(not self._running)
        self.start_button.setText(self._start_text)
        self.start_button.setEnabled(phase == "preview")
        # Enter starts a previewed import; otherwise it must not trigger anything by surprise.
        self.start_button.setDefault(phase == "preview")
        self.pause_button.setEnabled(self._running)
        self.pause_button.setText(self.tr("&Continue") if self._paused else self.tr("&Pause"))
        self.cancel_button.setEnabled(self._running)
        self.export_button.setEnabled(phase == "finished")
        self.export_help.setEnabled(phase == "finished")
        if phase != "finished":
            self.retry_button.setEnabled(False)
        else:
            self._offer_continue()

    def _offer_continue(self) -> None:
        # A cancelled import keeps its rows not sent yet: Start continues them.
        if self._pending:
            self.start_button.setText(self.tr("&Continue remaining rows"))
            self.start_button.setEnabled(True)

    def export_help_text(self) -> str:
        """What the results export writes, and that it cannot run formulas."""
        return self.tr(
            "The export lists every row with its result (user id, booking URL, status, error) "
            "and the other columns of your file, with the same separator, so skipped rows can "
            "be fixed and imported again. Cells starting with =, +, -, @ or a tab get a "
            "leading apostrophe so that a spreadsheet shows them as text and never runs them "
            "as formulas."
        )

    def offer_export_path(self, path: str) -> None:
        """Preset the file name the export dialog suggests (a bare name goes in Documents)."""
        self._export_default = path

    def export_path(self) -> str:
        """Where the export dialog starts: the suggested name in the user's documents folder
        (a spreadsheet user looks there first), or the path given whole."""
        if os.path.isabs(self._export_default):
            return self._export_default
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or os.path.expanduser("~")
        return os.path.join(folder, self._export_default)

    # -- construction -----------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Import accounts from CSV"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("C&hoose CSV file…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.file_label = QLabel(self.tr("No file chosen"))
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)
        self.summary_label = QLabel(
            self.tr(
                "Columns: e-mail, given name, family name, time zone, slug, meeting type "
                "(comma or semicolon separated, as Excel saves it)."
            )
        )
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        # While the server does not answer the job pauses (no row fails): say until when.
        self.wait_label = CountdownLabel(self)
        layout.addWidget(self.wait_label)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setModel(self.rows_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # the full reason is in the tooltip of "Details"
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 50), (1, 200), (2, 140), (3, 110), (4, 100), (5, 100), (6, 110)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.counts_label = QLabel()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.counts_label)
        layout.addLayout(progress_row)
        buttons = QHBoxLayout()
        self._start_text = self.tr("&Start")
        self.start_button = QPushButton(self._start_text)
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel import"))
        self.retry_button = QPushButton(self.tr("&Retry failed"))
        self.export_button = QPushButton(self.tr("&Export results…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.retry_button.clicked.connect(self.retry_requested)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button.clicked.connect(self.reject)
        for button in (
            self.start_button,
            self.pause_button,
            self.cancel_button,
            self.retry_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.export_help = QLabel(self.export_help_text())
        self.export_help.setWordWrap(True)
        self.export_help.setEnabled(False)  # greyed until there is something to export
        self.export_button.setToolTip(self.export_help_text())
        layout.addWidget(self.export_help)
        self._export_default = "onboarding-results.csv"
        self.choose_button.setFocus()

    def _on_choose_button_clicked(self) -> None:
        # open() + signal, never the static getOpenFileName (a nested event loop, Q5).
        chooser = QFileDialog(self, self.tr("Choose a CSV file"))
        chooser.setNameFilter(self.tr("CSV files (*.csv *.txt)"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.file_chosen)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()

    def _on_export_button_clicked(self) -> None:
        chooser = QFileDialog(self, self.tr("Export results"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("CSV files (*.csv)"))
        path = self.export_path()
        chooser.setDirectory(os.path.dirname(path))
        chooser.selectFile(path)
        self.export_chooser = chooser
        chooser.fileSelected.connect(self.export_requested)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.open()

    def _on_start_button_clicked(self) -> None:
        if self.phase == "finished" and self._pending:
            self.continue_requested.emit()
        else:
            self.start_requested.emit()

    def _on_cancel_button_clicked(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel the import?"))
        box.setText(
            self.tr(
                "The import stops after the rows being sent now. The rows not sent yet are "
                "kept: continue them here with “Continue remaining rows”, or the next time the "
                "console starts."
            )
        )
        stop = box.addButton(self.tr("Stop the import"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep importing"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(_result: int) -> None:
            self.cancel_question = None
            if box.clickedButton() is stop and self._running:
                self.cancel_requested.emit()

        box.finished.connect(on_finished)
        self.cancel_question = box
        box.open()  # never exec(): the import keeps running while the question is open

    def _on_pause_button_clicked(self) -> None:
        self.pause_toggled.emit(not self._paused)
