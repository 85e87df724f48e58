"""The main window: accounts pane on the left, the tabs on the right, connections in the toolbar.

Widgets here have no async methods: the window emits intent signals and exposes setters, the
presenters (``console.ui.accounts.presenter``, ``console.ui.connections.presenter``) do the work.
The window builds only its frame; the tabs are made by the wiring (``console.ui.wiring``) and
added with :meth:`MainWindow.add_tab`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.ui.accounts.model import (
    ROW_ROLE,
    AccountRow,
    AccountsFilterModel,
    AccountsModel,
    Column,
)
from console.ui.accounts.name_list import AccountNameList
from console.ui.icon import app_icon
from console.ui.theme import is_dark
from console.ui.widgets.header_fit import keep_header_texts_whole

# How often the status bar re-reads the client's request budget.
BUDGET_POLL_MS = 1000


class MainWindow(QMainWindow):
    """The console's one main window.

    Signals:
        connection_chosen(str): the user picked another connection in the toolbar dropdown.
        language_chosen(str): "en", "de" or "" (follow the system) was picked in the menu.
        manage_connections_requested(): "Manage connections…" was chosen.
        account_chosen(object): the user picked an account in the left pane (its
            :class:`AccountRow`, or None when the pick was cleared).
        close_requested(): the user closed the window; the app shuts down (the close itself is
            deferred until running work has been cancelled, see :meth:`allow_close`).
    """

    connection_chosen = Signal(str)
    language_chosen = Signal(str)
    manage_connections_requested = Signal()
    close_requested = Signal()
    account_chosen = Signal(object)

    def __init__(self, accounts_model: AccountsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts_model = accounts_model
        # The filter belongs to the pane's search box; the tabs that list accounts share it.
        self.accounts_proxy = AccountsFilterModel(self)
        self.accounts_proxy.setSourceModel(self.accounts_model)
        self._budget_source: Callable[[], float] | None = None
        self._may_close = False
        self._setup_ui()
        self._budget_timer = QTimer(self)
        self._budget_timer.setInterval(BUDGET_POLL_MS)
        self._budget_timer.timeout.connect(self._on_budget_timer_timeout)

    # -- setters ----------------------------------------------------------------------------

    def set_connections(self, names: Sequence[str], current: str | None) -> None:
        """Fill the connection dropdown without emitting ``connection_chosen``."""
        self.connection_combo.blockSignals(True)
        self.connection_combo.clear()
        self.connection_combo.addItems(list(names))
        if current is not None:
            self.connection_combo.setCurrentText(current)
        else:  # nothing open: picking any entry, the first too, must open it
            self.connection_combo.setCurrentIndex(-1)
        self.connection_combo.blockSignals(False)
        self.connection_label.setText(
            self.tr("Connection: {name}").format(name=current)
            if current
            else self.tr("No connection")
        )

    def set_sandbox_banner(self, visible: bool) -> None:
        """Show or hide the "Sandbox — demo data" banner."""
        self.banner.setVisible(visible)

    def set_sandbox_notice(self, text: str) -> None:
        """Add ``text`` to the sandbox banner (e.g. it is restarting); "" shows it plain."""
        plain = self._banner_text()
        self.banner.setText(f"{plain} {text}" if text else plain)

    def set_budget_source(self, source: Callable[[], float] | None) -> None:
        """Poll ``source`` (``client.rate_budget.available``) for the status bar; None stops."""
        self._budget_source = source
        if source is None:
            self._budget_timer.stop()
            self.budget_label.setText(self.tr("Budget: —"))
        else:
            self._on_budget_timer_timeout()
            self._budget_timer.start()

    def set_live_feed_state(self, text: str) -> None:
        """The live-feed part of the status bar (e.g. "Live feed: off")."""
        self.live_label.setText(text)

    def set_connection_health(self, text: str, tooltip: str = "") -> None:
        """The connection's key expiry and webhook count in the status bar ("" hides it)."""
        self.health_label.setText(text)
        self.health_label.setToolTip(tooltip)
        self.health_label.setVisible(bool(text))

    def show_message(self, level: str, text: str) -> None:
        """Show a message of the message bus in the status bar (errors stay longer)."""
        timeout = 15000 if level == "error" else 6000
        prefix = {"error": self.tr("Error: "), "warning": self.tr("Warning: ")}.get(level, "")
        self.statusBar().showMessage(prefix + text, timeout)

    def show_help(self) -> None:
        """Non-modal help with the keyboard shortcuts (``open()``, never ``exec()``)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Help"))
        box.setText(
            self.tr(
                "meetergo console — manage your client accounts.\n\n"
                "Ctrl+F  search accounts\n"
                "Ctrl+N  new account\n"
                "Ctrl+R  refresh\n"
                "Ctrl+Shift+J  changes panel\n"
                "F1  this help"
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._help_box = box

    def show_about(self) -> None:
        """Help → About (non-modal): version, bundled libraries and licences, the folders."""
        from console.ui.about import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self._about = dialog

    def open_docs(self) -> None:
        """Open the meetergo API documentation in the browser (the URL in the status bar if not)."""
        from console.ui.about import DOCS_URL

        if not QDesktopServices.openUrl(QUrl(DOCS_URL)):
            self.show_message(
                "warning",
                self.tr("No web browser could be opened; the documentation is at {url}").format(
                    url=DOCS_URL
                ),
            )

    def save_layout(self, settings: QSettings) -> None:
        """Remember the window's size and place, its docks and the left pane's width."""
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        """Put the window back as :meth:`save_layout` left it (nothing saved: the defaults)."""
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def restore_dock_state(self, settings: QSettings) -> None:
        """Put the docks back as :meth:`save_layout` left them (for docks added after
        :meth:`restore_layout` ran: start-up adds the Changes panel after the first paint)."""
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def set_language(self, code: str) -> None:
        """Tick the language menu entry for ``code`` ("" = system) without emitting."""
        for action in self._language_actions:
            action.blockSignals(True)
            action.setChecked(action.data() == code)
            action.blockSignals(False)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Append a tab (the wiring adds every tab, placeholders included); returns its index.

        Its tables' column titles are kept whole (German ones are longer than the defaults).
        """
        _keep_titles_whole(widget)
        return self.tabs.addTab(widget, title)

    def replace_tab(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` in place of the page at ``index``, keeping its title and the current tab
        (start-up shows empty pages for the tabs it builds after the first paint)."""
        current = self.tabs.currentIndex()
        old = self.tabs.widget(index)
        title = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        _keep_titles_whole(widget)
        self.tabs.insertTab(index, widget, title)
        self.tabs.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()

    def add_dock(self, dock: QDockWidget, shortcut: QKeySequence | None = None) -> QAction:
        """Put ``dock`` at the bottom, hidden; its toggle goes into the View menu.

        Returns the toggle action (with ``shortcut``, window-wide); showing the dock through it
        moves the focus into the dock.
        """
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        _keep_titles_whole(dock)
        if not dock.objectName():  # saveState() finds docks by their object name
            dock.setObjectName(type(dock).__name__)
        dock.hide()
        action = dock.toggleViewAction()
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.view_menu.addAction(action)
        self.addAction(action)

        def on_toggled(checked: bool) -> None:
            if checked:
                dock.raise_()
                dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

        action.triggered.connect(on_toggled)
        return action

    def add_shortcut(
        self, keys: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        """A window-wide shortcut (a tab's Ctrl+N works wherever the focus is)."""
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)
        return action

    def show_current_account(self, account: AccountRow | None) -> None:
        """Mark ``account`` in the left pane (the shared selection changed); emits nothing."""
        self._showing = True
        try:
            index = self._proxy_index(account.id) if account is not None else QModelIndex()
            if index.isValid():
                self.account_list.setCurrentIndex(index)
                self.account_list.scrollTo(index)
            else:
                self.account_list.clearSelection()
        finally:
            self._showing = False

    def current_list_account(self) -> AccountRow | None:
        """The account selected in the left pane, if any."""
        indexes = self.account_list.selectionModel().selectedIndexes()
        row = indexes[0].data(ROW_ROLE) if indexes else None
        return row if isinstance(row, AccountRow) else None

    def allow_close(self) -> None:
        """Called by the app once work is cancelled; the next close really closes."""
        self._may_close = True

    # -- Qt overrides -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style_banner()  # light or dark mode switched

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self._budget_timer.stop()
            event.accept()
            return
        # Let the app cancel tasks and wait for journals first; it calls allow_close() + close().
        event.ignore()
        self.close_requested.emit()

    # -- construction -----------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("meetergo console"))
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)

        toolbar = QToolBar(self.tr("Connection"))
        toolbar.setObjectName("connectionToolbar")
        toolbar.setMovable(False)
        # Icons arrive after the first paint; the text stays, so nothing is an icon alone.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(QLabel(self.tr("Connection:") + " "))
        self.connection_combo = QComboBox()
        self.connection_combo.setAccessibleName(self.tr("Connection"))
        self.connection_combo.setMinimumContentsLength(18)
        self.connection_combo.currentTextChanged.connect(self._on_connection_combo_changed)
        toolbar.addWidget(self.connection_combo)
        self.manage_action = QAction(self.tr("Manage connections…"), self)
        self.manage_action.triggered.connect(self.manage_connections_requested)
        toolbar.addAction(self.manage_action)
        self.addToolBar(toolbar)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Ctrl+Q everywhere: Windows has no standard key for Quit (QKeySequence.Quit is empty).
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        self._language_actions: list[QAction] = []
        for code, text in (
            ("", self.tr("System language")),
            ("en", "English"),
            ("de", "Deutsch"),
        ):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == "")
            group.addAction(action)
            language_menu.addAction(action)
            action.toggled.connect(self._on_language_action_toggled)
            self._language_actions.append(action)
        settings_menu.addAction(self.manage_action)
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = help_menu.addAction(self.tr("Keyboard shortcuts"))
        help_action.triggered.connect(self.show_help)
        self.docs_action = help_menu.addAction(self.tr("meetergo API &documentation"))
        self.docs_action.triggered.connect(self.open_docs)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(self.tr("&About meetergo console"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner = QLabel(self._banner_text())
        self.banner.setObjectName("sandboxBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._style_banner()
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search accounts (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search accounts"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        # Esc in the search box shows every account again.
        clear_search = QAction(self.search_edit)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search_edit.clear)
        self.search_edit.addAction(clear_search)
        self.account_list = AccountNameList()
        self.account_list.setAccessibleName(self.tr("Accounts of this connection"))
        self.account_list.setModel(self.accounts_proxy)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.account_list, 1)
        # Narrow enough that the window fits 800 px in German too; the splitter starts it wider.
        left.setMinimumWidth(160)
        splitter.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 1000])
        outer.addWidget(splitter, 1)
        self.setCentralWidget(central)

        # The pick goes to the connection's Selection, which shows it in the table too.
        self._showing = False
        self.account_list.selectionModel().selectionChanged.connect(
            self._on_account_list_selection_changed
        )

        self.connection_label = QLabel(self.tr("No connection"))
        self.budget_label = QLabel(self.tr("Budget: —"))
        self.live_label = QLabel(self.tr("Live feed: off"))
        for label in (self.connection_label, self.budget_label, self.live_label):
            self.statusBar().addPermanentWidget(label)
        self.health_label = QLabel()
        self.health_label.setAccessibleName(self.tr("Key expiry and webhooks"))
        self.health_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.health_label)

        self.add_shortcut(QKeySequence.StandardKey.Find, self._on_search_shortcut_activated)
        self.add_shortcut(QKeySequence.StandardKey.HelpContents, self.show_help)

    def _style_banner(self) -> None:
        # Colour plus text: the banner's meaning never depends on the colour alone. Amber on
        # a light window, dark amber with light text on a dark one (both above 4.5:1).
        background, text, border = (
            ("#3d3200", "#ffe69c", "#997404")
            if is_dark(self.palette())
            else ("#fff3cd", "#664d03", "#ffe69c")
        )
        style = (
            f"#sandboxBanner {{ background: {background}; color: {text};"
            f" border: 1px solid {border}; padding: 6px; font-weight: bold; }}"
        )
        if self.banner.styleSheet() != style:
            self.banner.setStyleSheet(style)

    def _banner_text(self) -> str:
        return self.tr("Sandbox — demo data. Nothing here reaches meetergo.")

    # -- slots ------------------------------------------------------------------------------

    def _on_language_action_toggled(self, checked: bool) -> None:
        if checked:
            for action in self._language_actions:
                if action.isChecked():
                    self.language_chosen.emit(str(action.data()))

    def _on_search_shortcut_activated(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self.accounts_proxy.set_search_text(text)

    def _on_connection_combo_changed(self, name: str) -> None:
        if name:
            self.connection_chosen.emit(name)

    def _on_account_list_selection_changed(self, *args: object) -> None:
        if not self._showing:
            self.account_chosen.emit(self.current_list_account())

    def _proxy_index(self, account_id: str) -> QModelIndex:
        source_row = self.accounts_model.row_of(account_id)
        if source_row is None:
            return QModelIndex()
        return self.accounts_proxy.mapFromSource(self.accounts_model.index(source_row, Column.NAME))

    def _on_budget_timer_timeout(self) -> None:
        if self._budget_source is None:
            return
        try:
            left = self._budget_source()
        except Exception:  # a closed client must not break the status bar
            self.budget_label.setText(self.tr("Budget: —"))
            return
        self.budget_label.setText(self.tr("Budget: %n request(s) left this minute", "", int(left)))


def _keep_titles_whole(widget: QWidget) -> None:
    for header in widget.findChildren(QHeaderView):
        if header.orientation() is Qt.Orientation.Horizontal:
            keep_header_texts_whole(header)
