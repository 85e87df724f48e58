"""Where the GUI's real objects are built and connected (the composition root ``app.py`` calls).

Nothing else constructs collaborators: the window gets its tabs from :func:`build_views`, the
shell gets everything from :func:`build_shell`, and each connection's presenters are made by
:func:`make_ui_session`. Tests call the same functions with an in-process sandbox or fakes in
place of the network, the keyring or the sandbox child.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from console.ui.accounts.model import AccountsModel
from console.ui.accounts.tab import AccountsTab
from console.ui.main_window import MainWindow

if TYPE_CHECKING:
    # The window is painted before any of these is imported (SQLAlchemy, httpx, pydantic, the
    # jobs): build_views needs none of them, the other functions import them when called; the
    # tabs after Accounts are imported by finish_views, after the first paint.
    from console.asyncqt import TaskRunner
    from console.credentials import Connection, ConnectionStore, SecretStore
    from console.messages import MessageBus
    from console.services.templates import TemplateService
    from console.session import ClientFactory, Session
    from console.store import Store
    from console.ui.accounts.health_presenter import HealthPresenter
    from console.ui.accounts.presenter import AccountsPresenter
    from console.ui.availability.tab import AvailabilityTab
    from console.ui.bookings.tab import BookingsTab
    from console.ui.branding.tab import BrandingTab
    from console.ui.changes.backend import ChangesBackend
    from console.ui.changes.panel import ChangesPanel
    from console.ui.changes.presenter import ChangesPresenter
    from console.ui.connections.presenter import ConnectionsPresenter, ProbeClient
    from console.ui.meeting_types.tab import MeetingTypesTab
    from console.ui.session import UiSession
    from console.ui.shell import SandboxControl, Shell
    from console.ui.templates.tab import TemplatesTab

# An open Session -> the change engine of its connection (console.jobs.engine.ChangeEngine).
ChangesBackendFactory = Callable[["Session"], "ChangesBackend"]

# Shows and hides the Changes panel wherever the focus is.
CHANGES_SHORTCUT = "Ctrl+Shift+J"


@dataclass(frozen=True)
class Views:
    """The window, the tab widgets and the Changes panel each connection's presenters drive."""

    window: MainWindow
    accounts_tab: AccountsTab
    changes_panel: ChangesPanel
    bookings_tab: BookingsTab
    meeting_types_tab: MeetingTypesTab
    branding_tab: BrandingTab
    availability_tab: AvailabilityTab
    templates_tab: TemplatesTab


@dataclass(frozen=True)
class FirstViews:
    """What the first paint shows: the window, the accounts tab and an empty page per other tab.

    The other tabs (and the modules they import) are built by :func:`finish_views` after the
    window has painted, so start-up pays only for what the user sees first.
    """

    window: MainWindow
    accounts_tab: AccountsTab
    pages: dict[str, int]  # tab key -> index of its empty page


# The tabs after Accounts, in the order the window shows them.
LATER_TABS = ("meeting_types", "availability", "branding", "templates", "bookings")


def later_tab_title(key: str) -> str:
    """The title of a tab built after the first paint (shown on its empty page already)."""
    if key == "meeting_types":
        return meeting_types_title(dirty=False)
    if key == "branding":
        return branding_title()
    titles = {
        "availability": QCoreApplication.translate("MainWindow", "Availability"),
        "templates": QCoreApplication.translate("MainWindow", "Templates"),
        "bookings": QCoreApplication.translate("MainWindow", "Bookings"),
    }
    return titles[key]


def build_first_views() -> FirstViews:
    """The main window with the accounts tab and the other tabs' titles, ready to paint."""
    window = MainWindow(AccountsModel())
    accounts_tab = AccountsTab(window.accounts_proxy)
    window.add_tab(accounts_tab, QCoreApplication.translate("MainWindow", "Accounts"))
    pages = {key: window.add_tab(QWidget(), later_tab_title(key)) for key in LATER_TABS}
    window.add_shortcut(QKeySequence.StandardKey.New, accounts_tab.new_requested.emit)
    window.add_shortcut(QKeySequence("Ctrl+R"), accounts_tab.refresh_requested.emit)
    # A tab's own confirmations ("Booking URL copied") are status-bar messages like any other.
    accounts_tab.status_posted.connect(lambda text: window.show_message("info", text))
    return FirstViews(window, accounts_tab, pages)


