"""Where the `studio-desk` command starts: the console script, `python -m studio_desk` and the
bundle's launcher (shipping/launcher.py) all run `main` here, before anything else is imported."""

from __future__ import annotations

import gc


def main() -> int:
    # Importing the command's modules makes some 50,000 objects (modules, classes, functions,
    # SQLAlchemy's tables) that live as long as the desk. The garbage collector, running while
    # they are made, walks them again and again: 0.15-0.2 s of the desk's start (bench ui). So it
    # waits until they are made, and then leaves them out of its rounds for good.
    gc.disable()
    from studio_desk.cli import main as run_command

    gc.freeze()
    gc.enable()
    return run_command()
