"""CSV import: the preview marks rows, the job runs against the in-process sandbox on qasync."""

from __future__ import annotations

import asyncio
import csv
import io
import os

import pytest
from PySide6.QtCore import Qt

from console.api import MeetergoClient
from console.asyncqt import TaskRunner, signal_future
from console.jobs.csv_import import parse_csv
from console.jobs.onboarding import JobEvent
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.store import Store
from console.ui.accounts.import_dialog import ImportDialog
from console.ui.accounts.import_presenter import ImportPresenter

CSV = (
    "E-Mail;Vorname;Nachname;Zeitzone;Slug\n"
    "ines.import@kanzlei.example;Ines;Import;Europe/Berlin;ines-import\n"
    "kein-at-zeichen;Karl;Kaputt;Europe/Berlin;\n"
    "otto.ost@kanzlei.example;Otto;Ost;Mars/Base;\n"
    "paula.plan@kanzlei.example;Paula;Plan;Europe/Vienna;\n"
).encode("utf-8-sig")


def test_the_preview_marks_each_row_valid_or_says_what_is_wrong(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    preview = parse_csv(CSV)
    dialog.show_preview("team.csv", preview.rows)
    model = dialog.rows_model
    assert model.rowCount() == 4
    assert [model.status(i) for i in range(4)] == ["valid", "invalid", "invalid", "valid"]
    assert "e-mail" in model.detail(1).lower()
    assert "time zone" in model.detail(2).lower()
    assert dialog.summary_label.text() == "4 rows: 2 to create, 0 to link, 2 invalid"
    assert dialog.start_button.isEnabled()
    assert not dialog.export_button.isEnabled()


def test_a_file_with_no_usable_rows_cannot_be_started(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show_preview("bad.csv", parse_csv(b"email;given_name;family_name\nnope;;\n").rows)
    assert not dialog.start_button.isEnabled()


@pytest.fixture
def sandbox_client(qloop):
    app = create_app(SandboxConfig(rate_limit=False))
    client = MeetergoClient(
        api_key=app.state.sandbox.demo_api_key,
        base_url="http://sandbox.test",
        transport=sandbox_transport(app),
    )
    qloop.run_until_complete(client.__aenter__())
    yield client
    qloop.run_until_complete(client.__aexit__(None, None, None))


def test_start_creates_the_valid_rows_and_the_results_export_lists_their_booking_urls(
    qtbot, qloop, bus, sandbox_client, tmp_path
):
    store = Store.open(":memory:")
    runner = TaskRunner(bus)
    parent = ImportDialog()  # any widget works as parent
    qtbot.addWidget(parent)
    presenter = ImportPresenter(
        parent,
        client=sandbox_client,
        store=store,
        connection="Sandbox",
        runner=runner,
        bus=bus,
        concurrency=4,
    )
    dialog = presenter.open()
    presenter.show_preview("team.csv", parse_csv(CSV))
    out = tmp_path / "results.csv"

    async def scenario() -> None:
        finished = signal_future(presenter.finished)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert dialog.phase == "running"
        await asyncio.wait_for(finished, 30)
        exported = signal_future(runner.finished)
        dialog.export_requested.emit(str(out))
        await asyncio.wait_for(exported, 10)
        await store.close()

    qloop.run_until_complete(scenario())
    model = dialog.rows_model
    assert [model.status(i) for i in range(4)] == ["done", "invalid", "invalid", "done"]
    assert "/cal/ines-import" in model.detail(0)
    assert dialog.progress.value() == dialog.progress.maximum() == 2
    assert dialog.counts_label.text() == "2 done, 0 failed, 0 to go"
    assert dialog.export_button.isEnabled()
    # The results come back in the dialect of the input (semicolons, BOM).
    text = out.read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    done = [r for r in rows if r["status"] == "done"]
    assert [r["email"] for r in done] == [
        "ines.import@kanzlei.example",
        "paula.plan@kanzlei.example",
    ]
    assert all(r["user_id"] and r["booking_url"].startswith("http") for r in done)


def test_an_interrupted_job_is_offered_for_resume_and_finishes_without_duplicates(
    qtbot, qloop, bus, sandbox_client
):
    store = Store.open(":memory:")
    runner = TaskRunner(bus)
    parent = ImportDialog()
    qtbot.addWidget(parent)

    def make() -> ImportPresenter:
        return ImportPresenter(
            parent,
            client=sandbox_client,
            store=store,
            connection="Sandbox",
            runner=runner,
            bus=bus,
            concurrency=1,
        )

    first = make()
    first.open()
    first.show_preview("team.csv", parse_csv(CSV))

    async def interrupt() -> None:
        row_done = asyncio.get_running_loop().create_future()
        first.start()
        assert first.job is not None

        def on_event(e: JobEvent) -> None:
            if e.row is not None and e.row.status.value == "done" and not row_done.done():
                row_done.set_result(None)

        first.job.subscribe(on_event)
        await asyncio.wait_for(row_done, 30)
        runner.cancel_all()  # like closing the app mid-run
        await runner.drain()

    qloop.run_until_complete(interrupt())

    second = make()

    async def resume() -> None:
        record = await second.check_unfinished()
        assert record is not None and record.source_name == "team.csv"
        finished = signal_future(second.finished)
        box = second._question
        assert box is not None and "interrupted" in box.text()
        box.buttons()[0].click()  # "Resume"
        await asyncio.wait_for(finished, 30)
        users = [u async for u in sandbox_client.users.list()]
        emails = [u.email for u in users]
        assert emails.count("ines.import@kanzlei.example") == 1
        assert emails.count("paula.plan@kanzlei.example") == 1
        assert await store.journal.unfinished("Sandbox") == []
        await store.close()

    qloop.run_until_complete(resume())
    assert second.dialog is not None
    assert second.dialog.counts_label.text() == "2 done, 0 failed, 0 to go"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PK\x03\x04" + b"\x00" * 100, "a workbook (Excel .xlsx), not a CSV file"),
        ("email;Vorname;Nachname\r\n".encode("utf-16"), "UTF-16 text"),
        (b"email;Vorname;Nachname\r\n", "header line but no rows"),
        (
            b"email;Vorname;Nachname\r\nj@kanzlei.example;J\xc3\xbcrgen;M\xfcller\r\n",
            "Line 2 mixes UTF-8",
        ),
    ],
    ids=["xlsx", "utf-16", "header only", "mixed encodings"],
)
def test_a_file_that_cannot_be_read_is_refused_in_the_dialog_and_no_job_is_saved(
    qtbot, qloop, bus, tmp_path, content, expected
):
    store = Store.open(":memory:")
    runner = TaskRunner(bus)
    parent = ImportDialog()
    qtbot.addWidget(parent)
    presenter = ImportPresenter(
        parent, client=object(), store=store, connection="Sandbox", runner=runner, bus=bus
    )
    dialog = presenter.open()
    path = tmp_path / "team.csv"
    path.write_bytes(content)

    async def load() -> None:
        done = signal_future(runner.finished)
        dialog.file_chosen.emit(str(path))
        await asyncio.wait_for(done, 10)

    qloop.run_until_complete(load())
    text = dialog.summary_label.text()
    assert expected in text and "0 to create" not in text
    assert not dialog.start_button.isEnabled()
    dialog.start_button.click()  # disabled: nothing happens
    assert presenter.job is None
    assert qloop.run_until_complete(store.journal.unfinished("Sandbox")) == []
    qloop.run_until_complete(store.close())


