"""What a user calls the wire fields of every kind of change, and their values in words.

One table for the Changes panel and the templates tab: dotted wire paths as the edits of
console/jobs/edits/ name them (users, meeting types and templates, availability hours and
exceptions, booking pages and brand kits) → a translated label; minutes, days, yes/no and
channels as a user reads them. The wire name stays visible in a tooltip
(:func:`field_tooltip`) for support and for the headless commands, which take wire names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from console.domain.meeting_types import channel_label
from console.domain.problems import QT_TRANSLATE_NOOP

# Called by this name so lupdate finds the strings (it knows ``translate``, not an alias).
translate = QCoreApplication.translate

CONTEXT = "FieldLabels"

#: Wire path → label (translated at display time).
LABELS: dict[str, str] = {
    # users (console/jobs/edits/users.py)
    "givenName": QT_TRANSLATE_NOOP("FieldLabels", "Given name"),
    "familyName": QT_TRANSLATE_NOOP("FieldLabels", "Family name"),
    "slug": QT_TRANSLATE_NOOP("FieldLabels", "Slug"),
    # meeting types and templates (meeting_types.py, template_assign.py)
    "meetingInfo.name": QT_TRANSLATE_NOOP("FieldLabels", "Name"),
    "meetingInfo.description": QT_TRANSLATE_NOOP("FieldLabels", "Description"),
    "meetingInfo.duration": QT_TRANSLATE_NOOP("FieldLabels", "Duration"),
    "meetingInfo.bufferBefore": QT_TRANSLATE_NOOP("FieldLabels", "Buffer before"),
    "meetingInfo.bufferAfter": QT_TRANSLATE_NOOP("FieldLabels", "Buffer after"),
    "meetingInfo.bufferMustStayWithinWorkingHours": QT_TRANSLATE_NOOP(
        "FieldLabels", "Buffers within working hours"
    ),
    "meetingInfo.channel": QT_TRANSLATE_NOOP("FieldLabels", "Channel"),
    "meetingInfo.customChannelName": QT_TRANSLATE_NOOP("FieldLabels", "Custom channel name"),
    "meetingInfo.customChannelLink": QT_TRANSLATE_NOOP("FieldLabels", "Custom channel link"),
    "meetingInfo.color": QT_TRANSLATE_NOOP("FieldLabels", "Colour"),
    "meetingInfo.groupBooking": QT_TRANSLATE_NOOP("FieldLabels", "Group booking"),
    "meetingInfo.showAvailableSlots": QT_TRANSLATE_NOOP("FieldLabels", "Show free spots"),
    "meetingInfo.enableRedirect": QT_TRANSLATE_NOOP("FieldLabels", "Redirect after booking"),
    "meetingInfo.redirect": QT_TRANSLATE_NOOP("FieldLabels", "Redirect address"),
    "meetingInfo.passEventDetailsToRedirect": QT_TRANSLATE_NOOP(
        "FieldLabels", "Pass the booking to the redirect"
    ),
    "meetingOptions.allowedDurations": QT_TRANSLATE_NOOP("FieldLabels", "Durations to choose"),
    "meetingOptions.allowSelectChannel": QT_TRANSLATE_NOOP(
        "FieldLabels", "Client chooses the channel"
    ),
    "meetingOptions.allowedChannels": QT_TRANSLATE_NOOP("FieldLabels", "Channels to choose"),
    "meetingOptions.allowHostSelection": QT_TRANSLATE_NOOP(
        "FieldLabels", "Client may choose the host"
    ),
    "meetingOptions.forceHostSelection": QT_TRANSLATE_NOOP(
        "FieldLabels", "Client must choose the host"
    ),
    "meetingOptions.allowAddingGuests": QT_TRANSLATE_NOOP("FieldLabels", "Client may add guests"),
    "meetingOptions.doubleOptIn": QT_TRANSLATE_NOOP("FieldLabels", "Double opt-in"),
    "meetingOptions.requireHostConfirmation": QT_TRANSLATE_NOOP(
        "FieldLabels", "Host confirms bookings"
    ),
    "meetingOptions.enableClusterMeeting": QT_TRANSLATE_NOOP("FieldLabels", "Cluster appointments"),
    "meetingOptions.enableBufferCarryOver": QT_TRANSLATE_NOOP("FieldLabels", "Carry buffers over"),
    "meetingOptions.maxBufferCarryOverDelay": QT_TRANSLATE_NOOP(
        "FieldLabels", "Longest buffer carry-over"
    ),
    "meetingOptions.allowPhoneOnlyBooking": QT_TRANSLATE_NOOP(
        "FieldLabels", "Booking with a phone number only"
    ),
    "timeslotInterval": QT_TRANSLATE_NOOP("FieldLabels", "Slot interval"),
    "bookingMinimum": QT_TRANSLATE_NOOP("FieldLabels", "Minimum notice"),
    "daysIntoFuture.bookingLimit": QT_TRANSLATE_NOOP("FieldLabels", "Booking window"),
    "spots": QT_TRANSLATE_NOOP("FieldLabels", "Spots"),
    "locations": QT_TRANSLATE_NOOP("FieldLabels", "Locations"),
    "enabled": QT_TRANSLATE_NOOP("FieldLabels", "Bookable"),
    "availabilityId": QT_TRANSLATE_NOOP("FieldLabels", "Availability"),
    "templateId": QT_TRANSLATE_NOOP("FieldLabels", "Template"),
    "templateType": QT_TRANSLATE_NOOP("FieldLabels", "Template for"),
    "queueType": QT_TRANSLATE_NOOP("FieldLabels", "Distribution in the team"),
    # availability (hours.py, exceptions.py)
    "timezone": QT_TRANSLATE_NOOP("FieldLabels", "Time zone"),
    "schedule": QT_TRANSLATE_NOOP("FieldLabels", "Weekly hours"),
    "availabilityExceptions": QT_TRANSLATE_NOOP("FieldLabels", "Date exceptions"),
    # booking pages and brand kits (brand_kit.py)
    "useCustomColors": QT_TRANSLATE_NOOP("FieldLabels", "Own colours"),
    "primaryColor": QT_TRANSLATE_NOOP("FieldLabels", "Primary colour"),
    "secondaryColor": QT_TRANSLATE_NOOP("FieldLabels", "Secondary colour"),
    "headerImage": QT_TRANSLATE_NOOP("FieldLabels", "Header image"),
    "headerTitle": QT_TRANSLATE_NOOP("FieldLabels", "Header title"),
    "headerSubtitle": QT_TRANSLATE_NOOP("FieldLabels", "Header subtitle"),
    "description": QT_TRANSLATE_NOOP("FieldLabels", "Page description"),
    "showAllMeetingTypes": QT_TRANSLATE_NOOP("FieldLabels", "Show all meeting types"),
    "meetingTypeOrder": QT_TRANSLATE_NOOP("FieldLabels", "Order of meeting types"),
    "onlineProfiles": QT_TRANSLATE_NOOP("FieldLabels", "Online profiles"),
}

#: Fields in minutes.
MINUTES = frozenset(
    {
        "meetingInfo.duration",
        "meetingInfo.bufferBefore",
        "meetingInfo.bufferAfter",
        "meetingOptions.maxBufferCarryOverDelay",
        "timeslotInterval",
        "bookingMinimum",
    }
)
#: Fields in days.
DAYS = frozenset({"daysIntoFuture.bookingLimit"})
#: Fields holding a channel, or a list of channels.
CHANNEL_FIELDS = frozenset({"meetingInfo.channel", "meetingOptions.allowedChannels"})

#: Enumerated wire values → what a user calls them.
CHOICES: dict[str, dict[str, str]] = {
    "templateType": {
        "individual": QT_TRANSLATE_NOOP("FieldLabels", "single accounts"),
        "team": QT_TRANSLATE_NOOP("FieldLabels", "teams"),
    },
    "queueType": {
        "simpleRoundRobin": QT_TRANSLATE_NOOP("FieldLabels", "Round robin"),
        "advancedRoundRobin": QT_TRANSLATE_NOOP("FieldLabels", "Weighted round robin"),
        "equalDistribution": QT_TRANSLATE_NOOP("FieldLabels", "Equal distribution"),
    },
    "meetingOptions.doubleOptIn": {
        "useCompanySettings": QT_TRANSLATE_NOOP("FieldLabels", "as the company sets it"),
    },
    "meetingOptions.requireHostConfirmation": {
        "useCompanySettings": QT_TRANSLATE_NOOP("FieldLabels", "as the company sets it"),
    },
}

#: The ``onlineProfiles`` entries by what a user calls them.
PROFILE_LABELS: dict[str, str] = {
    "linkedIn": QT_TRANSLATE_NOOP("FieldLabels", "LinkedIn"),
    "xing": QT_TRANSLATE_NOOP("FieldLabels", "Xing"),
    "phone": QT_TRANSLATE_NOOP("FieldLabels", "Phone"),
    "email": QT_TRANSLATE_NOOP("FieldLabels", "E-mail"),
    "facebook": QT_TRANSLATE_NOOP("FieldLabels", "Facebook"),
    "twitter": QT_TRANSLATE_NOOP("FieldLabels", "X (Twitter)"),
    "instagram": QT_TRANSLATE_NOOP("FieldLabels", "Instagram"),
    "addressStreet": QT_TRANSLATE_NOOP("FieldLabels", "Street"),
    "addressPostalCode": QT_TRANSLATE_NOOP("FieldLabels", "Postal code"),
    "addressCity": QT_TRANSLATE_NOOP("FieldLabels", "City"),
    "addressCountry": QT_TRANSLATE_NOOP("FieldLabels", "Country"),
    "customLinks": QT_TRANSLATE_NOOP("FieldLabels", "Custom links"),
}


class ValueTexts(QObject):
    """The value texts with a count in them (``self.tr`` of a class, so lupdate keeps their
    plural forms)."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


