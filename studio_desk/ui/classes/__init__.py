"""Group classes at the desk: today's classes, the check-in roster, the timetable and rooms."""
