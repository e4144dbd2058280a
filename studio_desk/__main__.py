"""`python -m studio_desk` does what the `studio-desk` command does."""

from studio_desk.entry import main

raise SystemExit(main())
