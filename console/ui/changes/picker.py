"""The account picker behind every "apply to many": tick accounts, search, pick a client at once.

Search ignores case and accents ("schafer" and "schaefer" both find Schäfer). "Accounts of this
client" ticks every account with the current account's e-mail domain; saved groups (a name → the
ticked user ids, kept in QSettings) pick a client whose people use several domains. The dialog
is opened with ``open()`` and reports through ``accounts_chosen``; nothing waits on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.search import search_key
from console.ui.accounts.model import AccountRow
from console.ui.changes.accounts import PickedAccount

_Index = QModelIndex | QPersistentModelIndex

GROUPS_KEY = "changes/accountGroups"


def email_domain(email: str) -> str:
    """The part after the "@" (lower case), or "" for an address without one."""
    _, at, domain = email.strip().rpartition("@")
    return domain.casefold() if at else ""


def picked(row: AccountRow) -> PickedAccount:
    """The picker's result for one account (labelled by e-mail, the name as fallback)."""
    return PickedAccount(row.id, row.email or row.name, row.timezone or None)


class AccountGroups:
    """Named groups of accounts (user ids), saved in QSettings as one JSON value."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def _read(self) -> dict[str, list[str]]:
        raw = self._settings.value(GROUPS_KEY, "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): [str(i) for i in v] for k, v in data.items() if isinstance(v, list)}

    def names(self) -> list[str]:
        """The saved groups' names, sorted."""
        return sorted(self._read(), key=str.casefold)

    def members(self, name: str) -> list[str]:
        """The user ids of group ``name`` (empty when there is none)."""
        return self._read().get(name, [])

    def save(self, name: str, user_ids: Iterable[str]) -> None:
        """Create or replace group ``name``."""
        groups = self._read()
        groups[name] = list(user_ids)
        self._settings.setValue(GROUPS_KEY, json.dumps(groups, ensure_ascii=False))


