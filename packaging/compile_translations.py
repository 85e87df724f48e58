"""Compile resources/translations/*.ts into the .qm files the bundle ships (every platform).

    uv run python packaging/compile_translations.py

The .qm files are build output (kept out of git); the frozen app has no lrelease to make them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGS = ROOT / "resources" / "translations"


def main() -> int:
    sources = sorted(CATALOGS.glob("console_*.ts"))
    if not sources:
        print(f"no .ts catalogs in {CATALOGS}", file=sys.stderr)
        return 1
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"{qm.relative_to(ROOT)}  {qm.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
