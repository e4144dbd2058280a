"""Before the desk creates its QApplication on Linux: can Qt load its X11 platform plugin (xcb)?

When a system library of the plugin is missing, Qt aborts (exit 134, "Aborted") and its message
names libxcb-cursor0 whatever is missing. The desk says instead which libraries this PC cannot
load and which packages to install, in the terminal and in its log, and stops with exit code 3.

Fast when all is well, since it runs at every start: one dlopen of the plugin, which Qt would
make a moment later anyway (about 2 ms, and Qt's own start is as much quicker). Only when that
fails are the plugin's libraries read (studio_desk.elf_links) and tried one by one.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from studio_desk.platform_libraries import OPTIONAL_LIBRARIES, PLATFORM_LIBRARIES

PLATFORM_MISSING_EXIT = 3
XCB_PLUGIN = "the desk cannot open its window: Qt's X11 plugin (xcb)"
QT_ITSELF = "the desk cannot start: Qt, which draws its screens,"
_NOT_INSTALLED = "cannot open shared object file"


@dataclass(frozen=True)
class Unloadable:
    soname: str
    reason: str
    """"not installed", or the loader's own words for a file that is there but will not load."""

    @property
    def installed(self) -> bool:
        return self.reason != "not installed"


def xcb_is_the_platform(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will use xcb and nothing else, as QGuiApplication picks (Qt 6): the platforms
    of QT_QPA_PLATFORM when set ("xcb", "wayland;xcb", "xcb:option"), else Wayland first in a
    Wayland session and xcb after. Where Qt has another platform to try, the desk lets it."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":")[0].strip() for name in chosen.split(";")] == ["xcb"]
    return not environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") != "wayland"


def xcb_plugin(plugin_folders: Iterable[Path]) -> Path | None:
    for folder in plugin_folders:
        plugin = folder / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def unloadable_libraries(library: Path) -> list[Unloadable]:
    """The system libraries `library` needs that the dynamic loader cannot load here; empty
    when it loads (it then stays loaded: for Qt's plugin, Qt uses it a moment later)."""
    try:
        ctypes.CDLL(str(library))
        return []
    except OSError:
        pass
    from studio_desk.elf_links import NotAnElfLibrary, system_libraries  # only when it fails

    try:
        needed = system_libraries(library)
    except (OSError, NotAnElfLibrary):
        return []  # a damaged PySide6 is not a library to install: Qt says what it says
    found: dict[str, Unloadable] = {}
    for soname in needed:
        try:
            ctypes.CDLL(soname)
        except OSError as error:
            unloadable = _unloadable(soname, str(error))
            found.setdefault(unloadable.soname, unloadable)
    return list(found.values())


def _unloadable(soname: str, said: str) -> Unloadable:
    """The library the loader names ("libXau.so.6: cannot open shared object file: ...",
    "/tmp/x/libxcb-icccm.so.4: file too short"): it may be one that `soname` needs in turn."""
    where, _, why = said.partition(": ")
    culprit = os.path.basename(where) if why else soname
    return Unloadable(culprit, "not installed" if why.startswith(_NOT_INSTALLED) else said)


def missing_libraries_message(
    unloadable: Sequence[Unloadable], *, has_apt: bool, needing: str = XCB_PLUGIN
) -> str:
    """One line: what cannot be loaded, and the command that installs it."""
    packages = {**PLATFORM_LIBRARIES, **OPTIONAL_LIBRARIES}
    named = ", ".join(f"{library.soname} ({library.reason})" for library in unloadable)
    which = "a system library" if len(unloadable) == 1 else "system libraries"
    text = f"{needing} needs {which} that this PC cannot load: {named}."
    to_install = list(dict.fromkeys(packages[u.soname] for u in unloadable if u.soname in packages))
    if to_install:
        reinstall = "--reinstall " if any(u.installed for u in unloadable) else ""
        if has_apt:
            text += f" Install with: sudo apt-get install {reinstall}{' '.join(to_install)}"
        else:  # not Debian: its names still say what to look for
            text += f" On Debian and Ubuntu, install: {' '.join(to_install)}"
    unknown = [u.soname for u in unloadable if u.soname not in packages]
    if unknown:
        text += f" To find the package of {', '.join(unknown)}: apt-file search {unknown[0]}"
    return text


def platform_problem(environ: Mapping[str, str], plugin_folders: Iterable[Path]) -> str | None:
    """The message when Qt's X11 plugin will be used and cannot load; None otherwise."""
    if not xcb_is_the_platform(environ):
        return None
    plugin = xcb_plugin(plugin_folders)
    if plugin is None:
        return None  # not where PySide6 puts it: Qt looks elsewhere and says what it finds
    unloadable = unloadable_libraries(plugin)
    if not unloadable:
        return None
    return missing_libraries_message(unloadable, has_apt=shutil.which("apt-get") is not None)


def qt_import_problem(error: ImportError) -> str | None:
    """The message when importing one of PySide6's modules failed because a system library
    would not load (QtGui needs libEGL.so.1 even offscreen); None for any other ImportError."""
    module = getattr(error, "path", None)
    if not module or not str(module).endswith(".so"):
        return None
    unloadable = unloadable_libraries(Path(module))
    if not unloadable:
        return None
    return missing_libraries_message(
        unloadable, has_apt=shutil.which("apt-get") is not None, needing=QT_ITSELF
    )


def _qt_plugin_folders() -> list[Path]:
    """PySide6's own plugin folder (no Qt call needed), then the one Qt reports (a bundle's)."""
    import PySide6

    folders = [Path(folder) / "Qt" / "plugins" for folder in PySide6.__path__]
    if not any((folder / "platforms").is_dir() for folder in folders):
        from PySide6.QtCore import QLibraryInfo

        folders.append(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
    return folders


def refuse_unloadable_platform(log: logging.Logger | None = None) -> None:
    """Call before creating the QApplication: when Qt's X11 plugin cannot load, say why on
    stderr (and in `log`) and exit with PLATFORM_MISSING_EXIT instead of Qt's abort. The
    message is English: it comes before Qt, and with it the desk's translations, can start."""
    if not xcb_is_the_platform(os.environ):
        return
    problem = platform_problem(os.environ, _qt_plugin_folders())
    if problem is None:
        return
    print(f"studio-desk: {problem}", file=sys.stderr)
    if log is not None:
        log.error(problem)
    raise SystemExit(PLATFORM_MISSING_EXIT)
