"""What the bundle holds beyond what PyInstaller finds by following the desk's imports, and what
it leaves out. studio-desk.spec asks this module; nothing here runs in the bundle itself.

- Every data file of the studio_desk package, whatever its folders: translations, icons, styles.
- The alembic migrations as files: alembic reads env.py and versions/*.py from disk, by path, so
  they travel as source next to the frozen modules; what they import is bundled too, since no
  import of the desk leads PyInstaller there. The same for the web sync's modules, which the
  desk imports by name when first used.
- Left out: the test tools a development environment has installed (they come in through
  pydantic's mypy and hypothesis plugins), and the Qt parts the desk never loads, with the
  system libraries only they need (GTK for the GTK theme, embedded displays).
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import os
import sys
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = "studio_desk"
DISTRIBUTION = "studio-desk"
MIGRATIONS_PACKAGE = f"{PACKAGE}.migrations"
NAME = "studio-desk"  # the bundle's folder and its executable

# Never imported by the desk, but reachable from what it imports: pydantic's plugins for mypy
# and hypothesis, phonenumbers' doctest runs under `if __name__ == "__main__"`, PySide6's
# package listing QtNetwork (the web sync talks HTTP through httpx, not Qt); and this
# repository's tests, benchmarks and build scripts.
EXCLUDED_MODULES = [
    "mypy", "hypothesis", "pytest", "_pytest", "pytestqt", "trustme", "pydantic.mypy",
    "doctest", "tkinter", "PySide6.QtNetwork",
    "tests", "bench", "shipping",
]

# Qt parts the desk does not load, as bundle paths (forward slashes). Kept: the xcb, Wayland,
# offscreen and minimal platforms on Linux (windows, cocoa elsewhere), image formats, the SVG icon
# engine, input methods, the desktop-portal theme and printing. Left out: what runs Qt without a
# window system (embedded displays, VNC), and the GTK theme with the GTK libraries it alone pulls
# in (about 20 MB): on GNOME the desk then has Qt's own colours, and Qt's or the desktop portal's
# file dialogs.
UNUSED_QT_PARTS = (
    "PySide6/Qt/plugins/egldeviceintegrations/*",  # embedded displays without a window system
    "PySide6/Qt/plugins/generic/*",  # evdev and tuio input, for the same
    "PySide6/Qt/plugins/platforms/*qeglfs*",
    "PySide6/Qt/plugins/platforms/*qlinuxfb*",
    "PySide6/Qt/plugins/platforms/*qminimalegl*",
    "PySide6/Qt/plugins/platforms/*qvnc*",
    "PySide6/Qt/plugins/platforms/*qvkkhrdisplay*",
    "PySide6/Qt/plugins/platformthemes/*qgtk3*",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/*",  # for Wayland compositors
    # Qt's own translations, for all its languages: the desk ships its own (qt_extras_<code>).
    "PySide6/Qt/translations/*",
)
# Translator's sources (Qt Linguist); the desk loads their compiled .qm files.
SOURCE_ONLY_DATA = ["**/*.ts"]

Entry = tuple[str, str, str]  # a PyInstaller TOC entry: (path in the bundle, source, kind)


def migrations_dir() -> Path:
    """Where the desk looks for its migrations (studio_desk.db says, once for both)."""
    from studio_desk.db import MIGRATIONS_DIR

    return MIGRATIONS_DIR


def package_data() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for the package's data and the migrations' files."""
    from PyInstaller.utils.hooks import collect_data_files

    datas: list[tuple[str, str]] = collect_data_files(PACKAGE, excludes=SOURCE_ONLY_DATA)
    folder = migrations_dir()
    base = folder.parent.parent  # the folder that holds studio_desk/
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            datas.append((str(path), path.parent.relative_to(base).as_posix()))
    return datas


def migration_imports(folder: Path) -> list[str]:
    """Modules the migration scripts import, for PyInstaller to bundle. Their imports of each
    other (importlib.import_module of a sibling) are left out: those are read from the files."""
    names: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                # `from alembic import op` may name a module as well as an attribute.
                names.update(f"{node.module}.{alias.name}" for alias in node.names if _is_module(
                    f"{node.module}.{alias.name}"))
    return sorted(name for name in names if not name.startswith(MIGRATIONS_PACKAGE))


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a parent that is a module, not a package
        return False


