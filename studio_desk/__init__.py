"""Studio Desk: the front desk of a coaching, fitness or yoga studio."""

__version__ = "0.1.0"
