"""studio_desk.elf_links reads what `readelf -d` shows: the needed libraries and the run path."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from studio_desk.elf_links import NotAnElfLibrary, elf_links

PYSIDE = Path(PySide6.__path__[0])
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files are Linux's")


@pytest.mark.parametrize(
    "library",
    [
        PYSIDE / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        PYSIDE / "Qt" / "lib" / "libQt6Gui.so.6",
        PYSIDE / "QtWidgets.abi3.so",
        Path(sys.executable).resolve(),
    ],
    ids=lambda path: path.name,
)
def test_the_same_as_readelf(library: Path) -> None:
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) not installed")
    shown = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+)\]", shown)
    runpath = re.findall(r"\((?:RUNPATH|RPATH)\)\s+Library r(?:un)?path: \[(.+)\]", shown)
    origin = str(library.parent)
    folders = [part.replace("$ORIGIN", origin) for joined in runpath for part in joined.split(":") if part]

    links = elf_links(library)

    assert list(links.needed) == needed
    assert [str(folder) for folder in links.search_path] == [str(Path(folder)) for folder in folders]


@pytest.mark.parametrize("content", [b"", b"#!/bin/sh\necho not a library\n", b"\x7fELF\x02\x01\x01"])
def test_a_file_that_is_no_library_says_so(tmp_path: Path, content: bytes) -> None:
    broken = tmp_path / "libbroken.so.1"
    broken.write_bytes(content)
    with pytest.raises(NotAnElfLibrary, match="libbroken.so.1: not a shared library"):
        elf_links(broken)
