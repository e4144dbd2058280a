"""Setting up a studio: its settings, the first run, the demo studio, this PC's database connection."""
