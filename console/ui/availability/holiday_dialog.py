"""Preview a country's (and German state's) public holidays for a year, and choose some.

The dates come from the ``holidays`` package (:func:`console.scheduling.holidays.
holiday_exceptions`), the same table the platform's holiday-exceptions route uses, so the user
sees exactly which days will be closed before anything is sent. Each date can be left out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

__all__ = ["HolidayDialog"]

# What the dialog was closed with (besides Cancel).
THIS_ACCOUNT = 1
OTHER_ACCOUNTS = 2


class HolidayDialog(QDialog):
    """Country, state and year, the holidays they give, ticked ones to add."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The holiday tables take a moment to import: only when the dialog is opened.
        from console.scheduling.holidays import GERMAN_STATE_NAMES, SUPPORTED_COUNTRIES

        self.setWindowTitle(self.tr("Public holidays"))
        self.country_box = QComboBox(self)
        self.country_box.setAccessibleName(self.tr("Country"))
        for code, name in SUPPORTED_COUNTRIES.items():
            self.country_box.addItem(f"{name} ({code})", code)
        self.state_box = QComboBox(self)
        self.state_box.setAccessibleName(self.tr("German state"))
        self.state_box.addItem(self.tr("Whole country"), None)
        for code, name in GERMAN_STATE_NAMES.items():
            self.state_box.addItem(f"{name} ({code})", code)
        self.year_box = QSpinBox(self)
        self.year_box.setAccessibleName(self.tr("Year"))
        self.year_box.setRange(2000, 2100)
        self.year_box.setValue(year)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Holidays to add"))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.this_button = QPushButton(self.tr("Close on these days"), self)
        self.others_button = QPushButton(self.tr("Close for other accounts…"), self)
        buttons.addButton(self.this_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.others_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.this_button.clicked.connect(lambda: self.done(THIS_ACCOUNT))
        self.others_button.clicked.connect(lambda: self.done(OTHER_ACCOUNTS))
        form = QFormLayout()
        form.addRow(self.tr("Country:"), self.country_box)
        form.addRow(self.tr("State:"), self.state_box)
        form.addRow(self.tr("Year:"), self.year_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.country_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.state_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_box.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def region(self) -> tuple[str, str | None]:
        """The chosen country code and German state code (None: the whole country)."""
        country = str(self.country_box.currentData())
        state = self.state_box.currentData() if country == "DE" else None
        return country, state if isinstance(state, str) else None

    def description(self) -> str:
        """``Public holidays DE-BY 2027`` (names the change set)."""
        country, state = self.region()
        region = f"{country}-{state}" if state else country
        return self.tr("Public holidays {region} {year}").format(
            region=region, year=self.year_box.value()
        )

    def set_region(self, country: str, state: str | None, year: int) -> None:
        """Choose a region and year (and preview it)."""
        self.country_box.setCurrentIndex(max(0, self.country_box.findData(country)))
        self.state_box.setCurrentIndex(max(0, self.state_box.findData(state)))
        self.year_box.setValue(year)
        self.refresh()

    def chosen(self) -> list[tuple[date, str]]:
        """The ticked holidays, by date."""
        result = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                day, name = item.data(Qt.ItemDataRole.UserRole)
                result.append((day, name))
        return result

    def refresh(self) -> None:
        """Preview the holidays of the chosen region and year."""
        from console.scheduling.holidays import holiday_exceptions

        country, state = self.region()
        self.state_box.setEnabled(country == "DE")
        self.list.clear()
        try:
            days = holiday_exceptions(self.year_box.value(), country, state)
        except ValueError as exc:
            self.problem_label.setText(str(exc))
            days = []
        else:
            self.problem_label.setText(
                self.tr("{count} holidays; untick the ones to leave open.").format(count=len(days))
            )
        for day, name in days:
            text = self.locale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")
            item = QListWidgetItem(f"{text} — {name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, (day, name))
            self.list.addItem(item)
        self.this_button.setEnabled(bool(days))
        self.others_button.setEnabled(bool(days))
