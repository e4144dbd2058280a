"""When coaches can be booked: availability, the overlap rule, free start times, the calendar's days."""
