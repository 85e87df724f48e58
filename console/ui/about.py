"""Help → About: version, the bundled libraries and their licences, where the files live."""

from __future__ import annotations

import html
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, QUrl, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.about import bundled_libraries, folders, version
from console.ui.icon import app_icon

#: The meetergo API reference the console is built against.
DOCS_URL = "https://developer.meetergo.com/api-reference/"


class AboutDialog(QDialog):
    """The About box (opened with ``open()``, never ``exec()``).

    Signals: none beyond QDialog's.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About meetergo console"))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary())
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Bundled libraries and their licences:")))
        libraries = bundled_libraries()
        self.libraries = QTableWidget(len(libraries), 3)
        self.libraries.setAccessibleName(self.tr("Bundled libraries"))
        self.libraries.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.libraries.verticalHeader().hide()
        for row, library in enumerate(libraries):
            licence = library.licence or self.tr("see the library's own files")
            for column, text in enumerate((library.name, library.version, licence)):
                self.libraries.setItem(row, column, QTableWidgetItem(text))
        header = self.libraries.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.libraries, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def _summary(self) -> str:
        where = folders()

        def link(path: object) -> str:
            url = QUrl.fromLocalFile(str(path)).toString()
            return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'

        rows = (
            (self.tr("Data (store, journals)"), link(where.data)),
            (self.tr("Sandbox data"), link(where.sandbox)),
            (self.tr("Connections"), link(where.config)),
            (self.tr("Settings"), html.escape(QSettings().fileName())),
            (self.tr("Logs"), link(where.logs)),
        )
        table = "".join(f"<tr><td>{name}:&nbsp;</td><td>{value}</td></tr>" for name, value in rows)
        python = ".".join(str(part) for part in sys.version_info[:3])
        title = html.escape(self.tr("meetergo console"))
        purpose = html.escape(self.tr("Manage many client accounts on meetergo."))
        docs = html.escape(self.tr("meetergo API documentation"))
        return (
            f"<h3>{title} {html.escape(version())}</h3><p>{purpose}</p>"
            f"<p>Qt {qVersion()} · PySide6 {pyside_version} · Python {python}</p>"
            f'<table>{table}</table><p><a href="{DOCS_URL}">{docs}</a></p>'
        )


__all__ = ["DOCS_URL", "AboutDialog"]