_TEXTS: ValueTexts | None = None


def _texts() -> ValueTexts:
    global _TEXTS
    if _TEXTS is None:
        _TEXTS = ValueTexts()
    return _TEXTS


def field_label(wire: str) -> str:
    """The translated label of a dotted wire field; an unknown field is shown as its name."""
    label = LABELS.get(wire)
    if label is not None:
        return translate(CONTEXT, label)
    if wire.startswith("onlineProfiles."):
        entry = wire.split(".", 1)[1]
        if entry in PROFILE_LABELS:
            return translate(CONTEXT, PROFILE_LABELS[entry])
    return wire


def field_tooltip(wire: str) -> str:
    """The tooltip of a labelled field: its wire name, as the API and the commands know it."""
    return translate("FieldLabels", "Field on the wire: {wire}").format(wire=wire)


def _channel(value: Any) -> str:
    return translate("Problems", channel_label(value)) if isinstance(value, str) else str(value)


def field_value(wire: str, value: Any) -> str | None:
    """``value`` of ``wire`` in words ("30 min", "Zoom", "2 days"), or None when the field has
    no friendlier form than the generic one (the caller formats it: text, yes/no, JSON)."""
    if value is None or isinstance(value, bool):
        return None
    if wire in MINUTES and isinstance(value, int | float):
        return translate("FieldLabels", "{n} min").format(n=_number(value))
    if wire in DAYS and isinstance(value, int):
        return _texts().days(value)
    if wire in CHANNEL_FIELDS:
        if isinstance(value, str):
            return _channel(value)
        if isinstance(value, Sequence) and not isinstance(value, str):
            return ", ".join(_channel(v) for v in value)
    if wire == "meetingOptions.allowedDurations" and isinstance(value, Sequence):
        if not isinstance(value, str) and all(isinstance(v, int | float) for v in value):
            minutes = ", ".join(_number(v) for v in value)
            return translate("FieldLabels", "{n} min").format(n=minutes)
    choices = CHOICES.get(wire)
    if choices is not None and isinstance(value, str) and value in choices:
        return translate(CONTEXT, choices[value])
    if wire == "onlineProfiles" and isinstance(value, Mapping):
        parts = []
        for key, entry in value.items():
            if key == "customLinks" and isinstance(entry, list):
                entry = ", ".join(_link(link) for link in entry)
            if entry not in (None, "") and not isinstance(entry, list | Mapping):
                parts.append(f"{field_label('onlineProfiles.' + key)}: {entry}")
        return "; ".join(parts) if parts else translate("ChangesPanel", "(empty)")
    return None


def _link(link: Any) -> str:
    if not isinstance(link, Mapping):
        return str(link)
    name, url = str(link.get("name") or ""), str(link.get("url") or "")
    return f"{name} ({url})" if name and url else name or url


def _number(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


__all__ = [
    "LABELS",
    "ValueTexts",
    "field_label",
    "field_tooltip",
    "field_value",
]
