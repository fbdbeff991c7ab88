"""Near duplicates at scale: MinHash signatures and LSH banding on numpy arrays.

A document's signature is, for each of ``num_perm`` hash functions, the least hash of its word
5-grams. Two signatures agree at a position with probability equal to the Jaccard similarity of
the two sets, so the share of agreeing positions estimates it. LSH cuts a signature into
``bands`` bands of ``rows`` values; documents that agree on a whole band are candidates.

Everything is arrays, so that a million documents fit in memory and minutes:

* hash functions are multiply-add-shift over uint64 (``(a·x + b) mod 2⁶⁴``, top 32 bits), a
  universal family applied to all of a block's shingles at once; the signature keeps the top 32
  bits (uint32: 1M documents × 128 = 512 MB);
* LSH buckets are runs of equal band keys after sorting each band's keys, not dictionaries;
* candidates are verified on the estimated Jaccard and joined into clusters with union-find;
* texts are read as a stream, in chunks that worker processes turn into signatures, hashing a
  whole chunk's words and n-grams at once (``shingles.texts_word_hashes``).

``ReuseFinder`` takes its near-duplicate candidates from here; ``near_duplicates`` is the path for
corpora too large to compare passage by passage (clusters only: no passages, no relations).
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import islice
from typing import TypeVar

import numpy as np

from .shingles import mix64, texts_shingles, texts_word_hashes

#: the signature of a document without shingles (too short): it matches no other document
EMPTY = np.uint32(0xFFFFFFFF)
#: shingles hashed at once (× num_perm × 8 bytes: 8 MB at 128 permutations)
_BLOCK = 8192

T = TypeVar("T")
R = TypeVar("R")


# -- signatures -------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of each hash function: fixed by the seed, so signatures made in different
    processes or runs are comparable. ``a`` is odd, as multiply-shift hashing needs."""
    raw = hashlib.shake_256(f"diplomap-minhash-{seed}".encode()).digest(16 * num_perm)
    values = np.frombuffer(raw, dtype="<u8").astype(np.uint64).reshape(2, num_perm)
    return values[0] | np.uint64(1), values[1].copy()