def finish_views(first: FirstViews) -> Views:
    """Build the tabs behind the empty pages and the Changes panel; every tab is then real."""
    from console.ui.availability.tab import AvailabilityTab
    from console.ui.bookings.model import BookingsModel
    from console.ui.bookings.tab import BookingsTab
    from console.ui.branding.tab import BrandingTab
    from console.ui.changes.panel import ChangesPanel
    from console.ui.meeting_types.tab import MeetingTypesTab
    from console.ui.templates.tab import TemplatesTab

    window = first.window
    meeting_types_tab = MeetingTypesTab()
    meeting_types_tab.status_posted.connect(lambda text: window.show_message("info", text))
    availability_tab = AvailabilityTab()
    branding_tab = BrandingTab()
    templates_tab = TemplatesTab()
    bookings_tab = BookingsTab(BookingsModel())
    bookings_tab.status_posted.connect(lambda text: window.show_message("info", text))
    built: dict[str, QWidget] = {
        "meeting_types": meeting_types_tab,
        "availability": availability_tab,
        "branding": branding_tab,
        "templates": templates_tab,
        "bookings": bookings_tab,
    }
    for key, widget in built.items():
        window.replace_tab(first.pages[key], widget)
    changes_panel = ChangesPanel(window)
    window.add_dock(changes_panel, QKeySequence(CHANGES_SHORTCUT))
    return Views(
        window,
        first.accounts_tab,
        changes_panel,
        bookings_tab,
        meeting_types_tab,
        branding_tab,
        availability_tab,
        templates_tab,
    )


def build_views() -> Views:
    """The main window with every tab added, its shortcuts and status messages wired."""
    return finish_views(build_first_views())


def meeting_types_title(*, dirty: bool) -> str:
    """The Meeting types tab's title; an asterisk marks unsaved edits (as editors do)."""
    title = QCoreApplication.translate("MainWindow", "Meeting types")
    return f"{title} *" if dirty else title


def branding_title(dirty: bool = False) -> str:
    """The branding tab's title; an asterisk marks edits not saved yet."""
    title = QCoreApplication.translate("MainWindow", "Branding")
    return f"{title}*" if dirty else title


