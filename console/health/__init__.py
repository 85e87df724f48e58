"""Fleet health: which accounts need attention, checked in the background and cached — no Qt.

:mod:`console.health.model` holds the records (:class:`AccountHealth`, :class:`ConnectionHealth`,
the problem kinds), :mod:`console.health.checks` the checks of one account against the API,
:mod:`console.health.service` runs them for many accounts under the client's rate budget and
keeps the results in the store (``store.health``).
"""

from __future__ import annotations

from console.health.model import (
    SLOT_HORIZON_DAYS,
    AccountHealth,
    ConnectionHealth,
    HealthKind,
)

__all__ = ["SLOT_HORIZON_DAYS", "AccountHealth", "ConnectionHealth", "HealthKind"]
