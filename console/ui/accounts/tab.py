"""The Accounts tab: the fleet table with per-account actions, load progress and the audit trail.

The widget has no async methods (DESIGN.md): it emits intent signals and the accounts presenter
does the work. Clipboard and browser actions are local and immediate, so they live here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.ui.accounts.audit import AuditPanel
from console.ui.accounts.embed import embed_code
from console.ui.accounts.model import (
    ROW_ROLE,
    AccountRow,
    AccountsFilterModel,
    AccountsModel,
    Column,
)
from console.ui.widgets.paint_throttle import PaintThrottle
from console.ui.widgets.tool_row import ToolRow


class AccountsTab(QWidget):
    """Fleet table over a shared :class:`AccountsFilterModel`.

    Signals:
        new_requested(): "New account…" was chosen.
        edit_requested(object): edit the given :class:`AccountRow`.
        delete_requested(object): delete the given :class:`AccountRow`.
        import_requested(): "Import CSV…" was chosen.
        refresh_requested(): reload the accounts from the server.
        status_posted(str): a short confirmation for the status bar ("Booking URL copied").
        account_chosen(object): the user selected a row (its :class:`AccountRow`), or the
            selection was cleared (None); the connection's Selection takes it from here.
    """

    new_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    import_requested = Signal()
    refresh_requested = Signal()
    status_posted = Signal(str)
    account_chosen = Signal(object)

    def __init__(self, proxy: AccountsFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._showing = False
        self._paint_throttle = PaintThrottle(self)
        self._setup_ui()
        self._update_actions()

    # -- setters the presenter calls --------------------------------------------------------

    def set_loading(self, loaded: int, total: int | None) -> None:
        """Show page-by-page progress; ``total`` None means unknown yet."""
        self._paint_throttle.changed()
        self.progress.setVisible(True)
        if total:
            value = min(loaded, total)
            # QProgressBar.setValue repaints at once; one step per percent is enough to see.
            if (
                self.progress.maximum() != total
                or value == total
                or abs(value - self.progress.value()) * 100 >= total
            ):
                self.progress.setRange(0, total)
                self.progress.setValue(value)
        else:
            self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Loading accounts… %v of %m"))

    def set_loaded(self) -> None:
        """Hide the progress bar; the table is complete."""
        self._paint_throttle.flush()
        self.progress.setVisible(False)
        self._update_count()

    def selected_account(self) -> AccountRow | None:
        """The account of the selected row (as the model holds it now), if any."""
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            return None
        row = indexes[0].siblingAtColumn(0).data(ROW_ROLE)
        return row if isinstance(row, AccountRow) else None

    def select_account(self, account_id: str) -> bool:
        """Select the row of ``account_id`` if it is visible; returns whether it was found.

        This is the user's pick made by the program (a new account): ``account_chosen`` follows.
        """
        proxy_row = self._proxy_row(account_id)
        if proxy_row is None:
            return False
        self.table.selectRow(proxy_row)
        self.table.scrollTo(self._proxy.index(proxy_row, 0))
        return True

    def show_current_account(self, account: AccountRow | None) -> None:
        """Select ``account``'s row (the shared selection changed); emits nothing."""
        self._showing = True
        try:
            proxy_row = self._proxy_row(account.id) if account is not None else None
            if proxy_row is None:
                self.table.clearSelection()
            else:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(self._proxy.index(proxy_row, 0))
        finally:
            self._showing = False
        self._update_actions()

    def _proxy_row(self, account_id: str) -> int | None:
        source = self._proxy.sourceModel()
        source_row = source.row_of(account_id) if isinstance(source, AccountsModel) else None
        if source_row is None:
            return None
        index = self._proxy.mapFromSource(source.index(source_row, 0))
        return index.row() if index.isValid() else None

    # -- per-account local actions ----------------------------------------------------------

    def copy_booking_url(self) -> None:
        """Put the selected account's booking URL on the clipboard."""
        account = self.selected_account()
        if account is None or not account.booking_url:
            return
        QGuiApplication.clipboard().setText(account.booking_url)
        self.status_posted.emit(self.tr("Booking URL copied"))

    def copy_embed_code(self) -> None:
        """Copy the inline widget snippet and the iframe for the selected account."""
        account = self.selected_account()
        if account is None or not account.booking_url:
            return
        QGuiApplication.clipboard().setText(embed_code(account.booking_url))
        self.status_posted.emit(self.tr("Embed code copied"))

    def open_booking_page(self) -> None:
        """Open the selected account's booking page in the default browser."""
        account = self.selected_account()
        if account is None or not account.booking_url:
            return
        QDesktopServices.openUrl(QUrl(account.booking_url))

    # -- construction -----------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        # In a narrow window the actions that do not fit move into the row's "»" menu instead
        # of forcing the window wide.
        buttons = ToolRow()
        buttons.setAccessibleName(self.tr("Account actions"))
        self.new_button = QPushButton(self.tr("&New account…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.copy_url_button = QPushButton(self.tr("Copy booking &URL"))
        self.copy_embed_button = QPushButton(self.tr("Copy em&bed code"))
        self.open_page_button = QPushButton(self.tr("&Open booking page"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.copy_url_button.clicked.connect(self.copy_booking_url)
        self.copy_embed_button.clicked.connect(self.copy_embed_code)
        self.open_page_button.clicked.connect(self.open_booking_page)
        self.import_button.clicked.connect(self.import_requested)
        self.refresh_button.clicked.connect(self.refresh_requested)
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.copy_url_button,
            self.copy_embed_button,
            self.open_page_button,
        ):
            buttons.addWidget(button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        buttons.addWidget(spacer)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.refresh_button)
        layout.addWidget(buttons)

        status = QHBoxLayout()
        self.count_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Loading progress"))
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(320)
        status.addWidget(self.count_label, 1)
        status.addWidget(self.progress)
        layout.addLayout(status)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Client accounts"))
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row height: with 10,000 rows, per-row size hints would cost seconds.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (Column.NAME, 180),
            (Column.EMAIL, 260),
            (Column.SLUG, 130),
            (Column.TIMEZONE, 130),
            (Column.MEETING_TYPES, 100),
            (Column.BOOKING_URL, 260),
        ):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        self._proxy.modelReset.connect(self._update_count)
        # A page of a refresh inserts its rows one by one; count them once per pass of the loop.
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(0)
        self._count_timer.timeout.connect(self._update_count)
        self._proxy.rowsInserted.connect(self._count_timer.start)
        self._proxy.rowsRemoved.connect(self._count_timer.start)
        self._proxy.layoutChanged.connect(self._update_count)
        splitter.addWidget(self.table)
        self.audit_panel = AuditPanel()
        splitter.addWidget(self.audit_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._update_count()

    def _update_count(self, *args: object) -> None:
        shown = self._proxy.rowCount()
        source = self._proxy.sourceModel()
        total = source.total() if isinstance(source, AccountsModel) else shown
        if shown == total:
            self.count_label.setText(self.tr("%n account(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} accounts match the search").format(
                    shown=shown, total=total
                )
            )
        self._update_actions()

    def _update_actions(self) -> None:
        account = self.selected_account()
        has = account is not None
        has_url = has and bool(account and account.booking_url)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.copy_url_button.setEnabled(has_url)
        self.copy_embed_button.setEnabled(has_url)
        self.open_page_button.setEnabled(has_url)

    def _on_selection_changed(self, *args: object) -> None:
        self._update_actions()
        if not self._showing:
            self.account_chosen.emit(self.selected_account())

    def _on_edit_button_clicked(self, *args: object) -> None:
        account = self.selected_account()
        if account is not None:
            self.edit_requested.emit(account)

    def _on_delete_button_clicked(self) -> None:
        account = self.selected_account()
        if account is not None:
            self.delete_requested.emit(account)