def make_ui_session(
    session: Session,
    *,
    views: Views,
    runner: TaskRunner,
    bus: MessageBus,
    settings: QSettings | None = None,
    changes_backend_factory: ChangesBackendFactory | None = None,
) -> UiSession:
    """The presenters of one open connection, in their own task scope, bound to the views.

    ``changes_backend_factory`` makes the connection's change engine; without one the Changes
    panel says there are no change sets and offers no Apply.
    """
    from datetime import date

    from console.scheduling.schedule import WeeklySchedule
    from console.services.branding import BrandingService
    from console.services.meeting_types import MeetingTypeService
    from console.services.templates import TemplateService
    from console.ui.accounts.import_presenter import ImportPresenter
    from console.ui.accounts.presenter import AccountsPresenter
    from console.ui.availability.presenter import AvailabilityPresenter
    from console.ui.bookings.presenter import BookingsPresenter
    from console.ui.branding.presenter import BrandingPresenter
    from console.ui.changes.accounts import PickedAccount
    from console.ui.changes.presenter import ChangesPresenter
    from console.ui.meeting_types.presenter import MeetingTypesPresenter
    from console.ui.selection import Selection
    from console.ui.session import UiSession
    from console.ui.templates.presenter import TemplatesPresenter
    from console.ui.unsaved import UnsavedEdits

    scope = runner.scope(f"connection:{session.name}")
    window, tab = views.window, views.accounts_tab
    selection = Selection()
    unsaved = UnsavedEdits()
    store, name = session.store, session.name

    async def audit() -> list[object]:
        return list(await store.audit.entries(name))

    accounts = AccountsPresenter(
        tab,
        window.accounts_model,
        selection=selection,
        service=session.accounts,
        runner=scope,
        audit_source=audit,
    )
    accounts.message_posted.connect(window.show_message)

    def existing() -> tuple[list[str], list[str]]:
        rows = window.accounts_model.accounts()
        return [r.email for r in rows if r.email], [r.slug for r in rows if r.slug]

    importer = ImportPresenter(
        window,
        client=session.client,
        store=store,
        connection=name,
        runner=scope,
        bus=bus,
        existing=existing,
    )
    changes = ChangesPresenter(
        views.changes_panel,
        backend=changes_backend_factory(session) if changes_backend_factory else None,
        runner=scope,
        accounts=window.accounts_model.accounts,
        selection=selection,
        settings=settings,
        parent_widget=window,
    )
    changes.message_posted.connect(window.show_message)
    bookings = BookingsPresenter(
        views.bookings_tab,
        views.bookings_tab.model,
        store=store,
        client=session.client,
        connection=name,
        runner=scope,
        accounts=window.accounts_model.accounts,
        changes=changes,
        settings=settings,
    )
    bookings.message_posted.connect(window.show_message)
    bookings.status_changed.connect(window.set_live_feed_state)
    mt_tab = views.meeting_types_tab
    meeting_types = MeetingTypesPresenter(
        mt_tab,
        selection=selection,
        service=MeetingTypeService(session.client, store, name),
        runner=scope,
        changes=changes,
        unsaved=unsaved,
    )
    meeting_types.message_posted.connect(window.show_message)

    def on_meeting_types_dirty(dirty: bool) -> None:
        index = window.tabs.indexOf(mt_tab)
        if index >= 0:
            window.tabs.setTabText(index, meeting_types_title(dirty=dirty))

    meeting_types.dirty_changed.connect(on_meeting_types_dirty)
    branding = BrandingPresenter(
        views.branding_tab,
        service=BrandingService(session.client, store, name),
        selection=selection,
        runner=scope,
        kits=store.brand_kits,
        connection=name,
        changes=changes,
        parent_widget=window,
    )
    branding.message_posted.connect(window.show_message)

    def on_branding_dirty(dirty: bool) -> None:
        index = window.tabs.indexOf(views.branding_tab)
        window.tabs.setTabText(index, branding_title(dirty))

    branding.dirty_changed.connect(on_branding_dirty)
    templates = TemplatesPresenter(
        views.templates_tab,
        service=TemplateService(session.client, store, name),
        changes=changes,
        runner=scope,
    )
    templates.message_posted.connect(window.show_message)
    ui = UiSession(
        session,
        runner=scope,
        selection=selection,
        accounts=accounts,
        importer=importer,
        changes=changes,
        bookings=bookings,
        meeting_types=meeting_types,
        branding=branding,
        templates=templates,
        unsaved=unsaved,
    )
    unsaved.setParent(ui)
    ui.add_cleanup(lambda: on_meeting_types_dirty(False))
    _connect_bulk_actions(ui, tab, window, changes, TemplateService(session.client, store, name))
    sections = {"availability": views.availability_tab, "meeting_types": views.meeting_types_tab}
    accounts.section_requested.connect(lambda key: window.tabs.setCurrentWidget(sections[key]))
    window.account_list.set_unsaved(ui.unsaved)
    ui.add_cleanup(lambda: window.account_list.set_unsaved(None))
    ui.add_cleanup(branding.close)
    selection.attach(views.bookings_tab.account_chosen, views.bookings_tab.show_current_account)
    accounts_model = window.accounts_model

    def on_accounts_changed(*_args: object) -> None:
        bookings.refresh_accounts()

    signals = (accounts_model.modelReset, accounts_model.rowsInserted, accounts_model.rowsRemoved)
    for changed in signals:
        changed.connect(on_accounts_changed)

    def release_bookings() -> None:
        for changed in signals:
            changed.disconnect(on_accounts_changed)
        window.set_live_feed_state(QCoreApplication.translate("MainWindow", "Live feed: off"))

    ui.add_cleanup(release_bookings)
    availability = AvailabilityPresenter(
        views.availability_tab, client=session.client, runner=scope
    )
    availability.message_posted.connect(window.show_message)
    selection.changed.connect(availability.show_account)
    availability.show_account(selection.current())

    def apply_hours_to_many(schedule: WeeklySchedule) -> None:
        from console.jobs.edits import WeeklyHoursEdit

        edit = WeeklyHoursEdit(schedule)

        def chosen(accounts: list[PickedAccount]) -> None:
            if accounts:
                changes.plan(availability.change_set_name(len(accounts)), accounts, edit)

        changes.pick_accounts(
            chosen, title=QCoreApplication.translate("MainWindow", "Apply weekly hours to…")
        )

    views.availability_tab.apply_to_many_requested.connect(apply_hours_to_many)

    def close_days_for_many(ranges: list[tuple[date, date, str | None]], text: str) -> None:
        from console.jobs.edits import ClosedDaysEdit

        edit = ClosedDaysEdit(ranges, description=text)

        def chosen(accounts: list[PickedAccount]) -> None:
            if accounts:
                changes.plan(f"{edit.description} for {len(accounts)} accounts", accounts, edit)

        changes.pick_accounts(
            chosen, title=QCoreApplication.translate("MainWindow", "Close days for…")
        )

    views.availability_tab.closed_days_to_many_requested.connect(close_days_for_many)

    def release_availability() -> None:
        selection.changed.disconnect(availability.show_account)
        views.availability_tab.apply_to_many_requested.disconnect(apply_hours_to_many)
        views.availability_tab.closed_days_to_many_requested.disconnect(close_days_for_many)
        availability.close()

    ui.add_cleanup(release_availability)
    selection.attach(window.account_chosen, window.show_current_account)
    selection.attach(tab.account_chosen, tab.show_current_account)
    tab.import_requested.connect(importer.open)
    ui.add_cleanup(lambda: tab.import_requested.disconnect(importer.open))

    def on_import_finished(_counts: object) -> None:
        accounts.refresh()

    importer.finished.connect(on_import_finished)
    wire_health(ui, window=window, accounts=accounts, changes=changes)
    return ui


