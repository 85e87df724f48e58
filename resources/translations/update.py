"""Refresh the .ts catalogs from the source: ``uv run python resources/translations/update.py``.

* runs ``pyside6-lupdate`` over ``console/ui``, ``console/asyncqt.py`` and the Qt-free modules
  whose problem templates are marked with ``QT_TRANSLATE_NOOP`` (context ``Problems``);
* ``console_en.ts`` holds only plural forms (English is the source language); they are filled
  mechanically ("%n account(s)" → "%n account" / "%n accounts");
* ``console_de.ts`` gets every string; German texts come from ``GERMAN`` in ``german.py`` for
  entries that are still unfinished, so translations edited in Qt Linguist are never overwritten;
* finally ``pyside6-lrelease`` checks that nothing is left unfinished.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from german import GERMAN  # noqa: E402

# Every problem template of the Qt-free layers lives in console/domain.
QT_FREE_PACKAGE = "domain"


def sources() -> list[str]:
    files = sorted((ROOT / "console" / "ui").rglob("*.py"))
    files.append(ROOT / "console" / "asyncqt.py")
    # Qt-free layers: only their QT_TRANSLATE_NOOP("Problems", ...) templates are extracted.
    files += sorted((ROOT / "console" / QT_FREE_PACKAGE).rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(ts: Path, *extra: str) -> None:
    subprocess.run(
        [
            "pyside6-lupdate",
            "-no-obsolete",
            "-locations",
            "none",
            *extra,
            *sources(),
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def english_plural(source: str) -> tuple[str, str]:
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


def german(context: str, source: str) -> str | tuple[str, str] | None:
    """The German text of ``source``; a ``"Context|source"`` key wins where one English word
    needs two German ones (a cancelled change set is "abgebrochen", a cancelled booking
    "storniert")."""
    return GERMAN.get(f"{context}|{source}", GERMAN.get(source))


def fill(ts: Path, language: str) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    for context_element in tree.iter("context"):
        context = context_element.findtext("name") or ""
        missing += _fill_context(context_element, context, language)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_context(context_element: ET.Element, context: str, language: str) -> list[str]:
    missing: list[str] = []
    for message in context_element.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            if language == "en":
                forms = english_plural(source)
            else:
                value = german(context, source)
                forms = value if isinstance(value, tuple) else None
            if forms is None:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            value = german(context, source)
            if not isinstance(value, str):
                missing.append(source)
                continue
            translation.text = value
        del translation.attrib["type"]
    return missing


def main() -> int:
    en = HERE / "console_en.ts"
    de = HERE / "console_de.ts"
    lupdate(en, "-pluralonly")
    lupdate(de)
    missing = fill(en, "en") + fill(de, "de")
    for text in missing:
        print(f"untranslated: {text!r}")
    for ts in (en, de):
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", "/dev/null"], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
