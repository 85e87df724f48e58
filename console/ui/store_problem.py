"""The one dialog of a store the console cannot open (unreachable, or newer than the console)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def store_problem_box(parent: QWidget | None, sentence: str) -> QMessageBox:
    """The message box naming why the store cannot be opened (``sentence``, from the store)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StoreProblem", "The store cannot be opened"))
    box.setText(
        QCoreApplication.translate(
            "StoreProblem", "The console cannot open its store and closes. %1"
        ).replace("%1", sentence[:1].upper() + sentence[1:])
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StoreProblem",
            "The store is chosen with 'meetergo-console store set URL' "
            "('store clear' goes back to this computer's own).",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


async def show_store_problem(parent: QWidget | None, sentence: str) -> None:
    """Show the box and wait until it is closed (without a nested event loop)."""
    box = store_problem_box(parent, sentence)
    closed: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_finished(_result: int) -> None:
        if not closed.done():
            closed.set_result(None)

    box.finished.connect(on_finished)
    box.open()
    await closed
