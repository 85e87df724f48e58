"""The health columns of the fleet table and the texts of a health record (no QObject).

:class:`~console.ui.accounts.model.AccountsModel` appends these columns after its own and asks
this module for their cells; the left account list's badge and the "Needs attention" filter
use the same texts. Each cell pairs an icon with short words, so its meaning never rests on
the icon alone; the tooltip says it in full. Icons are the Qt style's standard ones.
"""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from console.health.model import SLOT_HORIZON_DAYS, AccountHealth, HealthKind


class HealthCell(enum.IntEnum):
    """The health columns in their order; the model numbers them on from its own columns
    (``console.ui.accounts.model.HealthColumn``)."""

    HEALTH = 0
    NEXT_SLOT = 1
    LAST_BOOKING = 2


# Role that returns the account's AccountHealth (None: not known yet) on any column of its row.
HEALTH_ROLE = Qt.ItemDataRole.UserRole + 3

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)


def health_headers() -> list[str]:
    return [
        QCoreApplication.translate("AccountsHealth", "Health"),
        QCoreApplication.translate("AccountsHealth", "Next slot"),
        QCoreApplication.translate("AccountsHealth", "Last booking"),
    ]


def header_tooltip(column: HealthCell) -> str | None:
    if column == HealthCell.HEALTH:
        return QCoreApplication.translate(
            "AccountsHealth", "Problems found by the last health check; hover a cell for details"
        )
    if column == HealthCell.NEXT_SLOT:
        return QCoreApplication.translate(
            "AccountsHealth", "The first bookable start in the next {days} days"
        ).format(days=SLOT_HORIZON_DAYS)
    if column == HealthCell.LAST_BOOKING:
        return QCoreApplication.translate(
            "AccountsHealth", "When a client last booked this account"
        )
    return None


def kind_label(kind: HealthKind) -> str:
    """A problem in two or three words (a table cell, the filter's entries)."""
    labels = {
        HealthKind.NO_MEETING_TYPE: QCoreApplication.translate("AccountsHealth", "No meeting type"),
        HealthKind.NO_SLOT: QCoreApplication.translate("AccountsHealth", "No slot"),
        HealthKind.SLUG_CLASH: QCoreApplication.translate("AccountsHealth", "Slug clash"),
        HealthKind.TEMPLATE_DRIFT: QCoreApplication.translate("AccountsHealth", "Template drift"),
        HealthKind.KIT_DRIFT: QCoreApplication.translate("AccountsHealth", "Brand kit drift"),
        HealthKind.CHECK_FAILED: QCoreApplication.translate("AccountsHealth", "Check failed"),
    }
    return labels[kind]


def problem_sentence(kind: HealthKind, health: AccountHealth) -> str:
    """A problem in a full sentence, naming what it concerns."""
    if kind is HealthKind.NO_MEETING_TYPE:
        return QCoreApplication.translate(
            "AccountsHealth", "No meeting type is enabled: clients cannot book this account."
        )
    if kind is HealthKind.NO_SLOT:
        return QCoreApplication.translate(
            "AccountsHealth", "No bookable slot in the next {days} days (check the hours)."
        ).format(days=SLOT_HORIZON_DAYS)
    if kind is HealthKind.SLUG_CLASH:
        parts = [
            QCoreApplication.translate(
                "AccountsHealth", "Meeting types share the slug “{slug}”."
            ).format(slug=slug)
            for slug in health.meeting_type_slug_clashes
        ]
        if health.account_slug_clashes:
            parts.append(
                QCoreApplication.translate(
                    "AccountsHealth", "Other accounts use the same slug: {count}."
                ).format(count=len(health.account_slug_clashes))
            )
        return " ".join(parts)
    if kind is HealthKind.TEMPLATE_DRIFT:
        return QCoreApplication.translate(
            "AccountsHealth", "Differs from its template: {names}."
        ).format(names=", ".join(health.template_drift))
    if kind is HealthKind.KIT_DRIFT:
        return QCoreApplication.translate(
            "AccountsHealth", "Differs from its brand kit: {names}."
        ).format(names=", ".join(health.kit_drift or ()))
    return QCoreApplication.translate("AccountsHealth", "The check failed: {reason}").format(
        reason=health.error or ""
    )


def summary(health: AccountHealth | None) -> str:
    """The health cell's words: the problems, "OK", or nothing while never checked."""
    if health is None or (not health.checked and not health.problems):
        return ""
    if not health.problems:
        return QCoreApplication.translate("AccountsHealth", "OK")
    return ", ".join(kind_label(kind) for kind in health.problems)


def tooltip(health: AccountHealth | None) -> str:
    """Every problem in full, and when the check was made."""
    if health is None or not health.checked:
        lines = [problem_sentence(k, health) for k in health.problems] if health else []
        return "\n".join([*lines, QCoreApplication.translate("AccountsHealth", "Not checked yet.")])
    lines = [problem_sentence(kind, health) for kind in health.problems] or [
        QCoreApplication.translate("AccountsHealth", "No problem found.")
    ]
    assert health.checked_at is not None
    when = _local(health.checked_at)
    lines.append(QCoreApplication.translate("AccountsHealth", "Checked {when}.").format(when=when))
    if health.stale:
        lines.append(QCoreApplication.translate("AccountsHealth", "Will be checked again shortly."))
    return "\n".join(lines)


def cell(health: AccountHealth | None, column: HealthCell, role: int) -> object:
    """The value of a health cell for ``role`` (None when it has none)."""
    if role == _DISPLAY:
        if column == HealthCell.HEALTH:
            return summary(health)
        if health is None or not health.checked or health.error is not None:
            return ""
        if column == HealthCell.NEXT_SLOT:
            return (
                _day(health.next_slot)
                if health.next_slot
                else QCoreApplication.translate("AccountsHealth", "none")
            )
        if column == HealthCell.LAST_BOOKING:
            return (
                _day(health.last_booking)
                if health.last_booking
                else QCoreApplication.translate("AccountsHealth", "never")
            )
        return ""
    if role == _TOOLTIP:
        if column == HealthCell.HEALTH:
            return tooltip(health)
        if column == HealthCell.NEXT_SLOT and health is not None and health.next_slot:
            return _local(health.next_slot)
        if column == HealthCell.LAST_BOOKING and health is not None and health.last_booking:
            return _local(health.last_booking)
        return None
    if role == _DECORATION and column == HealthCell.HEALTH:
        return icon(health)
    return None


def icon(health: AccountHealth | None) -> QIcon | None:
    """A warning for an account that needs attention, a tick for a healthy one."""
    if health is None or (not health.checked and not health.problems):
        return None
    style = QApplication.style()
    if HealthKind.CHECK_FAILED in health.problems:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    if health.problems:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)


def sort_key(health: AccountHealth | None, column: HealthCell) -> str:
    """A string that sorts the column: never checked, then healthy, then by problem count;
    dates in time order, with "none" after every date."""
    if column == HealthCell.HEALTH:
        if health is None or (not health.checked and not health.problems):
            return "0"
        return f"1{len(health.problems):02d}"
    if health is None or not health.checked:
        return ""
    if column == HealthCell.NEXT_SLOT:
        return health.next_slot.isoformat() if health.next_slot else "~"
    if column == HealthCell.LAST_BOOKING:
        return health.last_booking.isoformat() if health.last_booking else "0"
    return ""


def _day(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d")


def _local(value: datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


__all__ = [
    "HEALTH_ROLE",
    "HealthCell",
    "cell",
    "header_tooltip",
    "health_headers",
    "icon",
    "kind_label",
    "problem_sentence",
    "sort_key",
    "summary",
    "tooltip",
]
