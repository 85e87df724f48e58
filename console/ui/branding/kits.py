"""The brand-kit row of the branding tab: choose, save, load, delete, export, import, apply."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RenameKitDialog(QDialog):
    """Asks for a kit's new name; OK stays off while the name is empty or another kit's.

    Signals:
        renamed(str, str): the old and the new name, when the user confirms.
    """

    renamed = Signal(str, str)

    def __init__(self, old: str, taken: Collection[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename brand kit"))
        self._old = old
        self._taken = {t.casefold() for t in taken if t != old}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New name of the kit {name}:").format(name=old)))
        self.name_edit = QLineEdit(old)
        self.name_edit.setAccessibleName(self.tr("New name"))
        layout.addWidget(self.name_edit)
        self.problem = QLabel()
        self.problem.setObjectName("renameProblem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)
        self._check(old)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _check(self, text: str) -> None:
        name = text.strip()
        problem = ""
        if not name:
            problem = self.tr("Enter a name.")
        elif name.casefold() in self._taken:
            problem = self.tr("A kit named {name} exists already.").format(name=name)
        self.problem.setText(problem)
        self.ok_button.setEnabled(not problem and name != self._old)

    def _accept(self) -> None:
        name = self.name_edit.text().strip()
        if self.ok_button.isEnabled():
            self.renamed.emit(self._old, name)
            self.accept()


class KitsBox(QGroupBox):
    """The connection's brand kits and what can be done with the chosen one.

    Signals:
        save_requested(str): save the form's look as a kit of this name.
        load_requested(str): put the kit's values into the form.
        delete_requested(str): delete the kit.
        rename_requested(str, str): give the kit (old name) a new name.
        export_requested(str, str): write the kit (name) to a file (path).
        import_requested(str): read a kit from a file (path).
        apply_requested(str): apply the kit to accounts chosen in the picker.
    """

    save_requested = Signal(str)
    load_requested = Signal(str)
    delete_requested = Signal(str)
    rename_requested = Signal(str, str)
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
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_dialog: RenameKitDialog | None = None
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.apply_button = QPushButton(self.tr("Apply to accounts…"))
        grid.addWidget(self.kits, 0, 0, 1, 2)
        for index, button in enumerate(
            (
                self.save_button,
                self.load_button,
                self.rename_button,
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
        self.rename_button.clicked.connect(self._ask_rename)
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
        for button in (
            self.load_button,
            self.rename_button,
            self.delete_button,
            self.export_button,
        ):
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

    def names(self) -> list[str]:
        return [self.kits.itemText(i) for i in range(self.kits.count())]

    def _ask_rename(self) -> None:
        name = self.current()
        if not name:
            return
        dialog = RenameKitDialog(name, self.names(), self)
        dialog.renamed.connect(self.rename_requested.emit)
        dialog.finished.connect(lambda _result: setattr(self, "rename_dialog", None))
        self.rename_dialog = dialog
        dialog.open()

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