class PickerModel(QAbstractListModel):
    """The accounts with a check box each; two lines per row: name, e-mail."""

    def __init__(self, rows: Sequence[AccountRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)
        self._keys = [search_key(f"{r.name}\n{r.email}") for r in self._rows]
        self._checked: set[str] = set()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if row.name == row.email else f"{row.name}\n{row.email}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.name if row.name == row.email else f"{row.name}, {row.email}"
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = row.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        user_id = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(user_id)
        else:
            self._checked.discard(user_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def key(self, row: int) -> str:
        """The search key of source row ``row``."""
        return self._keys[row]

    def account(self, row: int) -> AccountRow:
        return self._rows[row]

    def set_checked(self, user_ids: Iterable[str]) -> None:
        """Tick exactly ``user_ids`` (unknown ids are ignored)."""
        known = {r.id for r in self._rows}
        self._checked = set(user_ids) & known
        self._emit_all_changed()

    def check(self, user_ids: Iterable[str]) -> None:
        """Tick ``user_ids`` in addition to those already ticked."""
        self._checked |= set(user_ids) & {r.id for r in self._rows}
        self._emit_all_changed()

    def checked_ids(self) -> list[str]:
        """Ticked user ids, in list order."""
        return [r.id for r in self._rows if r.id in self._checked]

    def checked(self) -> list[AccountRow]:
        return [r for r in self._rows if r.id in self._checked]

    def accounts(self) -> list[AccountRow]:
        return list(self._rows)

    def _emit_all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )


class PickerFilter(QSortFilterProxyModel):
    """Keeps the accounts whose name or e-mail contain the search text (accents ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []

    def set_search_text(self, text: str) -> None:
        # Every word must match somewhere: "anna kanzlei" finds Anna at kanzlei.example.
        self.beginFilterChange()
        self._needles = [search_key(word).split("\n")[0] for word in text.split()]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        source = self.sourceModel()
        if not self._needles or not isinstance(source, PickerModel):
            return True
        key = source.key(source_row)
        return all(needle in key for needle in self._needles)


class AccountPicker(QDialog):
    """Choose the accounts a change is planned for.

    Signals:
        accounts_chosen(list): OK was pressed; the ticked accounts as :class:`PickedAccount`,
            in list order (OK is disabled while none is ticked).
    """

    accounts_chosen = Signal(list)

    def __init__(
        self,
        accounts: Sequence[AccountRow],
        *,
        current: AccountRow | None = None,
        settings: QSettings | None = None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = PickerModel(accounts, self)
        self.proxy = PickerFilter(self)
        self.proxy.setSourceModel(self.model)
        self._current = current
        self.groups = AccountGroups(settings if settings is not None else QSettings())
        self._setup_ui(title)
        self.model.dataChanged.connect(self._on_model_data_changed)
        self.accepted.connect(self._on_accepted)
        self._update_count()

    # -- what the picker holds --------------------------------------------------------------

    def chosen(self) -> list[PickedAccount]:
        """The ticked accounts, in list order."""
        return [picked(r) for r in self.model.checked()]

    def client_domain(self) -> str:
        """The e-mail domain of the current account ("" when there is none)."""
        return email_domain(self._current.email) if self._current is not None else ""

    # -- actions (buttons and shortcuts call these; tests too) ------------------------------

    def check_all(self) -> None:
        """Tick every account, also those the search hides."""
        self.model.set_checked(r.id for r in self.model.accounts())

    def check_none(self) -> None:
        self.model.set_checked(())

    def check_shown(self) -> None:
        """Tick every account the search shows (Ctrl+A in the list)."""
        rows = (self.proxy.mapToSource(self.proxy.index(i, 0)).row() for i in range(self.shown()))
        self.model.check(self.model.account(r).id for r in rows)

    def check_client(self) -> None:
        """Tick exactly the accounts with the current account's e-mail domain."""
        domain = self.client_domain()
        if domain:
            self.model.set_checked(
                r.id for r in self.model.accounts() if email_domain(r.email) == domain
            )

    def check_group(self, name: str) -> None:
        """Tick exactly the members of saved group ``name``."""
        self.model.set_checked(self.groups.members(name))

    def save_group(self, name: str) -> None:
        """Save the ticked accounts as group ``name`` (replacing one of that name)."""
        name = name.strip()
        if not name or not self.model.checked_ids():
            return
        self.groups.save(name, self.model.checked_ids())
        self._fill_groups()
        self.group_combo.setCurrentIndex(self.group_combo.findData(name))

    def shown(self) -> int:
        """How many accounts the search shows."""
        return self.proxy.rowCount()

    # -- construction -----------------------------------------------------------------------

    def _setup_ui(self, title: str | None) -> None:
        self.setWindowTitle(title or self.tr("Choose accounts"))
        self.resize(520, 620)
        layout = QVBoxLayout(self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name or e-mail"))
        self.search_edit.setAccessibleName(self.tr("Search accounts"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        self.search_edit.installEventFilter(self)
        layout.addWidget(self.search_edit)

        quick = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&All accounts"))
        self.all_button.setAccessibleName(self.tr("Tick all accounts"))
        self.all_button.clicked.connect(self.check_all)
        self.none_button = QPushButton(self.tr("&None"))
        self.none_button.setAccessibleName(self.tr("Untick all accounts"))
        self.none_button.clicked.connect(self.check_none)
        domain = self.client_domain()
        self.client_button = QPushButton(
            self.tr("Accounts of this &client (@{domain})").format(domain=domain)
            if domain
            else self.tr("Accounts of this &client")
        )
        self.client_button.setAccessibleName(
            self.tr("Tick the accounts with the e-mail domain {domain}").format(domain=domain)
            if domain
            else self.tr("Tick the accounts of the current client")
        )
        self.client_button.setToolTip(
            self.tr("Every account whose e-mail ends in @{domain}").format(domain=domain)
            if domain
            else self.tr("Select an account first: its e-mail domain names the client.")
        )
        self.client_button.setEnabled(bool(domain))
        self.client_button.clicked.connect(self.check_client)
        for button in (self.all_button, self.none_button, self.client_button):
            button.setAutoDefault(False)
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)

        groups = QHBoxLayout()
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Saved groups"))
        self.group_combo.activated.connect(self._on_group_combo_activated)
        self.save_group_button = QPushButton(self.tr("&Save as group…"))
        self.save_group_button.setAccessibleName(self.tr("Save the ticked accounts as a group"))
        self.save_group_button.setAutoDefault(False)
        self.save_group_button.clicked.connect(self._on_save_group_button_clicked)
        groups.addWidget(QLabel(self.tr("Group:")))
        groups.addWidget(self.group_combo, 1)
        groups.addWidget(self.save_group_button)
        layout.addLayout(groups)
        self._fill_groups()

        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Accounts to change"))
        self.list_view.setModel(self.proxy)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSpacing(1)
        layout.addWidget(self.list_view, 1)
        # Ctrl+A in the list ticks (rather than selects) what the search shows.
        tick_shown = QAction(self.tr("Tick all shown"), self.list_view)
        tick_shown.setShortcut(QKeySequence.StandardKey.SelectAll)
        tick_shown.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tick_shown.triggered.connect(self.check_shown)
        self.list_view.addAction(tick_shown)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Accounts ticked"))
        layout.addWidget(self.count_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Plan the change for the ticked accounts"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search_edit.setFocus()

    def _fill_groups(self) -> None:
        self.group_combo.clear()
        names = self.groups.names()
        self.group_combo.addItem(
            self.tr("Saved groups…") if names else self.tr("No saved groups"), None
        )
        for name in names:
            self.group_combo.addItem(name, name)
        self.group_combo.setEnabled(bool(names))

    # -- slots ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the search box goes to the list, so the keyboard never has to tab around.
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.shown()
        ):
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.list_view.currentIndex().isValid():
                self.list_view.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _on_group_combo_activated(self, index: int) -> None:
        name = self.group_combo.itemData(index)
        if isinstance(name, str):
            self.check_group(name)

    def _on_save_group_button_clicked(self) -> None:
        # open() + signal, never the static getText (a nested event loop).
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Save as group"))
        ask.setLabelText(self.tr("Name of the group (e.g. the client's company):"))
        ask.textValueSelected.connect(self.save_group)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.open()
        self._ask = ask

    def _on_model_data_changed(self, *_args: object) -> None:
        self._update_count()

    def _update_count(self) -> None:
        checked = len(self.model.checked_ids())
        total = self.model.rowCount()
        self.count_label.setText(
            self.tr("{checked} of %n account(s) ticked", "", total).format(checked=checked)
        )
        self.ok_button.setEnabled(checked > 0)
        self.save_group_button.setEnabled(checked > 0)

    def _on_accepted(self) -> None:
        self.accounts_chosen.emit(self.chosen())


__all__ = [
    "AccountGroups",
    "AccountPicker",
    "PickerFilter",
    "PickerModel",
    "email_domain",
    "picked",
    "search_key",
]