# Packages whose modules the desk imports by name when first used (importlib.import_module), so
# that a desk never loads what it never uses: PyInstaller, following import statements, might
# not see them.
LAZILY_IMPORTED = ["studio_desk.services.sync"]


def hidden_imports() -> list[str]:
    from PyInstaller.utils.hooks import collect_submodules

    lazy = [name for package in LAZILY_IMPORTED for name in collect_submodules(package)]
    return migration_imports(migrations_dir()) + lazy


def package_metadata() -> list[tuple[str, str]]:
    """The installed distribution's metadata, so that importlib.metadata gives the desk its
    version in the bundle too. A source tree that was never pip-installed has none to copy."""
    from PyInstaller.utils.hooks import copy_metadata

    try:
        metadata: list[tuple[str, str]] = copy_metadata(DISTRIBUTION)
    except Exception as error:  # PyInstaller raises its own kinds; any of them means "not installed"
        warnings.warn(
            f"{DISTRIBUTION} is not installed ({error}); the bundle reports the version written in "
            f"{PACKAGE}/__init__.py. Install it with pip install -e . to bundle its metadata.",
            stacklevel=1,
        )
        return []
    return metadata


def executable_icon() -> str | None:
    """The icon PyInstaller puts into the executable where the system shows one (Windows'
    .exe and shortcuts, the macOS .app; Linux menus take theirs from the desktop entry): the
    desk's 512 px PNG, which PyInstaller turns into .ico or .icns with Pillow (the bundle extra)."""
    if sys.platform not in ("win32", "darwin"):
        return None
    return str(REPO / PACKAGE / "resources" / "icons" / "studio-desk-512.png")


def _bundle_path(name: str) -> str:
    return name.replace(os.sep, "/")


def is_unused_qt_part(name: str) -> bool:
    path = _bundle_path(name)
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in UNUSED_QT_PARTS)


def _key(name: str) -> str:
    """How a binary is named among the dependencies of others: its file name (case-insensitive
    on Windows; on macOS a framework's dependency is its binary's path, which ends the same)."""
    return os.path.basename(name).lower()


def prune(binaries: Sequence[Entry], datas: Sequence[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data without the unused Qt parts, and without every library that only
    they need: whatever the rest of the bundle still links to stays."""
    from PyInstaller.depend.bindepend import get_imports

    def dependencies(entry: Entry) -> set[str]:
        try:
            return {_key(name) for name, _ in get_imports(entry[1])}
        except Exception:  # not a binary this platform's tools read (a data file, a manifest)
            return set()

    by_key: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_key.setdefault(_key(entry[0]), []).append(entry)
    linked: dict[str, set[str]] = {}

    def closure(roots: Iterable[Entry]) -> set[str]:
        seen: set[str] = set()
        todo = [_key(entry[0]) for entry in roots]
        while todo:
            key = todo.pop()
            if key in seen or key not in by_key:
                continue
            seen.add(key)
            if key not in linked:
                linked[key] = set().union(*(dependencies(entry) for entry in by_key[key]))
            todo.extend(linked[key] - seen)
        return seen

    unused = [entry for entry in binaries if is_unused_qt_part(entry[0])]
    only_maybe_for_unused = closure(unused)
    roots = [entry for entry in binaries if _key(entry[0]) not in only_maybe_for_unused]
    needed = closure(roots)
    dropped = {entry[0] for key in only_maybe_for_unused - needed for entry in by_key[key]}
    kept_binaries = [entry for entry in binaries if entry[0] not in dropped]
    kept_datas = [
        entry for entry in datas
        if not is_unused_qt_part(entry[0])
        # PyInstaller links a library it placed twice; the link goes with its library.
        and not (entry[2] == "SYMLINK" and (entry[1] in dropped or entry[0] in dropped))
    ]
    return kept_binaries, kept_datas
