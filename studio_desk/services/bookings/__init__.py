"""Bookings: making and moving them, the status machine, who may do what, and reading them."""
