"""Word shingles with their character offsets, on text normalised so that copies look alike.

Copies differ in ways that say nothing about reuse: curly or straight quotes, dashes, case,
spacing, a trailing "n't" split or not. Words are lower-cased and quotes and dashes folded before
hashing; each shingle keeps the offsets (code points) of its first and last word in the
original text, so aligned passages can be shown in it.

Hashes are computed on numpy arrays, many words and texts at once: hashing each n-gram string
(and matching each word with a regex) was most of the cost of reading a large corpus for reuse.
A word's hash is a polynomial of its UTF-8 bytes, an n-gram's a weighted sum of its words'
hashes, each put through a bit mixer. They are stable: signatures made in other processes or
runs can be compared.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
#: bytes.translate table for ASCII text: word characters and the apostrophe kept, upper case made
#: lower case, every other byte the separator NUL (which no word contains, NFKC-folded or not)
_ASCII_CUT = bytes(
    c + 32 if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122 or c in b"_'") else 0 for c in range(256)
)
_ASCII = bytes(range(128))
#: non-ASCII characters common in English news that are no word characters (checked against the
#: word regex itself), as UTF-8, with what they become; the right single quote is an apostrophe
_SIGNS = tuple(
    (ch.encode("utf-8"), b"'" if ch == "’" else b" ")
    for ch in "’\u00a0\u2009\u202f\u200b“”‘–—…«»©®™•·°€£′″"
    if ch == "’" or not _WORD.match(ch)
)
_BASE = np.uint64(0x100000001B3)  # any odd multiplier would do; this one spreads bytes well
_LONG = 64


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a text: normalised forms and their spans in the original."""

    forms: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def words(text: str) -> Words:
    forms: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        forms.append(_fold(m.group(0)))
        spans.append(m.span())
    return Words(tuple(forms), tuple(spans))


def _fold(form: str) -> str:
    if form.isascii():
        return form.lower()
    return unicodedata.normalize("NFKC", form).translate(_FOLD).lower()


# -- word hashes ------------------------------------------------------------------------------


def word_hashes(forms: Sequence[str]) -> np.ndarray:
    """Stable 64-bit hashes (uint64) of normalised word forms."""
    return _hash_words("\0".join(forms).encode("utf-8"))


def text_word_hashes(text: str) -> np.ndarray:
    """``word_hashes(words(text).forms)``, faster (see ``texts_word_hashes``)."""
    return texts_word_hashes([text])[0]


def texts_word_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The word hashes of many texts at once, as ``word_hashes(words(t).forms)`` gives them: all
    texts' hashes end to end, and the number of words of each text."""
    pieces = [_normalised(t) for t in texts]
    starts = np.cumsum([0] + [len(p) + 1 for p in pieces[:-1]])
    buffer = b"\0".join(pieces)
    hashes, word_starts = _hash_words_at(buffer)
    # A text's words are those that start inside its piece of the buffer.
    owner = np.searchsorted(starts, word_starts, side="right") - 1
    return hashes, np.bincount(owner, minlength=len(texts))


def _normalised(text: str) -> bytes:
    """The text's word forms as UTF-8 between NUL separators. English news is ASCII but for its
    quotes, dashes and a few signs: these are replaced, and if the rest is ASCII one
    ``bytes.translate`` finds and lower-cases the words; other text takes the regex of ``words``."""
    raw = text.encode("utf-8")
    if not raw.isascii():
        rare = raw.translate(None, _ASCII)  # the few non-ASCII bytes: quicker to search
        for sign, replacement in _SIGNS:
            if sign in rare:
                raw = raw.replace(sign, replacement)
        if not raw.isascii():
            return "\0".join(_fold(f) for f in _WORD.findall(text)).encode("utf-8")
    raw = raw.translate(_ASCII_CUT)
    return _join_apostrophes(raw) if b"'" in raw else raw


