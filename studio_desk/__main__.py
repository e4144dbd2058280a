"""`python -m studio_desk` does what the `studio-desk` command does."""

from studio_desk.cli import main

raise SystemExit(main())
