"""The Accounts tab: the fleet table with per-account actions, load progress and the audit trail.

The widget has no async methods (DESIGN.md): it emits intent signals and the accounts presenter
does the work. Clipboard and browser actions are local and immediate, so they live here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
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
from console.ui.accounts.health_filter import HealthFilterBox
from console.ui.accounts.model import (
    ROW_ROLE,
    AccountRow,
    AccountsFilterModel,
    AccountsModel,
    Column,
    HealthColumn,
)
from console.ui.widgets.paint_throttle import PaintThrottle
from console.ui.widgets.tool_row import ToolRow


class AccountsTable(QTableView):
    """The accounts table; with no rows it says why in the middle of its viewport. No signals.

    The text is painted rather than shown by a QLabel on the viewport: under X11 (xcb) such a
    label, once shown, left the whole window without repaints.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """Say ``text`` while the table has no rows ("" says nothing)."""
        if text != self.empty_text:
            self.empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self.empty_text or (model is not None and model.rowCount() > 0):
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            self.viewport().rect().adjusted(12, 12, -12, -12),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.empty_text,
        )
        painter.end()


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
            selection was cleared (None); the connection's Selection takes it from here. With
            several rows selected it is the current one (the row the keyboard is on).
        rename_requested(object): F2 on a row: edit its name (the :class:`AccountRow`).
        bulk_delete_requested(object): delete the selected accounts (a list of
            :class:`AccountRow`, two or more); planned through the Changes panel.
        brand_kit_requested(object): apply a brand kit to the selected accounts (a list).
        template_requested(object): assign a meeting-type template to the selected accounts.
        close_day_requested(object): close a day (or days) for the selected accounts.
    """

    new_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    import_requested = Signal()
    refresh_requested = Signal()
    status_posted = Signal(str)
    account_chosen = Signal(object)
    rename_requested = Signal(object)
    bulk_delete_requested = Signal(object)
    brand_kit_requested = Signal(object)
    template_requested = Signal(object)
    close_day_requested = Signal(object)

    def __init__(self, proxy: AccountsFilterModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._showing = False
        # How a booking page is opened (tests put a fake here); False: no browser opened it.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.browser_question: QMessageBox | None = None
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
        """The account the actions for one account work on: the current row when it is
        selected, else the first selected row (as the model holds it now); None without one."""
        model = self.table.selectionModel()
        current = self.table.currentIndex()
        if current.isValid() and model.isRowSelected(current.row()):
            row = current.siblingAtColumn(0).data(ROW_ROLE)
        else:
            rows = model.selectedRows(0)
            row = rows[0].data(ROW_ROLE) if rows else None
        return row if isinstance(row, AccountRow) else None

    def selected_accounts(self) -> list[AccountRow]:
        """Every selected account, in the table's order (Shift/Ctrl-click, Ctrl+A)."""
        indexes = sorted(self.table.selectionModel().selectedRows(0), key=lambda i: i.row())
        rows = [index.data(ROW_ROLE) for index in indexes]
        return [row for row in rows if isinstance(row, AccountRow)]

    def select_account(self, account_id: str) -> bool:
        """Select the row of ``account_id`` if it is visible; returns whether it was found.

        This is the user's pick made by the program (a new account): ``account_chosen`` follows.
        """
        proxy_row = self._proxy_row(account_id)
        if proxy_row is None:
            return False
        self._select_only(proxy_row)
        return True

    def show_current_account(self, account: AccountRow | None) -> None:
        """Select ``account``'s row (the shared selection changed); emits nothing."""
        self._showing = True
        try:
            proxy_row = self._proxy_row(account.id) if account is not None else None
            selection = self.table.selectionModel()
            if proxy_row is None:
                self.table.clearSelection()
            elif selection.isRowSelected(proxy_row):
                # Part of a multi-selection: move the current row, keep the other rows.
                selection.setCurrentIndex(
                    self._proxy.index(proxy_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            else:
                self._select_only(proxy_row)
        finally:
            self._showing = False
        self._update_actions()

    def _select_only(self, proxy_row: int) -> None:
        # Not QTableView.selectRow: in a multi-selection table it adds to the selection while
        # a Ctrl or Shift key is (or was last seen) held.
        index = self._proxy.index(proxy_row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _proxy_row(self, account_id: str) -> int | None:
        source = self._proxy.sourceModel()
        source_row = source.row_of(account_id) if isinstance(source, AccountsModel) else None
        if source_row is None:
            return None
        index = self._proxy.mapFromSource(source.index(source_row, 0))
        return index.row() if index.isValid() else None

    # -- per-account local actions ----------------------------------------------------------

    def copy_booking_url(self) -> None:
        """Put the selected accounts' booking URLs on the clipboard (one per line)."""
        urls = [a.booking_url for a in self.selected_accounts() if a.booking_url]
        if not urls:
            return
        QGuiApplication.clipboard().setText("\n".join(urls))
        if len(urls) == 1:
            self.status_posted.emit(self.tr("Booking URL copied"))
        else:
            self.status_posted.emit(self.tr("%n booking URL(s) copied", "", len(urls)))

    def copy_embed_code(self) -> None:
        """Copy the inline widget snippet and the iframe for the selected account."""
        account = self.selected_account()
        if account is None or not account.booking_url:
            return
        QGuiApplication.clipboard().setText(embed_code(account.booking_url))
        self.status_posted.emit(self.tr("Embed code copied"))

    def open_booking_page(self) -> None:
        """Open the selected account's booking page in the default browser; without one, say
        so and offer to copy the URL instead (a silent failure leaves the user guessing)."""
        account = self.selected_account()
        if account is None or not account.booking_url:
            return
        if self.open_url(QUrl(account.booking_url)):
            return
        url = account.booking_url
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("No web browser"))
        box.setText(
            self.tr(
                "No web browser could be opened for {url}. Copy the address and open it "
                "where you can."
            ).format(url=url)
        )
        copy = box.addButton(self.tr("&Copy URL"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(_result: int) -> None:
            self.browser_question = None
            if box.clickedButton() is copy:
                QGuiApplication.clipboard().setText(url)
                self.status_posted.emit(self.tr("Booking URL copied"))

        box.finished.connect(on_finished)
        self.browser_question = box
        box.open()

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
        self.health_filter = HealthFilterBox()
        self.health_filter.filter_chosen.connect(self._on_health_filter_chosen)
        status.addWidget(self.health_filter)
        layout.addLayout(status)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = AccountsTable()
        self.table.setAccessibleName(self.tr("Client accounts"))
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.installEventFilter(self)
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
        # Health at a glance: its column is shown right after the name (the model appends it).
        header.moveSection(header.visualIndex(HealthColumn.HEALTH), Column.NAME + 1)
        for health_column, width in (
            (HealthColumn.HEALTH, 240),
            (HealthColumn.NEXT_SLOT, 100),
            (HealthColumn.LAST_BOOKING, 110),
        ):
            header.resizeSection(health_column, width)
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
        elif isinstance(source, AccountsModel) and source.health_filter() is not None:
            self.count_label.setText(
                self.tr("{shown} of {total} accounts shown").format(shown=shown, total=total)
            )
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} accounts match the search").format(
                    shown=shown, total=total
                )
            )
        if shown:
            self.table.set_empty_text("")
        else:
            needle = self._proxy.search_text()
            if total and needle:
                text = self.tr(
                    "No account matches “{text}”.\nPress Esc in the search box to show all."
                ).format(text=needle)
            else:
                text = self.tr("No accounts yet. Create one with New account… or Import CSV…")
            self.table.set_empty_text(text)
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_accounts()
        one = len(selected) == 1
        has_url = one and bool(selected[0].booking_url)
        self.edit_button.setEnabled(one)
        self.delete_button.setEnabled(bool(selected))
        self.copy_url_button.setEnabled(any(a.booking_url for a in selected))
        self.copy_embed_button.setEnabled(has_url)
        self.open_page_button.setEnabled(has_url)
        self.delete_button.setText(
            self.tr("&Delete…") if len(selected) < 2 else self.tr("&Delete %n…", "", len(selected))
        )

    # -- context menu and keys ----------------------------------------------------------------

    def context_menu(self) -> QMenu:
        """The row menu for the current selection (built anew: its entries follow the count)."""
        selected = self.selected_accounts()
        menu = QMenu(self)
        one = len(selected) == 1
        has_url = one and bool(selected[0].booking_url)

        def add(text: str, slot: Callable[[], object], enabled: bool, keys: str = "") -> QAction:
            action = menu.addAction(text)
            action.setEnabled(enabled)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda *_: slot())
            return action

        add(self.tr("&Edit…"), self._on_edit_button_clicked, one, "Return")
        add(self.tr("&Rename…"), self._on_rename, one, "F2")
        add(self.tr("Copy booking &URL"), self.copy_booking_url, bool(selected), "Ctrl+C")
        add(self.tr("&Open booking page"), self.open_booking_page, has_url)
        menu.addSeparator()
        many = len(selected)
        add(self.tr("Apply a &brand kit…"), self._on_brand_kit, many > 0)
        add(self.tr("Assign a &template…"), self._on_template, many > 0)
        add(self.tr("&Close a day…"), self._on_close_day, many > 0)
        menu.addSeparator()
        delete_text = self.tr("&Delete…") if many < 2 else self.tr("&Delete %n…", "", many)
        add(delete_text, self._on_delete_button_clicked, many > 0, "Del")
        return menu

    def context_menu_at(self, pos: QPoint) -> QMenu:
        """The menu for a right click at ``pos`` (viewport coordinates): an unselected row
        under the pointer becomes the selection first, as in a file manager."""
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self._select_only(index.row())
        return self.context_menu()

    def _on_table_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu_at(pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Row keys on the table: Enter edits, Delete deletes, F2 renames, Ctrl+C copies."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_booking_url()
                return True
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_edit_button_clicked()
                return True
            if key == Qt.Key.Key_Delete:
                self._on_delete_button_clicked()
                return True
            if key == Qt.Key.Key_F2:
                self._on_rename()
                return True
        return super().eventFilter(watched, event)

    def _on_rename(self) -> None:
        selected = self.selected_accounts()
        if len(selected) == 1:
            self.rename_requested.emit(selected[0])

    def _on_brand_kit(self) -> None:
        if selected := self.selected_accounts():
            self.brand_kit_requested.emit(selected)

    def _on_template(self) -> None:
        if selected := self.selected_accounts():
            self.template_requested.emit(selected)

    def _on_close_day(self) -> None:
        if selected := self.selected_accounts():
            self.close_day_requested.emit(selected)

    def _on_selection_changed(self, *args: object) -> None:
        self._update_actions()
        if not self._showing:
            self.account_chosen.emit(self.selected_account())

    def _on_health_filter_chosen(self, wanted: object) -> None:
        source = self._proxy.sourceModel()
        if isinstance(source, AccountsModel):
            source.set_health_filter(wanted if isinstance(wanted, str) else None)
        self._update_count()

    def _on_edit_button_clicked(self, *args: object) -> None:
        selected = self.selected_accounts()
        if len(selected) == 1:
            self.edit_requested.emit(selected[0])

    def _on_delete_button_clicked(self) -> None:
        selected = self.selected_accounts()
        if len(selected) == 1:
            self.delete_requested.emit(selected[0])
        elif selected:
            self.bulk_delete_requested.emit(selected)
