"""``sandbox serve`` stops cleanly when the GUI sends its child SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx


def _start(*extra: str) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "sandbox", "serve", "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    first = process.stdout.readline().strip()
    second = process.stdout.readline().strip()
    assert first.startswith("Sandbox running at "), (
        first,
        process.stderr and process.stderr.read(),
    )
    return process, first.removeprefix("Sandbox running at "), second.removeprefix("Demo API key: ")


def _terminate(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    try:
        _, err = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise
    return process.returncode, err


def test_sigterm_ends_an_in_memory_sandbox_with_exit_status_0():
    process, base_url, key = _start()
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}) as client:
        assert client.get("/v4/user/me").status_code == 200
    status, err = _terminate(process)
    assert status == 0, err
    assert "Traceback" not in err


def test_sigterm_keeps_what_was_written_to_a_data_folder(tmp_path: Path):
    process, base_url, key = _start("--data", str(tmp_path))
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}) as client:
        created = client.post(
            "/v4/user",
            json={
                "email": "nach.neustart@example.com",
                "givenName": "Nach",
                "familyName": "Neustart",
                "timezone": "Europe/Berlin",
            },
        )
        assert created.status_code == 201
    status, err = _terminate(process)
    assert status == 0, err
    process, base_url, key = _start("--data", str(tmp_path))
    try:
        with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}) as c:
            user = c.get(f"/v4/user/{created.json()['userId']}")
            assert user.status_code == 200 and user.json()["slug"] == "nach-neustart"
    finally:
        status, err = _terminate(process)
    assert status == 0, err
