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

from console.ui.accounts.model import AccountsModel
from console.ui.accounts.tab import AccountsTab
from console.ui.availability.tab import AvailabilityTab
from console.ui.bookings.model import BookingsModel
from console.ui.bookings.tab import BookingsTab
from console.ui.branding.tab import BrandingTab
from console.ui.changes.panel import ChangesPanel
from console.ui.main_window import MainWindow
from console.ui.meeting_types.tab import MeetingTypesTab
from console.ui.templates.tab import TemplatesTab

if TYPE_CHECKING:
    # The window is painted before any of these is imported (SQLAlchemy, httpx, pydantic, the
    # jobs): build_views needs none of them, the other functions import them when called.
    from console.asyncqt import TaskRunner
    from console.credentials import Connection, ConnectionStore, SecretStore
    from console.messages import MessageBus
    from console.session import ClientFactory, Session
    from console.store import Store
    from console.ui.changes.backend import ChangesBackend
    from console.ui.connections.presenter import ConnectionsPresenter, ProbeClient
    from console.ui.session import UiSession
    from console.ui.shell import SandboxControl, Shell

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


def build_views() -> Views:
    """The main window with every tab added, its shortcuts and status messages wired."""
    window = MainWindow(AccountsModel())
    accounts_tab = AccountsTab(window.accounts_proxy)
    window.add_tab(accounts_tab, QCoreApplication.translate("MainWindow", "Accounts"))
    meeting_types_tab = MeetingTypesTab()
    window.add_tab(meeting_types_tab, meeting_types_title(dirty=False))
    meeting_types_tab.status_posted.connect(lambda text: window.show_message("info", text))
    availability_tab = AvailabilityTab()
    window.add_tab(availability_tab, QCoreApplication.translate("MainWindow", "Availability"))
    branding_tab = BrandingTab()
    window.add_tab(branding_tab, branding_title())
    templates_tab = TemplatesTab()
    window.add_tab(templates_tab, QCoreApplication.translate("MainWindow", "Templates"))
    bookings_tab = BookingsTab(BookingsModel())
    window.add_tab(bookings_tab, QCoreApplication.translate("MainWindow", "Bookings"))
    bookings_tab.status_posted.connect(lambda text: window.show_message("info", text))
    window.add_shortcut(QKeySequence.StandardKey.New, accounts_tab.new_requested.emit)
    window.add_shortcut(QKeySequence("Ctrl+R"), accounts_tab.refresh_requested.emit)
    # A tab's own confirmations ("Booking URL copied") are status-bar messages like any other.
    accounts_tab.status_posted.connect(lambda text: window.show_message("info", text))
    changes_panel = ChangesPanel(window)
    window.add_dock(changes_panel, QKeySequence(CHANGES_SHORTCUT))
    return Views(
        window,
        accounts_tab,
        changes_panel,
        bookings_tab,
        meeting_types_tab,
        branding_tab,
        availability_tab,
        templates_tab,
    )


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

    scope = runner.scope(f"connection:{session.name}")
    window, tab = views.window, views.accounts_tab
    selection = Selection()
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
    )
    ui.add_cleanup(lambda: on_meeting_types_dirty(False))
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
                changes.plan(f"{edit.description} for {len(accounts)} accounts", accounts, edit)

        changes.pick_accounts(
            chosen, title=QCoreApplication.translate("MainWindow", "Apply weekly hours to…")
        )

    views.availability_tab.apply_to_many_requested.connect(apply_hours_to_many)

    def release_availability() -> None:
        selection.changed.disconnect(availability.show_account)
        views.availability_tab.apply_to_many_requested.disconnect(apply_hours_to_many)
        availability.close()

    ui.add_cleanup(release_availability)
    selection.attach(window.account_chosen, window.show_current_account)
    selection.attach(tab.account_chosen, tab.show_current_account)
    tab.import_requested.connect(importer.open)
    ui.add_cleanup(lambda: tab.import_requested.disconnect(importer.open))

    def on_import_finished(_counts: object) -> None:
        accounts.refresh()

    importer.finished.connect(on_import_finished)
    return ui


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
    bridge = QtMessageBridge(bus)
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
