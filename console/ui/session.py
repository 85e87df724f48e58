"""The GUI side of one open connection: its Session, its task scope, its selection, its presenters.

The shell holds one :class:`UiSession` at a time. Switching connections closes it as a whole
(:meth:`UiSession.aclose`): every task of the connection is cancelled and awaited — the
accounts load, a resume check, an audit read, whatever runs — its presenters let go of the
widgets, and only then is its client closed. No task of an old connection can show anything
once the next one opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from console.asyncqt import TaskRunner
from console.credentials import Connection
from console.session import Session
from console.ui.accounts.import_presenter import ImportPresenter
from console.ui.accounts.presenter import AccountsPresenter
from console.ui.bookings.presenter import BookingsPresenter
from console.ui.branding.presenter import BrandingPresenter
from console.ui.changes.presenter import ChangesPresenter
from console.ui.meeting_types.presenter import MeetingTypesPresenter
from console.ui.selection import Selection
from console.ui.templates.presenter import TemplatesPresenter
from console.ui.unsaved import UnsavedEdits

log = logging.getLogger(__name__)

RESUME_CHECK = "import-resume-check"
ONBOARDING = "onboarding"


class UiSession(QObject):
    """One connection as the window shows it.

    Attributes: ``session`` (the Qt-free :class:`Session`), ``runner`` (this connection's task
    scope), ``selection`` (its current account), ``unsaved`` (its accounts with unsaved edits),
    ``accounts``, ``importer``, ``bookings``,
    ``meeting_types``, ``branding``, ``templates`` and ``changes`` (its presenters; tabs plan
    changes to many accounts through ``changes``).

    Signals:
        closed(str): the connection of this name was closed (tasks ended, client closed).
    """

    closed = Signal(str)

    def __init__(
        self,
        session: Session,
        *,
        runner: TaskRunner,
        selection: Selection,
        accounts: AccountsPresenter,
        importer: ImportPresenter,
        changes: ChangesPresenter,
        bookings: BookingsPresenter | None = None,
        meeting_types: MeetingTypesPresenter | None = None,
        branding: BrandingPresenter | None = None,
        templates: TemplatesPresenter | None = None,
        unsaved: UnsavedEdits | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.selection = selection
        self.unsaved = unsaved if unsaved is not None else UnsavedEdits(self)
        self.accounts = accounts
        self.importer = importer
        self.changes = changes
        self.bookings = bookings
        self.meeting_types = meeting_types
        self.branding = branding
        self.templates = templates
        self._cleanups: list[Callable[[], object]] = []
        self._closed = False

    @property
    def connection(self) -> Connection:
        """The connection this session shows."""
        return self.session.connection

    @property
    def name(self) -> str:
        """The connection's name."""
        return self.session.name

    def add_cleanup(self, cleanup: Callable[[], object]) -> None:
        """Run ``cleanup`` when the session closes (after its tasks ended; last added first)."""
        self._cleanups.append(cleanup)

    def start(self) -> None:
        """Show the cached accounts, refresh them, look for an interrupted import or change set."""
        self.accounts.start()
        self.runner.run(self.importer.check_unfinished(), name=RESUME_CHECK)
        self.changes.start()
        if self.bookings is not None:
            self.bookings.start()
        if self.meeting_types is not None:
            self.meeting_types.start()
        if self.branding is not None:
            self.branding.start()
        if self.templates is not None:
            self.templates.start()

    def import_running(self) -> bool:
        """Whether an onboarding job of this connection is running (switching would stop it)."""
        return self.importer.job is not None and ONBOARDING in self.runner.running_names()

    async def aclose(self) -> None:
        """Cancel and await every task of the connection, release the widgets, close the client."""
        if self._closed:
            return
        self._closed = True
        await self.runner.aclose()
        self.accounts.disconnect_view()
        if self.bookings is not None:
            self.bookings.disconnect_view()
        if self.templates is not None:
            self.templates.disconnect_view()
        self.importer.close()
        self.changes.close()
        if self.meeting_types is not None:
            self.meeting_types.disconnect_view()
        self.selection.detach_all()
        for cleanup in reversed(self._cleanups):
            cleanup()
        self._cleanups.clear()
        try:
            await self.session.close()
        finally:
            for child in (self.accounts, self.importer, self.changes, self.selection, self.runner):
                child.deleteLater()
            if self.bookings is not None:
                self.bookings.deleteLater()
            if self.meeting_types is not None:
                self.meeting_types.deleteLater()
            if self.templates is not None:
                self.templates.deleteLater()
            self.closed.emit(self.name)


__all__ = ["UiSession"]
