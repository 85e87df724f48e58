"""``meetergo-console templates …`` as a user runs it: against a real ``sandbox serve``, with
``--base-url`` and the key in MEETERGO_API_KEY, with and without ``--json``, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from console.app import main
from tests.jobs.processes import Sandbox, console, sandbox_serve

BODY = {
    "meetingInfo": {"name": "Erstberatung Kanzlei", "duration": 30, "bufferAfter": 10},
    "timeslotInterval": 15,
}


def _run(home: Path, box: Sandbox, *args: str) -> tuple[int, str, str]:
    child = console(home, box.base_url, box.key, "templates", *args)
    out, err = child.communicate(timeout=120)
    return child.returncode, out, err


def _patch(box: Sandbox, account: str, mt_id: str, body: object) -> None:
    headers = {"Authorization": f"Bearer {box.key}", "x-meetergo-api-user-id": account}
    response = httpx.patch(
        f"{box.base_url}/v4/meeting-type/{mt_id}", json=body, headers=headers, timeout=30
    )
    response.raise_for_status()


def test_create_assign_drift_and_reapply_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "t.json").write_text(json.dumps(BODY), encoding="utf-8")
    with sandbox_serve(tmp_path / "data") as box:
        code, out, err = _run(home, box, "list")
        assert code == 0 and "cannot list templates" in out

        code, out, err = _run(home, box, "create", str(tmp_path / "t.json"), "--json")
        assert code == 0, err
        template_id = json.loads(out)["id"]
        code, out, _ = _run(home, box, "list")
        assert f"{template_id}  Erstberatung Kanzlei" in out

        code, out, err = _run(home, box, "assign", template_id, "--all", "--dry-run")
        assert code == 0 and "pending" in out
        code, out, err = _run(home, box, "assign", template_id, "--all", "--json")
        assert code == 0, err
        applied = json.loads(out)
        assert applied["state"] == "done"
        first = applied["operations"][0]
        account, mt_id = first["account_id"], first["resource_id"]
        label = first["account"]

        _patch(box, account, mt_id, {"meetingInfo": {"duration": 60}})
        code, out, _ = _run(home, box, "drift", template_id)
        assert code == 0
        drifted = [line for line in out.splitlines() if "in sync" not in line]
        assert drifted == [f"{label}  meetingInfo.duration  template 30  account 60"]
        code, out, _ = _run(home, box, "drift", template_id, "--json")
        by_account = {a["account_id"]: a for a in json.loads(out)["accounts"]}
        assert by_account[account]["status"] == "drifted"
        assert by_account[account]["fields"] == [
            {"field": "meetingInfo.duration", "template": 30, "account": 60, "locked": False}
        ]
        assert {a["status"] for i, a in by_account.items() if i != account} == {"in_sync"}

        code, out, err = _run(
            home, box, "reapply", template_id, "--fields", "duration", "--drifted", "--json"
        )
        assert code == 0, err
        [op] = json.loads(out)["operations"]
        assert op["account_id"] == account and op["status"] == "done"
        code, out, _ = _run(home, box, "drift", template_id, "--json")
        assert {a["status"] for a in json.loads(out)["accounts"]} == {"in_sync"}


def test_bad_input_is_a_sentence_and_exit_code_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process (main() as the entry point calls it) against the real server: quicker than a
    # child per case, and the same parser, session and messages.
    monkeypatch.setenv("MEETERGO_CONSOLE_HOME", str(tmp_path / "home"))
    (tmp_path / "bad.json").write_text('{"spots": 1}', encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with sandbox_serve(tmp_path / "data") as box:
        cases = [
            (("create", str(tmp_path / "missing.json")), "cannot read"),
            (("create", str(tmp_path / "broken.json")), "is not JSON"),
            (("create", str(tmp_path / "bad.json")), "needs a meetingInfo object"),
            (("assign", "nope", "--all"), "no template 'nope'"),
            (("assign", "nope"), "--accounts A,B,… or --all"),
            (("drift", "nope", "--json"), "no template 'nope'"),
            (("reapply", "nope", "--drifted"), "--fields"),
            (("forget", "nope"), "no template 'nope'"),
            (("delete", "nope"), "no template 'nope'"),
        ]
        monkeypatch.setenv("MEETERGO_API_KEY", box.key)
        for args, sentence in cases:
            code = main(["templates", *args, "--base-url", box.base_url])
            err = capsys.readouterr().err
            assert code == 2, (args, err)
            assert sentence in err and "Traceback" not in err, (args, err)


def test_forget_names_the_accounts_and_delete_says_the_api_cannot(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "t.json").write_text(json.dumps(BODY), encoding="utf-8")
    with sandbox_serve(tmp_path / "data") as box:
        code, out, err = _run(home, box, "create", str(tmp_path / "t.json"), "--json")
        template_id = json.loads(out)["id"]
        code, out, err = _run(home, box, "assign", template_id, "--all", "--json")
        assert code == 0, err
        labels = sorted(op["account"] for op in json.loads(out)["operations"])

        code, out, err = _run(home, box, "delete", template_id)
        assert code == 2 and "The API has no route that deletes a template" in err
        assert "'templates forget ID'" in err and "Traceback" not in err

        code, out, err = _run(home, box, "forget", template_id)
        assert code == 0, err
        assert out.splitlines()[0] == f"Forgot template {template_id} (Erstberatung Kanzlei)."
        assert all(label in out for label in labels)
        assert "stays on the server" in out
        code, out, _ = _run(home, box, "list", "--json")
        assert json.loads(out)["templates"] == []
        code, out, err = _run(home, box, "forget", template_id, "--json")
        assert code == 2 and f"no template '{template_id}'" in err
