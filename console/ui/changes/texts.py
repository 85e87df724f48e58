"""The words the Changes panel uses for states, counts and values (translated at display time)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from console.jobs.model import MISSING, ChangeSetState, OpStatus, ResourceKind
from console.ui.field_labels import field_value

# Long values (a whole schedule) are cut in the cell; the tooltip holds the full text.
VALUE_LIMIT = 80


# Called by this name so lupdate finds the strings (it knows ``translate``, not an alias).
translate = QCoreApplication.translate


class CountTexts(QObject):
    """The Changes panel's texts with a count in them ("%n failed").

    They are ``self.tr`` calls of a class because pyside6-lupdate 6.11 marks only those as plural
    (numerus) entries; ``QCoreApplication.translate(context, text, "", n)`` is extracted as a
    singular text, and the German catalog then loses its plural forms.
    """

    def done_of(self, total: int) -> str:
        return self.tr("{done} of %n done", "", total)

    def failed(self, n: int) -> str:
        return self.tr("%n failed", "", n)

    def conflicts(self, n: int) -> str:
        return self.tr("%n conflict(s)", "", n)

    def skipped(self, n: int) -> str:
        return self.tr("%n skipped", "", n)

    def unchanged(self, n: int) -> str:
        return self.tr("%n unchanged", "", n)

    def unchanged_group(self, n: int) -> str:
        return self.tr("Unchanged (%n account(s))", "", n)

    def account_changes(self, n: int) -> str:
        return self.tr("{account} (%n change(s))", "", n)

    def to_send(self, n: int) -> str:
        return self.tr("{state} · %n to send", "", n)


_COUNTS: CountTexts | None = None


def count_texts() -> CountTexts:
    """The one CountTexts object (made on first use, after the translators are installed)."""
    global _COUNTS
    if _COUNTS is None:
        _COUNTS = CountTexts()
    return _COUNTS


def status_text(status: OpStatus) -> str:
    """One operation's state in a word or two."""
    return {
        OpStatus.PENDING: translate("ChangesPanel", "pending"),
        OpStatus.UNCHANGED: translate("ChangesPanel", "unchanged"),
        OpStatus.IN_FLIGHT: translate("ChangesPanel", "sending…"),
        OpStatus.DONE: translate("ChangesPanel", "done"),
        OpStatus.FAILED: translate("ChangesPanel", "failed"),
        OpStatus.CONFLICT: translate("ChangesPanel", "conflict"),
        OpStatus.SKIPPED: translate("ChangesPanel", "skipped"),
    }[status]


def status_detail(status: OpStatus, error: str | None) -> str:
    """The state with its reason: the server's message, why it was skipped, what conflicts."""
    word = status_text(status)
    if status is OpStatus.CONFLICT:
        return translate(
            "ChangesPanel",
            "conflict — changed on the server since planning; nothing was overwritten",
        )
    if status in (OpStatus.FAILED, OpStatus.SKIPPED) and error:
        return translate("ChangesPanel", "{status}: {reason}").format(status=word, reason=error)
    return word


def state_text(state: ChangeSetState) -> str:
    """A change set's state."""
    return {
        ChangeSetState.PLANNED: translate("ChangesPanel", "planned, not sent"),
        ChangeSetState.APPLYING: translate("ChangesPanel", "applying"),
        ChangeSetState.PAUSED: translate("ChangesPanel", "paused"),
        ChangeSetState.DONE: translate("ChangesPanel", "done"),
        ChangeSetState.PARTIAL: translate("ChangesPanel", "finished with problems"),
        ChangeSetState.CANCELLED: translate("ChangesPanel", "cancelled"),
    }[state]


def resource_text(kind: ResourceKind) -> str:
    """The kind of thing an operation changes."""
    return {
        ResourceKind.USER: translate("ChangesPanel", "Account"),
        ResourceKind.MEETING_TYPE: translate("ChangesPanel", "Meeting type"),
        ResourceKind.AVAILABILITY: translate("ChangesPanel", "Availability"),
        ResourceKind.PERSONAL_PAGE: translate("ChangesPanel", "Booking page"),
        ResourceKind.TEMPLATE_ASSIGNMENT: translate("ChangesPanel", "Template"),
        ResourceKind.APPOINTMENT: translate("ChangesPanel", "Booking"),
    }[kind]


def to_send(counts: Mapping[OpStatus, int]) -> int:
    """Operations that are sent (or were meant to be): all but the unchanged ones."""
    return sum(n for status, n in counts.items() if status is not OpStatus.UNCHANGED)


def settled(counts: Mapping[OpStatus, int]) -> int:
    """Operations that have an outcome."""
    return sum(
        counts.get(s, 0)
        for s in (OpStatus.DONE, OpStatus.FAILED, OpStatus.CONFLICT, OpStatus.SKIPPED)
    )


def counts_text(counts: Mapping[OpStatus, int]) -> str:
    """ "37 of 50 done · 2 failed · 1 conflict" (only the parts that are not zero)."""
    total = to_send(counts)
    parts = [count_texts().done_of(total).format(done=counts.get(OpStatus.DONE, 0))]
    failed, conflicts = counts.get(OpStatus.FAILED, 0), counts.get(OpStatus.CONFLICT, 0)
    skipped, unchanged = counts.get(OpStatus.SKIPPED, 0), counts.get(OpStatus.UNCHANGED, 0)
    if failed:
        parts.append(count_texts().failed(failed))
    if conflicts:
        parts.append(count_texts().conflicts(conflicts))
    if skipped:
        parts.append(count_texts().skipped(skipped))
    if unchanged:
        parts.append(count_texts().unchanged(unchanged))
    return " · ".join(parts)


def format_value(value: Any, field: str = "") -> str:
    """A wire value as a cell shows it: in words where ``field`` (its dotted wire name) has a
    friendlier form ("30 min", a channel's name), else text as is, ``null`` as "(empty)", the
    rest as JSON."""
    if value is MISSING:
        return ""
    if field and (friendly := field_value(field, value)) is not None:
        return friendly
    if value is None:
        return translate("ChangesPanel", "(empty)")
    if isinstance(value, bool):
        return translate("ChangesPanel", "yes") if value else translate("ChangesPanel", "no")
    if isinstance(value, str):
        return value if value else translate("ChangesPanel", "(empty text)")
    if isinstance(value, int | float):
        return str(value)
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return str(value)


def shorten(text: str, limit: int = VALUE_LIMIT) -> str:
    """``text`` on one line, cut with "…" after ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


__all__ = [
    "counts_text",
    "format_value",
    "resource_text",
    "settled",
    "shorten",
    "state_text",
    "status_detail",
    "status_text",
    "to_send",
]
