"""Packs and memberships: what the studio sells beyond single sessions, and their credits."""
