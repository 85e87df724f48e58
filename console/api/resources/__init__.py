"""The client's resource namespaces, one module per area of the meetergo API.

Each namespace speaks through the connection's transport, as the acting user of the scope it was
reached through (``MeetergoClient`` = none, ``client.acting_as(user_id)`` = that user).
"""

from console.api.resources._base import Resource
from console.api.resources.appointments import Appointments
from console.api.resources.availabilities import Availabilities
from console.api.resources.bookings import Bookings
from console.api.resources.meeting_types import MeetingTypes
from console.api.resources.personal_pages import PersonalPages
from console.api.resources.slots import Slots
from console.api.resources.templates import Templates
from console.api.resources.users import Users
from console.api.resources.webhooks import Webhooks

__all__ = [
    "Appointments",
    "Availabilities",
    "Bookings",
    "MeetingTypes",
    "PersonalPages",
    "Resource",
    "Slots",
    "Templates",
    "Users",
    "Webhooks",
]
