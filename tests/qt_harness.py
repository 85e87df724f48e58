"""Fixtures of the Qt test suites (``tests/ui``, ``tests/e2e``): translators, Qt garbage, the loop.

Their ``conftest.py`` files import these fixtures, so both suites share one definition.

The explicit qasync loop harness (code-style-anchors §5, harness 1): integration tests call
``qloop.run_until_complete(scenario())`` and, inside the scenario, await signal futures with
``asyncio.wait_for`` — never ``qtbot.wait*`` inside a coroutine (Q12).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from console.asyncqt import make_loop
from console.messages import Message, MessageBus
from console.ui.i18n import install_translators, remove_translators


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The English catalog (plural forms), installed like the app does at start-up."""
    translators = install_translators(qapp, "en", target_dir=tmp_path_factory.mktemp("qm"))
    assert translators, "console_en.qm could not be built"
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def collect_qt_garbage() -> Iterator[None]:
    """Collect reference cycles of Qt objects on the main thread after each test.

    Otherwise a cycle (a presenter and its closures) may be collected later inside a worker
    thread (asyncio.to_thread, the store's executor), and Qt warns "Timers cannot be stopped
    from another thread" in an unrelated test.
    """
    yield
    gc.collect()


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on pytest-qt's QApplication; drained and closed while the app lives (Q15)."""
    qapp.setQuitOnLastWindowClosed(False)
    loop = make_loop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)


class MessageRecorder:
    """Collects what the message bus posts, so tests can assert on the user-visible sentence."""

    def __init__(self, bus: MessageBus) -> None:
        self.messages: list[Message] = []
        bus.subscribe(self.messages.append)

    @property
    def texts(self) -> list[str]:
        return [m.text for m in self.messages]


@pytest.fixture
def bus() -> MessageBus:
    return MessageBus()


@pytest.fixture
def recorder(bus: MessageBus) -> MessageRecorder:
    return MessageRecorder(bus)
