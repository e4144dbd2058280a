"""The desk as a studio installs it: built into a wheel, installed into a fresh virtual
environment with its dependencies from the package index, and run from another folder. Its
translations and its icon must come along (issue 16: an installed desk once showed English words
with Indonesian dates, and said nothing).

Building and installing takes about 25-40 s with pip's cache warm (PySide6-Essentials is most
of it), so it happens once for the module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio_desk import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
INSTALL_TIMEOUT_S = 600  # a cold pip cache downloads PySide6 (about 80 MB)

# Run with the fresh environment's Python: what it prints, line by line, is what the tests read.
# The translation is checked first, so that a wheel without it fails on that line.
CHECK = """
import importlib.metadata
from importlib.resources import files

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import studio_desk
from studio_desk.ui.kit.language import install_language

app = QApplication([])
install_language("id")
qm = files("studio_desk") / "resources" / "translations" / "studio_desk_id.qm"
print("translation:", qm.is_file())
print("desk word:", QCoreApplication.translate("labels", "Cash"))
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print("qt word:", box.buttons()[0].text())
print("package:", studio_desk.__file__)
print("metadata:", importlib.metadata.version("studio-desk"))
from studio_desk.ui.kit.app_icon import application_icon
print("icon sizes:", len(application_icon().availableSizes()))
"""


def run(command: list[str | Path], *, env: dict[str, str], cwd: Path, timeout: float = 120) -> str:
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout
    )
    assert done.returncode == 0, f"{' '.join(map(str, command))} failed:\n{done.stderr[-3000:]}"
    return done.stdout


def without_this_tree() -> dict[str, str]:
    """The environment without PYTHONPATH, which would put these sources ahead of the wheel."""
    return {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "STUDIO_DESK_DB")}


def scripts(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtual environment with the desk installed from its wheel."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    # Built from a copy of what a clone holds: no build/ or egg-info left in the work tree, and
    # no stale build/lib slipping files into the wheel that the sources no longer have.
    shutil.copytree(ROOT / "studio_desk", source / "studio_desk",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    env = without_this_tree()
    created = work / "venv"
    run([sys.executable, "-m", "venv", created], env=env, cwd=work)
    python = scripts(created) / "python"
    run([python, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", work / "wheels", source],
        env=env, cwd=work, timeout=INSTALL_TIMEOUT_S)
    [wheel] = (work / "wheels").glob("studio_desk-*.whl")
    run([python, "-m", "pip", "install", wheel], env=env, cwd=work, timeout=INSTALL_TIMEOUT_S)
    yield created
    # Qt makes it about 400 MB, and pytest keeps the last three runs' folders.
    shutil.rmtree(created, ignore_errors=True)


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """Another folder to run the desk from, nowhere near the sources."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


@pytest.fixture
def desk_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen, with the desk's settings, data and log in the test's folder."""
    return {
        **without_this_tree(),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }


def test_the_installed_desk_speaks_indonesian(venv: Path, elsewhere: Path, desk_env: dict[str, str]) -> None:
    done = subprocess.run([str(scripts(venv) / "python"), "-c", CHECK],
                          capture_output=True, text=True, env=desk_env, cwd=elsewhere, timeout=120)
    said = dict(line.split(": ", 1) for line in done.stdout.splitlines())
    why = f"it printed:\n{done.stdout}{done.stderr[-3000:]}"
    assert said.get("translation") == "True", f"studio_desk_id.qm is in the installed package; {why}"
    assert said.get("desk word") == "Tunai", f"the desk's words are Indonesian; {why}"
    assert said.get("qt word") == "Batal", f"and so are Qt's own buttons; {why}"
    installed = Path(said.get("package", ""))
    assert installed.is_relative_to(venv), f"the installed package, not these sources; {why}"
    assert said.get("metadata") == __version__, why
    assert said.get("icon sizes") == "8", why


def test_version_demo_and_indonesian_screenshots_from_another_folder(
    venv: Path, elsewhere: Path, desk_env: dict[str, str], tmp_path: Path
) -> None:
    desk = scripts(venv) / "studio-desk"
    assert run([desk, "--version"], env=desk_env, cwd=elsewhere) == f"studio-desk {__version__}\n"
    database = tmp_path / "studio.sqlite3"
    assert "Demo studio loaded" in run([desk, "--db", database, "demo"], env=desk_env, cwd=elsewhere)
    pictures = tmp_path / "pictures"
    done = subprocess.run(
        [str(desk), "--db", str(database), "screenshots", str(pictures), "--language", "id"],
        capture_output=True, text=True, env=desk_env, cwd=elsewhere, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "translation" not in done.stderr, "no warning about a missing translation"
    written = [Path(line) for line in done.stdout.splitlines()]
    assert len(written) > 20 and all(path.suffix == ".png" for path in written)
    assert all(path.parent == pictures and path.stat().st_size > 1000 for path in written)
