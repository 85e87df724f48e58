"""The Qt fixtures of the end-to-end tests: translators, Qt garbage, the loop, the bus."""

from tests.qt_harness import bus, collect_qt_garbage, english, qloop, recorder

__all__ = ["bus", "collect_qt_garbage", "english", "qloop", "recorder"]
