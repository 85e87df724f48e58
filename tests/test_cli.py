"""The headless command line against a real ``sandbox serve`` process, as a script would use it.

Every command opens ``--connection NAME`` or ``--base-url URL`` with the key in
``MEETERGO_API_KEY``; bad usage exits 2 with a sentence, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.app import main
from console.sandbox.child import KEY_PREFIX, URL_PREFIX, SandboxInfo

CSV = (
    "E-Mail;Vorname;Nachname;Zeitzone;Terminart;Dauer\r\n"
    "base.one@kanzlei.example;Anna;Eins;Europe/Berlin;Erstberatung;45\r\n"
    "base.two@kanzlei.example;Bert;Zwei;Europe/Vienna;;\r\n"
).encode("utf-8-sig")


@contextlib.contextmanager
def serving(*serve_args: str) -> Iterator[SandboxInfo]:
    """``meetergo-console sandbox serve`` in its own process, on a free loopback port."""
    process = subprocess.Popen(
        [sys.executable, "-m", "console", "sandbox", "serve", "--port", "0", *serve_args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    url = key = ""
    try:
        while not (url and key):
            line = process.stdout.readline()
            assert line, "sandbox serve exited before printing its address"
            if line.startswith(URL_PREFIX):
                url = line[len(URL_PREFIX) :].strip()
            elif line.startswith(KEY_PREFIX):
                key = line[len(KEY_PREFIX) :].strip()
        yield SandboxInfo(url, key)
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


@pytest.fixture(scope="module")
def served() -> Iterator[SandboxInfo]:
    """One sandbox process for the module's tests."""
    with serving() as info:
        yield info


@pytest.fixture
def users_csv(tmp_path: Path) -> Path:
    path = tmp_path / "users.csv"
    path.write_bytes(CSV)
    return path


def test_onboard_with_a_base_url_and_the_key_in_the_environment_creates_the_rows(
    served: SandboxInfo,
    users_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    assert main(["onboard", str(users_csv), "--base-url", served.base_url]) == 0
    out = capsys.readouterr().out
    assert "2 rows: 2 to create, 0 to link, 0 invalid." in out
    assert "[2/2] done" in out
    # Run again: the accounts now exist on that server and are linked, not created twice.
    assert main(["onboard", str(users_csv), "--base-url", served.base_url, "--json"]) == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert [row["status"] for row in document["rows"]] == ["done", "done"]
    assert all(row["booking_url"].startswith(served.base_url) for row in document["rows"])
    assert "exists, will be linked" in captured.err  # readable progress went to stderr


def test_a_dry_run_as_json_lists_the_plan_and_exits_1_for_a_bad_row(
    served: SandboxInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(CSV.replace(b"base.", b"plan.") + b"not-an-email;X;Y;Europe/Berlin;;\r\n")
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    code = main(["onboard", str(path), "--base-url", served.base_url, "--dry-run", "--json"])
    assert code == 1
    document = json.loads(capsys.readouterr().out)
    assert document["job"] is None
    assert [row["action"] for row in document["rows"]] == ["create", "create", "invalid"]


def test_a_base_url_without_the_environment_key_is_bad_usage_said_in_a_sentence(
    served: SandboxInfo,
    users_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("MEETERGO_API_KEY", raising=False)
    assert main(["onboard", str(users_csv), "--base-url", served.base_url]) == 2
    err = capsys.readouterr().err
    assert "--base-url needs the API key in the MEETERGO_API_KEY environment variable" in err
    assert "Traceback" not in err


def test_a_wrong_key_in_the_environment_is_reported_without_a_traceback(
    served: SandboxInfo,
    users_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", "ak_live:00000000-0000-0000-0000-000000000000:nope")
    assert main(["onboard", str(users_csv), "--base-url", served.base_url]) == 1
    err = capsys.readouterr().err
    assert "onboard: the server refused: Invalid API key" in err
    assert "Traceback" not in err


def test_neither_connection_nor_base_url_is_bad_usage(
    users_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["onboard", str(users_csv)]) == 2
    assert "give --connection NAME or --base-url URL" in capsys.readouterr().err


def test_connection_and_base_url_together_are_refused_by_the_parser(
    users_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["onboard", str(users_csv), "--connection", "A", "--base-url", "http://x"])
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_the_command_line_has_one_sub_command_per_noun(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "sandbox" in out and "onboard" in out
