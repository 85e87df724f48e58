"""Kinds of fleet change: what an edit reads, how it changes a state, which request writes it.

:mod:`.base` holds the protocols the engine speaks (:class:`Edit` for planning,
:class:`ResourceAccess` for reading and writing a resource again on apply, resume and undo,
when the edit that planned it is long gone); one module per resource kind adds both.
"""

from console.jobs.edits.base import (
    AccountRef,
    Edit,
    ResourceAccess,
    access_for,
    flatten,
    register_access,
    unflatten,
)
from console.jobs.edits.bookings import AppointmentAccess, BookingCancelEdit
from console.jobs.edits.brand_kit import BrandKitEdit, PersonalPageAccess
from console.jobs.edits.exceptions import ClosedDaysEdit, closed_days_edit, holidays_edit
from console.jobs.edits.hours import AvailabilityAccess, WeeklyHoursEdit
from console.jobs.edits.meeting_types import MeetingTypeAccess, MeetingTypeSettingsEdit
from console.jobs.edits.template_assign import (
    TemplateAssignEdit,
    TemplateAssignmentAccess,
    TemplateReapplyEdit,
)
from console.jobs.edits.users import UserAccess, UserDeleteEdit, UserFieldsEdit

__all__ = [
    "AccountRef",
    "AppointmentAccess",
    "AvailabilityAccess",
    "BookingCancelEdit",
    "BrandKitEdit",
    "ClosedDaysEdit",
    "Edit",
    "MeetingTypeAccess",
    "MeetingTypeSettingsEdit",
    "PersonalPageAccess",
    "ResourceAccess",
    "TemplateAssignEdit",
    "TemplateAssignmentAccess",
    "TemplateReapplyEdit",
    "UserAccess",
    "UserDeleteEdit",
    "UserFieldsEdit",
    "WeeklyHoursEdit",
    "access_for",
    "closed_days_edit",
    "flatten",
    "holidays_edit",
    "register_access",
    "unflatten",
]
