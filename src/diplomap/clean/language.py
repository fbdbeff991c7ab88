"""Language identification (py3langid ships its model inside the package: no download)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def load_language_model() -> None:
    """Load the identifier's model now (a worker's set-up) rather than at the first document."""
    _identifier()


def identify_language(text: str) -> tuple[str, float] | None:
    sample = text[:1200]  # plenty for a reliable guess; scoring is linear in length
    if len(sample.split()) < 3:
        return None
    lang, prob = _identifier().classify(sample)
    return str(lang), float(prob)
