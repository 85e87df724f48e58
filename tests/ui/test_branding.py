"""The branding tab: the drawn preview, contrast fixes, saving against the sandbox."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

import httpx
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from console.api import MeetergoClient
from console.api.errors import ApiConnectionError
from console.asyncqt import TaskRunner
from console.domain.contrast import contrast_ratio
from console.jobs.edits import BrandKitEdit
from console.messages import MessageBus
from console.sandbox import SandboxConfig, create_app, sandbox_transport
from console.services.branding import BrandingService
from console.store import Store
from console.ui.accounts.model import AccountRow
from console.ui.branding.presenter import BrandingPresenter
from console.ui.branding.preview import (
    DARK_TEXT,
    LIGHT_TEXT,
    BookingPreview,
    PreviewState,
)
from console.ui.branding.tab import BrandingTab
from console.ui.changes.accounts import PickedAccount
from console.ui.selection import Selection

SLOTS = tuple(datetime(2026, 12, 3, h, 0, tzinfo=UTC) for h in (9, 10, 11))


def _grab(widget: BookingPreview) -> QImage:
    return widget.grab().toImage()


def _near(colour: QColor, hex_colour: str, slack: int = 6) -> bool:
    want = QColor(hex_colour)
    return all(
        abs(a - b) <= slack
        for a, b in zip(
            (colour.red(), colour.green(), colour.blue()),
            (want.red(), want.green(), want.blue()),
            strict=True,
        )
    )


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("phone", [False, True])
def test_slot_buttons_are_in_the_primary_colour_and_the_title_is_drawn(qtbot, dark, phone):
    preview = BookingPreview()
    qtbot.addWidget(preview)
    state = PreviewState(
        name="Jana Schmidt",
        title="Book a consultation",
        subtitle="Select a time",
        use_custom_colors=True,
        primary="#2e4a3f",
        secondary="#e0e7e4",
        meeting_types=("Erstgespräch", "Beratung"),
        slots=SLOTS,
        month=date(2026, 12, 1),
        dark=dark,
        phone=phone,
    )
    preview.show_state(state)
    image = _grab(preview)
    assert len(preview.slot_rects) == 3
    for rect in preview.slot_rects:
        # Left edge of the button, clear of the centred time text.
        assert _near(image.pixelColor(rect.left() + 8, rect.center().y()), "#2e4a3f")
    text = DARK_TEXT if dark else LIGHT_TEXT
    area = preview.header_text_rect
    colours = {
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.left() + 240)
        for y in range(area.top(), area.top() + 32)
    }
    assert any(_near(QColor(c), text, 40) for c in colours), "the title is drawn in page text"
    background = image.pixelColor(area.right() - 2, area.top() + 2)
    assert _near(background, "#111827" if dark else "#ffffff")


def test_custom_colours_off_draws_meetergos_own_colour(qtbot):
    preview = BookingPreview()
    qtbot.addWidget(preview)
    preview.show_state(PreviewState(primary="#ff0000", slots=SLOTS, month=date(2026, 12, 1)))
    image = _grab(preview)
    rect = preview.slot_rects[0]
    assert _near(image.pixelColor(rect.left() + 8, rect.center().y()), "#0a7cff")


def test_header_image_is_drawn(qtbot):
    preview = BookingPreview()
    qtbot.addWidget(preview)
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("#ff00ff"))
    preview.set_header_image(picture)
    assert _near(_grab(preview).pixelColor(300, 40), "#ff00ff")


def test_typing_updates_the_preview_and_the_contrast_fix_applies(qtbot):
    tab = BrandingTab()
    qtbot.addWidget(tab)
    tab.show_page(
        {"useCustomColors": True, "primaryColor": "#0a7cff", "headerTitle": "Hi"},
        name="Jana Schmidt",
        meeting_types=[("m1", "Erstgespräch")],
    )
    tab.title_edit.setText("Termin buchen")
    assert tab.preview.state.title == "Termin buchen"
    tab.primary_edit.setText("#77c")  # short form, too light for white button text
    assert tab.preview.state.primary_colour == "#7777cc"
    fix = tab.contrast_fixes[0]
    assert not fix.isHidden()
    assert "3." in tab.contrast_labels[0].text() and "⚠" in tab.contrast_labels[0].text()
    fix.click()
    new = tab.primary_edit.text()
    assert new != "#77c" and contrast_ratio("#ffffff", new) >= 4.5
    assert "✓" in tab.contrast_labels[0].text()
    tab.primary_edit.setText("#12")
    assert "'#12' is not a hex colour" in tab.colour_problem.text()


@pytest.fixture
def sandbox_session(qloop):
    app = create_app(SandboxConfig(rate_limit=False))
    client = MeetergoClient(
        app.state.sandbox.demo_api_key, "http://sandbox.test", transport=sandbox_transport(app)
    )
    store = Store.open(":memory:")
    qloop.run_until_complete(client.__aenter__())
    yield client, store
    qloop.run_until_complete(client.__aexit__(None, None, None))
    qloop.run_until_complete(store.close())


async def _settle(runner: TaskRunner) -> None:
    """Until the runner is idle: a finished load starts the slots request, so drain again."""
    while not runner.is_idle():
        await runner.drain()


def _pro(client: MeetergoClient, qloop: asyncio.AbstractEventLoop) -> AccountRow:
    async def first() -> AccountRow:
        async for user in client.users.list():
            if user.email and "demo-agentur" in user.email:
                row: AccountRow = AccountRow.from_user(user)
                return row
        raise AssertionError("no demo professional")

    return qloop.run_until_complete(first())


def test_save_reads_back_marks_unsaved_and_a_failed_save_keeps_the_edit(
    qtbot, qloop, sandbox_session
):
    client, store = sandbox_session
    tab = BrandingTab()
    qtbot.addWidget(tab)
    selection = Selection()
    runner = TaskRunner(MessageBus())

    def image_answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/logo.png":
            picture = QImage(8, 8, QImage.Format.Format_RGB32)
            picture.fill(QColor("#00ff00"))
            from PySide6.QtCore import QBuffer, QIODevice

            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            assert picture.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs want bytes
            return httpx.Response(200, content=bytes(buffer.data().data()))
        if request.url.path == "/page.html":
            return httpx.Response(200, text="<html></html>")
        return httpx.Response(404)

    presenter = BrandingPresenter(
        tab,
        service=BrandingService(client, store, "demo"),
        selection=selection,
        runner=runner,
        image_transport=httpx.MockTransport(image_answer),
    )
    dirty: list[bool] = []
    presenter.dirty_changed.connect(dirty.append)
    row = _pro(client, qloop)

    async def scenario() -> None:
        selection.set_current(row)
        await _settle(runner)
        assert presenter.page is not None
        assert tab.preview.state.slots  # real slots of the first meeting type
        # … in the account's own time zone, as its booking page shows them.
        assert row.timezone and {str(s.tzinfo) for s in tab.preview.state.slots} == {row.timezone}
        assert tab.order_list.count() >= 1
        # Meeting types go by their names (meetingInfo.name), in the list and the preview.
        names = [tab.order_list.item(i).text() for i in range(tab.order_list.count())]
        ids = {str(m.get("id")) for m in presenter.page.meeting_types}
        assert names and not ids & set(names)
        assert all(name.strip() for name in names)
        tab.subtitle_edit.setText("Pick a time that suits you")
        assert dirty == [True]
        tab.save_button.click()
        await _settle(runner)
        assert tab.status.text() == "Saved."
        assert dirty == [True, False]
        page = await client.acting_as(row.id).personal_pages.get()
        assert page.model_extra and page.model_extra["headerSubtitle"] == (
            "Pick a time that suits you"
        )
        # The network fails as the client reports it; the edit stays in the form, marked.
        tab.description_edit.setPlainText("Neu")
        real_update = presenter.service.update

        async def refused(before, edited):
            raise ApiConnectionError("connection failed", method="PATCH", url="/x")

        presenter.service.update = refused  # type: ignore[method-assign]
        tab.save_button.click()
        await _settle(runner)
        assert tab.status.text().startswith("Not saved: Could not reach the server")
        assert tab.description_edit.toPlainText() == "Neu"
        assert presenter.dirty
        presenter.service.update = real_update  # type: ignore[method-assign]
        # Header images: an image is shown, a page that is not one is named, a 404 named.
        tab.image_edit.setText("http://images.test/page.html")
        presenter.load_image("http://images.test/page.html")
        await _settle(runner)
        assert "is not an image" in tab.image_status.text()
        presenter.load_image("http://images.test/missing.png")
        await _settle(runner)
        assert "could not be loaded" in tab.image_status.text()
        presenter.load_image("http://images.test/logo.png")
        await _settle(runner)
        assert tab.image_status.text() == ""
        assert not tab.image_thumb.pixmap().isNull()
        assert tab.image_status.text() == ""
        await runner.aclose()

    qloop.run_until_complete(scenario())
    presenter.close()


class _Changes:
    """The two calls a tab makes on the Changes presenter: the picker, then a plan."""

    def __init__(self, picked: list[PickedAccount]) -> None:
        self.picked = picked
        self.planned: list[tuple[str, list[PickedAccount], object]] = []

    def pick_accounts(self, on_chosen, *, title=None):
        on_chosen(self.picked)

    def plan(self, name, accounts, edit) -> None:
        self.planned.append((name, list(accounts), edit))


def test_a_kit_is_saved_from_the_form_exported_imported_and_planned_for_accounts(
    qtbot, qloop, sandbox_session, tmp_path
):
    client, store = sandbox_session
    tab = BrandingTab()
    qtbot.addWidget(tab)
    selection = Selection()
    runner = TaskRunner(MessageBus())
    picked = [PickedAccount("u1", "a@x.example"), PickedAccount("u2", "b@x.example")]
    changes = _Changes(picked)
    presenter = BrandingPresenter(
        tab,
        service=BrandingService(client, store, "demo"),
        selection=selection,
        runner=runner,
        kits=store.brand_kits,
        connection="demo",
        changes=changes,  # type: ignore[arg-type]
    )
    row = _pro(client, qloop)

    async def scenario() -> None:
        selection.set_current(row)
        await _settle(runner)
        tab.custom_colours.setChecked(True)
        tab.primary_edit.setText("#2e4a3f")
        tab.title_edit.setText("Kanzlei Muster")
        tab.kits.save_requested.emit("Kanzlei Muster")
        await _settle(runner)
        await _settle(runner)
        assert tab.kits.current() == "Kanzlei Muster"
        kit = await store.brand_kits.get("demo", "Kanzlei Muster")
        assert kit is not None and kit.fields["primaryColor"] == "#2e4a3f"
        assert "description" not in kit.fields  # a professional's own text is not the client's

        file = tmp_path / "kit.json"
        tab.kits.export_requested.emit("Kanzlei Muster", str(file))
        await _settle(runner)
        tab.kits.delete_requested.emit("Kanzlei Muster")
        await _settle(runner)
        await _settle(runner)
        assert tab.kits.kits.count() == 0
        tab.kits.import_requested.emit(str(file))
        await _settle(runner)
        await _settle(runner)
        assert tab.kits.current() == "Kanzlei Muster"

        tab.title_edit.setText("something else")
        tab.kits.load_requested.emit("Kanzlei Muster")
        await _settle(runner)
        assert tab.title_edit.text() == "Kanzlei Muster" and presenter.dirty

        tab.kits.apply_requested.emit("Kanzlei Muster")
        await _settle(runner)
        [(name, accounts, edit)] = changes.planned
        assert name == "Brand kit Kanzlei Muster" and accounts == picked
        assert isinstance(edit, BrandKitEdit) and edit.values == kit.fields
        await runner.aclose()

    qloop.run_until_complete(scenario())
    presenter.close()


def test_a_browser_that_does_not_open_is_said_and_the_url_offered_for_copying(
    qtbot, qloop, sandbox_session, monkeypatch
):
    from PySide6.QtGui import QDesktopServices, QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    client, store = sandbox_session
    tab = BrandingTab()
    qtbot.addWidget(tab)
    selection = Selection()
    runner = TaskRunner(MessageBus())
    presenter = BrandingPresenter(
        tab, service=BrandingService(client, store, "demo"), selection=selection, runner=runner
    )
    opened: list[str] = []

    def refuse(url: object) -> bool:
        opened.append(str(url.toString()))  # type: ignore[attr-defined]
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)
    row = _pro(client, qloop)
    assert row.booking_url
    selection.set_current(row)
    qloop.run_until_complete(_settle(runner))
    tab.open_button.click()
    assert opened == [row.booking_url]
    box = presenter._box
    assert isinstance(box, QMessageBox) and "No browser could be opened" in box.text()
    copy = next(b for b in box.buttons() if b.text() == "Copy URL")
    copy.click()
    assert QGuiApplication.clipboard().text() == row.booking_url
    qloop.run_until_complete(runner.aclose())
    presenter.close()


def _set_link(tab: BrandingTab, row: int, column: int, text: str) -> None:
    item = tab.links_table.item(row, column)
    assert item is not None
    item.setText(text)


@pytest.mark.parametrize(
    ("language", "country", "first", "last"),
    [
        (QLocale.Language.German, QLocale.Country.Germany, "Mo.", "So."),
        (QLocale.Language.English, QLocale.Country.UnitedStates, "Sun", "Sat"),
    ],
)
def test_the_calendar_starts_the_week_on_the_locales_first_day(
    qtbot, language, country, first, last
):
    preview = BookingPreview()
    qtbot.addWidget(preview)
    preview.setLocale(QLocale(language, country))
    preview.show_state(PreviewState(name="Jana", month=date(2026, 12, 1), slots=SLOTS))
    _grab(preview)
    assert preview.weekday_names[0] == first and preview.weekday_names[-1] == last
    assert len(set(preview.weekday_names)) == 7


def test_custom_links_are_edited_reordered_checked_and_drawn(qtbot):
    tab = BrandingTab()
    qtbot.addWidget(tab)
    page = {
        "useCustomColors": True,
        "primaryColor": "#7a3b00",
        "onlineProfiles": {
            "xing": "x",
            "customLinks": [{"name": "Blog", "url": "https://kanzlei.example/blog", "icon": "b"}],
        },
    }
    tab.show_page(page, name="Jana Schmidt")
    assert tab.links() == [{"name": "Blog", "url": "https://kanzlei.example/blog", "icon": "b"}]
    tab.add_link_button.click()
    _set_link(tab, 1, 0, "Shop")
    _set_link(tab, 1, 1, "shop.example")
    assert "'shop.example' is not a web address" in tab.links_problem.text()
    _set_link(tab, 1, 1, "https://shop.example")
    assert tab.links_problem.text() == ""
    tab.links_table.setCurrentCell(1, 0)
    tab.link_up_button.click()
    links = tab.values()["onlineProfiles"]["customLinks"]
    assert [link["name"] for link in links] == ["Shop", "Blog"]
    assert links[1]["icon"] == "b"  # what the console does not edit stays
    assert tab.values()["onlineProfiles"]["xing"] == "x"
    assert tab.preview.state.links == ("Shop", "Blog")
    image = _grab(tab.preview)
    assert len(tab.preview.link_rects) == 2
    # Each link button is outlined in the primary colour.
    box = tab.preview.link_rects[0]
    edge = [image.pixelColor(box.center().x(), box.top() + dy) for dy in range(-1, 3)]
    assert any(_near(c, "#7a3b00", slack=40) for c in edge), [c.name() for c in edge]
    tab.links_table.setCurrentCell(0, 0)
    tab.remove_link_button.click()
    tab.links_table.setCurrentCell(0, 0)
    tab.remove_link_button.click()
    # All removed: the page's list is sent empty (it had links), not left as it was.
    assert tab.values()["onlineProfiles"]["customLinks"] == []


def test_custom_links_are_saved_and_read_back(qtbot, qloop, sandbox_session):
    client, store = sandbox_session
    tab = BrandingTab()
    qtbot.addWidget(tab)
    selection = Selection()
    runner = TaskRunner(MessageBus())
    presenter = BrandingPresenter(
        tab, service=BrandingService(client, store, "demo"), selection=selection, runner=runner
    )
    row = _pro(client, qloop)

    async def scenario() -> None:
        selection.set_current(row)
        await _settle(runner)
        tab.add_link_button.click()
        _set_link(tab, 0, 0, "Termine")
        _set_link(tab, 0, 1, "nicht-gut")
        tab.save_button.click()
        await _settle(runner)
        assert "is not a web address" in tab.links_problem.text() and presenter.dirty
        _set_link(tab, 0, 1, "https://kanzlei.example/termine")
        tab.save_button.click()
        await _settle(runner)
        assert tab.status.text() == "Saved." and not presenter.dirty
        page = await client.acting_as(row.id).personal_pages.get()
        assert (page.online_profiles or {}).get("customLinks") == [
            {"name": "Termine", "url": "https://kanzlei.example/termine"}
        ]
        assert tab.links() == [{"name": "Termine", "url": "https://kanzlei.example/termine"}]
        await runner.aclose()

    qloop.run_until_complete(scenario())
    presenter.close()


def test_a_kit_is_renamed_in_a_dialog_that_refuses_a_taken_name(qtbot, qloop, sandbox_session):
    from console.store.brand_kits import BrandKit

    client, store = sandbox_session
    tab = BrandingTab()
    qtbot.addWidget(tab)
    runner = TaskRunner(MessageBus())
    selection = Selection()
    presenter = BrandingPresenter(
        tab,
        service=BrandingService(client, store, "demo"),
        selection=selection,
        runner=runner,
        kits=store.brand_kits,
        connection="demo",
    )
    row = _pro(client, qloop)

    async def scenario() -> None:
        selection.set_current(row)
        await _settle(runner)
        await store.brand_kits.save("demo", BrandKit("Korn", {"primaryColor": "#7a3b00"}))
        await store.brand_kits.save("demo", BrandKit("Muster", {"primaryColor": "#2e4a3f"}))
        presenter.refresh_kits("Muster")
        await _settle(runner)
        assert tab.kits.current() == "Muster"
        tab.kits.rename_button.click()
        dialog = tab.kits.rename_dialog
        assert dialog is not None and not dialog.ok_button.isEnabled()  # same name
        dialog.name_edit.setText("korn")
        assert not dialog.ok_button.isEnabled()
        assert dialog.problem.text() == "A kit named korn exists already."
        dialog.name_edit.setText("  ")
        assert not dialog.ok_button.isEnabled() and dialog.problem.text() == "Enter a name."
        dialog.name_edit.setText("Kanzlei Muster")
        assert dialog.ok_button.isEnabled() and dialog.problem.text() == ""
        dialog.ok_button.click()
        await _settle(runner)
        await _settle(runner)
        assert tab.kits.names() == ["Kanzlei Muster", "Korn"]
        assert tab.kits.current() == "Kanzlei Muster"
        kit = await store.brand_kits.get("demo", "Kanzlei Muster")
        assert kit is not None and kit.fields == {"primaryColor": "#2e4a3f"}
        await runner.aclose()

    qloop.run_until_complete(scenario())
    presenter.close()
