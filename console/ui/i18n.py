"""Translations: find the ``.ts`` sources, build ``.qm`` files when needed, install translators.

Why compile at start-up: the ``.ts`` files are the committed source of truth and ``.qm`` files
are build output (ecosystem-notes §6.1). A fresh clone run with ``uv run meetergo-console`` has
no build step, so the first start compiles them with the ``lrelease`` that PySide6 ships, into
the user data folder, and recompiles whenever a ``.ts`` is newer. Frozen builds ship the ``.qm``
next to the ``.ts`` and use those directly.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console import paths

log = logging.getLogger(__name__)

# Languages the console ships. English is the source language; its .ts only holds plurals.
LANGUAGES = ("en", "de")
CATALOG = "console"


def source_dir() -> Path:
    """Folder with ``console_<lang>.ts`` (and, in frozen builds, prebuilt ``.qm`` files)."""
    package = Path(__file__).resolve().parent.parent
    packaged = package / "_resources" / "translations"
    if packaged.is_dir():
        return packaged
    return package.parent / "resources" / "translations"


def _lrelease() -> Path | None:
    base = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        candidate = base / name
        if candidate.exists():
            return candidate
    return None


def compiled_catalog(language: str, *, target_dir: Path | None = None) -> Path | None:
    """Path of an up-to-date ``console_<language>.qm``, compiling it if needed; None if absent."""
    ts = source_dir() / f"{CATALOG}_{language}.ts"
    shipped = ts.with_suffix(".qm")
    if not ts.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= ts.stat().st_mtime:
        return shipped
    out_dir = target_dir if target_dir is not None else paths.data_dir() / "translations"
    out_dir.mkdir(parents=True, exist_ok=True)
    qm = out_dir / f"{CATALOG}_{language}.qm"
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("lrelease not found; the user interface stays in English")
        return None
    result = subprocess.run(
        [str(tool), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not qm.exists():
        log.warning("lrelease failed for %s: %s", ts.name, result.stderr.strip())
        return None
    return qm


def choose_language(setting: str | None) -> str:
    """The setting if it names a shipped language, else the system language, else English."""
    if setting in LANGUAGES:
        return str(setting)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(
    app: QCoreApplication, language: str, *, target_dir: Path | None = None
) -> list[QTranslator]:
    """Install our catalog (and Qt's own for standard buttons) for ``language``.

    The translators are returned so the caller keeps them alive (Qt does not own them).
    """
    installed: list[QTranslator] = []
    qm = compiled_catalog(language, target_dir=target_dir)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load %s", qm)
    if language != "en":
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    QLocale.setDefault(QLocale(language))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (language switch, tests)."""
    for translator in translators:
        app.removeTranslator(translator)


__all__ = [
    "LANGUAGES",
    "choose_language",
    "compiled_catalog",
    "install_translators",
    "remove_translators",
    "source_dir",
]
