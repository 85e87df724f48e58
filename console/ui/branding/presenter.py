"""The branding presenter: loads the current account's page, saves edits, feeds the preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QWidget

from console.asyncqt import TaskRunner
from console.domain.contrast import parse_hex
from console.jobs.edits.brand_kit import BrandKitEdit
from console.services.accounts import ValidationFailed
from console.services.branding import KIT_FIELDS, Branding, BrandingService, branding_changes
from console.store.brand_kits import BrandKit, BrandKits
from console.ui.accounts.model import AccountRow
from console.ui.branding.tab import BrandingTab
from console.ui.changes.accounts import PickedAccount
from console.ui.changes.presenter import ChangesPresenter
from console.ui.errors import describe
from console.ui.selection import Selection

LOAD, SAVE, SLOTS, IMAGE = "branding:load", "branding:save", "branding:slots", "branding:image"
KITS = "branding:kits"
IMAGE_TIMEOUT = 10.0
IMAGE_LIMIT = 8 * 1024 * 1024


async def fetch_image(url: str, transport: httpx.AsyncBaseTransport | None = None) -> bytes:
    """The bytes at ``url`` (at most 8 MiB); raises ``httpx.HTTPError`` or ``ValueError``."""
    async with httpx.AsyncClient(
        timeout=IMAGE_TIMEOUT, follow_redirects=True, transport=transport
    ) as http:
        response = await http.get(url)
        response.raise_for_status()
        if len(response.content) > IMAGE_LIMIT:
            raise ValueError("too large")
        return response.content


def _local(starts: list[datetime], timezone: str) -> list[datetime]:
    """Slots in the account's time zone, as its booking page shows them (UTC if unknown)."""
    try:
        zone = ZoneInfo(timezone) if timezone else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    return [s.astimezone(zone) for s in starts] if zone else starts


