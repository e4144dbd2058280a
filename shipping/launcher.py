"""The bundle's entry point: what the `studio-desk` command runs, frozen by PyInstaller.

A file of its own rather than studio_desk/__main__.py: PyInstaller puts the entry script's folder
on the module path, and studio_desk's own modules must not become importable as top-level ones.
"""

from studio_desk.entry import main

raise SystemExit(main())
