"""The README's list of Debian packages is the one in studio_desk/platform_libraries.py, and
that one is what the installed PySide6 needs: derived again here from its files, so that a new
PySide6 that needs another library, or an edited README, fails the tests instead of a PC."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from studio_desk.elf_links import system_libraries
from studio_desk.platform_libraries import (
    C_RUNTIME_PACKAGES,
    OPTIONAL_LIBRARIES,
    PLATFORM_LIBRARIES,
    debian_packages,
    is_c_runtime,
)

PYSIDE = Path(PySide6.__path__[0])
ROOT = Path(__file__).resolve().parents[2]
README_MARKER = "<!-- debian-libraries"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")


def needed_from_the_system(*roots: Path) -> set[str]:
    return {name for name in system_libraries(*roots) if not is_c_runtime(name)}


@linux_only
def test_the_table_is_what_qts_x11_plugin_and_the_desks_qt_modules_need() -> None:
    roots = [PYSIDE / "Qt" / "plugins" / "platforms" / "libqxcb.so"]
    roots += [PYSIDE / f"{module}.abi3.so" for module in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")]
    needed = needed_from_the_system(*roots)
    assert needed - PLATFORM_LIBRARIES.keys() == set(), "needed, and missing from platform_libraries.py"
    assert PLATFORM_LIBRARIES.keys() - needed == set(), "in platform_libraries.py, and no longer needed"


@linux_only
def test_the_optional_libraries_are_what_the_plugins_loaded_when_wanted_need() -> None:
    plugins = PYSIDE / "Qt" / "plugins"
    wanted = [
        *(plugins / "xcbglintegrations").glob("*.so"), *(plugins / "printsupport").glob("*.so"),
        # The Wayland platform and its client parts, which the bundle keeps for a Wayland session.
        *(plugins / "platforms").glob("libqwayland*.so"),
        *(plugins / "wayland-graphics-integration-client").glob("*.so"),
        *(plugins / "wayland-decoration-client").glob("*.so"),
        *(plugins / "wayland-shell-integration").glob("*.so"),
    ]
    assert wanted
    needed = needed_from_the_system(*wanted) - PLATFORM_LIBRARIES.keys()
    assert needed == OPTIONAL_LIBRARIES.keys()


def _installed_paths() -> dict[str, str]:
    """soname -> file, for this machine's architecture (libc's), as the loader's cache has them."""
    cache = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    entries = [
        (soname, kind.split(", OS ABI")[0], path)  # "(libc6,x86-64, OS ABI: Linux 3.2.0)"
        for soname, kind, path in re.findall(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", cache, re.MULTILINE)
    ]
    architecture = next(kind for soname, kind, _ in entries if soname == "libc.so.6")
    paths: dict[str, str] = {}
    for soname, kind, path in entries:
        if kind == architecture:
            paths.setdefault(soname, path)
    return paths


@linux_only
def test_each_package_is_the_one_dpkg_says_holds_the_library() -> None:
    if not Path("/usr/bin/dpkg-query").exists() or not Path("/sbin/ldconfig").exists():
        pytest.skip("not a Debian or Ubuntu system (no dpkg-query)")
    paths = _installed_paths()
    table = {**PLATFORM_LIBRARIES, **OPTIONAL_LIBRARIES}
    absent = sorted(soname for soname in table if soname not in paths)
    assert absent == [], f"not installed here: apt-get install {' '.join(table[s] for s in absent)}"
    owners: dict[str, str] = {}
    for soname in table:
        # /lib is /usr/lib on a merged system; dpkg knows the file under either name.
        pattern = "*" + paths[soname].removeprefix("/usr")
        found = subprocess.run(["dpkg-query", "-S", pattern], capture_output=True, text=True, check=True)
        # Debian 13 and Ubuntu 24.04 renamed some ("libglib2.0-0t64"); the old name installs it.
        owners[soname] = found.stdout.split(":")[0].removesuffix("t64")
    assert owners == table
    assert not C_RUNTIME_PACKAGES & set(owners.values())


def readme_packages() -> list[str]:
    """The packages of the install command in the code block after the README's marker."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    marked = [number for number, line in enumerate(lines) if line.startswith(README_MARKER)]
    assert len(marked) == 1, f"README.md needs one line starting {README_MARKER!r}"
    for line in lines[marked[0] + 1:]:
        if "apt-get install" in line:
            return line.split("apt-get install", 1)[1].split()
        assert line.startswith("```") or not line.strip(), f"no apt-get install after the marker: {line}"
    raise AssertionError("no apt-get install after the marker")


def test_the_readme_installs_exactly_the_list() -> None:
    assert readme_packages() == debian_packages()


def test_ci_installs_the_list_and_requires_the_display_tests() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "studio_desk/platform_libraries.py --debian-packages" in script
    assert "export STUDIO_DESK_REQUIRE_DISPLAY=1" in script


def test_the_list_reads_without_the_virtual_environment() -> None:
    """.ci/run reads it with the system's python3, before `pip install` ran."""
    done = subprocess.run(
        [sys.executable, "-S", "-I", str(ROOT / "studio_desk/platform_libraries.py"), "--debian-packages"],
        capture_output=True, text=True, timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == debian_packages()
