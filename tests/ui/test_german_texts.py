"""With the German catalog nothing the window builds speaks English: audit kinds and fields,
change-set names, the embed snippet's iframe title, whole German column titles."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from console.asyncqt import TaskRunner
from console.messages import MessageBus
from console.store.records import AuditEntry
from console.ui.accounts.audit import AuditPanel
from console.ui.accounts.embed import embed_code
from console.ui.availability.presenter import AvailabilityPresenter
from console.ui.availability.tab import AvailabilityTab
from console.ui.i18n import install_translators, remove_translators
from console.ui.meeting_types.presenter import MeetingTypesPresenter
from console.ui.meeting_types.tab import MeetingTypesTab
from console.ui.selection import Selection
from console.ui.widgets.header_fit import text_width
from console.ui.wiring import build_views
from tests.ui.accounts_data import sample_accounts

# The names below need no server: the presenters are given none.
NO_SERVER: Any = None


@pytest.fixture
def german(qapp: QApplication, tmp_path):
    translators = install_translators(qapp, "de", target_dir=tmp_path)
    assert translators
    yield
    remove_translators(qapp, translators)


def entry(action: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> Any:
    # The store's AuditEntry, as the panel is given it (its fields are read-only).
    return AuditEntry(
        who="anna",
        at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
        connection="Sandbox",
        account_id="u1",
        account_email="anna@kanzlei.example",
        action=action,
        before=before,
        after=after,
    )


def test_the_audit_trail_names_change_kinds_and_fields_in_german(qtbot, german):
    panel = AuditPanel()
    qtbot.addWidget(panel)
    panel.show_entries(
        [
            entry("rename", {"given_name": "Ana"}, {"given_name": "Anna"}),
            entry(
                "patch meeting_type",
                {"id": "m1", "duration": 30},
                {"id": "m1", "duration": 45},
            ),
        ]
    )
    model = panel.table.model()
    rows = [[model.index(r, c).data() for c in (4, 5)] for r in range(model.rowCount())]

    assert ["umbenannt", "Vorname=Ana → Vorname=Anna"] in rows
    assert ["Terminart geändert", "ID=m1, Dauer=30 → ID=m1, Dauer=45"] in rows


def test_the_embed_snippets_iframe_title_is_german(german):
    snippet = embed_code("https://cal.meetergo.com/anna/30min")

    assert 'title="Termin buchen"' in snippet
    assert "Book an appointment" not in snippet


def test_change_set_names_the_tabs_build_are_german_with_plural_forms(qtbot, german):
    runner = TaskRunner(MessageBus())
    availability = AvailabilityPresenter(AvailabilityTab(), client=NO_SERVER, runner=runner)
    tab = MeetingTypesTab()
    qtbot.addWidget(tab)
    meeting_types = MeetingTypesPresenter(
        tab, selection=Selection(), service=cast(Any, NO_SERVER), runner=runner
    )

    assert availability.change_set_name(5) == "Wochenzeiten für 5 Konten"
    assert availability.change_set_name(1) == "Wochenzeiten für 1 Konto"
    assert meeting_types.for_accounts("Einstellungen von „Erstgespräch“", 2) == (
        "Einstellungen von „Erstgespräch“ für 2 Konten"
    )


def test_german_column_titles_are_shown_whole(qtbot, german):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.accounts_model.set_accounts(sample_accounts(3))
    window.resize(1600, 900)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    cut: list[str] = []
    for header in window.findChildren(QHeaderView):
        if header.orientation() is not Qt.Orientation.Horizontal or header.model() is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            if header.sectionResizeMode(section) is not QHeaderView.ResizeMode.Interactive:
                continue
            if header.sectionSize(section) < text_width(header, section):
                title = header.model().headerData(section, Qt.Orientation.Horizontal)
                cut.append(
                    f"{title}: {header.sectionSize(section)} < {text_width(header, section)}"
                )
    assert cut == []
    window.allow_close()


def test_an_imports_summary_reaches_the_status_bar_in_german(qtbot, qloop, german):
    from console.api import MeetergoClient
    from console.asyncqt import QtMessageBridge
    from console.jobs.csv_import import parse_csv
    from console.jobs.onboarding import OnboardingJob
    from console.sandbox import SandboxConfig, create_app, sandbox_transport
    from console.store import Store
    from console.ui.bus_texts import BusTexts

    app = create_app(SandboxConfig(rate_limit=False))
    bus = MessageBus()
    texts = BusTexts()
    bridge = QtMessageBridge(bus, words=texts.words)
    shown: list[tuple[str, str]] = []
    bridge.message_posted.connect(lambda level, text: shown.append((level, text)))
    printed: list[str] = []
    bus.subscribe(lambda message: printed.append(message.text))
    rows = parse_csv(
        b"email;given_name;family_name\nines.import@kanzlei.example;Ines;Import\nnope;;\n"
    ).rows

    async def run() -> None:
        async with MeetergoClient(
            app.state.sandbox.demo_api_key, "http://sandbox.test", transport=sandbox_transport(app)
        ) as client:
            store = Store.open(":memory:")
            try:
                await OnboardingJob(client, store, "Sandbox", rows, bus=bus).run()
            finally:
                await store.close()

    qloop.run_until_complete(run())
    bridge.detach()

    assert (
        "info",
        "Import abgeschlossen: 1 erledigt, 0 fehlgeschlagen, 0 offen, 1 übersprungen.",
    ) in shown
    # The log and the command line keep the job's own English sentence.
    assert "Onboarding finished: 1 done, 0 failed, 0 pending, 1 skipped." in printed
