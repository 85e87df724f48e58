"""Who the demo agency is: its professionals, their meeting types and hours, client names."""

from __future__ import annotations

from dataclasses import dataclass

from console.scheduling.schedule import WEEKDAYS


@dataclass(frozen=True)
class Pro:
    given: str
    family: str
    profession: str  # lawyer | doctor | tax
    timezone: str
    english: bool


PROS = (
    Pro("Johanna", "Becker", "lawyer", "Europe/Berlin", False),
    Pro("Maximilian", "Hoffmann", "lawyer", "Europe/Berlin", False),
    Pro("Sophie", "Wagner", "doctor", "Europe/Berlin", False),
    Pro("Lukas", "Schäfer", "tax", "Europe/Berlin", False),
    Pro("Claudia", "Neumann", "doctor", "Europe/Berlin", False),
    Pro("Tobias", "Krüger", "tax", "Europe/Berlin", False),
    Pro("Leonie", "Zimmermann", "lawyer", "Europe/Berlin", False),
    Pro("Felix", "Braun", "doctor", "Europe/Berlin", False),
    Pro("Katrin", "Hofer", "lawyer", "Europe/Vienna", False),
    Pro("Matthias", "Gruber", "tax", "Europe/Vienna", False),
    Pro("Elisabeth", "Pichler", "doctor", "Europe/Vienna", False),
    Pro("Reto", "Keller", "lawyer", "Europe/Zurich", False),
    Pro("Nadine", "Brunner", "tax", "Europe/Zurich", False),
    Pro("Andreas", "Meier", "doctor", "Europe/Zurich", False),
    Pro("Charlotte", "Evans", "lawyer", "Europe/London", True),
    Pro("Oliver", "Hughes", "tax", "Europe/London", True),
    Pro("Amelia", "Clarke", "doctor", "Europe/London", True),
    Pro("Daniel", "Fischer", "tax", "Europe/Berlin", False),
    Pro("Emily", "Carter", "lawyer", "America/New_York", True),
    Pro("Michael", "Bennett", "doctor", "America/New_York", True),
    Pro("Sarah", "Mitchell", "tax", "America/Chicago", True),
    Pro("Jana", "Schulz", "doctor", "Europe/Berlin", False),
    Pro("Thomas", "Wright", "lawyer", "Europe/Dublin", True),
    Pro("Marie", "Lehmann", "tax", "Europe/Berlin", False),
)

# (name, duration, buffer before, buffer after, interval) per profession and language.
MEETING_TYPES: dict[tuple[str, bool], tuple[tuple[str, int, int, int, int | None], ...]] = {
    ("lawyer", False): (
        ("Erstberatung", 30, 0, 10, None),
        ("Telefonische Beratung", 15, 0, 5, 15),
        ("Mandatsgespräch", 45, 10, 10, 15),
        ("Ausführliche Beratung", 60, 0, 15, 30),
    ),
    ("doctor", False): (
        ("Sprechstunde", 15, 0, 5, 15),
        ("Erstgespräch", 30, 0, 10, None),
        ("Videosprechstunde", 20, 0, 10, 10),
        ("Vorsorgeuntersuchung", 45, 5, 10, 15),
    ),
    ("tax", False): (
        ("Kurzberatung", 20, 0, 10, 10),
        ("Steuerberatung", 60, 0, 15, 30),
        ("Erstgespräch", 30, 0, 10, None),
        ("Jahresabschluss-Besprechung", 90, 15, 15, 30),
    ),
    ("lawyer", True): (
        ("Initial consultation", 30, 0, 10, None),
        ("Phone advice", 15, 0, 5, 15),
        ("Case review", 60, 10, 15, 30),
    ),
    ("doctor", True): (
        ("Consultation", 15, 0, 5, 15),
        ("New patient visit", 30, 0, 10, None),
        ("Video appointment", 20, 0, 10, 10),
        ("Annual check-up", 45, 5, 10, 15),
    ),
    ("tax", True): (
        ("Quick tax question", 20, 0, 10, 10),
        ("Tax planning session", 60, 0, 15, 30),
        ("Year-end review", 90, 15, 15, 30),
    ),
}

HOURS = (
    {d: [("09:00", "17:00")] for d in WEEKDAYS[:5]},
    {
        **{d: [("08:00", "12:00"), ("13:00", "17:00")] for d in WEEKDAYS[:4]},
        "friday": [("08:00", "13:00")],
    },
    {d: [("09:00", "18:00")] for d in WEEKDAYS[:5]},
    {**{d: [("10:00", "16:00")] for d in WEEKDAYS[1:5]}, "saturday": [("09:00", "13:00")]},
    {
        **{d: [("08:30", "12:30"), ("14:00", "18:00")] for d in ("monday", "tuesday", "thursday")},
        "wednesday": [("08:30", "12:30")],
        "friday": [("08:30", "14:00")],
    },
)

CLIENT_FIRST = (
    "Anna",
    "Paul",
    "Lena",
    "Jonas",
    "Laura",
    "Finn",
    "Hannah",
    "Elias",
    "Grace",
    "Jack",
    "Chloe",
    "Harry",
    "Mila",
    "Ella",
    "Noah",
    "Lisa",
    "Peter",
    "Sven",
)
CLIENT_LAST = (
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Walker",
    "Green",
    "Baker",
    "Wood",
    "Hall",
    "Vogel",
    "Frank",
    "Roth",
    "Berg",
    "Lang",
    "Sommer",
)
