"""Word shingles with their character offsets, on text normalised so that copies look alike.

Copies differ in ways that say nothing about reuse: curly or straight quotes, dashes, case,
spacing, a trailing "n't" split or not. Words are lower-cased and quotes and dashes folded before
hashing; each shingle keeps the offsets (code points) of its first and last word in the
original text, so aligned passages can be shown in it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a text: normalised forms and their spans in the original."""

    forms: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def words(text: str) -> Words:
    forms: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        forms.append(unicodedata.normalize("NFKC", m.group(0)).translate(_FOLD).lower())
        spans.append(m.span())
    return Words(tuple(forms), tuple(spans))


def shingle_hashes(w: Words, n: int) -> list[int]:
    """64-bit hashes of the word n-grams, in order (one per starting word)."""
    forms = w.forms
    return [_hash(" ".join(forms[i : i + n])) for i in range(max(0, len(forms) - n + 1))]


def _hash(s: str) -> int:
    # A keyed-free, stable hash (Python's hash() changes between processes).
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
