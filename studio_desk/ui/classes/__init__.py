"""Group classes at the desk: today's classes, the check-in roster, waitlists, the timetable and rooms."""
