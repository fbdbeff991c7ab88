"""Copies and reuse between documents: exact copies, near duplicates, passages copied across outlets.

Copies are linked, never dropped: each pair of related documents becomes a `reuse` row
(CONTRACTS.md) that later stages use to count independent sources.
"""

from .detect import ReuseFinder, ReusePair, find_reuse

__all__ = ["ReuseFinder", "ReusePair", "find_reuse"]
