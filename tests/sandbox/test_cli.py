"""``python -m console sandbox serve --port 0`` as the GUI starts it: a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest


@pytest.fixture
def served() -> Iterator[tuple[str, str]]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "sandbox", "serve", "--port", "0", "--seed", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline().strip()
        second = process.stdout.readline().strip()
        assert first.startswith("Sandbox running at http://127.0.0.1:"), first
        assert second.startswith("Demo API key: ak_live:"), second
        yield first.removeprefix("Sandbox running at "), second.removeprefix("Demo API key: ")
    finally:
        process.kill()
        process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_serve_prints_its_url_and_key_and_answers_with_the_demo_agency(served):
    base_url, key = served
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}) as client:
        me = client.get("/v4/user/me")
        assert me.status_code == 200
        assert me.json()["bookingUrl"] == f"{base_url}/cal/{me.json()['slug']}"
        assert client.get("/v4/user").json()["total"] == 25


def test_a_dropped_connection_over_a_socket_reaches_the_client_as_a_protocol_error(served):
    base_url, key = served
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}) as client:
        assert client.post("/_sandbox/faults", json={"drop_rate": 1.0}).status_code == 200
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/v4/user/me")
        client.post("/_sandbox/faults", json={"drop_rate": 0.0})
        assert client.get("/v4/user/me").status_code == 200


def test_the_rate_limit_flag_rejects_nonsense(capsys):
    from console.app import main

    with pytest.raises(SystemExit):
        main(["sandbox", "serve", "--rate-limit", "lots"])
    assert "--rate-limit" in capsys.readouterr().err


def test_serve_flags_become_the_sandbox_configuration(tmp_path):
    from console.cli import build_parser
    from console.sandbox.cli import config_from_args

    args = build_parser().parse_args(
        [
            "sandbox",
            "serve",
            "--data",
            str(tmp_path),
            "--seed",
            "7",
            "--reset",
            "--rate-limit",
            "off",
            "--latency-ms",
            "50",
            "--error-rate",
            "0.1",
            "--drop-rate",
            "0.02",
            "--traffic",
            "30",
        ]
    )
    config = config_from_args(args)
    assert (config.data_dir, config.seed, config.reset) == (tmp_path, 7, True)
    assert config.rate_limit is False
    assert (config.faults.latency_ms, config.faults.error_rate, config.faults.drop_rate) == (
        50,
        0.1,
        0.02,
    )
    assert config.traffic_per_minute == 30
    limited = config_from_args(
        build_parser().parse_args(["sandbox", "serve", "--rate-limit", "60"])
    )
    assert (limited.rate_limit, limited.requests_per_minute, limited.burst) == (True, 60, 120)
    assert limited.data_dir is None


def test_serve_takes_a_burst_apart_from_the_rate():
    from console.cli import build_parser
    from console.sandbox.cli import config_from_args

    config = config_from_args(
        build_parser().parse_args(["sandbox", "serve", "--rate-limit", "6000", "--burst", "50"])
    )
    assert (config.requests_per_minute, config.burst) == (6000, 50)


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["--port", "99999"], 2, "--port must be between 0 and 65535"),
        (["--port", "-1"], 2, "--port must be between 0 and 65535"),
        (["--data", "/proc/no-such-folder"], 1, "cannot use the data folder"),
    ],
)
def test_serve_refuses_bad_values_with_a_sentence(args, status, words):
    done = subprocess.run(
        [sys.executable, "-m", "console", "sandbox", "serve", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == status
    assert words in done.stderr
    assert "Traceback" not in done.stderr


def test_serve_refuses_a_data_folder_that_holds_no_database(tmp_path):
    (tmp_path / "sandbox.sqlite3").write_text("kein SQLite")
    done = subprocess.run(
        [sys.executable, "-m", "console", "sandbox", "serve", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "cannot use the data folder" in done.stderr and "Traceback" not in done.stderr
