"""The status bar's words for the messages the Qt-free jobs post (``Message.kind``).

The jobs write English for the log and the command line; the window shows the same facts in the
user's language. A kind this table does not know keeps its English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from console.messages import Message


class BusTexts(QObject):
    """Translated sentences for job messages of a known kind.

    Signals: none.
    """

    def words(self, message: Message) -> str | None:
        """``message`` in the user's language, or None to keep its own text."""
        values = dict(message.values)
        if message.kind == "onboarding-ended":
            text = (
                self.tr(
                    "Import cancelled: {done} done, {failed} failed, {pending} pending, "
                    "{skipped} skipped."
                )
                if values.get("cancelled")
                else self.tr(
                    "Import finished: {done} done, {failed} failed, {pending} pending, "
                    "{skipped} skipped."
                )
            )
        elif message.kind == "change-set-ended":
            text = self.tr(
                "{name}: {done} done, {failed} failed, {conflicts} conflicts, {pending} pending."
            )
        else:
            return None
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):  # a job that sent other values: its own text
            return None


__all__ = ["BusTexts"]
