"""Group classes at the desk: rooms, the timetable, a class's roster, check-in, waitlist and actions."""
