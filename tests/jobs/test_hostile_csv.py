"""Hostile CSV files: each one is reported in the preview (row and column named) or refused as a
whole with a sentence saying what the file is, and nothing of it reaches the server."""

from __future__ import annotations

import asyncio
import io
import zipfile
from pathlib import Path

import pytest

from console.jobs.csv_import import MAX_CELL, MAX_ROWS, ImportPreview, RowAction, parse_csv
from console.jobs.onboarding import OnboardingJob
from console.store import Store
from tests.jobs.fakes import FakeClient

HEADER = "email;Vorname;Nachname;Zeitzone;Terminart;Dauer\r\n"


def _file(*rows: str, header: str = HEADER, encoding: str = "utf-8") -> bytes:
    return (header + "".join(row + "\r\n" for row in rows)).encode(encoding)


def _row(
    email: str = "a@kanzlei.example",
    given: str = "Anna",
    family: str = "Muster",
    zone: str = "Europe/Berlin",
    meeting_type: str = "",
    duration: str = "",
) -> str:
    return ";".join([email, given, family, zone, meeting_type, duration])


def _xlsx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as workbook:
        workbook.writestr("[Content_Types].xml", "<Types/>")
        workbook.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


# (id, file, line of the bad row, text the row's problem must contain)
ROW_CASES: list[tuple[str, bytes, int, str]] = [
    ("duration inf", _file(_row(duration="inf")), 2, "Duration 'inf' is not a number"),
    ("duration 1e999", _file(_row(duration="1e999")), 2, "Duration '1e999' is not a number"),
    ("duration 45.9", _file(_row(duration="45.9")), 2, "'45.9' must be a whole number"),
    ("duration 45,5", _file(_row(duration="45,5")), 2, "'45,5' must be a whole number"),
    ("duration -30", _file(_row(duration="-30")), 2, "Duration '-30' is not a number"),
    ("duration nan", _file(_row(duration="nan")), 2, "Duration 'nan' is not a number"),
    ("duration huge", _file(_row(duration="9" * 5000)), 2, "is not a number of minutes"),
    ("duration 0", _file(_row(duration="0")), 2, "Duration must be 5 to 480 minutes"),
    (
        "field over 128 KB",
        _file(_row(meeting_type="x" * (MAX_CELL + 1))),
        2,
        f"Column 'Terminart' holds more than {MAX_CELL} characters",
    ),
    ("zone folder", _file(_row(zone="Europe")), 2, "'Europe' is not a known time zone"),
    ("zone 300 chars", _file(_row(zone="Europe/" + "x" * 293)), 2, "is not a known time zone"),
    ("zone localtime", _file(_row(zone="localtime")), 2, "not the time zone of a place"),
    ("zone Factory", _file(_row(zone="Factory")), 2, "'Factory' is not the time zone of a place"),
    ("zone EST", _file(_row(zone="EST")), 2, "'EST' is not the time zone of a place"),
    ("zone Etc/GMT+5", _file(_row(zone="Etc/GMT+5")), 2, "not the time zone of a place"),
    ("zone traversal", _file(_row(zone="../../etc/passwd")), 2, "is not a known time zone"),
    (
        "zero-width space in e-mail",
        _file(_row(email="anna\u200b@kanzlei.example")),
        2,
        "E-mail contains an invisible or control character (U+200B)",
    ),
    (
        "BOM inside e-mail",
        _file(_row(email="anna@kanzlei\ufeff.example")),
        2,
        "E-mail contains an invisible or control character (U+FEFF)",
    ),
    (
        "NUL in given name",
        _file(_row(given="An\x00na")),
        2,
        "Given name contains an invisible or control character (U+0000)",
    ),
    (
        "quoted newline in family name",
        _file('a@kanzlei.example;Anna;"Mus\nter";Europe/Berlin;;'),
        2,
        "Family name contains an invisible or control character (U+000A)",
    ),
    (
        "bidi override in family name",
        _file(_row(family="Muster\u202e")),
        2,
        "Family name contains an invisible or control character (U+202E)",
    ),
    (
        "meeting type name of 201 characters",
        _file(_row(meeting_type="B" * 201)),
        2,
        "Meeting type name has 201 characters (at most 200)",
    ),
    (
        "e-mail of 300 characters",
        _file(_row(email="a" * 290 + "@kanzlei.example")),
        2,
        "is too long (at most 254 characters",
    ),
    (
        "bad row after a multi-line address keeps its own line",
        _file(
            _row() + ';"Hauptstr. 1\n10115 Berlin"',
            _row(email="b@kanzlei.example", duration="abc"),
            header=HEADER.rstrip("\r\n") + ";Adresse\r\n",
        ),
        4,
        "Duration 'abc' is not a number",
    ),
]


