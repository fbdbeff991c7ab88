"""The version of diplomap (recorded in stores to know what processed an input)."""

__version__ = "0.1.0"
