"""The rules of a meeting type's settings, as the API documents them — no Qt, no network.

The editor, the service and the headless commands share these: the fields an editor offers
(:data:`FIELDS`, each with the wire path ``PATCH /v4/meeting-type/{id}`` takes), the channel
enum with readable labels, and :func:`meeting_type_problems`, which names what is wrong before
anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from console.domain.accounts import DURATION_MAX, DURATION_MIN, meeting_type_name_problem
from console.domain.problems import QT_TRANSLATE_NOOP, Problem

#: Editor field → wire path (dotted: ``meetingInfo.duration`` is nested in the body).
FIELDS: dict[str, str] = {
    "name": "meetingInfo.name",
    "description": "meetingInfo.description",
    "duration": "meetingInfo.duration",
    "buffer_before": "meetingInfo.bufferBefore",
    "buffer_after": "meetingInfo.bufferAfter",
    "timeslot_interval": "timeslotInterval",
    "booking_minimum": "bookingMinimum",
    "booking_window": "daysIntoFuture.bookingLimit",
    "spots": "spots",
    "channel": "meetingInfo.channel",
    "allowed_channels": "meetingOptions.allowedChannels",
    "custom_channel_name": "meetingInfo.customChannelName",
    "custom_channel_link": "meetingInfo.customChannelLink",
    "locations": "locations",
    "color": "meetingInfo.color",
    "slug": "slug",
    "enabled": "enabled",
    "availability_id": "availabilityId",
}

#: Documented ranges (meetergo-api §8 "Constraints"): field → (low, high).
RANGES: dict[str, tuple[int, int]] = {
    "duration": (DURATION_MIN, DURATION_MAX),
    "buffer_before": (0, 120),
    "buffer_after": (0, 120),
    "timeslot_interval": (5, 60),
    "spots": (1, 100),
    "booking_minimum": (0, 525_600),
    "booking_window": (1, 3650),
}

#: The current channel enum with what a user calls each one (deprecated values are kept
#: readable for meeting types that still use them, but not offered for new choices).
CHANNEL_LABELS: dict[str, str] = {
    "local": QT_TRANSLATE_NOOP("Problems", "In person (host's address)"),
    "local-attendee": QT_TRANSLATE_NOOP("Problems", "In person (client's address)"),
    "google": QT_TRANSLATE_NOOP("Problems", "Google Meet"),
    "zoom": QT_TRANSLATE_NOOP("Problems", "Zoom"),
    "phone": QT_TRANSLATE_NOOP("Problems", "Phone (host calls)"),
    "phone-incoming": QT_TRANSLATE_NOOP("Problems", "Phone (client calls)"),
    "whatsapp": QT_TRANSLATE_NOOP("Problems", "WhatsApp"),
    "connect": QT_TRANSLATE_NOOP("Problems", "meetergo Connect"),
    "webex": QT_TRANSLATE_NOOP("Problems", "Webex"),
    "teamsForBusiness2": QT_TRANSLATE_NOOP("Problems", "Microsoft Teams"),
    "teams2ForExchange": QT_TRANSLATE_NOOP("Problems", "Microsoft Teams (Exchange)"),
    "custom": QT_TRANSLATE_NOOP("Problems", "Custom link"),
    "resource": QT_TRANSLATE_NOOP("Problems", "Resource"),
    "whereby": QT_TRANSLATE_NOOP("Problems", "Whereby"),
    "kmeet": QT_TRANSLATE_NOOP("Problems", "kMeet"),
    "jitsi": QT_TRANSLATE_NOOP("Problems", "Jitsi"),
    "nextcloudTalk": QT_TRANSLATE_NOOP("Problems", "Nextcloud Talk"),
    "openTalk": QT_TRANSLATE_NOOP("Problems", "OpenTalk"),
    "alfaview": QT_TRANSLATE_NOOP("Problems", "alfaview"),
}
DEPRECATED_CHANNELS = ("skypeForConsumer", "skypeForBusiness", "teamsForBusiness")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def channel_label(channel: str | None) -> str:
    """The readable name of a channel (an unknown value is shown as it is)."""
    if channel is None:
        return ""
    return CHANNEL_LABELS.get(channel, channel)


def out_of_range(field: str, low: int, high: int) -> Problem:
    """The problem of a number outside its documented range."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "Must be {low} to {high}."), field=field, low=low, high=high
    )


def not_whole_number() -> Problem:
    """The problem of a number field holding something else."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "Must be a whole number."))


def slug_format_problem(slug: str) -> Problem | None:
    """Why a meeting type's slug cannot be sent as it is written, or None."""
    if not slug.strip():
        return Problem(QT_TRANSLATE_NOOP("Problems", "Slug is missing."))
    if not _SLUG.match(slug):
        return Problem(
            QT_TRANSLATE_NOOP(
                "Problems", "Slug may hold only lower-case letters, digits and single hyphens."
            )
        )
    return None


def slug_clash(slug: str) -> Problem:
    """The problem of a slug another meeting type of the same account already has."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "Another meeting type of this account uses {slug!r}."),
        slug=slug,
    )


def custom_link_missing() -> Problem:
    """The problem of a ``custom`` channel without its link."""
    return Problem(QT_TRANSLATE_NOOP("Problems", "A custom channel needs its link."))


def unknown_channel(channel: str) -> Problem:
    """The problem of a channel value the API does not take."""
    return Problem(
        QT_TRANSLATE_NOOP("Problems", "{channel!r} is not a channel meetergo offers."),
        channel=channel,
    )


def meeting_type_problems(
    values: Mapping[str, Any], *, taken_slugs: Collection[str] = ()
) -> dict[str, Problem]:
    """Field → problem for the editor fields in ``values`` (fields left out are not checked).

    ``taken_slugs`` are the slugs of the account's *other* meeting types.
    """
    problems: dict[str, Problem] = {}
    if "name" in values and (p := meeting_type_name_problem(str(values["name"] or ""))):
        problems["name"] = p
    for field, (low, high) in RANGES.items():
        if field not in values or values[field] is None:
            continue
        value = values[field]
        if isinstance(value, bool) or not isinstance(value, int):
            problems[field] = not_whole_number()
        elif not low <= value <= high:
            problems[field] = out_of_range(field, low, high)
    channel = values.get("channel")
    allowed = {*CHANNEL_LABELS, *DEPRECATED_CHANNELS}
    if channel is not None and channel not in allowed:
        problems["channel"] = unknown_channel(str(channel))
    for extra in values.get("allowed_channels") or []:
        if extra not in allowed:
            problems["allowed_channels"] = unknown_channel(str(extra))
            break
    if channel == "custom" and not str(values.get("custom_channel_link") or "").strip():
        problems["custom_channel_link"] = custom_link_missing()
    if "slug" in values:
        slug = str(values["slug"] or "")
        if p := slug_format_problem(slug):
            problems["slug"] = p
        elif slug in set(taken_slugs):
            problems["slug"] = slug_clash(slug)
    return problems


__all__ = [
    "CHANNEL_LABELS",
    "DEPRECATED_CHANNELS",
    "FIELDS",
    "RANGES",
    "channel_label",
    "custom_link_missing",
    "meeting_type_problems",
    "not_whole_number",
    "out_of_range",
    "slug_clash",
    "slug_format_problem",
    "unknown_channel",
]
