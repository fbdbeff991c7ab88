"""The stage contract and the pipeline that chains stages (executors live in ``execute``)."""

from .stage import BaseStage, Pipeline, RunContext, RunStats, Stage

__all__ = ["BaseStage", "Pipeline", "RunContext", "RunStats", "Stage"]