class BrandingPresenter(QObject):
    """Drives a :class:`BrandingTab` for the selection's account.

    Signals:
        message_posted(str, str): level and a translated text for the status bar.
        dirty_changed(bool): whether the form holds edits not saved yet.
    """

    message_posted = Signal(str, str)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        tab: BrandingTab,
        *,
        service: BrandingService,
        selection: Selection,
        runner: TaskRunner,
        kits: BrandKits | None = None,
        connection: str = "",
        changes: ChangesPresenter | None = None,
        image_transport: httpx.AsyncBaseTransport | None = None,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.tab = tab
        self.service = service
        self.selection = selection
        self.runner = runner
        self._image_transport = image_transport
        self._parent = parent_widget
        self.page: Branding | None = None
        self._account: AccountRow | None = None
        self._dirty = False
        self._kits = kits
        self._connection = connection
        self._changes = changes
        box = tab.kits
        self._connections = [
            (box.save_requested, self.save_kit),
            (box.load_requested, self.load_kit),
            (box.delete_requested, self.delete_kit),
            (box.rename_requested, self.rename_kit),
            (box.export_requested, self.export_kit),
            (box.import_requested, self.import_kit),
            (box.apply_requested, self.apply_kit),
            (tab.save_requested, self.save),
            (tab.revert_requested, self.reload),
            (tab.open_page_requested, self.open_page),
            (tab.image_url_changed, self.load_image),
            (tab.edited, self._on_edited),
            (selection.changed, self.show_account),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)

    def close(self) -> None:
        """Let go of the tab (the connection closes; the tab stays for the next one)."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self.tab.show_page(None)
        self._set_dirty(False)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def start(self) -> None:
        self.show_account(self.selection.current())
        self.refresh_kits()

    # -- brand kits ------------------------------------------------------------------------

    def refresh_kits(self, current: str | None = None) -> None:
        kits = self._kits
        if kits is None:
            return

        async def names() -> list[str]:
            return [k.name for k in await kits.list(self._connection)]

        self.runner.run(
            names(),
            name=KITS,
            on_success=lambda found: self.tab.kits.show_kits(found, current),
        )

    def _kit_fields(self) -> dict[str, Any]:
        values = self.tab.values()
        fields = {name: values.get(name) for name in KIT_FIELDS}
        for name in ("primaryColor", "secondaryColor"):
            value = fields[name]
            if isinstance(value, str):
                fields[name] = parse_hex(value) or value
        return fields

    def save_kit(self, name: str) -> None:
        """Save the form's look (colours, header) as the kit ``name``."""
        kits = self._kits
        if kits is None:
            return
        kit = BrandKit(name, self._kit_fields())

        async def save() -> None:
            await kits.save(self._connection, kit)

        self.runner.run(save(), name=KITS, on_success=lambda _: self._kit_saved(name))

    def _kit_saved(self, name: str) -> None:
        self.message_posted.emit("info", self.tr("Brand kit {name} saved.").format(name=name))
        self.refresh_kits(name)

    def _with_kit(self, name: str, then: Callable[[BrandKit], None]) -> None:
        kits = self._kits
        if kits is None:
            return

        async def get() -> BrandKit | None:
            return await kits.get(self._connection, name)

        def found(kit: BrandKit | None) -> None:
            if kit is not None:
                then(kit)

        self.runner.run(get(), name=KITS, on_success=found)

    def load_kit(self, name: str) -> None:
        self._with_kit(name, lambda kit: self.tab.apply_values(kit.fields))

    def delete_kit(self, name: str) -> None:
        kits = self._kits
        if kits is None:
            return

        async def delete() -> None:
            await kits.delete(self._connection, name)

        self.runner.run(delete(), name=KITS, on_success=lambda _: self.refresh_kits())

    def rename_kit(self, old: str, new: str) -> None:
        """Give the kit ``old`` the name ``new`` (the accounts that got it keep it)."""
        kits = self._kits
        if kits is None:
            return

        async def rename() -> None:
            await kits.rename(self._connection, old, new)

        def renamed(_: object) -> None:
            self.message_posted.emit(
                "info", self.tr("Brand kit {old} is now called {new}.").format(old=old, new=new)
            )
            self.refresh_kits(new)

        def refused(exc: BaseException) -> None:
            # Another window may have taken the name since the dialog checked it.
            self.message_posted.emit(
                "error",
                self.tr("Brand kit {old} was not renamed: {reason}").format(
                    old=old, reason=str(exc)
                ),
            )
            self.refresh_kits(old)

        self.runner.run(rename(), name=KITS, on_success=renamed, on_failure=refused)

    def export_kit(self, name: str, path: str) -> None:
        def write(kit: BrandKit) -> None:
            try:
                Path(path).write_text(kit.to_json(), encoding="utf-8")
            except OSError as exc:
                self.message_posted.emit(
                    "error",
                    self.tr("Could not write {path}: {error}").format(
                        path=path, error=exc.strerror or exc
                    ),
                )
                return
            self.message_posted.emit(
                "info", self.tr("Brand kit exported to {path}.").format(path=path)
            )

        self._with_kit(name, write)

    def import_kit(self, path: str) -> None:
        kits = self._kits
        if kits is None:
            return
        try:
            kit = BrandKit.from_json(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            self.message_posted.emit(
                "error", self.tr("Could not import {path}: {error}").format(path=path, error=exc)
            )
            return

        async def save() -> None:
            await kits.save(self._connection, kit)

        self.runner.run(save(), name=KITS, on_success=lambda _: self._kit_saved(kit.name))

    def apply_kit(self, name: str) -> None:
        """Choose accounts in the shared picker; the kit is planned for them as a change set."""
        changes = self._changes
        if changes is None:
            return

        def plan(kit: BrandKit) -> None:
            def chosen(accounts: list[PickedAccount]) -> None:
                if accounts:
                    changes.plan(
                        self.tr("Brand kit {name}").format(name=kit.name),
                        accounts,
                        BrandKitEdit(
                            kit.fields,
                            description=f"Brand kit {kit.name}",
                            kit=kit.name,
                            kit_id=kit.kit_id,
                        ),
                    )

            changes.pick_accounts(
                chosen, title=self.tr("Apply brand kit {name} to").format(name=kit.name)
            )

        self._with_kit(name, plan)

    def show_account(self, account: object) -> None:
        """Load the page of ``account`` (an :class:`AccountRow`) or empty the tab."""
        row = account if isinstance(account, AccountRow) else None
        if row is not None and self._account is not None and row.id == self._account.id:
            self._account = row  # renamed: same page, keep the edits
            return
        self._account = row
        self.page = None
        self._set_dirty(False)
        self.tab.show_page(None)
        if row is not None:
            self.reload()

    def reload(self) -> None:
        row = self._account
        if row is None:
            return
        self.runner.run(
            self.service.get(row.id),
            name=LOAD,
            on_success=self._on_loaded,
            on_failure=self._on_load_failed,
        )

    def _on_loaded(self, page: Branding) -> None:
        if self._account is None or page.user_id != self._account.id:
            return
        self.page = page
        from console.services.branding import meeting_type_title

        types = [(str(m.get("id")), meeting_type_title(m)) for m in page.meeting_types]
        self.tab.show_page(page.page, name=self._account.name, meeting_types=types)
        self._set_dirty(False)
        url = page.value("headerImage")
        if url:
            self.load_image(str(url))
        if types:
            today = datetime.now(UTC).date()
            self.runner.run(
                self.service.slots(page.user_id, types[0][0], today, today + timedelta(days=21)),
                name=SLOTS,
                on_success=lambda starts: self.tab.show_slots(
                    _local(starts, self._account.timezone if self._account else "")
                ),
                on_failure=lambda _exc: self.tab.show_slots([]),
            )

    def _on_load_failed(self, exc: BaseException) -> None:
        self.tab.show_status(
            self.tr("Could not load the booking page: {error}").format(error=describe(exc))
        )

    def _on_edited(self) -> None:
        if self.page is not None:
            self._set_dirty(bool(branding_changes(self.page.page, self.tab.values())))

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def save(self) -> None:
        """Send the changed fields; on failure the form keeps the edits and says why."""
        page = self.page
        if page is None:
            return
        self.tab.show_status(self.tr("Saving…"))
        self.runner.run(
            self.service.update(page, self.tab.values()),
            name=SAVE,
            on_success=self._on_saved,
            on_failure=self._on_save_failed,
        )

    def _on_saved(self, page: Branding) -> None:
        self._on_loaded(page)
        self.tab.show_status(self.tr("Saved."))
        self.message_posted.emit("info", self.tr("Booking page saved."))

    def _on_save_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.tab.show_problems(exc.problems)
            self.tab.show_status(self.tr("Not saved: fix the marked fields."))
            return
        text = self.tr("Not saved: {error}").format(error=describe(exc))
        self.tab.show_status(text)
        self.message_posted.emit("error", text)

    def load_image(self, url: str) -> None:
        """Fetch the header image in the background; a bad URL is named in the tab."""
        if not url:
            self.tab.show_image(None)
            return

        def loaded(data: bytes) -> None:
            image = QImage.fromData(data)
            if image.isNull():
                self.tab.show_image(
                    None, self.tr("{url} is not an image the preview can show.").format(url=url)
                )
            else:
                self.tab.show_image(image)

        def failed(exc: BaseException) -> None:
            self.tab.show_image(
                None,
                self.tr("The header image at {url} could not be loaded ({error}).").format(
                    url=url, error=type(exc).__name__ if not str(exc) else str(exc)
                ),
            )

        self.runner.run(
            fetch_image(url, self._image_transport),
            name=IMAGE,
            on_success=loaded,
            on_failure=failed,
        )

    def open_page(self) -> None:
        """Open the account's booking URL in the browser; if that fails, offer to copy it."""
        row = self._account
        if row is None or not row.booking_url:
            self.message_posted.emit("warning", self.tr("This account has no booking URL."))
            return
        if QDesktopServices.openUrl(QUrl(row.booking_url)):
            return
        box = QMessageBox(self._parent)
        box.setWindowTitle(self.tr("Open the booking page"))
        box.setText(self.tr("No browser could be opened for {url}.").format(url=row.booking_url))
        copy = box.addButton(self.tr("Copy URL"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)

        def on_clicked(button: object) -> None:
            if button is copy:
                QGuiApplication.clipboard().setText(row.booking_url)
                self.message_posted.emit("info", self.tr("Booking URL copied."))

        box.buttonClicked.connect(on_clicked)
        box.open()
        self._box = box