def signatures(shingles: Sequence[np.ndarray], num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """The MinHash signatures (``len(shingles)`` × ``num_perm``, uint32) of shingle hash sets;
    a document without shingles gets ``EMPTY`` everywhere."""
    lengths = np.fromiter((len(s) for s in shingles), dtype=np.int64, count=len(shingles))
    values = np.concatenate([np.asarray(s, dtype=np.uint64) for s in shingles]) if shingles else np.empty(0, np.uint64)
    return _signatures(values, lengths, num_perm, seed)


def text_signatures(texts: Sequence[str], n: int = 5, num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """Signatures of texts over their word ``n``-grams (the shingles of ``ReuseFinder``)."""
    values, lengths = texts_shingles(*texts_word_hashes(texts), n)
    return _signatures(values, lengths, num_perm, seed)


def _signatures(values: np.ndarray, lengths: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """Signatures of documents whose shingles are ``values`` end to end, ``lengths`` each."""
    a, b = _permutations(num_perm, seed)
    lowest = np.full((len(lengths), num_perm), np.iinfo(np.uint64).max, dtype=np.uint64)
    owner = np.repeat(np.arange(len(lengths)), lengths)
    buffer = np.empty((num_perm, _BLOCK), dtype=np.uint64)
    for lo in range(0, len(values), _BLOCK):
        x, who = values[lo : lo + _BLOCK], owner[lo : lo + _BLOCK]
        hashed = buffer[:, : len(x)]
        # One row per hash function, so that the minimum per document is a reduceat along rows
        # (contiguous; the other layout is several times slower).
        np.multiply(a[:, None], x[None, :], out=hashed)
        hashed += b[:, None]
        starts = np.flatnonzero(np.r_[True, who[1:] != who[:-1]])
        docs = who[starts]
        # A document that spans two blocks gets the lesser of both blocks' minima.
        lowest[docs] = np.minimum(lowest[docs], np.minimum.reduceat(hashed, starts, axis=1).T)
    # The top 32 bits of the least 64-bit value are the least of the top 32 bits (a shift keeps
    # order), so shifting once at the end is the same as hashing to 32 bits.
    out = (lowest >> np.uint64(32)).astype(np.uint32)
    out[lengths == 0] = EMPTY
    return out


# -- LSH --------------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows), ``bands × rows ≤ num_perm``, for a similarity threshold: the split that
    least misses pairs above the threshold plus proposes pairs below it, each weighted equally
    (areas under the S-curve ``1 - (1 - s^rows)^bands``; the usual choice, e.g. datasketch's)."""
    s = (np.arange(2000) + 0.5) / 2000  # midpoints: a plain sum is the integral
    below = s < threshold
    best: tuple[float, int, int] | None = None
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            p = 1 - (1 - s**rows) ** bands
            cost = (p[below].sum() + (1 - p[~below]).sum()) / len(s)
            if best is None or cost < best[0] - 1e-12:
                best = (cost, bands, rows)
    assert best is not None
    return best[1], best[2]


def band_keys(sigs: np.ndarray, bands: int, rows: int, block: int = 65536) -> np.ndarray:
    """One 64-bit key per band (``len(sigs)`` × ``bands``, uint64): equal bands give equal
    keys, unequal ones collide with probability 2⁻⁶⁴ (and are caught by verification). Made
    ``block`` documents at a time: the widened copy of all signatures would be 1 GB per million."""
    out = np.empty((len(sigs), bands), dtype=np.uint64)
    for lo in range(0, len(sigs), block):
        part = sigs[lo : lo + block, : bands * rows]
        cut = part.reshape(len(part), bands, rows).astype(np.uint64)
        key = np.zeros((len(part), bands), dtype=np.uint64)
        for r in range(rows):
            key = mix64(key * np.uint64(0x9E3779B97F4A7C15) + cut[:, :, r])
        out[lo : lo + block] = key
    return out


def candidate_pairs(keys: np.ndarray, valid: np.ndarray | None = None, head: int = 31) -> np.ndarray:
    """Pairs of documents (rows of ``keys``) that share a band key: (k, 2) int64, ``a < b``,
    unique, sorted. In a bucket of more than ``head`` documents (a text copied by hundreds, or
    boilerplate) each member is paired with the ``head`` first members only (by index): the work
    stays linear, the bucket stays connected, and every member still gets the partners that
    ``cap_partners(pairs, head - 1)`` keeps. ``valid`` leaves documents out (those without
    shingles)."""
    idx = np.arange(len(keys)) if valid is None else np.flatnonzero(valid)
    found = [bucket_pairs(keys[idx, band], idx, head) for band in range(keys.shape[1])]
    return unique_pairs(found, len(keys))


def bucket_pairs(keys: np.ndarray, docs: np.ndarray, head: int = 31) -> np.ndarray:
    """The pairs that buckets of equal ``keys`` propose among ``docs`` (one key per row; a
    document at most once per bucket), with the ``head`` rule of ``candidate_pairs``; not unique."""
    # Stable on documents in index order: inside a bucket they stay in order, so each pair is a < b.
    by_doc = np.argsort(docs, kind="stable")
    order = by_doc[np.argsort(keys[by_doc], kind="stable")]
    sorted_keys, members = keys[order], docs[order]
    starts, sizes = runs(sorted_keys)
    # Most documents are alone in a bucket: keep the shared buckets only.
    starts, sizes = starts[sizes > 1], sizes[sizes > 1]
    first, rank = np.repeat(starts, sizes), ranks(sizes)
    found = [np.empty((0, 2), dtype=np.int64)]
    for d in range(min(head, int(sizes.max(initial=0)) - 1)):
        later = rank > d  # each member after the d-th is paired with the d-th
        found.append(np.stack([members[first[later] + d], members[first[later] + rank[later]]], axis=1))
    return np.concatenate(found).astype(np.int64)


def within_groups(members: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Every pair (a, b), a < b, of members inside each group (``members[start:start + size]``)."""
    first, rank = np.repeat(starts, sizes), ranks(sizes)
    size = np.repeat(sizes, sizes)
    found = [np.empty((0, 2), dtype=np.int64)]
    for offset in range(1, int(sizes.max(initial=0))):
        m = rank + offset < size
        a, b = members[first[m] + rank[m]], members[first[m] + rank[m] + offset]
        found.append(np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1))
    return np.concatenate(found).astype(np.int64)


def runs(sorted_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and length of each run of equal values in ``sorted_keys``."""
    if not len(sorted_keys):
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    return starts, np.diff(np.r_[starts, len(sorted_keys)])


def ranks(sizes: np.ndarray) -> np.ndarray:
    """0, 1, …, size - 1 for each group, concatenated."""
    ends = np.cumsum(sizes)
    return np.arange(ends[-1] if len(ends) else 0) - np.repeat(ends - sizes, sizes)


def unique_pairs(found: list[np.ndarray], n: int) -> np.ndarray:
    """The distinct pairs among ``found`` (each (k, 2), a < b), sorted."""
    if not found or not sum(len(f) for f in found):
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(found).astype(np.int64)
    # One int64 per pair makes unique a 1-D sort (n² < 2⁶³ up to 3 billion documents).
    codes = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack([codes // n, codes % n], axis=1)


def cap_partners(pairs: np.ndarray, limit: int) -> np.ndarray:
    """The pairs among each document's first ``limit`` partners by index (a pair stays when it is
    within either document's limit), as ``ReuseFinder`` caps the candidates of each document."""
    if not len(pairs):
        return pairs
    both = np.concatenate([pairs, pairs[:, ::-1]])
    both = both[np.lexsort((both[:, 1], both[:, 0]))]
    rank = ranks(runs(both[:, 0])[1])
    kept = np.sort(both[rank < limit], axis=1)
    return unique_pairs([kept], int(pairs.max()) + 1)


def estimated_jaccard(sigs: np.ndarray, pairs: np.ndarray, block: int = 65536) -> np.ndarray:
    """The share of agreeing signature positions of each pair (float32)."""
    out = np.empty(len(pairs), dtype=np.float32)
    for lo in range(0, len(pairs), block):
        a, b = pairs[lo : lo + block, 0], pairs[lo : lo + block, 1]
        out[lo : lo + block] = (sigs[a] == sigs[b]).mean(axis=1)
    return out


# -- clusters ---------------------------------------------------------------------------------


def cluster_labels(n: int, pairs: np.ndarray) -> np.ndarray:
    """Connected components of ``n`` documents linked by ``pairs``: each document's label is the
    least index in its component (union-find; a document in no pair is its own cluster)."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving keeps the trees flat
            x = parent[x]
        return x

    for a, b in pairs.tolist():
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([root(x) for x in range(n)], dtype=np.int64)


@dataclass(frozen=True, slots=True)
class NearDuplicates:
    """Near-duplicate documents, by index in the input order."""

    #: verified pairs (k × 2, int64, a < b) and their estimated Jaccard similarity
    pairs: np.ndarray
    jaccard: np.ndarray
    #: each document's cluster: the least index among its near duplicates (itself when none)
    labels: np.ndarray
    #: pairs proposed by LSH before verification
    candidates: int

    def clusters(self) -> list[list[int]]:
        """The clusters of two or more documents, each sorted, in order of their first member."""
        order = np.argsort(self.labels, kind="stable")
        labels = self.labels[order]
        cuts = np.flatnonzero(labels[1:] != labels[:-1]) + 1
        return [g.tolist() for g in np.split(order, cuts) if len(g) > 1]


@dataclass(frozen=True, slots=True)
class Signatures:
    sigs: np.ndarray  # (documents × num_perm) uint32
    valid: np.ndarray  # bool: the document has shingles


def stream_signatures(texts: Iterable[str], *, n: int = 5, num_perm: int = 128, seed: int = 1, workers: int = 1,
                      chunk: int = 1000, expected: int = 0) -> Signatures:  # fmt: skip
    """Signatures of a stream of texts, ``chunk`` texts at a time, on ``workers`` processes;
    only the chunks in flight are held, never the texts of the whole stream. ``expected`` (the
    number of texts, where known) lets the signatures be written in place from the start, not
    copied into a larger array as they come (which holds them twice for a moment)."""
    make = partial(text_signatures, n=n, num_perm=num_perm, seed=seed)
    sigs = np.empty((expected, num_perm), dtype=np.uint32)
    valid: list[np.ndarray] = []
    filled = 0
    for part in _map_chunks(make, _chunks(texts, chunk), workers):
        if filled + len(part) > len(sigs):
            sigs = _grown(sigs, filled + len(part))
        sigs[filled : filled + len(part)] = part
        valid.append(~(part == EMPTY).all(axis=1))
        filled += len(part)
    return Signatures(sigs[:filled], np.concatenate(valid) if valid else np.empty(0, dtype=bool))


def _grown(sigs: np.ndarray, needed: int) -> np.ndarray:
    # Doubling keeps the copies few: each signature is copied about once on average.
    out = np.empty((max(needed, 2 * len(sigs)), sigs.shape[1]), dtype=sigs.dtype)
    out[: len(sigs)] = sigs
    return out


def near_duplicates(texts: Iterable[str], *, threshold: float = 0.5, num_perm: int = 128, n: int = 5, workers: int = 1,
                    chunk: int = 1000, head: int = 31, seed: int = 1, expected: int = 0) -> NearDuplicates:  # fmt: skip
    """Clusters of near-duplicate texts: pairs whose word ``n``-grams have an estimated Jaccard
    similarity of at least ``threshold``, joined transitively (a copy of a copy is in its
    source's cluster). ``workers`` processes compute the signatures."""
    s = stream_signatures(texts, n=n, num_perm=num_perm, seed=seed, workers=workers, chunk=chunk, expected=expected)
    return cluster_signatures(s, threshold=threshold, head=head)


def cluster_signatures(s: Signatures, *, threshold: float = 0.5, head: int = 31) -> NearDuplicates:
    """LSH candidates of signatures, verified on the estimated Jaccard, joined into clusters."""
    bands, rows = lsh_bands(threshold, s.sigs.shape[1])
    candidates = candidate_pairs(band_keys(s.sigs, bands, rows), s.valid, head)
    jaccard = estimated_jaccard(s.sigs, candidates)
    keep = jaccard >= threshold
    pairs = candidates[keep]
    return NearDuplicates(pairs, jaccard[keep], cluster_labels(len(s.sigs), pairs), len(candidates))


# -- streaming --------------------------------------------------------------------------------


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _map_chunks(fn: Callable[[list[T]], R], chunks: Iterator[list[T]], workers: int) -> Iterator[R]:
    """``map(fn, chunks)`` in order, on worker processes with at most two chunks each in flight:
    ``Pool.imap`` and ``Executor.map`` read their whole input at once, which a stream of a
    million texts cannot afford."""
    if workers <= 1:
        yield from map(fn, chunks)
        return
    with cf.ProcessPoolExecutor(workers) as pool:
        pending: deque[cf.Future[R]] = deque()
        for c in chunks:
            pending.append(pool.submit(fn, c))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
