"""``bookings list`` and ``bookings watch`` against a real ``sandbox serve`` process."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import icalendar
import pytest

from console.app import main
from console.sandbox.child import SandboxInfo
from tests.test_cli import served

__all__ = ["served"]


def test_bookings_list_writes_an_ics_file_a_calendar_parser_reads(
    served: SandboxInfo,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    target = tmp_path / "bookings.ics"
    code = main(
        [
            "bookings",
            "list",
            "--base-url",
            served.base_url,
            "--format",
            "ics",
            "--output",
            str(target),
        ]
    )
    assert code == 0
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events
    assert f"{len(events)} bookings written to" in capsys.readouterr().err
    assert all(str(e["UID"]).endswith("@meetergo-console") for e in events)


def test_bookings_list_as_json_keeps_only_the_asked_status(
    served: SandboxInfo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    assert (
        main(["bookings", "list", "--base-url", served.base_url, "--json", "--status", "cancelled"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows and {row["status"] for row in rows} == {"cancelled"}
    assert all(row["account"] for row in rows)


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (["--from", "tomorrow"], "--from 'tomorrow' is not a date (YYYY-MM-DD)."),
        (["--status", "maybe"], "unknown status 'maybe'"),
        (["--from", "2026-05-02", "--to", "2026-05-01"], "--to is before --from."),
        (["--account", "nobody@nowhere.example"], "no account 'nobody@nowhere.example'"),
    ],
)
def test_bookings_list_says_what_is_wrong_with_its_arguments(
    served: SandboxInfo,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    sentence: str,
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    assert main(["bookings", "list", "--base-url", served.base_url, *arguments]) == 2
    err = capsys.readouterr().err
    assert sentence in err
    assert "Traceback" not in err


class Lines:
    """Reads a child's stdout and stderr together, so neither pipe fills up and blocks it.

    Raw reads on the descriptors: a buffered ``readline`` may hold lines select cannot see.
    """

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None and process.stderr is not None
        self.fds = {"out": process.stdout.fileno(), "err": process.stderr.fileno()}
        self.partial = {"out": b"", "err": b""}
        self.seen: dict[str, list[str]] = {"out": [], "err": []}

    def next(self, name: str, deadline: float, after: int = 0) -> tuple[int, str]:
        """The line of stream ``name`` at index ``after`` (waits for it)."""
        while len(self.seen[name]) <= after:
            left = deadline - time.monotonic()
            assert left > 0, f"no line on std{name} in time"
            ready, _, _ = select.select(list(self.fds.values()), [], [], left)
            for key, fd in self.fds.items():
                if fd in ready:
                    chunk = os.read(fd, 65536)
                    assert chunk, f"std{key} closed"
                    *complete, self.partial[key] = (self.partial[key] + chunk).split(b"\n")
                    self.seen[key] += [line.decode() for line in complete]
        return after, self.seen[name][after]


def test_bookings_watch_prints_its_url_first_and_one_json_line_per_webhook_event(
    served: SandboxInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**os.environ, "MEETERGO_API_KEY": served.api_key}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console",
            "bookings",
            "watch",
            "--base-url",
            served.base_url,
            "--json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    lines = Lines(process)
    try:
        deadline = time.monotonic() + 60
        url = lines.next("err", deadline)[1].strip()
        assert url.startswith("http://127.0.0.1:") and "/hooks/" in url
        assert "Webhook registered" in lines.next("err", deadline, 1)[1]
        # Simulated clients book, cancel and reschedule; their webhooks reach the receiver.
        traffic = f"{served.base_url}/_sandbox/traffic"
        headers = {"Authorization": f"Bearer {served.api_key}"}
        httpx.post(traffic, headers=headers, json={"rate_per_minute": 600})
        index = 0
        while True:
            index, line = lines.next("out", deadline, index)
            event = json.loads(line)
            if event["source"] == "webhook":
                break
            index += 1
        httpx.post(traffic, headers=headers, json={"rate_per_minute": 0})
        assert event["event"].startswith("booking_")
        assert event["result"] == "applied"
        assert event["booking"]["appointment_id"] == event["appointment_id"]
    finally:
        process.send_signal(signal.SIGINT)
        # Read what is left, or the command blocks on a full pipe and never sees the signal.
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "Traceback" not in err


def _open_ids(served: SandboxInfo, capsys: pytest.CaptureFixture[str], n: int) -> list[str]:
    assert (
        main(["bookings", "list", "--base-url", served.base_url, "--json", "--status", "confirmed"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    return [r["appointment_id"] for r in rows[:n]]


def _is_cancelled(served: SandboxInfo, appointment_id: str) -> bool:
    answer = httpx.get(
        f"{served.base_url}/v4/appointment/{appointment_id}",
        headers={"Authorization": f"Bearer {served.api_key}"},
    )
    answer.raise_for_status()
    return bool(answer.json()["isCancelled"])


def test_bookings_cancel_plans_asks_for_yes_then_cancels_once_and_has_no_undo(
    served: SandboxInfo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    first, second = _open_ids(served, capsys, 2)
    base = ["bookings", "cancel", first, second, "--reason", "Office closed"]
    base += ["--base-url", served.base_url]

    assert main([*base, "--dry-run", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["counts"]["pending"] == 2 and plan["can_undo"] is False
    assert {op["request"]["path"] for op in plan["operations"]} == {
        f"/v4/appointment/{first}/cancel",
        f"/v4/appointment/{second}/cancel",
    }
    assert main(base) == 1  # without --yes nothing is sent
    captured = capsys.readouterr()
    assert "A cancellation cannot be undone." in captured.out
    assert "run it again with --yes" in captured.err
    assert not _is_cancelled(served, first) and not _is_cancelled(served, second)

    assert main([*base, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "2 done" in out
    assert _is_cancelled(served, first) and _is_cancelled(served, second)

    # Again with the same ids: both are skipped as already cancelled, nothing fails.
    assert main([*base, "--yes", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert [(op["status"], op["error"]) for op in again["operations"]] == [
        ("skipped", "already cancelled"),
        ("skipped", "already cancelled"),
    ]
    assert main(["changes", "undo", again["id"], "--base-url", served.base_url]) == 2
    assert "cannot be undone" in capsys.readouterr().err


def test_bookings_cancel_refuses_an_unknown_id_and_a_long_reason_with_a_sentence(
    served: SandboxInfo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    url = ["--base-url", served.base_url]
    assert main(["bookings", "cancel", "no-such-id", "--reason", "x", *url]) == 2
    assert capsys.readouterr().err.strip() == (
        "bookings cancel: no booking 'no-such-id' on this connection."
    )
    (one,) = _open_ids(served, capsys, 1)
    assert main(["bookings", "cancel", one, "--reason", "x" * 501, *url, "--yes"]) == 2
    assert "the reason is longer than 500 characters" in capsys.readouterr().err
    assert not _is_cancelled(served, one)


def test_bookings_list_includes_a_pending_booking_waiting_for_the_host(
    served: SandboxInfo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import asyncio
    from datetime import date, timedelta

    from tests.sandbox.hosts import attendee_body, listed_slots, new_host

    async def book_pending() -> str:
        headers = {"Authorization": f"Bearer {served.api_key}"}
        async with httpx.AsyncClient(base_url=served.base_url, headers=headers) as owner:
            user_id, mt, _ = await new_host(owner, meetingOptions={"requireHostConfirmation": True})
            tuesday = date.today() + timedelta(days=(1 - date.today().weekday()) % 7 + 7)
            day = tuesday.isoformat()
            start = (await listed_slots(owner, mt, user_id, start=day, end=day))[0]
            answer = await owner.post(
                "/v4/booking",
                json={
                    "meetingTypeId": mt,
                    "start": start,
                    "hostIds": [user_id],
                    "attendee": attendee_body("wartet@example.com"),
                },
            )
            assert answer.status_code == 201, answer.text
            return str(answer.json()["provisionalBookingId"])

    provisional_id = asyncio.run(book_pending())
    monkeypatch.setenv("MEETERGO_API_KEY", served.api_key)
    url = ["--base-url", served.base_url]
    assert main(["bookings", "list", *url, "--json", "--status", "pending"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["appointment_id"], r["client_email"], r["status"]) for r in rows] == [
        (f"provisional:{provisional_id}", "wartet@example.com", "pending")
    ]
    assert main(["bookings", "list", *url, "--json", "--status", "confirmed"]) == 0
    assert all(r["status"] == "confirmed" for r in json.loads(capsys.readouterr().out))