def _join_apostrophes(raw: bytes) -> bytes:
    """An apostrophe joins two word characters ("don't"); next to a separator or another
    apostrophe it separates, as in the word regex. ``raw`` holds word characters, apostrophes
    and NUL separators."""
    raw = b"\0" + raw + b"\0"
    while b"''" in raw:
        raw = raw.replace(b"''", b"\0\0")
    return raw.replace(b"\0'", b"\0\0").replace(b"'\0", b"\0\0")


def _hash_words(buffer: bytes) -> np.ndarray:
    return _hash_words_at(buffer)[0]


def _hash_words_at(buffer: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The hashes of the runs of non-NUL bytes of ``buffer`` (the words), and where they start.
    A word's hash is Horner's polynomial of its bytes, starting from its length, then mixed;
    computed for all words together, one byte position at a time."""
    data = np.frombuffer(buffer, dtype=np.uint8)
    inside = np.r_[False, data != 0, False].view(np.int8)
    edges = np.diff(inside)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    lengths = ends - starts
    # Longest words first, so that the words still being read are always a prefix. numpy sorts
    # 16-bit keys by radix, five times faster than 64-bit ones, and words are short.
    key = -lengths
    order = np.argsort(key.astype(np.int16) if lengths.max(initial=0) < 2**15 else key, kind="stable")
    at, remaining = starts[order], lengths[order]
    h = remaining.astype(np.uint64)
    shorter_first = -remaining  # ascending, for searchsorted
    for k in range(min(int(remaining.max(initial=0)), _LONG)):
        alive = int(np.searchsorted(shorter_first, -k, side="left"))  # the words longer than k
        h[:alive] = h[:alive] * _BASE + data[at[:alive] + k]
    # A "word" of thousands of letters (a hex dump) would cost a numpy step per letter: the rare
    # words longer than _LONG bytes go on letter by letter in Python.
    for i in range(int(np.searchsorted(shorter_first, -_LONG, side="left"))):
        value, start = int(h[i]), int(at[i])
        for byte in buffer[start + _LONG : start + int(remaining[i])]:
            value = (value * int(_BASE) + byte) & 0xFFFFFFFFFFFFFFFF
        h[i] = value
    out = np.empty_like(h)
    out[order] = mix64(h)
    return out, starts


# -- n-grams ----------------------------------------------------------------------------------


def shingle_array(hashes: np.ndarray, n: int) -> np.ndarray:
    """64-bit hashes (uint64) of the word n-grams, in order (one per starting word), from the
    words' hashes: a weighted sum (a different odd multiplier per position, so "a b" ≠ "b a")
    put through a bit mixer."""
    m = len(hashes) - n + 1
    if m <= 0:
        return np.empty(0, dtype=np.uint64)
    weights = _weights(n)
    acc = hashes[:m] * weights[0]
    for k in range(1, n):
        acc += hashes[k : k + m] * weights[k]
    return mix64(acc)


def texts_shingles(hashes: np.ndarray, counts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The n-gram hashes of many texts from their word hashes end to end (``texts_word_hashes``):
    the n-grams that do not cross from one text into the next, and the number of each text's."""
    owner = np.repeat(np.arange(len(counts)), counts)
    every = shingle_array(hashes, n)
    inside = owner[: len(every)] == owner[n - 1 :]
    return every[inside], np.maximum(counts - n + 1, 0)


def shingle_hashes(w: Words, n: int) -> list[int]:
    """64-bit hashes of the word n-grams, in order (one per starting word)."""
    return shingle_array(word_hashes(w.forms), n).tolist()  # type: ignore[no-any-return]


def mix64(x: np.ndarray) -> np.ndarray:
    """A bijective bit mixer on uint64 (the splitmix64 finaliser), in place: each output bit
    depends on every input bit, which sums of hashes and LSH bands need."""
    x ^= x >> np.uint64(30)
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


@lru_cache(maxsize=32)
def _weights(n: int) -> np.ndarray:
    digests = [hashlib.blake2b(f"shingle-position-{k}".encode(), digest_size=8).digest() for k in range(n)]
    return np.array([int.from_bytes(d, "little") | 1 for d in digests], dtype=np.uint64)
