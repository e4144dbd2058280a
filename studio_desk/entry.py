"""Where the `studio-desk` command starts: the console script, `python -m studio_desk` and the
bundle's launcher (shipping/launcher.py) all run `main` here, before anything else is imported."""

from __future__ import annotations

import gc


def main() -> int:
    # Importing the desk makes several hundred thousand objects (modules, classes, SQLAlchemy's
    # and Qt's tables) that live as long as the desk. Collecting garbage while they are being
    # made walks them over and over: a sixth of the start-up, more in the bundle (bench ui). So
    # the collector waits until they are made, and then leaves them out of its rounds for good.
    gc.disable()
    from studio_desk.cli import main as run_command

    gc.freeze()
    gc.enable()
    return run_command()
