"""Packs and memberships at the desk: the Products screen (admins)."""
