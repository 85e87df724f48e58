"""Render the app icon from its SVG into the PNG sizes, the Windows .ico and the macOS .icns.

    uv run --group packaging python packaging/make_icons.py

Qt's QSvgRenderer draws each size from the vector source (small sizes stay sharp instead of
being scaled down from one big bitmap); Pillow writes the .ico and .icns containers, which Qt
cannot. The outputs are committed next to the SVG, so a build needs neither step.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "meetergo-console.svg"
NAME = "meetergo-console"
# hicolor theme sizes for the .desktop file and the window; Windows' .ico wants 16–256,
# macOS' .icns 16–1024 (its 512@2x slot).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024


def render(size: int) -> bytes:
    """The SVG drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in {*PNG_SIZES, *ICO_SIZES, ICNS_SIZE}}
    for size in PNG_SIZES:
        (ICONS / f"{NAME}-{size}.png").write_bytes(pngs[size])
    images = {size: Image.open(io.BytesIO(png)) for size, png in pngs.items()}
    # Pillow's ICO writer takes the largest image and the sizes to embed; giving each size its
    # own rendering (append_images) keeps the small ones hinted by the renderer, not resampled.
    images[max(ICO_SIZES)].save(
        ICONS / f"{NAME}.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    images[ICNS_SIZE].save(
        ICONS / f"{NAME}.icns",
        format="ICNS",
        append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)],
    )
    del app
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
