"""The studio's people and what it offers: clients, staff and their PINs, coaches and courses."""
