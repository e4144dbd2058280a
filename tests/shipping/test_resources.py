"""What the desk reads at run time is in the package, named for the wheel, current, and missed
out loud: the icon's PNGs are the SVG's, pyproject's package-data names every such file, and a
package without its translations says so in the log (tests/shipping/test_wheel.py installs the
real wheel; these are the quick checks)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from studio_desk.tools.app_icon import ICONS_DIR, render
from studio_desk.ui.kit.app_icon import SIZES, SVG_FILE, application_icon, png_file

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "studio_desk" / "resources"
# Kept beside what the desk loads, for the developers; the desk never reads them.
SOURCES_ONLY = {".ts", ".md", ".py"}


def difference(one: QImage, other: QImage) -> float:
    """The mean difference of two images' channels, 0 to 255."""
    first, second = (image.convertToFormat(QImage.Format.Format_ARGB32) for image in (one, other))
    a, b = bytes(first.constBits()), bytes(second.constBits())
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_every_icon_size_is_drawn_from_the_svg(qapp: QApplication) -> None:
    for size in SIZES:
        committed = QImage(str(ICONS_DIR / png_file(size)))
        assert (committed.width(), committed.height()) == (size, size), png_file(size)
        # Another Qt smooths edges a little differently; a changed drawing differs by far more.
        assert difference(committed, render(ICONS_DIR / SVG_FILE, size)) < 0.5, (
            f"{png_file(size)} is older than {SVG_FILE}: run python -m studio_desk.tools.app_icon"
        )
    assert len(application_icon().availableSizes()) == len(SIZES)


def test_the_wheel_is_told_about_every_file_the_desk_reads() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["studio_desk.resources"]
    loaded = [
        path.relative_to(RESOURCES) for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix not in SOURCES_ONLY and "__pycache__" not in path.parts
    ]
    assert len(loaded) > 10
    assert [path for path in loaded if not any(path.match(pattern) for pattern in patterns)] == []


def test_a_desk_without_its_translations_says_so(tmp_path: Path) -> None:
    # The package as a careless install leaves it: everything but the translations.
    shutil.copytree(ROOT / "studio_desk", tmp_path / "studio_desk",
                    ignore=shutil.ignore_patterns("__pycache__", "translations"))
    script = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from studio_desk.ui.kit.language import install_language\n"
        "install_language('id')\n"
        "print(QCoreApplication.translate('labels', 'Cash'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=60,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Cash\n"
    missing = tmp_path / "studio_desk" / "resources" / "translations"
    assert (
        f"The Bahasa Indonesia translation studio_desk_id.qm is missing or unreadable in {missing}; "
        "the desk shows English words instead." in done.stderr
    )


@pytest.mark.parametrize("system, kind", [("win32", "ICO"), ("darwin", "ICNS")])
def test_the_bundles_executable_gets_the_desks_icon_on_windows_and_macos(
    system: str, kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller turns the PNG it is given into the .exe's .ico or the .app's .icns with
    Pillow; this does the same conversion, as the build there would."""
    from PIL import Image

    from shipping import contents

    monkeypatch.setattr(contents.sys, "platform", system)
    icon = contents.executable_icon()
    assert icon is not None
    converted = tmp_path / f"studio-desk.{kind.lower()}"
    Image.open(icon).save(converted, format=kind)
    assert Image.open(converted).format == kind
