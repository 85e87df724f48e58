"""Header sections never narrower than their own text ("Vorher → nachher" is not "Vorher…").

Interactive sections start at the header's default size, which fits the English column names
but cuts longer German ones. :func:`keep_header_texts_whole` widens any section that is
narrower than its text (with the sort indicator's room) whenever the columns change; the user
can still make a column narrower by hand afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

#: Room for the sort arrow beside the text.
SORT_ARROW_PX = 18


def text_width(header: QHeaderView, section: int) -> int:
    """The width that shows section ``section``'s title whole, margins and sort arrow included."""
    model = header.model()
    if model is None:
        return 0
    text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    margin = header.style().pixelMetric(
        QStyle.PixelMetric.PM_HeaderMargin, QStyleOptionHeader(), header
    )
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin + SORT_ARROW_PX + 4


def fit_header_texts(header: QHeaderView) -> None:
    """Widen every interactive section narrower than its title."""
    for section in range(header.count()):
        if header.sectionResizeMode(section) is not QHeaderView.ResizeMode.Interactive:
            continue
        needed = text_width(header, section)
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


class _HeaderFitter(QObject):
    """Refits its header when the model or its columns change (owned by the header)."""

    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header
        header.sectionCountChanged.connect(self._fit)
        header.geometriesChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        fit_header_texts(self._header)


def keep_header_texts_whole(header: QHeaderView) -> None:
    """Keep ``header``'s section titles whole from now on (once per header)."""
    if header.findChild(_HeaderFitter) is None:
        _HeaderFitter(header)


__all__ = ["fit_header_texts", "keep_header_texts_whole", "text_width"]
