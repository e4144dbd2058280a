"""Group classes at the desk: rooms, the timetable, a class's roster and its actions."""
