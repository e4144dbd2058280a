"""The people who use the desk: the Staff screen, adding someone, and PINs."""
