"""Bookings at the desk: the list and its table model, details, new booking, payment, cancel,
reschedule, receipt."""
