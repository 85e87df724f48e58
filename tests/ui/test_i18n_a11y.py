"""German translations are complete and loaded (errors too); every focusable control has an
accessible name."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import respx
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QDialog, QWidget

from console.api import MeetergoClient
from console.api.errors import ApiError, MalformedResponse
from console.ui.accounts.dialogs import DeleteAccountDialog, NewAccountDialog
from console.ui.accounts.import_dialog import ImportDialog
from console.ui.connections.dialog import ConnectionsDialog
from console.ui.errors import describe
from console.ui.i18n import choose_language, install_translators, remove_translators
from console.ui.wiring import build_views
from tests.ui.accounts_data import sample_accounts


@pytest.fixture
def german(qapp: QApplication, tmp_path):
    translators = install_translators(qapp, "de", target_dir=tmp_path)
    assert translators
    yield
    remove_translators(qapp, translators)


def test_the_window_speaks_german_with_the_german_catalog(qtbot, german):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.accounts_model.set_accounts(sample_accounts(3))
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Konten", "Terminarten", "Verfügbarkeit", "Branding", "Vorlagen", "Buchungen"]
    assert views.accounts_tab.count_label.text() == "3 Konten"
    assert window.live_label.text() == "Live-Feed: aus"
    assert window.search_edit.placeholderText() == "Konten suchen (Strg+F)"


def test_german_plurals_resolve_for_one_and_many(qtbot, german):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.accounts_model.set_accounts(sample_accounts(1))
    assert views.accounts_tab.count_label.text() == "1 Konto"
    window.set_budget_source(lambda: 1.0)
    assert window.budget_label.text() == "Kontingent: noch 1 Anfrage in dieser Minute"
    window.set_budget_source(lambda: 99.0)
    assert window.budget_label.text() == "Kontingent: noch 99 Anfragen in dieser Minute"
    window.set_budget_source(None)


def test_every_german_catalog_entry_is_translated():
    from console.ui.i18n import source_dir

    text = (source_dir() / "console_de.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<message") > 150


def test_every_counted_text_keeps_its_german_plural_forms():
    # A "%n" text extracted as a singular entry shows "1 Konflikte" (pyside6-lupdate 6.11 does that
    # to QCoreApplication.translate(..., n) calls; see console/ui/changes/texts.py).
    import xml.etree.ElementTree as ET

    from console.ui.i18n import source_dir

    root = ET.parse(source_dir() / "console_de.ts").getroot()
    singular = [
        m.findtext("source")
        for m in root.iter("message")
        if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes"
    ]
    assert singular == []


def test_a_language_setting_overrides_the_system_language():
    assert choose_language("de") == "de"
    assert choose_language("en") == "en"
    assert choose_language("fr") in ("en", "de")  # unknown → system language or English


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue  # the editor inside a spin/combo box; the box itself carries the name
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__}({widget.objectName()!r})")
    return missing


def test_every_focusable_control_of_the_main_window_has_an_accessible_name(qtbot):
    views = build_views()
    window = views.window
    qtbot.addWidget(window)
    window.allow_close()
    window.accounts_model.set_accounts(sample_accounts(3))
    window.show()
    qtbot.waitExposed(window)
    assert unnamed_controls(window) == []


@pytest.mark.parametrize("factory", ["connections", "new_account", "delete", "import"])
def test_every_focusable_control_of_each_dialog_has_an_accessible_name(qtbot, factory):
    rows = sample_accounts(3)
    factories: dict[str, Callable[[], QDialog]] = {
        "connections": lambda: ConnectionsDialog(keyring_available=False),
        "new_account": lambda: NewAccountDialog(),
        "delete": lambda: DeleteAccountDialog(rows[0], rows),
        "import": lambda: ImportDialog(),
    }
    dialog = factories[factory]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, NewAccountDialog):
        dialog.availability_combo.setCurrentIndex(dialog.availability_combo.count() - 1)
    assert unnamed_controls(dialog) == []


def test_the_german_new_account_form_explains_a_bad_email_in_german(qtbot, german):
    dialog = NewAccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email_edit, "kein-at-zeichen")
    assert dialog.problem_text("email") == "'kein-at-zeichen' ist keine gültige E-Mail-Adresse."
    qtbot.keyClicks(dialog.given_edit, "K")
    qtbot.keyClick(dialog.given_edit, Qt.Key.Key_Backspace)
    assert dialog.problem_text("given_name") == "Der Vorname fehlt."


def test_the_german_form_names_the_weekday_of_backwards_hours_in_german(qtbot, german):
    dialog = NewAccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.availability_combo.setCurrentIndex(dialog.availability_combo.findData("custom"))
    dialog.start_edit.setTime(QTime(17, 0))
    dialog.end_edit.setTime(QTime(9, 0))
    assert dialog.problem_text("availability") == (
        "Montag: 17:00–09:00 endet nicht nach seinem Beginn."
    )
    assert not dialog.create_button.isEnabled()


def test_the_german_import_preview_explains_each_problem_in_german(qtbot, german):
    from console.jobs.csv_import import parse_csv

    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    data = (
        "E-Mail;Vorname;Nachname;Zeitzone\n"
        "kein-at-zeichen;Karl;Kaputt;Europe/Berlin\n"
        "otto@kanzlei.example;Otto;Ost;Mars/Base\n"
    ).encode("utf-8-sig")
    dialog.show_preview("team.csv", parse_csv(data).rows)
    assert dialog.rows_model.detail(0) == "'kein-at-zeichen' ist keine gültige E-Mail-Adresse."
    assert dialog.rows_model.detail(1) == (
        "'Mars/Base' ist keine bekannte Zeitzone (z. B. Europe/Berlin verwenden)."
    )
    missing = parse_csv(b"email;slug\na@b.example;abcde\n")
    dialog.show_preview("ohne-namen.csv", missing.rows, missing.file_problems)
    assert "Fehlende Spalte(n): given_name, family_name" in dialog.summary_label.text()


def test_every_problem_template_of_the_qt_free_layers_is_in_the_german_catalog():
    import re

    from console.ui.i18n import source_dir

    catalog = (source_dir() / "console_de.ts").read_text(encoding="utf-8")
    problems = catalog.split("<name>Problems</name>", 1)[1].split("</context>", 1)[0]
    root = source_dir().parent.parent / "console"
    marked = set()
    for path in root.rglob("*.py"):
        if path.is_relative_to(root / "ui"):
            continue
        text = path.read_text(encoding="utf-8")
        found = set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"Problems",\s*"([^"]+)"', text))
        # lupdate reads only console/domain of the Qt-free layers (resources/translations).
        assert not found or path.is_relative_to(root / "domain"), path
        marked |= found
    assert len(marked) >= 15
    for template in marked:
        assert f"<source>{template.replace('&', '&amp;')}</source>" in problems, template


def test_a_malformed_server_response_is_reported_as_an_api_error_in_german(german, qloop):
    async def open_account() -> BaseException:
        with respx.mock(base_url="https://api.meetergo.test") as server:
            server.get("/v4/user/u1").respond(200, json={"id": 42, "createdAt": "gestern"})
            async with MeetergoClient("ak_live:key:secret", "https://api.meetergo.test") as client:
                try:
                    await client.users.get("u1")
                except ApiError as exc:
                    return exc
        raise AssertionError("the malformed answer was accepted")

    error = qloop.run_until_complete(open_account())
    assert isinstance(error, MalformedResponse)
    assert describe(error) == (
        "Der Server hat eine Antwort geschickt, die die Konsole nicht lesen kann. Bitte erneut "
        "versuchen; bleibt es dabei, hat sich der Server vielleicht geändert."
    )


def test_the_german_connection_dialog_explains_a_base_url_without_scheme(qtbot, german):
    from console.ui.connections.dialog import ConnectionsDialog

    dialog = ConnectionsDialog(keyring_available=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, "api.meetergo.com")
    assert (
        "Die Basis-URL 'api.meetergo.com' hat kein Schema; bitte https://api.meetergo.com "
        "schreiben." in dialog.problem_label.text()
    )


def test_a_refused_file_and_the_export_help_are_explained_in_german(qtbot, german):
    from console.jobs.csv_import import parse_csv

    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    refused = parse_csv(b"PK\x03\x04" + b"\x00" * 100)
    dialog.show_preview("team.xlsx", refused.rows, refused.file_problems)
    text = dialog.summary_label.text()
    assert "Diese Datei ist eine Arbeitsmappe (Excel .xlsx), keine CSV-Datei" in text
    assert "„CSV UTF-8“" in text
    assert "nie als Formel" in dialog.export_help.text()