def wire_health(
    ui: UiSession, *, window: MainWindow, accounts: AccountsPresenter, changes: ChangesPresenter
) -> HealthPresenter:
    """The connection's health presenter: it starts with the first accounts shown, rechecks
    an account the console changed, and follows applied change sets."""
    from console.health.service import HealthService
    from console.ui.accounts.health_presenter import HealthPresenter

    session = ui.session
    health = HealthPresenter(
        window.accounts_model,
        service=HealthService(session.client, session.store, session.name),
        runner=ui.runner,
        connection=session.connection,
        budget=session.client.rate_budget.available,
        parent=ui,
    )
    health.message_posted.connect(window.show_message)
    health.connection_health_changed.connect(window.set_connection_health)
    links = (
        (accounts.loaded, health.check_now),
        (accounts.account_changed, health.account_changed),
        (accounts.account_created, health.account_changed),
        (changes.applied, health.check_now),
    )
    for signal, slot in links:
        signal.connect(slot)

    def release_health() -> None:
        for signal, slot in links:
            signal.disconnect(slot)
        health.close()

    ui.add_cleanup(release_health)
    return health


def real_change_engine(session: Session) -> ChangesBackend:
    """The connection's fleet-change engine, on its client, store and message bus."""
    from console.jobs.engine import ChangeEngine

    return ChangeEngine(session.client, session.store, session.name, bus=session.bus)


