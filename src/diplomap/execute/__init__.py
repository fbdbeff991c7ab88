"""Executors: they schedule stages, and stages never know which one runs them."""

from .local import LocalExecutor

__all__ = ["LocalExecutor"]
