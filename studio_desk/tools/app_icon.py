"""Rendering the application icon's PNG sizes from its SVG (a developer's tool, not the desk's).

`python -m studio_desk.tools.app_icon` draws studio_desk/resources/icons/studio-desk.svg at every
size the desk loads (16 to 512 px) into studio-desk-<size>.png beside it; run it after changing
the SVG and commit the PNGs. tests/ui/test_app_icon.py fails while a PNG is older than the SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from studio_desk.ui.kit.app_icon import ICONS, SIZES, SVG_FILE, png_file

# The sources' own folder: the desk reads the PNGs from there through importlib.resources.
ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / ICONS


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels, smoothed."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def render_all(folder: Path = ICONS_DIR) -> list[Path]:
    written = []
    for size in SIZES:
        target = folder / png_file(size)
        if not render(folder / SVG_FILE, size).save(str(target)):  # PNG, by the name
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_all():
        print(path)
