"""Connection problems at the start of a headless command: one sentence, the documented code.

DESIGN.md, "Headless commands": exit 1 when the server could not be used (a wrong key, nothing
listening, a failing server), 2 for bad usage (a base URL that cannot be used). Never a
traceback, and stderr holds that one line.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.api.errors import (
    ActingUserRefused,
    ApiTimeoutError,
    MalformedResponse,
    NotFound,
    PermissionDenied,
    RateLimited,
)
from console.app import main
from console.cli import describe_api_error
from console.credentials import Connection, ConnectionStore, CredentialKind
from console.sandbox.child import SandboxInfo
from tests.test_cli import CSV, serving

WRONG_KEY = "ak_live:00000000-0000-0000-0000-000000000000:nope"


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture(scope="module")
def served() -> Iterator[SandboxInfo]:
    with serving() as info:
        yield info


@pytest.fixture
def users_csv(tmp_path: Path) -> Path:
    path = tmp_path / "users.csv"
    path.write_bytes(CSV)
    return path


@pytest.fixture
def failing() -> Iterator[SandboxInfo]:
    """A sandbox whose every API request fails with a 5xx."""
    with serving("--error-rate", "1") as info:
        yield info


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(monkeypatch, capsys, key: str, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("MEETERGO_API_KEY", key)
    code = main(["onboard", *args, "--dry-run"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_wrong_key_is_one_sentence_naming_the_server_and_exits_1(
    served, users_csv, monkeypatch, capsys
):
    code, _, err = run(
        monkeypatch, capsys, WRONG_KEY, str(users_csv), "--base-url", served.base_url
    )
    assert code == 1
    line = one_line(err)
    assert line.startswith("onboard: the server refused: Invalid API key")
    assert served.base_url in line and "MEETERGO_API_KEY" in line


def test_a_port_nobody_listens_on_is_one_sentence_and_exits_1(users_csv, monkeypatch, capsys):
    url = f"http://127.0.0.1:{free_port()}"
    code, _, err = run(monkeypatch, capsys, WRONG_KEY, str(users_csv), "--base-url", url)
    assert code == 1
    assert one_line(err) == (
        f"onboard: cannot connect to {url}: nothing answers there. Check the address and that "
        "the server is running."
    )


def test_a_failing_server_is_one_sentence_and_exits_1(failing, users_csv, monkeypatch, capsys):
    code, _, err = run(
        monkeypatch, capsys, failing.api_key, str(users_csv), "--base-url", failing.base_url
    )
    assert code == 1
    line = one_line(err)
    assert line.startswith(f"onboard: {failing.base_url} failed (HTTP 50")
    assert line.endswith("try again later.")


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("127.0.0.1:8000", "has no scheme; write http://127.0.0.1:8000"),
        ("api.meetergo.com", "has no scheme; write https://api.meetergo.com"),
        ("ftp://api.meetergo.com", "must start with https://"),
        ("https://api.meetergo.com/v4/user", "takes no path"),
        ("https://api.meetergo.com/meetergo", "use https://api.meetergo.com"),
        ("https://user:pass@api.meetergo.com", "user name or password"),
        ("https://api.meetergo.com:99999", "invalid port"),
        ("https://api.meetergo.com?key=1", "query"),
        ("http://api.meetergo.com", "unencrypted"),
    ],
)
def test_a_base_url_that_cannot_be_used_is_bad_usage(url, says, users_csv, monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, WRONG_KEY, str(users_csv), "--base-url", url)
    assert code == 2
    line = one_line(err)
    assert line.startswith("onboard: --base-url: The base URL") and says in line
    assert out == ""


def test_a_base_url_ending_in_v4_is_the_server_address(served, users_csv, monkeypatch, capsys):
    # The API reference writes its addresses with /v4; the console adds it itself.
    code, out, err = run(
        monkeypatch,
        capsys,
        served.api_key,
        str(users_csv),
        "--base-url",
        served.base_url + "/v4/",
        "--json",
    )
    assert code == 0 and "Traceback" not in err
    assert [row["action"] for row in json.loads(out)["rows"]] == ["create", "create"]


def test_a_saved_connection_with_an_unusable_url_is_bad_usage(users_csv, monkeypatch, capsys):
    ConnectionStore().add(Connection("Broken", "api.example.com", CredentialKind.API_KEY))
    code, _, err = run(monkeypatch, capsys, WRONG_KEY, str(users_csv), "--connection", "Broken")
    assert code == 2
    line = one_line(err)
    assert "'Broken' has an unusable base URL" in line and "Connections dialog" in line


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (
            PermissionDenied(
                "Forbidden", status_code=403, method="GET", url="https://h.example/v4/user"
            ),
            "https://h.example does not allow this key to GET /v4/user (Forbidden).",
        ),
        (
            ActingUserRefused("a personal access token can only act as its own user"),
            "a personal access token can only act as its own user.",
        ),
        (
            RateLimited(
                "Too Many Requests", method="GET", url="https://h.example/v4/user", retry_after=12
            ),
            "https://h.example asks to slow down (429); try again in 12 s.",
        ),
        (
            ApiTimeoutError(
                "timed out (ReadTimeout)", method="GET", url="https://h.example/v4/user"
            ),
            "https://h.example did not answer in time (GET /v4/user); try again later.",
        ),
        (
            MalformedResponse(
                "id: bad", status_code=200, method="GET", url="https://h.example/v4/user"
            ),
            "the answer of https://h.example to GET /v4/user cannot be read (id: bad); is "
            "https://h.example the meetergo API address?",
        ),
        (
            NotFound(
                "Cannot GET /v4/v4/user",
                status_code=404,
                method="GET",
                url="https://h.example/v4/v4/user",
            ),
            "https://h.example has no /v4/v4/user (404: Cannot GET /v4/v4/user); if every request "
            "ends like this, https://h.example is not the meetergo API address.",
        ),
    ],
)
def test_each_api_error_that_ends_a_command_is_one_sentence(error, sentence):
    assert describe_api_error(error) == sentence
