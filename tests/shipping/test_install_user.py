"""The bundle's per-user install script (shipping/linux/install-user.sh, copied into the bundle by
the build), run from the bundle folder with a home of the test's own, whose path has a space:
it copies the bundle to ~/.local/share/studio-desk, puts a desktop entry whose Exec starts that
copy into ~/.local/share/applications, the app icons into the hicolor theme and a
`studio-desk` link into ~/.local/bin; run again it updates them; --uninstall takes them away."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import studio_desk
from shipping.build import executable_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an install script for Linux desktops"),
]

ICON_FOLDER = Path("_internal", "studio_desk", "resources", "icons")  # the script's ICON_DIR


def install(script: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run([str(script), *args], env=env, capture_output=True, text=True, timeout=300)


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def bundled_icon_sizes(bundle: Path) -> set[str]:
    pictures = (bundle / ICON_FOLDER).glob("studio-desk-*.png")
    return {size for path in pictures if (size := path.stem.removeprefix("studio-desk-")).isdigit()}


def test_install_update_and_uninstall_for_one_user(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "a home"
    home.mkdir()
    share = home / ".local" / "share"
    installed = share / "studio-desk"
    entry_path = share / "applications" / "studio-desk.desktop"
    icons = share / "icons" / "hicolor"
    link = home / ".local" / "bin" / "studio-desk"

    done = install(bundle / "install-user.sh", home)
    assert done.returncode == 0, done.stderr
    assert "installed" in done.stdout

    # The copy runs, and the entry starts it.
    executable = executable_path(installed)
    assert os.access(executable, os.X_OK)
    entry = desktop_entry(entry_path)
    assert entry["Type"] == "Application" and entry["Name"] == "Studio Desk"
    assert entry["Icon"] == "studio-desk" and entry["Terminal"] == "false"
    assert shlex.split(entry["Exec"]) == [str(executable)]  # quoted: the home has a space
    assert entry["TryExec"] == str(executable)
    started = subprocess.run(shlex.split(entry["Exec"]) + ["--version"], capture_output=True, text=True)
    assert started.stdout == f"studio-desk {studio_desk.__version__}\n", started.stderr
    if shutil.which("desktop-file-validate"):  # the freedesktop spec's own checker, where installed
        checked = subprocess.run(["desktop-file-validate", str(entry_path)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    assert link.is_symlink() and link.resolve() == executable.resolve()

    # Each app icon of the bundle at its size in the icon theme (none, and a plain word, in a
    # bundle made before the package had icons).
    sizes = bundled_icon_sizes(bundle)
    placed = {path.parent.parent.name for path in icons.glob("*/apps/studio-desk.png")}
    assert placed == {f"{size}x{size}" for size in sizes}
    assert (icons / "scalable" / "apps" / "studio-desk.svg").exists() == (
        bundle / ICON_FOLDER / "studio-desk.svg").exists()
    assert ("no icons" in done.stdout) == (not sizes)

    # Again, from the bundle (an update) and from the installed copy itself: same result.
    for script in (bundle / "install-user.sh", installed / "install-user.sh"):
        again = install(script, home)
        assert again.returncode == 0, again.stderr
        assert desktop_entry(entry_path)["Exec"] == entry["Exec"] and executable.exists()

    gone = install(bundle / "install-user.sh", home, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not installed.exists() and not entry_path.exists() and not link.is_symlink()
    assert not list(icons.glob("*/apps/studio-desk.*"))


def test_a_folder_of_that_name_that_is_not_the_desk_is_never_replaced(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    someone_elses = home / ".local" / "share" / "studio-desk"
    someone_elses.mkdir(parents=True)
    (someone_elses / "notes.txt").write_text("mine")
    for args in ((), ("--uninstall",)):
        done = install(bundle / "install-user.sh", home, *args)
        assert done.returncode == 1 and "holds no Studio Desk" in done.stderr, (args, done.stderr)
        assert (someone_elses / "notes.txt").read_text() == "mine"
    assert not (home / ".local" / "share" / "applications").exists()