def build_shell(
    *,
    store: Store,
    views: Views | None = None,
    settings: QSettings | None = None,
    connections: ConnectionStore | None = None,
    secrets: SecretStore | None = None,
    bus: MessageBus | None = None,
    client_factory: ClientFactory | None = None,
    sandbox: SandboxControl | None = None,
    preferred_connection: str | None = None,
    changes_backend_factory: ChangesBackendFactory | None = None,
) -> Shell:
    """The shell with its collaborators; anything not given is the real thing.

    ``changes_backend_factory`` (session → change engine, the real
    :class:`~console.jobs.engine.ChangeEngine` by default) is handed to every connection's
    :func:`make_ui_session`.
    """
    from console import paths
    from console.asyncqt import QtMessageBridge, TaskRunner
    from console.credentials import ConnectionStore, SecretStore
    from console.messages import MessageBus
    from console.sandbox.child import SandboxChild
    from console.session import Session, default_client_factory
    from console.ui.bus_texts import BusTexts
    from console.ui.connections.dialog import ConnectionsDialog
    from console.ui.connections.presenter import ConnectionsPresenter
    from console.ui.shell import Shell

    changes_backend_factory = changes_backend_factory or real_change_engine
    views = views or build_views()
    bus = bus or MessageBus()
    connections = connections or ConnectionStore()
    secrets = secrets or SecretStore()
    make_client = client_factory or default_client_factory
    settings = settings or QSettings()
    runner = TaskRunner(bus)
    texts = BusTexts()  # the jobs' summaries in the user's language
    bridge = QtMessageBridge(bus, words=texts.words)
    texts.setParent(bridge)
    bridge.message_posted.connect(views.window.show_message)

    async def open_session(connection: Connection, key: str) -> Session:
        # None: the session picks the real client, whose budget is the team's on a shared store.
        return await Session.open(
            connection, key=key, store=store, bus=bus, client_factory=client_factory
        )

    @contextlib.asynccontextmanager
    async def probe(base_url: str, key: str) -> AsyncIterator[ProbeClient]:
        async with make_client(base_url, key) as client:
            yield client

    def make_connections_manager() -> ConnectionsPresenter:
        dialog = ConnectionsDialog(keyring_available=secrets.backend_available, parent=views.window)
        return ConnectionsPresenter(
            dialog,
            connections=connections,
            secrets=secrets,
            runner=runner,
            client_factory=probe,
            parent=dialog,
        )

    shell = Shell(
        views.window,
        connections=connections,
        secrets=secrets,
        store=store,
        bus=bus,
        bridge=bridge,
        runner=runner,
        settings=settings,
        sandbox=sandbox or SandboxChild(paths.sandbox_dir()),
        open_session=open_session,
        make_ui_session=lambda session: make_ui_session(
            session,
            views=views,
            runner=runner,
            bus=bus,
            settings=settings,
            changes_backend_factory=changes_backend_factory,
        ),
        make_connections_manager=make_connections_manager,
        preferred_connection=preferred_connection,
    )
    runner.setParent(shell)
    bridge.setParent(shell)
    return shell


__all__ = [
    "CHANGES_SHORTCUT",
    "ChangesBackendFactory",
    "Views",
    "build_shell",
    "build_views",
    "make_ui_session",
    "meeting_types_title",
]


def _connect_bulk_actions(
    ui: UiSession,
    tab: AccountsTab,
    window: MainWindow,
    changes: ChangesPresenter,
    templates: TemplateService,
) -> None:
    """The accounts tab's actions on many accounts, planned through the Changes panel."""
    from console.jobs.edits.brand_kit import BrandKitEdit
    from console.ui.accounts.bulk import BulkActions

    store, name = ui.session.store, ui.name

    async def brand_kits() -> list[tuple[str, object]]:
        kits = await store.brand_kits.list(name)
        return [(k.name, BrandKitEdit(k.fields, description=f"Brand kit {k.name}")) for k in kits]

    async def assignable() -> list[tuple[str, object]]:
        choices: list[tuple[str, object]] = []
        for record in await templates.templates():
            try:
                choices.append((record.name, templates.assign_edit(record)))
            except ValueError:  # its name is unknown: the Templates tab says how to fix it
                continue
        return choices

    bulk = BulkActions(
        tab,
        changes=changes,
        accounts=window.accounts_model.accounts,
        runner=ui.runner,
        brand_kits=brand_kits,
        templates=assignable,
    )
    bulk.message_posted.connect(window.show_message)
    accounts = ui.accounts

    def on_applied(_change_set_id: str) -> None:
        if bulk.deletions_planned:  # deleted accounts leave the table
            bulk.deletions_planned = False
            accounts.refresh()

    changes.applied.connect(on_applied)
    tab.rename_requested.connect(accounts.open_rename)

    def release() -> None:
        changes.applied.disconnect(on_applied)
        tab.rename_requested.disconnect(accounts.open_rename)
        bulk.disconnect_view()
        bulk.deleteLater()

    ui.add_cleanup(release)
