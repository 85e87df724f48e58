"""The branding tab: the booking-page editor of the current account beside its live preview."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.contrast import ContrastCheck, contrast_checks, parse_hex
from console.domain.personal_page import CUSTOM_LINKS, PROFILE_FIELDS, custom_links_problems
from console.ui.branding.kits import KitsBox
from console.ui.branding.preview import BookingPreview, PreviewState
from console.ui.problems import translate_problem
from console.ui.widgets.tool_row import ToolRow

_TEXT_FIELDS = ("headerTitle", "headerSubtitle", "headerImage")


class BrandingTab(QWidget):
    """Form and preview of one account's booking page.

    Signals:
        save_requested(): the user wants the edits saved.
        revert_requested(): the user wants the page as the server has it.
        open_page_requested(): "Open the real booking page".
        image_url_changed(str): the header image URL was edited (load it for the preview).
        edited(): any field changed (the presenter recomputes the unsaved mark).
    """

    save_requested = Signal()
    revert_requested = Signal()
    open_page_requested = Signal()
    image_url_changed = Signal(str)
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._name = ""
        self._slots: tuple[datetime, ...] = ()
        self._ordered = False  # the page has an order of its own (else the server's is kept)
        self._moved = False
        self._profiles_read: set[str] = set()
        self._checks: list[ContrastCheck] = []
        self._setup_ui()
        self.show_page(None)

    # --- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("brandingHeading")
        outer.addWidget(self.heading)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)

        form_host = QWidget()
        form = QVBoxLayout(form_host)

        colours = QGroupBox(self.tr("Colours"))
        cl = QFormLayout(colours)
        self.custom_colours = QCheckBox(self.tr("Use custom colours"))
        cl.addRow(self.custom_colours)
        self.primary_edit, primary_row = self._colour_row()
        self.secondary_edit, secondary_row = self._colour_row()
        cl.addRow(self.tr("Primary colour"), primary_row)
        cl.addRow(self.tr("Secondary colour"), secondary_row)
        self.colour_problem = QLabel()
        self.colour_problem.setObjectName("colourProblem")
        self.colour_problem.setWordWrap(True)
        cl.addRow(self.colour_problem)
        self.contrast_labels: list[QLabel] = []
        self.contrast_fixes: list[QPushButton] = []
        for index in range(4):
            label = QLabel()
            label.setWordWrap(True)
            fix = QPushButton()
            fix.clicked.connect(lambda _=False, i=index: self._apply_fix(i))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(fix)
            cl.addRow(row)
            self.contrast_labels.append(label)
            self.contrast_fixes.append(fix)
        form.addWidget(colours)

        header = QGroupBox(self.tr("Header"))
        hl = QFormLayout(header)
        self.title_edit = QLineEdit()
        self.subtitle_edit = QLineEdit()
        self.image_edit = QLineEdit()
        self.image_edit.setPlaceholderText("https://…")
        self.image_status = QLabel()
        self.image_status.setWordWrap(True)
        self.image_thumb = QLabel()
        self.image_thumb.setFixedHeight(48)
        hl.addRow(self.tr("Title"), self.title_edit)
        hl.addRow(self.tr("Subtitle"), self.subtitle_edit)
        hl.addRow(self.tr("Image URL"), self.image_edit)
        hl.addRow(self.image_thumb, self.image_status)
        form.addWidget(header)

        page = QGroupBox(self.tr("Page"))
        pl = QFormLayout(page)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(70)
        pl.addRow(self.tr("Description"), self.description_edit)
        self.show_all = QCheckBox(self.tr("Show all meeting types"))
        pl.addRow(self.show_all)
        self.order_list = QListWidget()
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setFixedHeight(110)
        self.order_list.setToolTip(self.tr("Drag to change the order on the booking page"))
        pl.addRow(self.tr("Meeting-type order"), self.order_list)
        form.addWidget(page)

        profiles = QGroupBox(self.tr("Online profiles and address"))
        fl = QFormLayout(profiles)
        labels = {
            "linkedIn": self.tr("LinkedIn"),
            "xing": self.tr("Xing"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "addressStreet": self.tr("Street"),
            "addressPostalCode": self.tr("Postal code"),
            "addressCity": self.tr("City"),
            "addressCountry": self.tr("Country"),
        }
        self.profile_edits: dict[str, QLineEdit] = {}
        for name in PROFILE_FIELDS:
            edit = QLineEdit()
            self.profile_edits[name] = edit
            fl.addRow(labels[name], edit)
        form.addWidget(profiles)
        form.addWidget(self._links_box())

        buttons = ToolRow()
        self.save_button = QPushButton(self.tr("Save"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.open_button = QPushButton(self.tr("Open the real booking page"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        form.addWidget(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addWidget(self.status)
        self.kits = KitsBox()
        form.addWidget(self.kits)
        form.addStretch(1)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(form_host)
        split.addWidget(form_scroll)

        preview_host = QWidget()
        pv = QVBoxLayout(preview_host)
        switches = ToolRow()
        self.phone_switch = QCheckBox(self.tr("Phone width"))
        self.dark_switch = QCheckBox(self.tr("Dark"))
        switches.addWidget(self.phone_switch)
        switches.addWidget(self.dark_switch)
        switches.addStretch(1)
        pv.addWidget(switches)
        self.preview = BookingPreview()
        scroll = QScrollArea()
        scroll.setWidget(self.preview)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pv.addWidget(scroll, 1)
        split.addWidget(preview_host)
        # The form is never narrower than its widest row (German labels are long): the
        # preview pane scrolls instead.
        form_scroll.setMinimumWidth(form_host.sizeHint().width() + 24)
        split.setCollapsible(0, False)
        split.setSizes([form_host.sizeHint().width() + 24, 760])

        self.save_button.clicked.connect(self.save_requested.emit)
        self.revert_button.clicked.connect(self.revert_requested.emit)
        self.open_button.clicked.connect(self.open_page_requested.emit)
        self.image_edit.editingFinished.connect(
            lambda: self.image_url_changed.emit(self.image_edit.text().strip())
        )
        for check in (self.custom_colours, self.show_all, self.phone_switch, self.dark_switch):
            check.toggled.connect(self._changed)
        for line in (
            self.primary_edit,
            self.secondary_edit,
            self.title_edit,
            self.subtitle_edit,
            self.image_edit,
            *self.profile_edits.values(),
        ):
            line.textChanged.connect(self._changed)
        self.description_edit.textChanged.connect(self._changed)
        self.order_list.model().rowsMoved.connect(self._changed)

    def _links_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Custom links"))
        layout = QVBoxLayout(box)
        self.links_table = QTableWidget(0, 2)
        self.links_table.setHorizontalHeaderLabels([self.tr("Shown as"), self.tr("Address")])
        self.links_table.horizontalHeader().setStretchLastSection(True)
        self.links_table.verticalHeader().setVisible(False)
        self.links_table.setFixedHeight(120)
        self.links_table.setAccessibleName(self.tr("Custom links"))
        self.links_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.links_table)
        row = QHBoxLayout()
        self.add_link_button = QPushButton(self.tr("Add link"))
        self.remove_link_button = QPushButton(self.tr("Remove"))
        self.link_up_button = QPushButton(self.tr("Up"))
        self.link_down_button = QPushButton(self.tr("Down"))
        self.link_up_button.setAccessibleName(self.tr("Move the link up"))
        self.link_down_button.setAccessibleName(self.tr("Move the link down"))
        for button in (
            self.add_link_button,
            self.remove_link_button,
            self.link_up_button,
            self.link_down_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.links_problem = QLabel()
        self.links_problem.setObjectName("linksProblem")
        self.links_problem.setWordWrap(True)
        layout.addWidget(self.links_problem)
        self.add_link_button.clicked.connect(self._add_link)
        self.remove_link_button.clicked.connect(self._remove_link)
        self.link_up_button.clicked.connect(lambda: self._move_link(-1))
        self.link_down_button.clicked.connect(lambda: self._move_link(1))
        self.links_table.itemChanged.connect(self._changed)
        return box

    def links(self) -> list[dict[str, Any]]:
        """The custom links as the form holds them, each with the fields read (an icon) kept."""
        found: list[dict[str, Any]] = []
        for r in range(self.links_table.rowCount()):
            name_item, url_item = self.links_table.item(r, 0), self.links_table.item(r, 1)
            original = name_item.data(Qt.ItemDataRole.UserRole) if name_item else None
            link = dict(original) if isinstance(original, Mapping) else {}
            link["name"] = name_item.text().strip() if name_item else ""
            link["url"] = url_item.text().strip() if url_item else ""
            found.append(link)
        return found

    def _set_links(self, links: list[Any]) -> None:
        self.links_table.blockSignals(True)
        self.links_table.setRowCount(0)
        for link in links:
            if isinstance(link, Mapping):
                self._append_link(link)
        self.links_table.blockSignals(False)

    def _append_link(self, link: Mapping[str, Any]) -> int:
        row = self.links_table.rowCount()
        self.links_table.insertRow(row)
        name = QTableWidgetItem(str(link.get("name") or ""))
        name.setData(Qt.ItemDataRole.UserRole, dict(link))
        self.links_table.setItem(row, 0, name)
        self.links_table.setItem(row, 1, QTableWidgetItem(str(link.get("url") or "")))
        return row

    def _add_link(self) -> None:
        self.links_table.blockSignals(True)
        row = self._append_link({"name": "", "url": "https://"})
        self.links_table.blockSignals(False)
        self.links_table.setCurrentCell(row, 0)
        item = self.links_table.item(row, 0)
        if item is not None:
            self.links_table.editItem(item)
        self._changed()

    def _remove_link(self) -> None:
        row = self.links_table.currentRow()
        if row >= 0:
            self.links_table.removeRow(row)
            self._changed()

    def _move_link(self, step: int) -> None:
        row = self.links_table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.links_table.rowCount():
            return
        links = self.links()
        links.insert(target, links.pop(row))
        self._set_links(links)
        self.links_table.setCurrentCell(target, 0)
        self._changed()

    def _colour_row(self) -> tuple[QLineEdit, QWidget]:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setPlaceholderText("#0066cc")
        edit.setMaxLength(7)
        pick = QPushButton(self.tr("Pick…"))
        swatch = QLabel()
        swatch.setFixedSize(22, 22)
        row.addWidget(swatch)
        row.addWidget(edit, 1)
        row.addWidget(pick)

        def show_swatch(text: str) -> None:
            colour = parse_hex(text)
            swatch.setStyleSheet(
                f"background: {colour}; border: 1px solid palette(mid);" if colour else ""
            )

        edit.textChanged.connect(show_swatch)
        pick.clicked.connect(lambda: self._pick(edit))
        return edit, host

    def _pick(self, edit: QLineEdit) -> None:
        dialog = QColorDialog(QColor(parse_hex(edit.text()) or "#0a7cff"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(lambda colour: edit.setText(colour.name()))
        dialog.open()
        self._colour_dialog = dialog

    # --- showing ----------------------------------------------------------------------------

    def show_page(
        self,
        page: Mapping[str, Any] | None,
        *,
        name: str = "",
        meeting_types: list[tuple[str, str]] | None = None,
    ) -> None:
        """Fill the form from a page (wire fields) or empty it; ``meeting_types`` (id, name)."""
        self._loading = True
        try:
            self._name = name
            enabled = page is not None
            for child in self.findChildren(QGroupBox):
                child.setEnabled(enabled)
            self.save_button.setEnabled(enabled)
            self.revert_button.setEnabled(enabled)
            self.open_button.setEnabled(enabled)
            self.heading.setText(
                self.tr("Booking page of {name}").format(name=name)
                if enabled
                else self.tr("Choose an account on the left to edit its booking page.")
            )
            values = dict(page or {})
            self.custom_colours.setChecked(bool(values.get("useCustomColors")))
            self.primary_edit.setText(values.get("primaryColor") or "")
            self.secondary_edit.setText(values.get("secondaryColor") or "")
            self.title_edit.setText(values.get("headerTitle") or "")
            self.subtitle_edit.setText(values.get("headerSubtitle") or "")
            self.image_edit.setText(values.get("headerImage") or "")
            self.description_edit.setPlainText(values.get("description") or "")
            self.show_all.setChecked(bool(values.get("showAllMeetingTypes", True)))
            profiles = values.get("onlineProfiles") or {}
            self._profiles_read = set(profiles)
            for key, edit in self.profile_edits.items():
                edit.setText(str(profiles.get(key) or ""))
            read_links = profiles.get(CUSTOM_LINKS)
            self._set_links(read_links if isinstance(read_links, list) else [])
            self.links_problem.clear()
            self.order_list.clear()
            order = list(values.get("meetingTypeOrder") or [])
            types = list(meeting_types or [])
            rank = {mid: i for i, mid in enumerate(order)}
            types.sort(key=lambda t: rank.get(t[0], len(rank)))
            for mid, title in types:
                item = QListWidgetItem(title)
                item.setData(Qt.ItemDataRole.UserRole, mid)
                self.order_list.addItem(item)
            self._ordered = bool(order)
            self._moved = False
            self.status.clear()
            self.colour_problem.clear()
            self.image_status.clear()
            self.image_thumb.clear()
            self.preview.set_header_image(None)
        finally:
            self._loading = False
        self._refresh()

    def show_slots(self, slots: list[datetime]) -> None:
        """The first meeting type's bookable starts, for the preview."""
        self._slots = tuple(slots)
        self._refresh()

    def show_image(self, image: QImage | None, problem: str = "") -> None:
        """The loaded header image (or why there is none: ``problem``, already translated)."""
        self.preview.set_header_image(image)
        if image is None:
            self.image_thumb.clear()
        else:
            self.image_thumb.setPixmap(
                QPixmap.fromImage(image).scaledToHeight(
                    48, Qt.TransformationMode.SmoothTransformation
                )
            )
        self.image_status.setText(problem)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Why the server was not asked: colour problems by the colours, link ones by the links."""
        self.colour_problem.setText(
            " ".join(translate_problem(p) for k, p in problems.items() if k != CUSTOM_LINKS)
        )
        if CUSTOM_LINKS in problems:
            self.links_problem.setText(translate_problem(problems[CUSTOM_LINKS]))

    def apply_values(self, fields: Mapping[str, Any]) -> None:
        """Put a kit's values into the form (the edit is unsaved until Save)."""
        texts = {
            "primaryColor": self.primary_edit,
            "secondaryColor": self.secondary_edit,
            "headerTitle": self.title_edit,
            "headerSubtitle": self.subtitle_edit,
            "headerImage": self.image_edit,
        }
        for name, value in fields.items():
            if name in texts:
                texts[name].setText(str(value or ""))
            elif name == "useCustomColors":
                self.custom_colours.setChecked(bool(value))
        if "headerImage" in fields:
            self.image_url_changed.emit(self.image_edit.text().strip())

    # --- reading ----------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form as wire fields (what a save compares with the page as read)."""
        order = [
            str(self.order_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.order_list.count())
        ]
        return {
            "useCustomColors": self.custom_colours.isChecked(),
            "primaryColor": self.primary_edit.text().strip() or None,
            "secondaryColor": self.secondary_edit.text().strip() or None,
            "headerTitle": self.title_edit.text().strip() or None,
            "headerSubtitle": self.subtitle_edit.text().strip() or None,
            "headerImage": self.image_edit.text().strip() or None,
            "description": self.description_edit.toPlainText(),
            "showAllMeetingTypes": self.show_all.isChecked(),
            **({"meetingTypeOrder": order} if self._ordered or self._moved else {}),
            "onlineProfiles": {
                **{
                    k: e.text().strip()
                    for k, e in self.profile_edits.items()
                    if e.text().strip() or k in self._profiles_read
                },
                **(
                    {CUSTOM_LINKS: links}
                    if (links := self.links()) or CUSTOM_LINKS in self._profiles_read
                    else {}
                ),
            },
        }

    # --- reacting ---------------------------------------------------------------------------

    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        if self.sender() is self.order_list.model():
            self._moved = True
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        values = self.values()
        bad = [
            e.text()
            for e in (self.primary_edit, self.secondary_edit)
            if e.text().strip() and parse_hex(e.text()) is None
        ]
        if bad:
            self.colour_problem.setText(
                " ".join(
                    self.tr("{text!r} is not a hex colour like #0066cc or #06c.").format(text=t)
                    for t in bad
                )
            )
        elif not self._loading:
            self.colour_problem.clear()
        links = self.links()
        self.links_problem.setText(
            " ".join(translate_problem(p) for p in custom_links_problems(links).values())
        )
        state = PreviewState(
            name=self._name,
            title=values["headerTitle"] or "",
            subtitle=values["headerSubtitle"] or "",
            description=values["description"],
            use_custom_colors=values["useCustomColors"],
            primary=values["primaryColor"] or "",
            secondary=values["secondaryColor"] or "",
            meeting_types=tuple(
                self.order_list.item(i).text() for i in range(self.order_list.count())
            ),
            links=tuple(link["name"] for link in links if link["name"]),
            slots=self._slots,
            month=min(self._slots).date() if self._slots else self.preview.state.month,
            dark=self.dark_switch.isChecked(),
            phone=self.phone_switch.isChecked(),
        )
        self.preview.show_state(state)
        self._show_contrast(state)

    def _show_contrast(self, state: PreviewState) -> None:
        secondary = parse_hex(state.secondary) if state.secondary else None
        checks = contrast_checks(state.primary_colour, secondary)
        self._checks = checks
        for index, (label, fix) in enumerate(
            zip(self.contrast_labels, self.contrast_fixes, strict=True)
        ):
            if index >= len(checks):
                label.hide()
                fix.hide()
                continue
            check = checks[index]
            label.show()
            mark = "✓" if check.passes else "⚠"
            label.setText(f"{mark} {translate_problem(check.what)}: {check.ratio:.2f}:1")
            label.setProperty("passes", check.passes)
            if check.suggestion is None:
                fix.hide()
            else:
                fix.setText(self.tr("Use {colour}").format(colour=check.suggestion))
                fix.setToolTip(self.tr("A colour of the same hue that reaches 4.5:1"))
                fix.show()

    def _apply_fix(self, index: int) -> None:
        check = self._checks[index]
        if check.suggestion is None:
            return
        # The first three pairings are about the primary colour, the last the secondary one.
        target = self.secondary_edit if index == 3 else self.primary_edit
        if not self.custom_colours.isChecked():
            self.custom_colours.setChecked(True)
        target.setText(check.suggestion)
