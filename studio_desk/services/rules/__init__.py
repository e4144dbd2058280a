"""The studio's cancellation rules, what they do to a booking, and the fees clients owe."""
