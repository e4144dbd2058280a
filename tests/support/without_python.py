"""Running a program as on a machine without Python: an environment that names no Python and no
folder of this machine's, and on Linux every Python installation this machine has (this virtual
environment, the interpreter it was made from, the system's python3, this source tree) hidden
behind empty folders in a private mount namespace, so that a bundle that reached for any of them
fails here instead of on a receptionist's PC.

The namespace needs `unshare` and user namespaces; where the system refuses them, the program
runs with the scrubbed environment alone, and a warning says so.
"""

from __future__ import annotations

import functools
import glob
import shlex
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHONS = (
    "/usr/lib/python3*", "/usr/local/lib/python3*", "/usr/bin/python3*", "/usr/local/bin/python3*",
    "/usr/lib/python2*", "/usr/bin/python2*",
)
SHELL = "/bin/sh"


def scrubbed_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Only what a desktop session would give the desk: no PATH to any Python, a home and its
    XDG folders of the test's own, and no display (offscreen)."""
    runtime = home / "run"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    return {
        "PATH": "/nonexistent",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        **(extra or {}),
    }


def python_places(keep: Iterable[Path]) -> list[Path]:
    """The Python installations and sources on this machine, deepest first (a folder inside
    another is hidden before it), without any folder that holds something in `keep`."""
    candidates = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix, str(ROOT)}
    candidates |= {entry for entry in sys.path if entry}
    candidates |= {found for pattern in SYSTEM_PYTHONS for found in glob.glob(pattern)}
    kept = [Path(path).resolve() for path in keep]
    places = set()
    for candidate in candidates:
        path = Path(candidate).resolve()
        if path.exists() and not any(k == path or k.is_relative_to(path) for k in kept):
            places.add(path)
    return sorted(places, key=lambda path: (-len(path.parts), str(path)))


@functools.cache
def _unshare() -> str | None:
    """`unshare`, when this system lets a user make a mount namespace of their own."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return None
    done = subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", SHELL, "-c", "true"], capture_output=True
    )
    return unshare if done.returncode == 0 else None


def hiding_prefix(scratch: Path, keep: Iterable[Path]) -> list[str]:
    """The command line before a program's, that runs it with the Python places hidden."""
    unshare, mount = _unshare(), shutil.which("mount")
    if unshare is None or mount is None:
        warnings.warn(
            "this system gives no private mount namespace: the program ran with a scrubbed "
            "environment, but with this machine's Python installations in sight", stacklevel=3,
        )
        return []
    empty_dir, empty_file = scratch / "empty-folder", scratch / "empty-file"
    empty_dir.mkdir(parents=True, exist_ok=True)
    empty_file.touch()
    tools = [Path(SHELL), Path(unshare), Path(mount)]
    mounts = [
        f"{shlex.quote(mount)} --bind {shlex.quote(str(empty_dir if place.is_dir() else empty_file))} "
        f"{shlex.quote(str(place))}"
        for place in python_places([*keep, scratch, *tools])
    ]
    script = " && ".join([*mounts, 'exec "$@"'])
    return [unshare, "--user", "--map-root-user", "--mount", SHELL, "-c", script, "sh"]


def run_without_python(
    command: list[str], *, home: Path, cwd: Path, keep: Iterable[Path],
    extra_env: Mapping[str, str] | None = None, timeout: float = 600,
) -> subprocess.CompletedProcess[str]:
    """`command` from `cwd`, as on a machine without Python; `keep`: the folders it needs (the
    bundle, the files it works on), which stay in sight."""
    prefix = hiding_prefix(home.parent / "hidden-python", [*keep, home, cwd])
    return subprocess.run(
        [*prefix, *command], cwd=cwd, env=scrubbed_env(home, extra_env), capture_output=True, text=True,
        timeout=timeout,
    )
