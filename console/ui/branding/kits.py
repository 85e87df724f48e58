"""The brand-kit row of the branding tab: choose, save, load, delete, export, import, apply."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QPushButton,
    QWidget,
)


class KitsBox(QGroupBox):
    """The connection's brand kits and what can be done with the chosen one.

    Signals:
        save_requested(str): save the form's look as a kit of this name.
        load_requested(str): put the kit's values into the form.
        delete_requested(str): delete the kit.
        export_requested(str, str): write the kit (name) to a file (path).
        import_requested(str): read a kit from a file (path).
        apply_requested(str): apply the kit to accounts chosen in the picker.
    """

    save_requested = Signal(str)
    load_requested = Signal(str)
    delete_requested = Signal(str)
    export_requested = Signal(str, str)
    import_requested = Signal(str)
    apply_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Brand kits"), parent)
        grid = QGridLayout(self)
        self.kits = QComboBox()
        self.kits.setAccessibleName(self.tr("Brand kit"))
        self.save_button = QPushButton(self.tr("Save look as kit…"))
        self.load_button = QPushButton(self.tr("Use in form"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.apply_button = QPushButton(self.tr("Apply to accounts…"))
        grid.addWidget(self.kits, 0, 0, 1, 2)
        for index, button in enumerate(
            (
                self.save_button,
                self.load_button,
                self.delete_button,
                self.export_button,
                self.import_button,
                self.apply_button,
            )
        ):
            grid.addWidget(button, 1 + index // 2, index % 2)  # two columns: fits 800 px in German
        self.save_button.clicked.connect(self._ask_name)
        self.load_button.clicked.connect(lambda: self._with_kit(self.load_requested.emit))
        self.delete_button.clicked.connect(lambda: self._with_kit(self.delete_requested.emit))
        self.apply_button.clicked.connect(lambda: self._with_kit(self.apply_requested.emit))
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        self.show_kits([])

    def show_kits(self, names: list[str], current: str | None = None) -> None:
        self.kits.clear()
        self.kits.addItems(names)
        if current in names:
            self.kits.setCurrentText(current)
        has = bool(names)
        for button in (self.load_button, self.delete_button, self.export_button):
            button.setEnabled(has)
        self.apply_button.setEnabled(has)

    def current(self) -> str:
        return self.kits.currentText()

    def _with_kit(self, emit: object) -> None:
        name = self.current()
        if name and callable(emit):
            emit(name)

    def _ask_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save brand kit"),
            self.tr("Name of the kit (e.g. the client):"),
            text=self.current(),
        )
        if ok and name.strip():
            self.save_requested.emit(name.strip())

    def _ask_export(self) -> None:
        name = self.current()
        if not name:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export brand kit"), f"{name}.json", self.tr("Brand kit (*.json)")
        )
        if path:
            self.export_requested.emit(name, path)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import brand kit"), "", self.tr("Brand kit (*.json)")
        )
        if path:
            self.import_requested.emit(path)
