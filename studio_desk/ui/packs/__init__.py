"""Packs and memberships at the desk: choosing one to pay with, selling one, a client's packs, and
the Products screen (admins)."""
