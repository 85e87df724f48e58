"""The one message channel: services report info, warnings and errors here.

Plain Python (no Qt) so that services, jobs and the CLI can report without knowing who listens.
Every message is logged; the GUI subscribes and shows it (status bar, toast, dialog), the CLI
subscribes and prints it. Nothing is swallowed and nothing reaches a user as a traceback.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

log = logging.getLogger("console.messages")


class Level(enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str
    #: What the sentence reports, for a window that words it in the user's language: a kind
    #: and the values in it ("" when the English text is all there is; the CLI prints ``text``).
    kind: str = ""
    values: Mapping[str, object] = field(default_factory=dict)


Listener = Callable[[Message], None]


class MessageBus:
    """Fan-out of user-facing messages to whoever listens (GUI bridge, CLI printer, tests)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; the returned function removes it again."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def info(self, text: str, *, kind: str = "", **values: object) -> None:
        self._publish(Message(Level.INFO, text, kind, values))

    def warning(self, text: str) -> None:
        self._publish(Message(Level.WARNING, text))

    def error(self, text: str, exc: BaseException | None = None) -> None:
        # The traceback goes to the log for us; the listener only gets the sentence.
        log.error(text, exc_info=exc)
        self._publish(Message(Level.ERROR, text), logged=True)

    def _publish(self, message: Message, *, logged: bool = False) -> None:
        if not logged:
            log.log(
                logging.WARNING if message.level is Level.WARNING else logging.INFO, message.text
            )
        for listener in list(self._listeners):
            listener(message)
