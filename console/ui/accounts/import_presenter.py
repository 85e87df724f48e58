"""Presenter of the CSV import: parse off the loop, run the journaled job, offer resume."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from console.asyncqt import TaskRunner
from console.jobs.csv_import import ImportPreview, parse_file
from console.jobs.onboarding import JobEvent, OnboardingJob
from console.messages import MessageBus
from console.store import JobRecord, JobState, RowStatus, Store
from console.ui.accounts.import_dialog import ImportDialog
from console.ui.errors import describe

# Builds a job for (rows, source name); app/tests pass one bound to client + store.
JobFactory = Callable[..., OnboardingJob]


def results_name(source_name: str) -> str:
    """The results file suggested for an import of ``source_name``: ``team.csv`` →
    ``team-results.csv`` (next to nothing of the user's; the dialog puts it in Documents)."""
    stem = Path(source_name).stem or "onboarding"
    return f"{stem}-results.csv"


class ImportPresenter(QObject):
    """Drives :class:`ImportDialog` and one :class:`OnboardingJob` at a time.

    Signals:
        finished(object): the job ended; the argument is its counts (``RowStatus`` → int).
        resume_offered(object): an unfinished :class:`JobRecord` was found; a question is shown.
    """

    finished = Signal(object)
    resume_offered = Signal(object)

    def __init__(
        self,
        parent_widget: QWidget,
        *,
        client: Any,
        store: Store,
        connection: str,
        runner: TaskRunner,
        bus: MessageBus,
        existing: Callable[[], tuple[list[str], list[str]]] = lambda: ([], []),
        concurrency: int = 8,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent_widget = parent_widget
        self._client = client
        self._store = store
        self._connection = connection
        self._runner = runner
        self._bus = bus
        self._existing = existing
        self._concurrency = concurrency
        self.dialog: ImportDialog | None = None
        self.job: OnboardingJob | None = None
        self.preview: ImportPreview | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._question: QMessageBox | None = None

    # -- entry points -----------------------------------------------------------------------

    def open(self) -> ImportDialog:
        """Show the import dialog (a running job keeps its dialog)."""
        if self.dialog is None:
            dialog = ImportDialog(self._parent_widget)
            dialog.file_chosen.connect(self.load_file)
            dialog.start_requested.connect(self.start)
            dialog.pause_toggled.connect(self._on_dialog_pause_toggled)
            dialog.cancel_requested.connect(self._on_dialog_cancel_requested)
            dialog.continue_requested.connect(self.continue_job)
            dialog.retry_requested.connect(self.retry_failed)
            dialog.export_requested.connect(self.export)
            dialog.rejected.connect(self._on_dialog_rejected)
            self.dialog = dialog
        self.dialog.open()
        return self.dialog

    def load_file(self, path: str) -> None:
        """Parse ``path`` (off the event loop) and show the preview."""
        self._runner.run(self._load(Path(path)), name="import-parse")

    async def _load(self, path: Path) -> None:
        assert self.dialog is not None
        emails, slugs = self._existing()
        try:
            # Streamed from the file: a big file is never held in memory as a whole.
            preview = await asyncio.to_thread(
                parse_file, path, existing_emails=emails, existing_slugs=slugs
            )
        except OSError as exc:
            self.dialog.show_file_error(
                self.tr("Could not read {name}: {reason}").format(
                    name=path.name, reason=exc.strerror or str(exc)
                )
            )
            return
        self.show_preview(path.name, preview)

    def show_preview(self, source_name: str, preview: ImportPreview) -> None:
        """Show an already parsed file (tests, drag and drop)."""
        assert self.dialog is not None
        self.preview = preview
        self.job = None
        self._source_name = source_name
        self.dialog.show_preview(source_name, preview.rows, preview.file_problems)
        self.dialog.offer_export_path(results_name(source_name))

    def start(self) -> None:
        """Run the valid rows of the preview as a new journaled job."""
        if self.preview is None or self.dialog is None:
            return
        job = OnboardingJob(
            self._client,
            self._store,
            self._connection,
            self.preview.rows,
            concurrency=self._concurrency,
            bus=self._bus,
            source_name=getattr(self, "_source_name", ""),
        )
        self._attach(job)
        self._run(job.run())

    def continue_job(self) -> None:
        """Run the rows a cancelled import left, in the same journaled job."""
        if self.job is not None:
            self._run(self.job.run())

    def retry_failed(self) -> None:
        """Run the failed rows again (each is looked up by e-mail first)."""
        if self.job is not None:
            self._run(self.job.retry_failed())

    def export(self, path: str) -> None:
        """Write the results CSV (e-mail, user id, booking URL, status, error)."""
        if self.job is None:
            return
        job = self.job

        async def write() -> None:
            await asyncio.to_thread(job.export_results, Path(path))
            self._bus.info(self.tr("Results saved to {path}.").format(path=path))

        self._runner.run(write(), name="import-export")

    # -- resume -----------------------------------------------------------------------------

    async def check_unfinished(self) -> JobRecord | None:
        """Look for an unfinished job of this connection and ask whether to resume it."""
        jobs = await self._store.journal.unfinished(self._connection)
        if not jobs:
            return None
        record = jobs[-1]
        pending = record.count(RowStatus.PENDING) + record.count(RowStatus.RUNNING)
        box = QMessageBox(self._parent_widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unfinished import"))
        box.setText(
            self.tr(
                "The import of {source} was interrupted with {pending} rows still to do. "
                "Resume it now? Accounts already created are not created again."
            ).format(source=record.source_name or record.id, pending=pending)
        )
        resume = box.addButton(self.tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(_result: int) -> None:
            if box.clickedButton() is resume:
                self.resume(record.id)

        box.finished.connect(on_finished)
        self._question = box
        box.open()  # never exec() inside a coroutine (Q5)
        self.resume_offered.emit(record)
        return record

    def resume(self, job_id: str) -> None:
        """Rebuild a journaled job and continue it in the dialog."""
        self._runner.run(self._resume(job_id), name="onboarding")

    async def _resume(self, job_id: str) -> None:
        job = await OnboardingJob.resume(
            self._store, job_id, client=self._client, concurrency=self._concurrency, bus=self._bus
        )
        dialog = self.open()
        self.preview = None
        dialog.show_preview(job.source_name, [r.data for r in job.rows])
        self._attach(job)
        for row in job.rows:
            dialog.update_row(row.index, row.status.value, self._row_detail(row))
        await self._watch(job.run())

    # -- running ----------------------------------------------------------------------------

    def _attach(self, job: OnboardingJob) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.job = job
        self._unsubscribe = job.subscribe(self._on_job_event)

    def _run(self, coro: Any) -> None:
        if self.dialog is not None:
            self.dialog.set_phase("running")  # at once, so a second click cannot start twice
        self._runner.run(self._watch(coro), name="onboarding")

    async def _watch(self, coro: Any) -> None:
        assert self.dialog is not None
        self.dialog.set_phase("running")
        try:
            counts = await coro
        except Exception as exc:
            self._bus.error(
                self.tr("The import stopped: {reason}").format(reason=describe(exc)), exc
            )
            counts = self.job.counts() if self.job is not None else {}
        else:
            await self._keep_resumable()
        finally:
            if self.dialog is not None:
                self.dialog.set_phase("finished")
                if self.job is not None:
                    self.dialog.set_counts({k.value: v for k, v in self.job.counts().items()})
        self.finished.emit(counts)

    async def _keep_resumable(self) -> None:
        # A cancelled job with rows left stays offered for resume at the next start (the
        # journal offers paused jobs, not cancelled ones): cancelling never strands rows.
        job = self.job
        if job is None or job.job_id is None or job.state is not JobState.CANCELLED:
            return
        counts = job.counts()
        if counts.get(RowStatus.PENDING, 0) + counts.get(RowStatus.RUNNING, 0):
            await self._store.journal.set_state(job.job_id, JobState.PAUSED)

    def _on_job_event(self, event: JobEvent) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if event.row is not None:
            dialog.update_row(event.row.index, event.row.status.value, self._row_detail(event.row))
        dialog.set_counts({k.value: v for k, v in event.counts.items()})
        dialog.set_waiting_until(event.waiting_until)

    def _row_detail(self, row: Any) -> str:
        if row.status is RowStatus.DONE:
            return str(row.booking_url or row.user_id or "")
        return str(row.error or "")

    def close(self) -> None:
        """Close this connection's import dialog and resume question (the connection closes).

        Call after the runner scope was closed: no job of this connection runs any more.
        """
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for widget in (self._question, self.dialog):
            if widget is not None and shiboken6.isValid(widget):
                widget.close()
                widget.deleteLater()
        self._question = None
        self.dialog = None
        self.job = None

    def _on_dialog_pause_toggled(self, pause: bool) -> None:
        if self.job is None or self.dialog is None:
            return
        if pause:
            self.job.pause()
            self.dialog.set_phase("paused")
        else:
            self.job.unpause()
            self.dialog.set_phase("running")

    def _on_dialog_cancel_requested(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_dialog_rejected(self) -> None:
        # Closing the dialog while a job runs keeps the job running; reopen shows it again.
        if self.job is None or self.dialog is None or self.dialog.phase == "finished":
            self.job = None
            self.preview = None
