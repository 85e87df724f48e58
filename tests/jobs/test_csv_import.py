"""The CSV preview: the files agencies really have, and what each row will do."""

from __future__ import annotations

from console.jobs.csv_import import RowAction, parse_csv


def test_a_semicolon_excel_file_with_bom_and_german_headers_is_understood() -> None:
    data = (
        "\ufeffE-Mail;Vorname;Nachname;Zeitzone;Slug;Terminart;Dauer\r\n"
        "jana@example.com;Jana;Schmidt;Europe/Berlin;Jana Schmidt;Erstgespräch;45\r\n"
        "jürgen@example.de;Jürgen;Müller;Europe/Vienna;;;\r\n"
        ";;;;;;\r\n"
    ).encode()
    preview = parse_csv(data)
    assert preview.delimiter == ";" and preview.encoding == "utf-8"
    assert preview.columns["email"] == "E-Mail"
    assert [r.status_text for r in preview.rows] == ["valid", "valid"]
    first, second = preview.rows
    assert (first.line, first.slug, first.meeting_type, first.duration) == (
        2,
        "jana-schmidt",
        "Erstgespräch",
        45,
    )
    assert (second.given_name, second.family_name, second.slug) == ("Jürgen", "Müller", None)


def test_a_cp1252_file_from_excel_on_windows_keeps_its_umlauts() -> None:
    data = "email,first name,last name\nm@example.com,Jörg,Weiß\n".encode("cp1252")
    preview = parse_csv(data)
    assert preview.encoding == "cp1252" and preview.delimiter == ","
    assert (preview.rows[0].given_name, preview.rows[0].family_name) == ("Jörg", "Weiß")
    assert preview.rows[0].timezone == "Europe/Berlin"  # the default when there is no column


def test_every_kind_of_problem_is_named_in_readable_words() -> None:
    data = (
        b"email,given_name,family_name,timezone,slug,duration\n"
        b"not-an-email,A,B,Europe/Berlin,,\n"
        b"b@example.com,B,B,Mars/Olympus,,\n"
        b"c@example.com,C,C,UTC,abc,\n"
        b"d@example.com,D,D,UTC,taken-slug,\n"
        b"e@example.com,E,E,UTC,,3\n"
        b"f@example.com,F,F,UTC,,\n"
        b"F@example.com,F,F,UTC,,\n"
        b"old@example.com,Old,User,UTC,,\n"
        b"g@example.com,,G,UTC,,\n"
    )
    preview = parse_csv(data, existing_emails=["OLD@example.com"], existing_slugs=["taken-slug"])
    texts = {r.email: r.status_text for r in preview.rows}
    assert "not a valid e-mail" in texts["not-an-email"]
    assert "not a known time zone" in texts["b@example.com"]
    assert "at least 5" in texts["c@example.com"]
    assert "already taken" in texts["d@example.com"]
    assert "5 to 480" in texts["e@example.com"]
    assert texts["f@example.com"] == "valid"
    assert "Duplicate e-mail: same as line 7" in texts["F@example.com"]
    assert texts["old@example.com"] == "exists, will be linked"
    assert "Given name is missing" in texts["g@example.com"]
    assert preview.count(RowAction.LINK) == 1
    assert [r.email for r in preview.runnable_rows] == ["f@example.com", "old@example.com"]


def test_duplicate_slugs_within_the_file_are_caught() -> None:
    data = b"email,vorname,nachname,slug\na@x.de,A,A,team-berlin\nb@x.de,B,B,Team Berlin\n"
    preview = parse_csv(data)
    assert preview.rows[0].is_valid
    assert "Duplicate slug 'team-berlin'" in preview.rows[1].status_text


def test_a_file_without_the_needed_columns_says_which_are_missing() -> None:
    preview = parse_csv(b"name,phone\nJana,123\n")
    assert preview.rows == []
    assert "given_name" in preview.file_problems[0] and "email" in preview.file_problems[0]
    assert preview.ignored_columns == ["name", "phone"]
