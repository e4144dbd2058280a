"""Studio Desk: the front desk of a coaching, fitness or yoga studio."""

# The one place the version is kept: pyproject.toml reads it from here into the wheel's
# metadata, and `studio-desk --version` and the About box show it (also from a source tree or a
# bundle, where no metadata may be installed).
__version__ = "0.1.0"
