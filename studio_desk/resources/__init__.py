"""The files the desk reads while it runs: its translations and its application icon.

They live inside the package and are read through importlib.resources, never from a path next
to the sources, so that a wheel, a zipped package and a frozen bundle all carry them along.
pyproject.toml's package-data names them, or the wheel would leave them out.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def packaged(*parts: str) -> Traversable:
    """One of the desk's resource files or folders, e.g. packaged("translations", "x.qm"):
    a real file in a source tree or an installed package, a member of a zip otherwise."""
    found = files(__name__)
    for part in parts:
        found = found / part
    return found
