"""A row of tool widgets that moves what does not fit into a "»" menu.

Used in place of a ``QHBoxLayout`` (same ``addWidget``/``addStretch``/``addSpacing`` calls), so a
tab's row of buttons and filters never forces the window wider than the screen: when the row
is narrower than its items, the last items that can be folded are hidden and offered in the
menu of a "»" button at the row's end, which takes the keyboard focus like any button (Space
opens it; a folded button's Alt letter still triggers it).

What a folded item becomes in the menu:

* a button (push, tool or check box) → an action with its text, icon, enabled and checked
  state; choosing it clicks the button, so its ``clicked``/``toggled`` signals fire as usual;
* a combo box → a submenu of its entries; choosing one selects it and emits ``activated``;
* a label → a disabled entry with its text (e.g. a count);
* anything else (line edits, date edits, long searchable lists) is never folded, and neither is
  a check box or label just before such a field (its switch or caption, "From [date]").

The row keeps a widget's own visibility: a widget the tab hides stays hidden and out of the
menu, one it shows again takes part again. Qt sends no event when an already hidden widget is
hidden again, so to hide an item that may be folded at that moment use
:meth:`ToolRow.set_item_visible`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

#: A combo with more entries than this is not offered as a submenu (a list of 400 time zones
#: is no menu); it stays in the row.
MAX_MENU_ENTRIES = 40
#: What a stretching field (a search box) keeps before its neighbours move into the menu.
STRETCH_ROOM_PX = 140


def foldable(widget: QWidget) -> bool:
    """Whether ``widget`` can be offered in the "»" menu when it does not fit."""
    if isinstance(widget, QAbstractButton | QLabel):
        return True
    return (
        isinstance(widget, QComboBox)
        and not widget.isEditable()
        and widget.count() <= MAX_MENU_ENTRIES
    )


class ToolRow(QWidget):
    """A horizontal row whose items that do not fit move into a "»" overflow menu.

    Signals:
        folded_changed(int): the number of items now in the overflow menu changed.
    """

    folded_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The row decides what fits; the layout must not push the row's minimum up to the sum.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._items: list[QWidget] = []
        self._wanted: dict[QWidget, bool] = {}
        self._folded: list[QWidget] = []
        self._changing = False
        self._shortcuts: list[QAction] = []
        self._spaces: list[int] = []  # stretches (0) and fixed spacings, as the layout has them
        self.more_button = QToolButton(self)
        self.more_button.setText("»")
        self.more_button.setAccessibleName(self.tr("More actions"))
        self.more_button.setToolTip(self.tr("More actions"))
        self.more_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAutoRaise(True)
        # "»" already says there is more; the style's extra arrow would only repeat it.
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.menu = QMenu(self.more_button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more_button.setMenu(self.menu)
        self.more_button.hide()
        self._layout.addWidget(self.more_button)

    # -- the QHBoxLayout calls the tabs make --------------------------------------------------

    def addWidget(
        self, widget: QWidget, stretch: int = 0, alignment: Qt.AlignmentFlag | None = None
    ) -> None:
        """Append ``widget`` (``stretch`` as in ``QHBoxLayout.addWidget``)."""
        explicitly_hidden = widget.isHidden() and widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        )
        index = self._layout.count() - 1  # before the "»" button
        if alignment is None:
            self._layout.insertWidget(index, widget, stretch)
        else:
            self._layout.insertWidget(index, widget, stretch, alignment)
        self._items.append(widget)
        self._wanted[widget] = not explicitly_hidden
        widget.installEventFilter(self)
        self._relayout()

    def addStretch(self, stretch: int = 0) -> None:
        """Append stretchable space."""
        self._layout.insertStretch(self._layout.count() - 1, stretch)
        self._spaces.append(0)

    def addSpacing(self, size: int) -> None:
        """Append fixed space."""
        self._layout.insertSpacing(self._layout.count() - 1, size)
        self._spaces.append(size)

    def setSpacing(self, spacing: int) -> None:
        """Space between items."""
        self._layout.setSpacing(spacing)

    def set_item_visible(self, widget: QWidget, visible: bool) -> None:
        """Show or hide an item for good (folded or not); the row places the rest again."""
        self._wanted[widget] = visible
        self._changing = True
        try:
            widget.setVisible(visible and widget not in self._folded)
        finally:
            self._changing = False
        self.updateGeometry()
        self._relayout()

    # -- what the row shows -------------------------------------------------------------------

    def folded(self) -> list[QWidget]:
        """The items now offered in the "»" menu instead of the row, in row order."""
        return list(self._folded)

    def items(self) -> list[QWidget]:
        """Every item added, in row order."""
        return list(self._items)

    # -- sizes --------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        widths = [_hint(w) for w in self._shown_items()]
        height = max([self.more_button.sizeHint().height(), *(_height(w) for w in self._items)])
        return QSize(self._total(widths, folded=False), height)

    def minimumSizeHint(self) -> QSize:
        shown = self._shown_items()
        kept = [_min(w) for w in shown if not self._may_fold(w, shown)]
        folds = any(self._may_fold(w, shown) for w in shown)
        height = max([self.more_button.sizeHint().height(), *(_height(w) for w in self._items)])
        return QSize(self._total(kept, folded=folds), height)

    # -- Qt overrides -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._relayout()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # an item's size changed (its text)
            self._relayout()
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._changing and isinstance(watched, QWidget) and watched in self._wanted:
            kind = event.type()
            if kind == QEvent.Type.ShowToParent:
                self._wanted[watched] = True
                self.updateGeometry()
                self._relayout()
            elif kind == QEvent.Type.HideToParent:
                self._wanted[watched] = False
                self.updateGeometry()
                self._relayout()
        return False

    # -- folding ------------------------------------------------------------------------------

    def _shown_items(self) -> list[QWidget]:
        return [w for w in self._items if self._wanted.get(w, True)]

    def _total(self, widths: list[int], *, folded: bool) -> int:
        parts = [*widths, *self._spaces]
        if folded:
            parts.append(self.more_button.sizeHint().width())
        spacing = max(0, self._layout.spacing())
        return sum(parts) + spacing * max(0, len(parts) - 1)

    def _relayout(self) -> None:
        shown = self._shown_items()
        available = self.width()
        needed = {w: self._needed(w) for w in shown}
        folded: list[QWidget] = []
        row = list(shown)
        while self._total([needed[w] for w in row], folded=bool(folded)) > available:
            candidates = [w for w in row if self._may_fold(w, shown)]
            if not candidates:
                break
            last = candidates[-1]
            row.remove(last)
            folded.insert(0, last)
        self._changing = True
        try:
            for widget in self._items:
                widget.setVisible(widget in row)
            self.more_button.setVisible(bool(folded))
        finally:
            self._changing = False
        if folded != self._folded:
            self._folded = folded
            self._update_shortcuts()
            self.folded_changed.emit(len(folded))

    def _may_fold(self, widget: QWidget, shown: list[QWidget]) -> bool:
        # A check box or label right before a field that stays ("From [date]") is that field's
        # switch or caption: it stays beside it rather than in the menu.
        if not foldable(widget):
            return False
        if isinstance(widget, QCheckBox | QLabel):
            index = shown.index(widget)
            following = shown[index + 1] if index + 1 < len(shown) else None
            if following is not None and not foldable(following):
                return False
        return True

    def _needed(self, widget: QWidget) -> int:
        # A stretching item (a search field) may shrink, but not below a width that still shows
        # a few words; the others keep their size.
        stretches = self._layout.stretch(self._layout.indexOf(widget)) > 0
        if stretches:
            return max(_min(widget), min(_hint(widget), STRETCH_ROOM_PX))
        return _hint(widget)

    def _update_shortcuts(self) -> None:
        # A folded button's Alt letter keeps working (a hidden button's own mnemonic does not).
        for action in self._shortcuts:
            self.removeAction(action)
            action.deleteLater()
        self._shortcuts = []
        for widget in self._folded:
            if not isinstance(widget, QAbstractButton):
                continue
            keys = QKeySequence.mnemonic(widget.text())
            if keys.isEmpty():
                continue
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, b=widget: b.click() if b.isEnabled() else None)
            self.addAction(action)
            self._shortcuts.append(action)

    def _fill_menu(self) -> None:
        self.menu.clear()
        for widget in self._folded:
            if isinstance(widget, QAbstractButton):
                self._add_button(widget)
            elif isinstance(widget, QComboBox):
                self._add_combo(widget)
            elif isinstance(widget, QLabel) and widget.text():
                entry = self.menu.addAction(widget.text())
                entry.setEnabled(False)

    def _add_button(self, button: QAbstractButton) -> None:
        entry = self.menu.addAction(button.icon(), button.text())
        entry.setEnabled(button.isEnabled())
        entry.setToolTip(button.toolTip())
        if button.isCheckable():
            entry.setCheckable(True)
            entry.setChecked(button.isChecked())
        submenu = button.menu() if isinstance(button, QPushButton | QToolButton) else None
        if submenu is not None:
            entry.setMenu(submenu)
        else:
            entry.triggered.connect(lambda _=False: button.click())

    def _add_combo(self, combo: QComboBox) -> None:
        title = combo.accessibleName() or combo.toolTip() or combo.currentText()
        submenu = self.menu.addMenu(title)
        submenu.setEnabled(combo.isEnabled())
        group = QActionGroup(submenu)
        for index in range(combo.count()):
            entry = submenu.addAction(combo.itemIcon(index), combo.itemText(index))
            entry.setCheckable(True)
            entry.setChecked(index == combo.currentIndex())
            group.addAction(entry)
            entry.triggered.connect(lambda _=False, i=index: _choose(combo, i))


def _choose(combo: QComboBox, index: int) -> None:
    # As if picked in the combo's own list: the tabs listen to activated as well as to changes.
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    combo.textActivated.emit(combo.itemText(index))


def _hint(widget: QWidget) -> int:
    return max(widget.sizeHint().width(), widget.minimumWidth(), _min(widget))


def _min(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def _height(widget: QWidget) -> int:
    return max(widget.sizeHint().height(), widget.minimumSizeHint().height())


__all__ = ["MAX_MENU_ENTRIES", "ToolRow", "foldable"]