@pytest.mark.parametrize(
    ("data", "line", "expected"),
    [case[1:] for case in ROW_CASES],
    ids=[case[0] for case in ROW_CASES],
)
def test_a_bad_cell_is_a_problem_of_its_row(data: bytes, line: int, expected: str) -> None:
    preview = parse_csv(data)
    assert preview.file_problems == []
    bad = [row for row in preview.rows if row.action is RowAction.INVALID]
    assert [row.line for row in bad] == [line]
    assert expected in bad[0].status_text


# (id, file, texts the file problems must contain)
FILE_CASES: list[tuple[str, bytes, tuple[str, ...]]] = [
    ("xlsx", _xlsx(), ("a workbook (Excel .xlsx), not a CSV file", "save it as “CSV UTF-8”")),
    (
        "ods",
        b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
        ("workbook (OpenDocument .ods)",),
    ),
    (
        "xls",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500,
        ("workbook (Excel 97-2003 .xls)", "CSV UTF-8"),
    ),
    (
        "UTF-16 LE with BOM",
        "\ufeff".encode("utf-16-le") + _file(_row(), encoding="utf-16-le"),
        ("UTF-16",),
    ),
    (
        "UTF-16 BE with BOM",
        "\ufeff".encode("utf-16-be") + _file(_row(), encoding="utf-16-be"),
        ("UTF-16",),
    ),
    ("UTF-16 LE without BOM", _file(_row(), encoding="utf-16-le"), ("UTF-16", "CSV UTF-8")),
    ("UTF-16 BE without BOM", _file(_row(), encoding="utf-16-be"), ("UTF-16",)),
    (
        "one Latin-1 byte in a UTF-8 file",
        _file(_row(given="Jürgen", family="Müller"), _row(email="b@kanzlei.example"))
        + "c@kanzlei.example;Jörg;Weiß;UTC;;\r\n".encode("latin-1"),
        ("line 4 is not UTF-8 but line 2 is", "CSV UTF-8"),
    ),
    (
        "UTF-8 and Latin-1 on one line",
        b"email;Vorname;Nachname\r\nj@kanzlei.example;J\xc3\xbcrgen;M\xfcller\r\n",
        ("Line 2 mixes UTF-8 with another character encoding",),
    ),
    (
        "unterminated quote",
        _file(_row(), 'b@kanzlei.example;"Bert;Zwei;UTC;;', _row(email="c@kanzlei.example")),
        ("quote opened on line 3 is never closed",),
    ),
    (
        "unterminated quote in a big file",
        _file('a@kanzlei.example;"Anna;Muster;UTC;;', *(_row() for _ in range(60_000))),
        ("line 2 has a cell of more than", "quote never closed"),
    ),
    ("header only", _file(), ("header line but no rows",)),
    ("header and blank lines", _file(";;;;;", ""), ("header line but no rows",)),
    ("empty file", b"", ("The file is empty",)),
    ("only a BOM", b"\xef\xbb\xbf", ("The file is empty",)),
    ("missing columns", b"name,phone\r\nJana,123\r\n", ("Missing column(s)",)),
    (
        "too many rows",
        _file(*(_row(email=f"u{i}@kanzlei.example") for i in range(MAX_ROWS + 1))),
        (f"more than {MAX_ROWS} rows",),
    ),
]


@pytest.mark.parametrize(
    ("data", "expected"),
    [case[1:] for case in FILE_CASES],
    ids=[case[0] for case in FILE_CASES],
)
def test_a_file_that_cannot_be_read_is_refused_as_a_whole(
    data: bytes, expected: tuple[str, ...]
) -> None:
    preview = parse_csv(data)
    assert preview.rows == []
    text = " ".join(preview.file_problems)
    for part in expected:
        assert part in text


ALL_HOSTILE = [case[1] for case in ROW_CASES] + [case[1] for case in FILE_CASES]


