"""The calendar of every coach's day or one coach's week, and the coach's own queue."""
