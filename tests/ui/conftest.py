"""The Qt fixtures (English catalog, Qt garbage collection, the qasync loop, the message bus)."""

from tests.qt_harness import bus, collect_qt_garbage, english, qloop, recorder

__all__ = ["bus", "collect_qt_garbage", "english", "qloop", "recorder"]
