"""Group classes at the desk: their rosters, check-in and waitlists."""
