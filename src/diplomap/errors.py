"""One exception tree for diplomap.

    DiplomapError
    ├── ConfigError          settings file, environment variable or option with a bad value
    ├── InputError           a path the user named does not exist or cannot be listed
    ├── StoreError           the DuckDB store cannot be opened, is locked, or is from a newer version
    │   └── StoreLockedError another process holds the store for writing
    ├── PipelineError        stages chained in an order whose requirements are not met
    └── ExtractionTimeout    main-text extraction ran past its time limit (becomes a Rejection)

A bad *document* is never an exception that escapes a stage: readers and cleaners turn it into a
`Rejection` with a reason code (model.REJECTION_REASONS), counted in the run summary.
"""

from __future__ import annotations


class DiplomapError(Exception):
    """Base class of every error diplomap raises on purpose."""


class ConfigError(DiplomapError):
    pass


class InputError(DiplomapError):
    pass


class StoreError(DiplomapError):
    pass


class StoreLockedError(StoreError):
    pass


class PipelineError(DiplomapError):
    pass


class ExtractionTimeout(DiplomapError):
    pass
