"""``availability lint`` run as a user runs it: a file, or an account on the sandbox."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from console.app import main

BROKEN = {
    "timezone": "Europe/Berlin",
    "schedule": [
        {"dayOfWeek": "monday", "intervals": [{"from": "17:00", "to": "09:00"}]},
        {"dayOfWeek": "tuesday", "intervals": [{"from": "09:00", "to": "17:00"}]},
        {"dayOfWeek": "sunday", "intervals": [{"from": "01:00", "to": "04:00"}]},
    ],
}


def _write(tmp_path: Path, doc: object) -> str:
    path = tmp_path / "availability.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def test_errors_exit_1_and_name_day_interval_and_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["availability", "lint", _write(tmp_path, BROKEN)]) == 1
    out = capsys.readouterr().out
    assert "error [Monday 17:00–09:00]: Monday: 17:00–09:00 ends at or before it starts." in out
    assert "02:00–03:00 does not exist in Europe/Berlin." in out


def test_json_prints_one_object_per_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["availability", "lint", _write(tmp_path, BROKEN), "--json"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["severity"] == "error"
    assert rows[0]["weekday"] == "monday"
    assert rows[0]["interval"] == {"start": "17:00", "end": "09:00"}
    gap = next(r for r in rows if r["kind"] == "clock_gap")
    assert (gap["severity"], gap["weekday"]) == ("warning", "sunday")
    # The next spring-forward date from today: the last Sunday of March.
    spring = date.fromisoformat(gap["date"])
    assert (spring.month, spring.weekday(), (spring + timedelta(days=7)).month) == (3, 6, 4)


def test_warnings_alone_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = {
        "timezone": "Australia/Brisbane",
        "schedule": {"monday": {"enabled": True, "hours": [{"start": "09:00", "end": "12:00"}]}},
        "availabilityExceptions": [
            {
                "id": 1,
                "available": False,
                "start": "2020-01-01T00:00:00Z",
                "end": "2020-01-02T00:00:00Z",
            }
        ],
    }
    assert main(["availability", "lint", _write(tmp_path, doc)]) == 0
    assert "The exception on Wed 1 Jan 2020 is in the past." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("not json", "is not JSON"),
        ('{"timezone": "Mars/Olympus", "schedule": {}}', "not a known IANA time zone"),
        ('{"timezone": "UTC", "schedule": {"funday": []}}', "not a weekday"),
        ("[1, 2]", "must hold one availability object"),
    ],
)
def test_an_unreadable_file_is_a_usage_error_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, said: str
) -> None:
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    assert main(["availability", "lint", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("availability lint: ") and said in err


def test_file_and_account_are_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["availability", "lint"]) == 2
    assert "give FILE.json or --account" in capsys.readouterr().err


def test_an_account_on_the_sandbox_is_read_with_its_zone_and_meeting_types(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(
        ["availability", "lint", "--account", "nobody@nowhere.example", "--connection", "Sandbox"]
    )
    assert code == 2
    assert "no such account: nobody@nowhere.example." in capsys.readouterr().err
    code = main(
        [
            "availability",
            "lint",
            "--account",
            "johanna.becker@demo-agentur.example",
            "--connection",
            "Sandbox",
            "--json",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0, captured.err
    # The demo account's default hours are sound: no error, and every line is one object.
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert all(r["severity"] == "warning" for r in rows)
