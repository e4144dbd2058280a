"""The Clients screen: find and correct clients, see their bookings and payments, merge
duplicates and import a client list."""