def test_there_are_at_least_thirty_hostile_files() -> None:
    assert len(ALL_HOSTILE) >= 30


SMALL = [case for case in ROW_CASES + FILE_CASES if len(case[1]) < 100_000]


@pytest.mark.parametrize("data", [case[1] for case in SMALL], ids=[case[0] for case in SMALL])
def test_nothing_of_a_bad_row_or_a_refused_file_is_sent(data: bytes, tmp_path: Path) -> None:
    async def run() -> tuple[ImportPreview, FakeClient]:
        client = FakeClient()
        store = Store.open(tmp_path / "console.sqlite3")
        try:
            preview = parse_csv(data)
            # What the UI and the CLI do: a refused file never becomes a job.
            if not preview.file_problems:
                await OnboardingJob(client, store, "Agency", preview.rows).run()
        finally:
            await store.close()
        return preview, client

    preview, client = asyncio.run(run())
    sent = [call["email"] for call in client.create_calls]
    assert sent == [row.email for row in preview.rows if row.action is RowAction.CREATE]
    assert not any(row.email in sent for row in preview.rows if not row.is_valid)
    if preview.file_problems:
        assert sent == []


def _ok(preview: ImportPreview) -> None:
    assert preview.file_problems == []
    assert [r.status_text for r in preview.rows] == ["valid"] * len(preview.rows)


def test_excels_sep_line_names_the_separator() -> None:
    data = (
        b"sep=,\r\nemail,Vorname,Nachname,Zeitzone\r\na@kanzlei.example,Anna,Muster;Meier,UTC\r\n"
    )
    preview = parse_csv(data)
    _ok(preview)
    assert preview.delimiter == ","
    assert (preview.rows[0].line, preview.rows[0].family_name) == (3, "Muster;Meier")


def test_a_semicolon_sep_line_is_honoured_too() -> None:
    preview = parse_csv(b'"sep=;"\r\nemail;Vorname;Nachname\r\na@kanzlei.example;Anna;Muster\r\n')
    _ok(preview)
    assert preview.delimiter == ";" and preview.rows[0].line == 3


@pytest.mark.parametrize(
    ("written", "sent"),
    [
        ("Asia/Calcutta", "Asia/Kolkata"),
        ("US/Eastern", "America/New_York"),
        ("Europe/Kiev", "Europe/Kyiv"),
        ("Etc/UTC", "UTC"),
    ],
)
def test_a_renamed_zone_is_sent_under_its_current_name_with_a_note(written: str, sent: str) -> None:
    preview = parse_csv(_file(_row(zone=written)))
    _ok(preview)
    row = preview.rows[0]
    assert row.timezone == sent
    assert row.notes == [f"Time zone {written!r} is now called {sent!r}; {sent} is sent."]


def test_zones_people_pick_stay_as_written() -> None:
    preview = parse_csv(
        _file(_row(zone="Europe/Vaduz"), _row(email="b@kanzlei.example", zone="UTC"))
    )
    _ok(preview)
    assert [(r.timezone, r.notes) for r in preview.rows] == [("Europe/Vaduz", []), ("UTC", [])]


def test_whole_minutes_as_excel_writes_them_are_read() -> None:
    preview = parse_csv(
        _file(_row(duration="45"), _row(email="b@kanzlei.example", duration="30,0"))
    )
    _ok(preview)
    assert [r.duration for r in preview.rows] == [45, 30]


def test_persian_names_keep_their_zero_width_non_joiner() -> None:
    preview = parse_csv(_file(_row(given="مهر\u200cناز")))
    _ok(preview)


def test_a_cp1252_file_without_any_utf8_is_still_read_as_cp1252() -> None:
    data = _file(
        _row(given="Jörg", family="Weiß"), _row(email="b@kanzlei.example"), encoding="cp1252"
    )
    preview = parse_csv(data)
    _ok(preview)
    assert preview.encoding == "cp1252" and preview.rows[0].given_name == "Jörg"


def test_a_sep_line_after_a_bom_is_honoured() -> None:
    preview = parse_csv(
        "\ufeffsep=;\r\nemail;Vorname;Nachname\r\na@kanzlei.example;A;B\r\n".encode()
    )
    _ok(preview)
    assert preview.delimiter == ";" and preview.format.bom
