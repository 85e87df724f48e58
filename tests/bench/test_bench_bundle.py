"""Benchmark: the frozen bundle's size and its time to a painted window, next to a bare PySide6.

Builds the bundle with ``packaging/build-linux.sh`` when ``dist/meetergo-console`` is missing
(on Linux; elsewhere with the same two build steps the platform scripts run). Then, five times
each, it starts

* the frozen app with ``--smoke-test`` (offscreen, throwaway HOME) and stops the clock when
  the smoke test reports the main window painted — the real start-up path: imports, the
  store's migrations, translations, the window;
* a bare PySide6 script that shows an empty QMainWindow and reports its first paint,

and compares the medians. Targets: bundle < 250 MB, frozen start <= 3x the bare window.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "meetergo-console"
EXECUTABLE = BUNDLE / ("meetergo-console.exe" if sys.platform == "win32" else "meetergo-console")
RUNS = 5
MAX_BUNDLE_MB = 250
MAX_START_RATIO = 3.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 700)
watcher = Painted()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def build_bundle() -> None:
    if sys.platform.startswith("linux"):
        subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh")], cwd=ROOT, check=True)
        return
    steps = [
        ["uv", "sync", "--group", "packaging"],
        ["uv", "run", "python", "packaging/compile_translations.py"],
        ["uv", "run", "pyinstaller", "packaging/meetergo-console.spec", "--noconfirm"],
    ]
    for step in steps:
        subprocess.run(step, cwd=ROOT, check=True)


def isolated_env(home: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("MEETERGO_CONSOLE_HOME", None)
    return env


def seconds_until(
    command: list[str], marker: str, env: dict[str, str], *, early: str | None = None
) -> tuple[float, float | None]:
    """Wall time from spawning ``command`` until it prints a line starting with ``marker`` (and,
    when given, one starting with ``early``); the process must then exit 0."""
    started = time.perf_counter()
    elapsed: float | None = None
    early_s: float | None = None
    output: list[str] = []
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            if early is not None and early_s is None and line.startswith(early):
                early_s = time.perf_counter() - started
            if elapsed is None and line.startswith(marker):
                elapsed = time.perf_counter() - started
        status = process.wait(timeout=120)
    assert status == 0, "".join(output)
    assert elapsed is not None, "".join(output)
    return elapsed, early_s


def folder_mb(folder: Path) -> float:
    """Bytes on disk in MB; PyInstaller links some libraries twice by symlink: count them once."""
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1_000_000


@pytest.mark.bench
def test_frozen_bundle_size_and_start_time_against_a_bare_pyside6_window(tmp_path: Path) -> None:
    if not EXECUTABLE.exists():
        build_bundle()
    assert EXECUTABLE.exists(), f"the build left no {EXECUTABLE}"
    size_mb = folder_mb(BUNDLE)

    frozen: list[float] = []
    qt_ready: list[float] = []
    bare: list[float] = []
    for run in range(RUNS):
        # Alternate the two so a busy neighbour on the machine slows both alike.
        home = tmp_path / f"run{run}"
        painted, ready = seconds_until(
            [str(EXECUTABLE), "--smoke-test"],
            "smoke: window: ok",
            isolated_env(home),
            early="smoke: meetergo-console",  # printed once the QApplication exists
        )
        frozen.append(painted)
        assert ready is not None
        qt_ready.append(ready)
        bare.append(
            seconds_until([sys.executable, "-c", BARE_WINDOW], "painted", isolated_env(home))[0]
        )
    frozen_s = statistics.median(frozen)
    bare_s = statistics.median(bare)
    ratio = frozen_s / bare_s

    print(
        f"\nbundle: {size_mb:.0f} MB ({BUNDLE.relative_to(ROOT)})"
        f"\nfirst painted window, median of {RUNS}: frozen app {frozen_s * 1000:.0f} ms, "
        f"bare PySide6 window {bare_s * 1000:.0f} ms, ratio {ratio:.2f}x"
        f"\n  frozen app: QApplication ready after {statistics.median(qt_ready) * 1000:.0f} ms, "
        "the rest is the console's imports, the store's migrations and the window"
        f"\n  frozen runs (ms): {[round(s * 1000) for s in frozen]}"
        f"\n  bare runs (ms):   {[round(s * 1000) for s in bare]}"
    )
    assert size_mb < MAX_BUNDLE_MB
    assert ratio <= MAX_START_RATIO