def test_a_renamed_zone_is_shown_with_its_note_and_the_export_help_names_formulas(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    data = b"email;Vorname;Nachname;Zeitzone\r\na@kanzlei.example;Anna;Muster;Asia/Calcutta\r\n"
    dialog.show_preview("team.csv", parse_csv(data).rows)
    assert dialog.rows_model.status(0) == "valid"
    assert dialog.rows_model.detail(0) == (
        "Time zone 'Asia/Calcutta' is now called 'Asia/Kolkata'; Asia/Kolkata is sent."
    )
    assert "formulas" in dialog.export_help.text()
    assert dialog.export_button.toolTip() == dialog.export_help.text()


def test_while_the_server_is_away_the_dialog_counts_down_to_the_next_try(qtbot):
    from datetime import UTC, datetime, timedelta

    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_preview("team.csv", parse_csv(CSV).rows)
    assert dialog.wait_label.shown_text() == ""
    dialog.set_waiting_until(datetime.now(UTC) + timedelta(seconds=30))
    assert dialog.wait_label.isVisible()
    assert dialog.wait_label.shown_text().startswith("Server unreachable — retrying in ")
    dialog.set_waiting_until(None)  # the server answers again: the rows go on
    assert dialog.wait_label.shown_text() == ""


def test_a_new_file_shows_no_counts_of_the_previous_import(qtbot):
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show_preview("first.csv", parse_csv(CSV).rows)
    dialog.set_phase("finished")
    dialog.set_counts({"done": 2, "failed": 1, "pending": 0})
    assert dialog.counts_label.text() == "2 done, 1 failed, 0 to go"
    dialog.show_preview("second.csv", parse_csv(CSV).rows)
    assert dialog.counts_label.text() == ""
    assert dialog.progress.value() == 0
    assert dialog.start_button.text() == "&Start"


def test_cancelling_asks_first_and_the_rows_left_can_be_continued_now_or_later(
    qtbot, qloop, bus, sandbox_client
):
    store = Store.open(":memory:")
    runner = TaskRunner(bus)
    parent = ImportDialog()
    qtbot.addWidget(parent)
    presenter = ImportPresenter(
        parent,
        client=sandbox_client,
        store=store,
        connection="Sandbox",
        runner=runner,
        bus=bus,
        concurrency=1,
    )
    dialog = presenter.open()
    three = CSV + b"quentin.quer@kanzlei.example;Quentin;Quer;Europe/Berlin;\n"
    presenter.show_preview("team.csv", parse_csv(three))
    asked: list[str] = []

    async def scenario() -> None:
        finished = signal_future(presenter.finished)
        presenter.start()
        assert presenter.job is not None

        def on_event(e: JobEvent) -> None:
            # As soon as the job runs (before a row is sent, so the test does not race it).
            if e.state.value == "running" and not asked:
                dialog.cancel_button.click()
                box = dialog.cancel_question
                assert box is not None
                asked.append(box.text())
                keep = [b for b in box.buttons() if b.text() == "Keep importing"]
                assert keep and not finished.done()
                stop = [b for b in box.buttons() if b.text() == "Stop the import"]
                stop[0].click()

        presenter.job.subscribe(on_event)
        await asyncio.wait_for(finished, 30)
        assert "kept" in asked[0] and "Continue remaining rows" in asked[0]
        assert dialog.counts_label.text() == "0 done, 0 failed, 3 to go"
        # ...offered again at the next start, and continued here right away.
        [record] = await store.journal.unfinished("Sandbox")
        assert record.source_name == "team.csv"
        assert dialog.start_button.isEnabled()
        assert dialog.start_button.text() == "&Continue remaining rows"
        finished = signal_future(presenter.finished)
        dialog.start_button.click()
        await asyncio.wait_for(finished, 30)
        assert dialog.counts_label.text() == "3 done, 0 failed, 0 to go"
        assert await store.journal.unfinished("Sandbox") == []
        emails = [u.email async for u in sandbox_client.users.list()]
        assert emails.count("quentin.quer@kanzlei.example") == 1
        await store.close()

    qloop.run_until_complete(scenario())


def test_the_results_export_starts_in_documents_named_after_the_file(qtbot, qloop, bus):
    from PySide6.QtCore import QStandardPaths

    parent = ImportDialog()
    qtbot.addWidget(parent)
    presenter = ImportPresenter(
        parent,
        client=None,
        store=Store.open(":memory:"),
        connection="Sandbox",
        runner=TaskRunner(bus),
        bus=bus,
    )
    dialog = presenter.open()
    presenter.show_preview("team.csv", parse_csv(CSV))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert documents
    assert dialog.export_path() == os.path.join(documents, "team-results.csv")
    dialog.set_phase("finished")
    dialog.export_button.click()
    chooser = dialog.export_chooser
    assert chooser is not None
    assert chooser.selectedFiles()[0].endswith("team-results.csv")
    chooser.close()
