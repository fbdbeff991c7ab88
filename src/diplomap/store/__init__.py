"""The DuckDB store."""

from .duckdb_store import Store

__all__ = ["Store"]
