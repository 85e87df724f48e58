"""Pure helpers shared by the routes, the domain parts and the seed: time stamps, slugs,
schedules (through :mod:`console.scheduling`) and field validation."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.sandbox.errors import bad_request
from console.scheduling.schedule import WEEKDAYS, ScheduleError, WeeklySchedule

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
WEBHOOK_EVENTS = (
    "booking_created",
    "booking_cancelled",
    "booking_rescheduled",
    "new_employee",
    "form_submission",
    "credential_error",
    "review_submitted",
    "review_published",
    "signature_completed",
)
USER_TYPES = ("standard", "resource", "api-platform", "partner")
CHANNELS = (
    "local",
    "local-attendee",
    "google",
    "zoom",
    "phone",
    "phone-incoming",
    "whatsapp",
    "connect",
    "webex",
    "teamsForBusiness2",
    "teams2ForExchange",
    "custom",
    "resource",
    "whereby",
    "kmeet",
    "jitsi",
    "nextcloudTalk",
    "openTalk",
    "alfaview",
    "skypeForConsumer",
    "skypeForBusiness",
    "teamsForBusiness",
)


_ISO_CACHE: dict[int, str] = {}
_ISO_CACHE_SIZE = 1 << 16
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MILLISECOND = timedelta(milliseconds=1)


def iso(moment: datetime) -> str:
    """UTC ISO 8601 with milliseconds and ``Z``, as the platform writes it (sorts as text).

    Slot lists format the same few thousand instants on every request, so the text is
    remembered by the instant's millisecond count (cheaper to compute than a datetime's hash,
    and equal for equal instants in any zone); the cache is dropped whole when full.
    """
    if moment.tzinfo is None:  # naive: local time, which may change under a running process
        return _format_iso(moment.astimezone(UTC))
    key = (moment - _EPOCH) // _MILLISECOND
    text = _ISO_CACHE.get(key)
    if text is None:
        if len(_ISO_CACHE) >= _ISO_CACHE_SIZE:
            _ISO_CACHE.clear()
        text = _ISO_CACHE[key] = _format_iso(moment.astimezone(UTC))
    return text


def _format_iso(utc: datetime) -> str:
    # strftime goes through the C library's formatting and costs several times this.
    return (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T"
        f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}.{utc.microsecond // 1000:03d}Z"
    )


def parse_instant(value: Any, field: str) -> datetime:
    """An ISO 8601 instant; naive values are taken as UTC."""
    if not isinstance(value, str) or not value:
        raise bad_request([f"{field} must be a valid ISO 8601 date string"])
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        parsed = parsed.astimezone(UTC)
    except (ValueError, OverflowError):  # OverflowError: year 1 or 9999 shifted out of range
        raise bad_request([f"{field} must be a valid ISO 8601 date string"]) from None
    return in_range(parsed, field)


#: Instants the sandbox accepts: the arithmetic on them (durations, windows, the days around a
#: slot) stays far inside ``datetime``'s years 1..9999.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def in_range(moment: datetime, field: str) -> datetime:
    """``moment``, or a 400 when it lies outside :data:`EARLIEST`..:data:`LATEST`."""
    if not EARLIEST <= moment < LATEST:
        raise bad_request([f"{field} must be between 1900 and 2199"])
    return moment


def parse_day_or_instant(value: str, field: str, tz: ZoneInfo) -> tuple[datetime, bool]:
    """A ``YYYY-MM-DD`` (midnight in ``tz``; second item True) or an ISO instant (False)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise bad_request([f"{field} must be a valid date"]) from None
        if not EARLIEST.year <= day.year < LATEST.year:
            raise bad_request([f"{field} must be between 1900 and 2199"])
        return datetime(day.year, day.month, day.day, tzinfo=tz), True
    return parse_instant(value, field), False


_ZONE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9][A-Za-z0-9_+\-]*){0,2}")


def zone(name: Any, field: str = "timezone") -> ZoneInfo:
    """The IANA zone, or a 400 naming the field.

    The name is checked before it reaches the zone database, which reads it as a file path: a
    folder (``Europe``) or an over-long name fails there with an OSError, not a lookup error.
    """
    if not isinstance(name, str) or len(name) > 64 or not _ZONE_NAME.fullmatch(name):
        raise bad_request([f"{field} must be a valid IANA time zone"])
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise bad_request([f"{field} must be a valid IANA time zone"]) from None


def slugify(text: str) -> str:
    """Normalise like the platform: "John Doe" → "john-doe" (umlauts folded to ASCII)."""
    folded = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
        .replace("ß", "ss")
    )
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return re.sub(r"-{2,}", "-", slug)


def read_schedule(raw: Any, field: str = "schedule") -> dict[str, Any]:
    """Either schedule shape as the current object-per-weekday shape with all seven days.

    :class:`WeeklySchedule` reads and checks it, so the sandbox accepts exactly what the console
    models; a schedule it cannot read or finds unsound is a 400 listing every problem, each
    prefixed with ``field`` as the platform's class-validator messages are.
    """
    if not isinstance(raw, dict | list):
        raise bad_request([f"{field} must be an object keyed by weekday or an array of days"])
    try:
        schedule = WeeklySchedule.from_wire(raw)
    except ScheduleError as error:
        raise bad_request([f"{field}: {problem}" for problem in error.problems]) from None
    problems = schedule.problems()
    if problems:
        raise bad_request([f"{field}: {problem}" for problem in problems])
    return schedule.to_wire()


def weekday_schedule(start: str, end: str) -> dict[str, Any]:
    """The same hours Monday to Friday (the platform default is Mon-Fri 9-17)."""
    return WeeklySchedule.from_hours(WEEKDAYS[:5], [(start, end)]).to_wire()


def valid_email(value: str) -> bool:
    """Loose e-mail check, as loose as the platform's."""
    return bool(EMAIL_RE.match(value.strip()))


class Checker:
    """Collects class-validator style messages so one 400 lists every problem."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def integer(
        self, value: Any, field: str, low: int, high: int, *, required: bool = False
    ) -> int | None:
        """An int within ``low..high`` (bools are not ints here)."""
        if value is None:
            if required:
                self.problems.append(f"{field} must be an integer number")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                self.problems.append(f"{field} must be an integer number")
                return None
        if value < low:
            self.problems.append(f"{field} must not be less than {low}")
        elif value > high:
            self.problems.append(f"{field} must not be greater than {high}")
        return int(value)

    def string(
        self, value: Any, field: str, *, required: bool = False, max_len: int = 10_000
    ) -> str | None:
        """A string (non-empty when required)."""
        if value is None:
            if required:
                self.problems.append(f"{field} should not be empty")
            return None
        if not isinstance(value, str):
            self.problems.append(f"{field} must be a string")
            return None
        if required and not value.strip():
            self.problems.append(f"{field} should not be empty")
        if len(value) > max_len:
            self.problems.append(f"{field} must be shorter than or equal to {max_len} characters")
        return value

    def boolean(self, value: Any, field: str) -> bool | None:
        """A JSON boolean."""
        if value is None:
            return None
        if not isinstance(value, bool):
            self.problems.append(f"{field} must be a boolean value")
            return None
        return value

    def fail(self, message: str) -> None:
        """Record a free-form problem."""
        self.problems.append(message)

    def raise_if_any(self) -> None:
        """400 with every collected message."""
        if self.problems:
            raise bad_request(list(self.problems))
