"""The results export: formula cells neutralised, the input's dialect and columns kept, so
skipped rows can be fixed and imported again."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.jobs.csv_import import RowAction, parse_csv
from console.jobs.onboarding import OnboardingJob
from console.store import RowStatus, Store
from tests.jobs.fakes import FakeClient

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

GERMAN_EXCEL = (
    "\ufeffE-Mail;Vorname;Nachname;Zeitzone;Dauer;Abteilung;Notiz\r\n"
    "=cmd|'/Ccalc'!A0@x.example;Anna;Muster;Europe/Berlin;30;Steuer;=1+1\r\n"
    'bert@kanzlei.example;+Bert;-Zwei;Asia/Calcutta;45.9;@Recht;"Zeile 1\nZeile 2"\r\n'
    "carla@kanzlei.example;Carla;Drei;Europe/Vienna;;Lohn;-5\r\n"
).encode()


@pytest_asyncio.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = Store.open(tmp_path / "console.sqlite3")
    yield s
    await s.close()


async def _finished_job(store: Store, data: bytes) -> OnboardingJob:
    job = OnboardingJob(FakeClient(), store, "Agency", parse_csv(data).rows, concurrency=1)
    await job.run()
    return job


def _no_formula(cells: list[str]) -> bool:
    return not any(cell.startswith(FORMULA_STARTS) for cell in cells)


@pytest.mark.asyncio
async def test_no_export_carries_a_cell_a_spreadsheet_would_run(store, tmp_path) -> None:
    job = await _finished_job(store, GERMAN_EXCEL)
    assert job.counts()[RowStatus.DONE] == 2  # the formula e-mail is a valid address
    plain = list(csv.reader(io.StringIO(job.results_csv(), newline="")))
    out = tmp_path / "results.csv"
    job.export_results(out)
    exported = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"), newline=""), delimiter=";"))
    for table in (plain, exported):
        assert all(_no_formula(cells) for cells in table)
    assert plain[1][0] == "'=cmd|'/Ccalc'!A0@x.example"


@pytest.mark.asyncio
async def test_a_german_excel_file_comes_back_with_semicolons_bom_and_all_its_columns(
    store, tmp_path
) -> None:
    job = await _finished_job(store, GERMAN_EXCEL)
    out = tmp_path / "results.csv"
    job.export_results(out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert list(rows[0]) == [
        "email",
        "user_id",
        "booking_url",
        "status",
        "error",
        "Vorname",
        "Nachname",
        "Zeitzone",
        "Dauer",
        "Abteilung",
        "Notiz",
    ]
    skipped = rows[1]
    assert skipped["status"] == "skipped"
    assert "'45.9' must be a whole number" in skipped["error"]
    # Every cell as written (neutralised), the multi-line note included.
    assert (skipped["Vorname"], skipped["Nachname"], skipped["Dauer"]) == (
        "'+Bert",
        "'-Zwei",
        "45.9",
    )
    assert (skipped["Abteilung"], skipped["Notiz"]) == ("'@Recht", "Zeile 1\nZeile 2")
    assert rows[2]["Notiz"] == "'-5"


@pytest.mark.asyncio
async def test_a_fixed_export_imports_again_with_the_cells_as_written(store, tmp_path) -> None:
    job = await _finished_job(store, GERMAN_EXCEL)
    out = tmp_path / "results.csv"
    job.export_results(out)
    fixed = out.read_bytes().replace(b";45.9;", b";45;")
    preview = parse_csv(fixed, existing_emails=[r.email for r in job.rows if r.user_id])
    assert preview.file_problems == [] and preview.delimiter == ";"
    assert [r.action for r in preview.rows] == [RowAction.LINK, RowAction.CREATE, RowAction.LINK]
    bert = preview.rows[1]
    assert (bert.given_name, bert.family_name, bert.duration) == ("+Bert", "-Zwei", 45)
    assert bert.timezone == "Asia/Kolkata"
    # The result columns of the earlier export are not read as data, nor doubled on export.
    assert {"user_id", "booking_url", "status", "error"} <= set(preview.ignored_columns)
    again = OnboardingJob(FakeClient(), store, "Agency", preview.rows, concurrency=1)
    second = tmp_path / "again.csv"
    again.export_results(second)
    header = second.read_text("utf-8-sig").splitlines()[0].split(";")
    assert header.count("status") == 1 and header.count("error") == 1


@pytest.mark.asyncio
async def test_a_resumed_job_exports_in_the_dialect_of_its_file(store, tmp_path) -> None:
    data = b"email,first name,last name,team\r\na@kanzlei.example,Anna,Muster,=A1\r\n"
    job = await _finished_job(store, data)
    assert job.job_id is not None
    resumed = await OnboardingJob.resume(store, job.job_id, client=FakeClient())
    out = tmp_path / "results.csv"
    resumed.export_results(out)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # the input had no BOM
    lines = raw.decode().splitlines()
    assert lines[0] == "email,user_id,booking_url,status,error,first name,last name,team"
    assert lines[1].endswith(",done,,Anna,Muster,'=A1")


@pytest.mark.asyncio
async def test_rows_journaled_before_files_kept_their_cells_export_the_plain_results(
    store, tmp_path
) -> None:
    from console.jobs.csv_import import ImportRow

    old = {"line": 2, "email": "=a@x.example", "given_name": "A", "family_name": "B"}
    row = ImportRow.from_json(old)  # a journal row written before cells and source were kept
    assert (row.cells, row.source) == ((), None)
    job = OnboardingJob(FakeClient(), store, "Agency", [row], concurrency=1)
    await job.run()
    out = tmp_path / "results.csv"
    job.export_results(out)
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[0] == "email,user_id,booking_url,status,error"
    assert lines[1].startswith("'=a@x.example,")
