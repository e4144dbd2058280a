"""`python -m shipping.build`: the desk as a folder that runs without Python installed.

Makes dist/studio-desk/ (PyInstaller, onedir) from this source tree on the system it runs on:
Linux, Windows or macOS, each its own bundle (PyInstaller does not cross-build). On Linux it adds
the desktop entry and the per-user install script to the folder, and checks that every library
the bundle's Qt links to was found: the bundle carries the ones it finds on the building machine
(libxcb-*, libxkbcommon), so a machine missing one makes a bundle that cannot open a window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from shipping.contents import NAME, REPO

SPEC = REPO / "shipping" / "studio-desk.spec"
LINUX_EXTRAS = REPO / "shipping" / "linux"
CONTENTS_DIR = "_internal"  # PyInstaller's folder for everything but the executables


def executable_path(bundle: Path) -> Path:
    return bundle / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m shipping.build", description="Build the desk's app folder (dist/studio-desk)."
    )
    parser.add_argument(
        "--dist", type=Path, default=REPO / "dist", help="where the bundle's folder goes (default dist)"
    )
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "pyinstaller",
        help="PyInstaller's working folder, kept to make the next build quicker (default build/pyinstaller)",
    )
    return parser.parse_args(argv)


def missing_libraries(bundle: Path) -> dict[str, set[str]]:
    """{library not found: the bundled files that link to it}, as the loader would see them
    when the bundle runs (its own folder first)."""
    internal = bundle / CONTENTS_DIR
    env = os.environ | {"LD_LIBRARY_PATH": str(internal)}
    missing: dict[str, set[str]] = {}
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        done = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        for line in done.stdout.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(bundle)))
    return missing


def size_bytes(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())


def add_linux_extras(bundle: Path) -> None:
    """The desktop entry and the install script, beside the executable where a person finds them."""
    for path in sorted(LINUX_EXTRAS.iterdir()):
        shutil.copy2(path, bundle / path.name)  # keeps install-user.sh executable


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        import PyInstaller.__main__
    except ImportError:
        print("shipping: PyInstaller is not installed; pip install -e '.[bundle]' adds it.", file=sys.stderr)
        return 2

    began = time.perf_counter()
    PyInstaller.__main__.run([
        str(SPEC), "--noconfirm", "--log-level", "WARN",
        "--distpath", str(args.dist), "--workpath", str(args.work),
    ])
    bundle = args.dist / NAME
    if sys.platform.startswith("linux"):
        add_linux_extras(bundle)
        missing = missing_libraries(bundle)
        if missing:
            for library, users in sorted(missing.items()):
                print(f"shipping: {library} not found on this machine (needed by {', '.join(sorted(users))})",
                      file=sys.stderr)
            print("shipping: the bundle carries the libraries it finds here; install the ones above "
                  "(the README lists the Debian packages) and build again.", file=sys.stderr)
            return 1
    seconds = time.perf_counter() - began
    print(f"Built {executable_path(bundle)} in {seconds:.0f} s: {size_bytes(bundle) / 2**20:.0f} MiB.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
