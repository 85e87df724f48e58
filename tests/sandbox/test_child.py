"""The command line of the GUI's sandbox child, from a checkout and from a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from console.sandbox.child import SandboxChild


def test_from_a_checkout_the_child_runs_the_console_package(tmp_path: Path) -> None:
    command = SandboxChild(tmp_path).command()

    assert command[:5] == [sys.executable, "-m", "console", "sandbox", "serve"]
    assert command[command.index("--data") + 1] == str(tmp_path)


def test_in_a_frozen_build_the_child_is_the_app_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyInstaller sets sys.frozen; sys.executable is then the app, which has no "-m".
    monkeypatch.setattr(sys, "frozen", True, raising=False)

    command = SandboxChild(tmp_path).command()

    assert command[:3] == [sys.executable, "sandbox", "serve"]
    assert "-m" not in command
    assert command[command.index("--port") + 1] == "0"
