"""What Help → About shows: the version, the bundled libraries with their licences, the folders.

Qt-free (the dialog is ``console.ui.about``): the libraries are the console's own runtime
requirements as its installed metadata lists them (``importlib.metadata``), so the list stays
true when a dependency is added, and each licence is read from that library's metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from console import __version__, paths

DISTRIBUTION = "meetergo-console"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")
#: A licence text longer than this is the full licence, not its name.
_SHORT = 60


@dataclass(frozen=True)
class Library:
    """One bundled library: its name, installed version and licence."""

    name: str
    version: str
    licence: str


@dataclass(frozen=True)
class Folders:
    """Where the console keeps its files on this machine (``console.paths``)."""

    data: Path
    config: Path
    logs: Path
    sandbox: Path


def version() -> str:
    """The console's version."""
    return __version__


def licence_of(meta: metadata.PackageMetadata) -> str:
    """A library's licence as its metadata names it (SPDX expression, short field, classifier);
    "" when the metadata names none."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License")
    if text and "\n" not in text and len(text) <= _SHORT:
        return text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::") and "OSI Approved ::" in classifier:
            return str(classifier).rsplit("::", 1)[1].strip()
    return ""


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def bundled_libraries() -> list[Library]:
    """The console's runtime requirements, each with its installed version and licence."""
    try:
        requirements = metadata.requires(DISTRIBUTION) or []
    except metadata.PackageNotFoundError:  # a build without the console's own metadata
        return []
    found: list[Library] = []
    for requirement in requirements:
        if ";" in requirement and "extra" in requirement.split(";", 1)[1]:
            continue  # the tests' tools are not bundled
        match = _NAME.match(requirement.strip())
        if match is None:
            continue
        try:
            dist = metadata.distribution(match.group(0))
        except metadata.PackageNotFoundError:
            continue
        name = _field(dist.metadata, "Name") or match.group(0)
        found.append(Library(name, dist.version, licence_of(dist.metadata)))
    return sorted(found, key=lambda library: library.name.lower())


def folders() -> Folders:
    """The console's folders (created if missing, as ``console.paths`` does)."""
    return Folders(paths.data_dir(), paths.config_dir(), paths.log_dir(), paths.sandbox_dir())


__all__ = ["Folders", "Library", "bundled_libraries", "folders", "licence_of", "version"]
