"""The window the user sees first is built without the libraries only later work needs."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from console.ui.wiring import build_views
build_views()
heavy = ("sqlalchemy", "alembic", "httpx", "pydantic", "qtawesome")
print("loaded:", sorted(m for m in heavy if m in sys.modules))
"""


def test_building_every_tab_loads_no_database_http_or_model_library() -> None:
    # Start-up paints the window before the store, the client and the jobs load; a tab whose
    # module imports a service at the top would put SQLAlchemy, httpx and pydantic back in
    # front of the first paint.
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "loaded: []"


FIRST_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from console.ui.wiring import build_first_views
first = build_first_views()
later = ("availability", "bookings", "branding", "changes", "meeting_types", "templates")
print("titles:", [first.window.tabs.tabText(i) for i in range(first.window.tabs.count())])
print("loaded:", sorted(p for p in later if f"console.ui.{p}.tab" in sys.modules
                        or f"console.ui.{p}.panel" in sys.modules))
"""


def test_the_first_paint_builds_only_the_accounts_tab_and_shows_every_title() -> None:
    # The tabs behind the first one cost a third of start-up (their modules and widgets); they
    # are built after the window has painted, their titles are there from the start.
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    titles, loaded = done.stdout.strip().splitlines()[-2:]
    assert titles == (
        "titles: ['Accounts', 'Meeting types', 'Availability', 'Branding', 'Templates', 'Bookings']"
    )
    assert loaded == "loaded: []"
