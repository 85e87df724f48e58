"""``meetergo-console onboard``: the headless command as an operator uses it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from console.app import main
from console.credentials import Connection, ConnectionStore, CredentialKind

CSV = (
    "E-Mail;Vorname;Nachname;Zeitzone;Terminart;Dauer\r\n"
    "cli.one@kanzlei.example;Anna;Eins;Europe/Berlin;Erstberatung;45\r\n"
    "cli.two@kanzlei.example;Bert;Zwei;Europe/Vienna;;\r\n"
).encode("utf-8-sig")


@pytest.fixture
def users_csv(tmp_path: Path) -> Path:
    path = tmp_path / "users.csv"
    path.write_bytes(CSV)
    return path


def _results(path: Path) -> list[dict[str, str]]:
    # The results come back in the dialect of the input: semicolons, as the German Excel file.
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))


def test_onboarding_into_the_sandbox_creates_then_links_on_a_second_run(
    users_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "results.csv"
    code = main(["onboard", str(users_csv), "--connection", "Sandbox", "--output", str(out_file)])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 rows: 2 to create, 0 to link, 0 invalid." in out
    assert "[2/2] done" in out
    first = _results(out_file)
    assert [r["status"] for r in first] == ["done", "done"]
    assert all(r["user_id"] and "/cal/" in r["booking_url"] for r in first)

    code = main(["onboard", str(users_csv), "--connection", "sandbox", "--output", str(out_file)])
    out = capsys.readouterr().out
    assert code == 0
    assert "cli.one@kanzlei.example: exists, will be linked" in out
    assert [r["user_id"] for r in _results(out_file)] == [r["user_id"] for r in first]


def test_a_dry_run_reports_problems_and_sends_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(CSV + b"not-an-email;X;Y;Europe/Berlin;;\r\n")
    assert main(["onboard", str(path), "--connection", "Sandbox", "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "line 4: not-an-email: 'not-an-email' is not a valid e-mail address." in out
    assert "3 rows: 2 to create, 0 to link, 1 invalid." in out
    # Nothing was created: a real run still has both rows to create.
    assert main(["onboard", str(path), "--connection", "Sandbox"]) == 1  # the bad row stays
    assert "3 rows: 2 to create" in capsys.readouterr().out


def test_an_unknown_connection_is_a_usage_error_naming_the_saved_ones(
    users_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ConnectionStore().add(Connection("Kanzlei", "https://api.meetergo.com", CredentialKind.API_KEY))
    assert main(["onboard", str(users_csv), "--connection", "Nope"]) == 2
    err = capsys.readouterr().err
    assert "no connection named 'Nope' (saved: Kanzlei)" in err


def test_a_connection_without_a_key_says_how_to_provide_one(
    users_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ConnectionStore().add(Connection("Kanzlei", "https://api.meetergo.com", CredentialKind.API_KEY))
    assert main(["onboard", str(users_csv), "--connection", "Kanzlei"]) == 2
    assert "MEETERGO_API_KEY" in capsys.readouterr().err


def test_missing_file_and_unknown_job_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["onboard", str(tmp_path / "missing.csv"), "--connection", "Sandbox"]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert main(["onboard", "--connection", "Sandbox", "--resume", "no-such-job"]) == 2
    assert "No onboarding job 'no-such-job'" in capsys.readouterr().err
    assert main(["onboard", "--connection", "Sandbox"]) == 2


def test_an_interrupted_job_is_resumed_by_its_id(capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    from console.jobs.csv_import import parse_csv
    from console.jobs.onboarding import OnboardingJob
    from console.store import Store

    async def journal_only() -> str:
        store = Store.open()
        try:
            job = OnboardingJob(object(), store, "Sandbox", parse_csv(CSV).rows)  # type: ignore[arg-type]
            return await job.journal()  # journaled, then "the process died"
        finally:
            await store.close()

    job_id = asyncio.run(journal_only())
    assert main(["onboard", "--connection", "Sandbox", "--resume", job_id]) == 0
    out = capsys.readouterr().out
    assert f"Resuming job {job_id} (2 rows)." in out and "[2/2] done" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"E-Mail;Vorname;Nachname\r\n", "header line but no rows"),
        (b"PK\x03\x04" + b"\x00" * 64, "a workbook (Excel .xlsx)"),
        ("E-Mail;Vorname;Nachname\r\na@b.example;A;B\r\n".encode("utf-16"), "UTF-16 text"),
    ],
    ids=["header only", "xlsx", "utf-16"],
)
def test_a_file_that_cannot_be_read_is_a_usage_error_and_saves_no_job(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    expected: str,
) -> None:
    import asyncio

    from console.store import Store

    path = tmp_path / "team.csv"
    path.write_bytes(content)
    monkeypatch.setenv("MEETERGO_API_KEY", "ak_live:unused")
    # Refused before any connection is made: a server that is not there changes nothing.
    dead = ["--base-url", "http://127.0.0.1:9"]
    for extra in ([], ["--json"], dead):
        target = extra if extra is dead else ["--connection", "Sandbox", *extra]
        assert main(["onboard", str(path), *target]) == 2
        captured = capsys.readouterr()
        assert expected in captured.err and "Traceback" not in captured.err
        assert captured.out == ""

    async def unfinished() -> int:
        store = Store.open()
        try:
            return len(await store.journal.unfinished("Sandbox"))
        finally:
            await store.close()

    assert asyncio.run(unfinished()) == 0


def test_a_renamed_zone_is_noted_in_the_preview(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "team.csv"
    path.write_bytes(b"email;Vorname;Nachname;Zeitzone\r\nr@kanzlei.example;R;S;US/Eastern\r\n")
    assert main(["onboard", str(path), "--connection", "Sandbox", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line 2: r@kanzlei.example: Time zone 'US/Eastern' is now called" in out
