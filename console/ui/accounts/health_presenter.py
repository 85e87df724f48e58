"""Presenter of the fleet's health: the cached health at once, then stale accounts rechecked a
few at a time in the background, and the connection's key expiry and webhook count.

Widgets have no async methods (DESIGN.md): this QObject runs the health service through the
connection's :class:`TaskRunner` and pushes results into the accounts model
(:meth:`AccountsModel.set_health`) and the status bar. A pass is one task that ends — a
timer starts the next — so the runner is idle between passes; a pass stops early when the
request budget runs low, leaving it to what the user does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from console.asyncqt import TaskRunner
from console.credentials import Connection
from console.health.model import AccountHealth, ConnectionHealth
from console.ui.accounts.model import AccountsModel
from console.ui.errors import describe

log = logging.getLogger(__name__)

PASS = "health-pass"
#: Accounts checked per step of a pass (the service runs a few of them at once).
BATCH = 5
#: Requests of the budget a pass leaves to the user: below this it stops until the next one.
RESERVE = 40.0
#: Time between passes; stale entries (older than the service's max age) are rechecked then.
INTERVAL_MS = 60_000


class HealthBackend(Protocol):
    """What the presenter needs of :class:`console.health.service.HealthService`."""

    async def cached(self, slugs: Mapping[str, str | None]) -> dict[str, AccountHealth]: ...
    def due(self, health: Mapping[str, AccountHealth]) -> list[str]: ...
    async def refresh(
        self,
        slugs: Mapping[str, str | None],
        *,
        account_ids: Sequence[str] | None = None,
        force: bool = False,
        limit: int | None = None,
        on_checked: Callable[[AccountHealth], None] | None = None,
    ) -> dict[str, AccountHealth]: ...
    async def invalidate(self, account_ids: Sequence[str]) -> None: ...
    async def connection_health(
        self, connection: Connection, today: date | None = None
    ) -> ConnectionHealth: ...


class HealthPresenter(QObject):
    """Keeps the accounts model's health columns and the status bar's connection health current.

    Signals:
        pass_finished(int): a pass ended; this many accounts were checked in it.
        connection_health_changed(str, str): the status bar text for the connection (key
            expiry and webhooks) and its tooltip.
        message_posted(str, str): level and a translated text, once per failed pass.
    """

    pass_finished = Signal(int)
    connection_health_changed = Signal(str, str)
    message_posted = Signal(str, str)

    def __init__(
        self,
        model: AccountsModel,
        *,
        service: HealthBackend,
        runner: TaskRunner,
        connection: Connection,
        budget: Callable[[], float] | None = None,
        batch: int = BATCH,
        reserve: float = RESERVE,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._service = service
        self._runner = runner
        self._connection = connection
        self._budget = budget
        self._batch = max(1, batch)
        self._reserve = reserve
        self._running = False
        self._again = False
        self._failed_before = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)

    # -- what the wiring connects ---------------------------------------------------------------

    def check_now(self, *_args: object) -> None:
        """Show the cached health and recheck what is stale (the accounts list changed, a
        change set was applied, or the timer fired); a pass running now is followed by one."""
        if self._closed:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._timer.start()
        self._runner.run(self._pass(), name=PASS, on_failure=self._on_pass_failed)

    def account_changed(self, account_id: str) -> None:
        """The console changed ``account_id``: its health is stale; recheck it soon."""
        if self._closed:
            return
        self._runner.run(self._invalidate([account_id]), name=f"health-invalidate:{account_id}")

    def close(self) -> None:
        """Stop the timer and forget this connection's health in the shared model."""
        self._closed = True
        self._timer.stop()
        self._model.set_health({}, replace=True)
        self.connection_health_changed.emit("", "")

    # -- the pass -------------------------------------------------------------------------------

    async def _invalidate(self, account_ids: list[str]) -> None:
        await self._service.invalidate(account_ids)
        self.check_now()

    async def _pass(self) -> None:
        checked = 0
        try:
            slugs = {row.id: row.slug or None for row in self._model.accounts()}
            if not slugs:
                return
            health = await self._service.cached(slugs)
            self._model.set_health(health, replace=True)
            self._show_connection(await self._service.connection_health(self._connection))

            def on_checked(record: AccountHealth) -> None:
                nonlocal checked
                checked += 1
                self._model.set_health({record.account_id: record})

            while self._service.due(health) and self._budget_left():
                health = await self._service.refresh(
                    slugs, limit=self._batch, on_checked=on_checked
                )
            self._failed_before = False
        finally:
            self._running = False
            self.pass_finished.emit(checked)
            if self._again and not self._closed:
                self._again = False
                self.check_now()

    def _budget_left(self) -> bool:
        if self._budget is None:
            return True
        try:
            return self._budget() >= self._reserve
        except Exception:  # a closed client: the pass ends, the next one finds out
            return False

    def _on_pass_failed(self, exc: BaseException) -> None:
        log.warning("the health check failed", exc_info=exc)
        if not self._failed_before:  # once, not every minute while the server is down
            self._failed_before = True
            self.message_posted.emit(
                "warning",
                self.tr("The health check paused: {reason}").format(reason=describe(exc)),
            )

    def _show_connection(self, health: ConnectionHealth) -> None:
        parts: list[str] = []
        tips: list[str] = []
        days = health.days_left
        if days is None:
            tips.append(self.tr("The key's expiry date is not set (Manage connections…)."))
        elif days < 0:
            parts.append(self.tr("Key expired"))
            tips.append(self.tr("The key expired; create a new one in meetergo."))
        else:
            parts.append(self.tr("Key: %n day(s) left", "", days))
            assert health.key_expires_on is not None
            tips.append(
                self.tr("The key expires on {day}.").format(day=health.key_expires_on.isoformat())
            )
        if health.webhooks is not None:
            parts.append(
                self.tr("Webhooks {count}/{limit}").format(
                    count=health.webhooks, limit=health.webhook_limit
                )
            )
            tips.append(
                self.tr("The company has {count} of at most {limit} webhooks.").format(
                    count=health.webhooks, limit=health.webhook_limit
                )
            )
        self.connection_health_changed.emit(" · ".join(parts), "\n".join(tips))


__all__ = ["BATCH", "INTERVAL_MS", "PASS", "RESERVE", "HealthBackend", "HealthPresenter"]
