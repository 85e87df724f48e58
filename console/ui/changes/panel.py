"""The Changes panel: a dock at the bottom of the main window that every tab's "apply to many" uses.

It shows one change set at a time — the pending plan as a diff grouped by account, then, while it
is applied, each operation's state, a progress bar with the counts and, during an outage, a
countdown — beside the history of the connection's change sets. The panel only shows and asks:
its buttons emit intent signals and :class:`console.ui.changes.presenter.ChangesPresenter` does
the work. Nothing is sent before the user presses Apply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from console.jobs.model import ChangeSet, ChangeSetState, Operation, OpStatus
from console.ui.changes.diff_delegate import StruckValueDelegate
from console.ui.changes.history_model import ID_ROLE, HistoryModel
from console.ui.changes.plan_model import Column, PlanModel
from console.ui.changes.texts import counts_text, settled, state_text, to_send
from console.ui.widgets.countdown_label import COUNTDOWN_TICK_MS, CountdownLabel

Clock = Callable[[], datetime]

# Before / now / after: a duration or a title fits; longer values are cut, the tooltip has all.
VALUE_COLUMN_WIDTH = 130

_RUNNING_STATES = (ChangeSetState.APPLYING, ChangeSetState.PAUSED)
_FINISHED_STATES = (ChangeSetState.DONE, ChangeSetState.PARTIAL, ChangeSetState.CANCELLED)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ChangesPanel(QDockWidget):
    """The "Changes" dock.

    Signals:
        apply_requested(str): send the change set with this id (a planned one, or the rest of
            an interrupted one — the button then reads "Resume").
        pause_toggled(bool): True = pause the running apply, False = continue it.
        cancel_requested(): stop the running apply after the requests in flight.
        retry_requested(str): send the failed operations of this change set again.
        undo_requested(str): plan the undo of this change set (a confirmation follows).
        history_chosen(str): the user picked this change set in the history.
        resume_requested(str): the resume offer was accepted for this change set.
        offer_dismissed(): the resume offer (or another notice) was put aside.
    """

    apply_requested = Signal(str)
    pause_toggled = Signal(bool)
    cancel_requested = Signal()
    retry_requested = Signal(str)
    undo_requested = Signal(str)
    history_chosen = Signal(str)
    resume_requested = Signal(str)
    offer_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = _utc_now) -> None:
        super().__init__(parent)
        self.plan_model = PlanModel(self)
        self.history_model = HistoryModel(self)
        self.change_set: ChangeSet | None = None
        self._clock = clock
        self._available = False
        self._running = False
        self._busy = False
        self._state: ChangeSetState | None = None
        self._counts: Mapping[OpStatus, int] = {}
        self._offer_id: str | None = None
        self._showing_history = False
        self._setup_ui()
        self._update_view()

    # -- setters ----------------------------------------------------------------------------

    def set_available(self, available: bool) -> None:
        """Whether this connection has a change engine; without one nothing can be applied."""
        self._available = available
        self._update_view()

    def show_change_set(self, change_set: ChangeSet | None, *, running: bool = False) -> None:
        """Show ``change_set``: its diff, state and counts (None: the empty panel)."""
        # A copy: apply events replace operations in it, never in the engine's own object.
        if change_set is not None:
            change_set = replace(change_set, operations=list(change_set.operations))
        self.change_set = change_set
        self._running = running
        self._busy = False
        self.busy_label.setVisible(False)
        self.plan_model.set_change_set(change_set)
        self._state = change_set.state if change_set is not None else None
        self._counts = change_set.counts() if change_set is not None else {}
        if change_set is not None:
            self.history_model.update(change_set)
            self._select_history_row(change_set.id)
        self._expand_changed()
        self.tree.setColumnHidden(Column.NOW, not self.plan_model.has_conflicts())
        # Wide enough for the longest e-mail with its count, not so wide the values go.
        self.tree.resizeColumnToContents(Column.ITEM)
        width = self.tree.columnWidth(Column.ITEM)
        self.tree.setColumnWidth(Column.ITEM, min(max(width + 12, 220), 420))
        self._update_view()

    def update_operation(self, op: Operation) -> None:
        """One operation of the shown change set changed state (an apply event)."""
        self.plan_model.update_operation(op)
        if op.conflicts and self.tree.isColumnHidden(Column.NOW):
            self.tree.setColumnHidden(Column.NOW, False)

    def set_progress(self, state: ChangeSetState, counts: Mapping[OpStatus, int]) -> None:
        """The shown change set's state and counts (from an apply event)."""
        self._state = state
        self._counts = dict(counts)
        if self.change_set is not None:
            self.change_set.state = state  # the panel's copy
            self.history_model.update(self.change_set)
        self._update_view()

    def set_running(self, running: bool) -> None:
        """Whether this console is applying the shown change set now."""
        self._running = running
        if not running:
            self.set_waiting_until(None)
        self._update_view()

    def set_busy(self, text: str | None) -> None:
        """Reading from the server ("Reading 5 accounts…"); every button waits meanwhile."""
        self._busy = text is not None
        self.busy_label.setText(text or "")
        self.busy_label.setVisible(self._busy)
        self._update_view()

    def set_waiting_until(self, until: datetime | None) -> None:
        """The apply waits out an outage or a 429 until ``until``: show a countdown."""
        self.wait_label.set_until(until)

    def show_notice(self, text: str, *, level: str = "info") -> None:
        """A sentence above the plan (a failure, a lease held elsewhere); dismissable."""
        self._offer_id = None
        self._show_notice_frame(text, level, action=None)

    def offer_resume(self, change_set: ChangeSet, text: str) -> None:
        """Offer to resume an interrupted change set (shown in the panel, never a modal box)."""
        self._offer_id = change_set.id
        self._show_notice_frame(text, "warning", action=self.tr("Resume"))

    def clear_notice(self) -> None:
        self._offer_id = None
        self.notice_frame.setVisible(False)

    def set_history(self, change_sets: Sequence[ChangeSet]) -> None:
        """The connection's change sets, newest first."""
        self._showing_history = True
        try:
            self.history_model.set_change_sets(change_sets)
            if self.change_set is not None:
                self._select_history_row(self.change_set.id)
        finally:
            self._showing_history = False

    def clear(self) -> None:
        """Forget everything shown (the connection closed)."""
        self.clear_notice()
        self.set_history([])
        self.show_change_set(None)
        self.set_available(False)

    # -- what the panel shows (tests read these) ----------------------------------------------

    def wait_text(self) -> str:
        return self.wait_label.shown_text()

    def offered(self) -> str | None:
        """The id of the change set offered for resume, if the offer is shown."""
        return None if self.notice_frame.isHidden() else self._offer_id

    # -- construction -----------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setObjectName("changesPanel")
        self.setWindowTitle(self.tr("Changes"))
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 4, 6, 6)

        header = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("changesTitle")
        self.title_label.setStyleSheet("#changesTitle { font-weight: bold; }")
        self.busy_label = QLabel()
        self.busy_label.setVisible(False)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.busy_label)
        layout.addLayout(header)

        self.notice_frame = QFrame()
        self.notice_frame.setObjectName("changesNotice")
        self.notice_frame.setFrameShape(QFrame.Shape.StyledPanel)
        notice = QHBoxLayout(self.notice_frame)
        notice.setContentsMargins(8, 4, 8, 4)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_action_button = QPushButton()
        self.notice_action_button.clicked.connect(self._on_notice_action_button_clicked)
        self.notice_dismiss_button = QPushButton()
        self.notice_dismiss_button.clicked.connect(self._on_notice_dismiss_button_clicked)
        notice.addWidget(self.notice_label, 1)
        notice.addWidget(self.notice_action_button)
        notice.addWidget(self.notice_dismiss_button)
        self.notice_frame.setVisible(False)
        layout.addWidget(self.notice_frame)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.stack = QStackedWidget()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Planned changes by account"))
        self.tree.setModel(self.plan_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header_view = self.tree.header()
        header_view.setStretchLastSection(True)
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (Column.BEFORE, Column.NOW, Column.AFTER):
            self.tree.setColumnWidth(column, VALUE_COLUMN_WIDTH)
        self._struck = StruckValueDelegate(self.tree)
        self.tree.setItemDelegateForColumn(Column.BEFORE, self._struck)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.tree)
        splitter.addWidget(self.stack)

        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("History of this connection")))
        self.history_view = QTableView()
        self.history_view.setAccessibleName(self.tr("Change sets of this connection"))
        self.history_view.setModel(self.history_model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setWordWrap(False)
        self.history_view.setColumnWidth(0, 180)
        self.history_view.setColumnWidth(1, 110)
        self.history_view.selectionModel().selectionChanged.connect(
            self._on_history_selection_changed
        )
        history_layout.addWidget(self.history_view, 1)
        splitter.addWidget(history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([880, 360])
        layout.addWidget(splitter, 1)

        self.wait_label = CountdownLabel(clock=self._clock)
        layout.addWidget(self.wait_label)

        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress of the change set"))
        self.progress.setTextVisible(False)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("Counts of the change set"))
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.counts_label)
        bottom.addStretch(0)  # takes the bar's room while a plan has no bar
        self.apply_button = QPushButton(self.tr("Apply"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the apply"))
        self.retry_button = QPushButton(self.tr("Retry failed"))
        self.undo_button = QPushButton(self.tr("Undo…"))
        self.undo_button.setAccessibleName(self.tr("Undo this change set"))
        self.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        # Said before Apply, where Undo would be: some changes (cancelled bookings) stay done.
        self.irreversible_label = QLabel(self.tr("Cannot be undone"))
        self.irreversible_label.setAccessibleName(self.tr("This change set cannot be undone"))
        self.irreversible_label.setVisible(False)
        bottom.addWidget(self.irreversible_label)
        for button in (
            self.apply_button,
            self.pause_button,
            self.cancel_button,
            self.retry_button,
            self.undo_button,
        ):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.setWidget(content)

    # -- state → what is shown and enabled --------------------------------------------------

    def _update_view(self) -> None:
        change_set, state, counts = self.change_set, self._state, self._counts
        self.stack.setCurrentWidget(self.tree if change_set is not None else self.empty_label)
        # Focus entering the dock (Ctrl+Shift+J) lands on the plan, or on the history.
        self.widget().setFocusProxy(self.tree if change_set is not None else self.history_view)
        if not self._available:
            self.empty_label.setText(self.tr("No change sets yet."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No change sets yet. A tab's “Apply to many…” plans one and shows it here; "
                    "nothing is sent before you press Apply."
                )
            )
        if change_set is None or state is None:
            self.title_label.setText(self.tr("Changes"))
            self.counts_label.setText("")
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        else:
            self.title_label.setText(
                self.tr("{name} — {state}").format(name=change_set.name, state=state_text(state))
            )
            if state is ChangeSetState.PLANNED:
                self.counts_label.setText(self._plan_text(change_set))
            else:
                self.counts_label.setText(counts_text(counts))
            total = to_send(counts)
            # A plan has no progress yet: the bar appears once something is sent.
            self.progress.setVisible(state is not ChangeSetState.PLANNED)
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(min(settled(counts), max(total, 1)))
        self._update_actions()

    def _update_actions(self) -> None:
        state, counts = self._state, self._counts
        usable = self._available and not self._busy and state is not None
        remaining = counts.get(OpStatus.PENDING, 0) + counts.get(OpStatus.IN_FLIGHT, 0)
        resumable = (
            usable
            and not self._running
            and state in (*_RUNNING_STATES, ChangeSetState.CANCELLED)
            and remaining > 0
        )
        can_apply = usable and not self._running and state is ChangeSetState.PLANNED
        self.apply_button.setEnabled((can_apply and remaining > 0) or resumable)
        self.apply_button.setText(self.tr("Resume") if resumable else self.tr("Apply"))
        self.apply_button.setAccessibleName(
            self.tr("Resume the interrupted change set")
            if resumable
            else self.tr("Apply the planned changes")
        )
        running = usable and self._running and state in _RUNNING_STATES
        self.pause_button.setEnabled(running)
        paused = state is ChangeSetState.PAUSED
        self.pause_button.setText(self.tr("Continue") if paused else self.tr("Pause"))
        self.pause_button.setAccessibleName(
            self.tr("Continue the apply") if paused else self.tr("Pause the apply")
        )
        self.cancel_button.setEnabled(running)
        finished = usable and not self._running and state in _FINISHED_STATES
        self.retry_button.setEnabled(finished and counts.get(OpStatus.FAILED, 0) > 0)
        self.retry_button.setAccessibleName(self.tr("Send the failed operations again"))
        irreversible = self.change_set is not None and not self.change_set.can_undo()
        self.irreversible_label.setVisible(irreversible)
        self.undo_button.setVisible(not irreversible)
        self.undo_button.setEnabled(
            finished and not irreversible and counts.get(OpStatus.DONE, 0) > 0
        )

    def _plan_text(self, change_set: ChangeSet) -> str:
        accounts = change_set.accounts()
        unchanged = sum(
            1
            for account in accounts
            if self.plan_model.account_status(account) is OpStatus.UNCHANGED
        )
        return self.tr("%n account(s) to change", "", len(accounts) - unchanged) + (
            " · " + self.tr("%n unchanged", "", unchanged) if unchanged else ""
        )

    def _expand_changed(self) -> None:
        # Accounts that change are open so the diff is visible at once; "Unchanged" stays shut.
        self.tree.collapseAll()
        unchanged = self.plan_model.unchanged_index()
        for row in range(self.plan_model.rowCount()):
            index = self.plan_model.index(row, 0)
            if index != unchanged:
                self.tree.expandRecursively(index)

    def _show_notice_frame(self, text: str, level: str, *, action: str | None) -> None:
        colours = {
            "error": ("#f8d7da", "#58151c", "#f1aeb5"),
            "warning": ("#fff3cd", "#664d03", "#ffe69c"),
        }.get(level, ("#cfe2ff", "#052c65", "#9ec5fe"))
        # Colour plus words: the sentence says what happened; the colour only underlines it.
        self.notice_frame.setStyleSheet(
            f"#changesNotice {{ background: {colours[0]}; border: 1px solid {colours[2]}; }}"
            f" #changesNotice QLabel {{ color: {colours[1]}; }}"
        )
        self.notice_label.setText(text)
        self.notice_action_button.setVisible(action is not None)
        if action is not None:
            self.notice_action_button.setText(action)
            self.notice_action_button.setAccessibleName(action)
        later = self.tr("Later") if action is not None else self.tr("Dismiss")
        self.notice_dismiss_button.setText(later)
        self.notice_dismiss_button.setAccessibleName(later)
        self.notice_frame.setVisible(True)

    def _select_history_row(self, change_set_id: str) -> None:
        row = self.history_model.row_of(change_set_id)
        if row is None:
            return
        was, self._showing_history = self._showing_history, True
        try:
            self.history_view.selectRow(row)
        finally:
            self._showing_history = was

    # -- slots ------------------------------------------------------------------------------

    def _on_apply_button_clicked(self) -> None:
        if self.change_set is not None:
            self.apply_requested.emit(self.change_set.id)

    def _on_pause_button_clicked(self) -> None:
        self.pause_toggled.emit(self._state is not ChangeSetState.PAUSED)

    def _on_retry_button_clicked(self) -> None:
        if self.change_set is not None:
            self.retry_requested.emit(self.change_set.id)

    def _on_undo_button_clicked(self) -> None:
        if self.change_set is not None:
            self.undo_requested.emit(self.change_set.id)

    def _on_notice_action_button_clicked(self) -> None:
        offer = self._offer_id
        self.clear_notice()
        if offer is not None:
            self.resume_requested.emit(offer)

    def _on_notice_dismiss_button_clicked(self) -> None:
        self.clear_notice()
        self.offer_dismissed.emit()

    def _on_history_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self._showing_history or selected.isEmpty():
            return
        index: QModelIndex = selected.indexes()[0]
        change_set_id = index.data(ID_ROLE)
        if isinstance(change_set_id, str) and (
            self.change_set is None or change_set_id != self.change_set.id
        ):
            self.history_chosen.emit(change_set_id)


__all__ = ["COUNTDOWN_TICK_MS", "ChangesPanel", "Clock"]
