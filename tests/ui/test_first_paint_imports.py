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
