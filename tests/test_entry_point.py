"""The command line itself: the README's run command must never fail."""

from __future__ import annotations

import subprocess
import sys

import pytest

from console import __version__
from console.app import main


def test_version_flag_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m_console_runs_the_same_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert f"meetergo-console {__version__}" in result.stdout
