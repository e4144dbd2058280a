"""Packs of sessions and memberships: the products a studio offers, and the packs it sells."""
