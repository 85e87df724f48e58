"""``meetergo-console accounts health`` as a user runs it: against a real ``sandbox serve``,
with ``--base-url`` and the key in MEETERGO_API_KEY, with and without ``--json``, and bad
input (a sentence and the documented exit code, never a traceback)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from console.app import main
from tests.jobs.processes import Sandbox, console, sandbox_serve


def _run(home: Path, box: Sandbox, *args: str) -> tuple[int, str, str]:
    child = console(home, box.base_url, box.key, "accounts", "health", *args)
    out, err = child.communicate(timeout=120)
    return child.returncode, out, err


def _switch_off_meeting_types(box: Sandbox, email: str) -> None:
    headers = {"Authorization": f"Bearer {box.key}"}
    users = httpx.get(f"{box.base_url}/v4/user?limit=100", headers=headers, timeout=30).json()
    [user] = [u for u in users["users"] if u["email"] == email]
    acting = {**headers, "x-meetergo-api-user-id": user["id"]}
    for mt in httpx.get(f"{box.base_url}/v4/meeting-type", headers=acting, timeout=30).json():
        answer = httpx.patch(
            f"{box.base_url}/v4/meeting-type/{mt['id']}",
            json={"enabled": False},
            headers=acting,
            timeout=30,
        )
        answer.raise_for_status()


def test_health_of_the_fleet_in_text_and_json_with_the_exit_status(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with sandbox_serve(tmp_path / "data") as box:
        code, out, err = _run(home, box)
        assert code == 0, err
        assert "Checking 25 of 25 accounts" in err
        assert "25 healthy, 0 need attention." in out
        assert "webhooks 0/6" in out and "key expiry not known" in out

        email = "amelia.clarke@demo-agentur.example"
        _switch_off_meeting_types(box, email)
        # Checked a moment ago: the cached health is shown without checking again …
        code, out, err = _run(home, box, "--accounts", email)
        assert code == 0 and "Checking" not in err, err
        # … until --refresh asks for it.
        code, out, err = _run(home, box, "--accounts", email, "--refresh", "--json")
        assert code == 1, err
        doc = json.loads(out)
        [account] = doc["accounts"]
        assert account["email"] == email
        assert account["problems"] == ["no_meeting_type", "no_slot"]
        assert doc["needAttention"] == 1 and doc["connection"]["webhookLimit"] == 6

        code, out, err = _run(home, box, "--all")
        assert code == 1, err
        assert f"ATTENTION  {email}  no enabled meeting type; no bookable slot" in out
        assert "24 healthy, 1 need attention." in out


def test_bad_input_is_a_sentence_and_its_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEETERGO_CONSOLE_HOME", str(tmp_path / "home"))
    with sandbox_serve(tmp_path / "data") as box:
        monkeypatch.setenv("MEETERGO_API_KEY", box.key)
        cases = [
            (("--accounts", "nobody@example.org"), 2, "no such account: nobody@example.org"),
            (("--accounts", " , "), 2, "--accounts names no account"),
            (("--base-url", "http://127.0.0.1:9"), 1, "cannot connect to http://127.0.0.1:9"),
            (("--base-url", "ftp://example.org"), 2, "must start with https://"),
        ]
        for args, expected, sentence in cases:
            target = () if "--base-url" in args else ("--base-url", box.base_url)
            code = main(["accounts", "health", *args, *target])
            err = capsys.readouterr().err
            assert code == expected, (args, err)
            assert sentence in err and "Traceback" not in err, (args, err)

        monkeypatch.setenv("MEETERGO_API_KEY", "ak_live:00000000-0000-0000-0000-000000000000:x")
        code = main(["accounts", "health", "--base-url", box.base_url])
        err = capsys.readouterr().err
        assert code == 1 and "did not accept the key" in err and "Traceback" not in err
        monkeypatch.delenv("MEETERGO_API_KEY")
        code = main(["accounts", "health", "--base-url", box.base_url])
        err = capsys.readouterr().err
        assert code == 2 and "needs the API key in the MEETERGO_API_KEY" in err
