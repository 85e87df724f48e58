"""The window's sandbox child is supervised: when it dies, a new one serves the connection."""

from __future__ import annotations

import asyncio

import psutil
from PySide6.QtCore import QSettings

from console.asyncqt import signal_future
from console.sandbox.child import SandboxChild
from console.store import Store
from console.ui.wiring import build_shell, build_views


def test_a_killed_sandbox_child_is_restarted_and_the_window_says_so(
    qtbot, qloop, memory_keyring, isolated_dirs
):
    settings = QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat)
    views = build_views()
    shell = build_shell(views=views, store=Store.open(), settings=settings)
    qtbot.addWidget(shell.window)
    child = shell.sandbox
    assert isinstance(child, SandboxChild)
    messages: list[str] = []
    shell.window.statusBar().messageChanged.connect(messages.append)

    async def scenario() -> None:
        await asyncio.wait_for(shell.start(), 60)
        assert shell.accounts is not None
        await asyncio.wait_for(signal_future(shell.accounts.loaded), 30)
        first = child.pid
        assert first is not None

        restarted = signal_future(shell.sandbox_restarted)
        psutil.Process(first).kill()  # SIGKILL; TerminateProcess on Windows
        await asyncio.wait_for(restarted, 60)

        assert child.running and child.pid != first
        assert shell.current is not None and shell.current.is_sandbox
        loaded = signal_future(shell.accounts.loaded)
        await asyncio.wait_for(loaded, 30)
        assert shell.window.accounts_model.rowCount() > 0
        assert shell.client is not None
        assert (await shell.client.users.me()).id

        await asyncio.wait_for(shell.shutdown(), 30)

    qloop.run_until_complete(scenario())
    said = " | ".join(messages)
    assert "The sandbox stopped unexpectedly (exit status " in said
    assert "); restarting it…" in said
    assert "The sandbox stopped unexpectedly and was restarted." in said
    assert "ApiConnectionError" not in said and "ConnectError" not in said
    assert shell.window.banner.text() == "Sandbox — demo data. Nothing here reaches meetergo."
    assert not child.running


def test_a_sandbox_another_program_runs_on_the_folder_is_named_and_left_alone(
    qtbot, qloop, memory_keyring, isolated_dirs
):
    import subprocess
    import sys

    from console import paths

    folder = paths.sandbox_dir()
    other = subprocess.Popen(
        [sys.executable, "-m", "console", "sandbox", "serve", "--port", "0", "--data", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert other.stdout is not None
        assert other.stdout.readline().startswith("Sandbox running at ")
        settings = QSettings(str(isolated_dirs / "settings.ini"), QSettings.Format.IniFormat)
        shell = build_shell(views=build_views(), store=Store.open(), settings=settings)
        qtbot.addWidget(shell.window)
        messages: list[str] = []
        shell.window.statusBar().messageChanged.connect(messages.append)

        async def scenario() -> None:
            await asyncio.wait_for(shell.start(), 60)
            await asyncio.wait_for(shell.shutdown(), 30)

        qloop.run_until_complete(scenario())

        assert (
            f"its folder {folder} is in use by sandbox process {other.pid}, which another "
            "meetergo-console or program still runs" in " | ".join(messages)
        )
        assert other.poll() is None
    finally:
        other.terminate()
        other.communicate(timeout=20)
