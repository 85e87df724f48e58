"""``meetergo-console --smoke-test`` from a checkout: the same check the frozen builds must pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from console.ui.smoke import STEPS

ROOT = Path(__file__).resolve().parents[2]


def run_smoke(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        # No OS keyring, whatever this machine has: the documented session-only fallback.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("MEETERGO_CONSOLE_HOME", None)
    return subprocess.run(
        [sys.executable, "-m", "console", "--smoke-test", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
    )


def test_smoke_test_passes_every_step_and_reports_the_keyring_fallback(tmp_path: Path) -> None:
    result = run_smoke(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"smoke: {step}: ok — ") for line in lines), (step, lines)
    keyring_line = next(line for line in lines if line.startswith("smoke: keyring:"))
    assert "session-only fallback" in keyring_line
    assert "'No connection' → 'Keine Verbindung'" in result.stdout
    assert "25 sandbox accounts in the table" in result.stdout
    assert "07:00 UTC in July, 08:00 UTC in December" in result.stdout
    assert lines[-1] == f"smoke test passed ({len(STEPS)} steps)"
    # Everything went to a throwaway folder: the user's own folders stay empty.
    assert not (tmp_path / "home" / ".config" / "meetergo-console").exists()
    assert not (tmp_path / "home" / ".local" / "share" / "meetergo-console").exists()


def test_smoke_test_exits_non_zero_naming_the_failing_step(tmp_path: Path) -> None:
    result = run_smoke(tmp_path, "--require-keyring")

    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("smoke: accounts: ok — ") for line in lines)
    assert any(
        line.startswith("smoke: keyring: FAILED — no keyring backend found") for line in lines
    ), lines
    assert lines[-1] == "smoke test failed at step 'keyring'"
    assert not any(line.startswith("smoke: timezone:") for line in lines)
