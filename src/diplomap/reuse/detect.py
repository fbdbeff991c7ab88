"""Find exact copies, near duplicates and copied passages in a set of documents.

* **exact**: the same words after normalisation (case, quotes, dashes, spacing).
* **near-duplicate**: the same story with small edits (a syndicated copy with another headline,
  a word changed, a sentence cut): each document's words are at least ``near_share`` covered by
  passages shared with the other, or the two sets of word 5-grams have a Jaccard similarity of
  at least ``near_jaccard``.
* **passage-reuse**: one or more passages of at least ``min_passage_words`` words copied from one
  document into the other. Measured by containment (the share of each document inside shared
  passages), not Jaccard: a reused paragraph in a long article has a low Jaccard.

Candidates come from two indexes, so that no pair of documents is compared unless it can be
related: an inverted index of word 8-grams (a copied passage shares them; 8-grams in more than
``max_df`` documents are boilerplate and ignored) and MinHash LSH over word 5-grams (near
duplicates whose edits leave few 8-grams intact; signatures and bands on numpy arrays, see
``minhash``). The aligned passages are runs of consecutive shared 8-grams, mapped back to
character offsets in both texts.

The work splits as an executor wants it: ``shingled`` is per document (a stage, run on the
workers), the two indexes are groupings of (n-gram or band key, document) rows by key
(``Executor.group``: a shuffle on a Ray cluster), and the comparison of the candidate pairs runs
here. Without an executor's grouping, all runs in this process; the pairs are the same.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

import numpy as np

from ..execute.local import object_column
from .minhash import (
    band_keys,
    bucket_pairs,
    cap_partners,
    lsh_bands,
    ranks,
    runs,
    signatures,
    unique_pairs,
    within_groups,
)
from .shingles import mix64, shingle_array, word_hashes, words

if TYPE_CHECKING:
    from ..execute import Grouping, GroupReduce, Table

#: reuse-2: MinHash LSH on numpy arrays (other hash functions than reuse-1's datasketch, so pairs
#: proposed by chance near the LSH threshold can differ: stored reuse is recomputed once)
REUSE_VERSION = "reuse-2"


@dataclass(frozen=True, slots=True)
class Passage:
    a_start: int
    a_end: int
    b_start: int
    b_end: int

    def to_json(self) -> dict[str, int]:
        return {"a_start": self.a_start, "a_end": self.a_end, "b_start": self.b_start, "b_end": self.b_end}


@dataclass(frozen=True, slots=True)
class ReusePair:
    """Two related documents (CONTRACTS.md `reuse`); ``a`` < ``b``."""

    a: str
    b: str
    relation: str  # exact | near-duplicate | passage-reuse | paraphrase
    passages: tuple[Passage, ...]
    share_a: float
    share_b: float
    earlier: str | None  # "a", "b", or None when the dates do not say
    jaccard: float

    def to_json(self) -> dict[str, object]:
        return {"a": self.a, "b": self.b, "relation": self.relation,
                "passages": [p.to_json() for p in self.passages], "share_a": round(self.share_a, 4),
                "share_b": round(self.share_b, 4), "earlier": self.earlier,
                "jaccard": round(self.jaccard, 4)}  # fmt: skip


@dataclass(slots=True)
class Shingled:
    """What the finder needs of one document (``shingled``: per document, on any worker). Held
    for every document of the corpus at once, so in numpy arrays (about 30 KB for a 700-word
    article, where Python sets, lists and tuples of the same took five times as much)."""

    id: str
    date: str | None
    #: (start, end) code points of each word in the text
    spans: np.ndarray
    #: the distinct word 5-gram hashes, sorted
    grams5: np.ndarray
    #: the word 8-gram hashes in text order
    grams8: np.ndarray
    #: a digest of the normalised words: equal keys are exact copies (empty for a text of no words)
    key: bytes
    #: each sentence's content words (for sentence alignment)
    sentences: _Sentences


def shingled(doc_id: str, text: str, date: str | None = None, passage_n: int = 8) -> Shingled:
    w = words(text)
    hashes = word_hashes(w.forms)
    spans = np.array(w.spans, np.int64).reshape(-1, 2)
    key = hashlib.blake2b(" ".join(w.forms).encode(), digest_size=16).digest() if w.forms else b""
    return Shingled(doc_id, date, spans, np.unique(shingle_array(hashes, 5)), shingle_array(hashes, passage_n), key,
                    _Sentences.of_words(text, spans[:, 0], hashes))  # fmt: skip


def _in_process(table: Table, key: str, reduce: GroupReduce, shared: Any = None) -> Iterator[Table]:
    """The grouping without an executor: one reduce over the whole table."""
    if len(table[key]):
        yield reduce(table, shared)


@dataclass(slots=True)
class ReuseFinder:
    near_share: float = 0.8
    near_jaccard: float = 0.7
    min_passage_words: int = 12
    passage_n: int = 8
    lsh_threshold: float = 0.5
    num_perm: int = 128
    #: an 8-gram in more documents than this (or than 1% of the corpus) is boilerplate
    max_df: int = 20
    #: candidates kept per document (the strongest by shared rare 8-grams; LSH adds as many)
    max_partners: int = 30
    #: share of the shorter document's sentences that have a counterpart (content-word Jaccard
    #: ≥ 0.35) in the other: at least this much makes a pair one text, copied or rewritten
    paraphrase_alignment: float = 0.7
    paraphrase_jaccard: float = 0.08
    edited_share: float = 0.6
    edited_jaccard: float = 0.45
    docs: list[Shingled] = field(default_factory=list)
    #: an executor's grouping for the two indexes (default: in this process)
    group: Grouping = _in_process
    _common: set[int] = field(default_factory=set)

    def add(self, doc_id: str, text: str, date: str | None = None) -> None:
        self.docs.append(shingled(doc_id, text, date, self.passage_n))

    def find(self) -> list[ReusePair]:
        pairs: list[ReusePair] = []
        by_key: dict[bytes, list[Shingled]] = defaultdict(list)
        for d in self.docs:
            if d.key:
                by_key[d.key].append(d)
        exact: set[tuple[str, str]] = set()
        for group in by_key.values():
            for x, y in combinations(sorted(group, key=lambda d: d.id), 2):
                exact.add((x.id, y.id))
                pairs.append(self._pair(x, y, "exact", (_whole(x, y),), 1.0, 1.0, 1.0))
        index = {d.id: d for d in self.docs}
        for a_id, b_id in sorted(self._candidates() - exact):
            found = self._compare(index[a_id], index[b_id])
            if found is not None:
                pairs.append(found)
        return sorted(pairs, key=lambda p: (p.a, p.b))

    # -- candidates -------------------------------------------------------------------------------

    def _candidates(self) -> set[tuple[str, str]]:
        # Documents are numbered in id order, so that "a < b" and "first by index" are by id.
        docs = sorted((d for d in self.docs), key=lambda d: d.id)
        limit = max(self.max_df, len(docs) // 100)
        grams = [np.unique(d.grams8) for d in docs]
        table = {"key": np.concatenate(grams) if grams else np.zeros(0, np.uint64),
                 "doc": np.repeat(np.arange(len(docs)), [len(g) for g in grams])}  # fmt: skip
        codes, counts, common = [], [], []
        for part in self.group(table, "key", _shared_grams, (len(docs), limit)):
            for pair_codes, pair_counts, boilerplate in part["result"]:
                codes.append(pair_codes)
                counts.append(pair_counts)
                common.append(boilerplate)
        # Boilerplate (an 8-gram in many documents) neither proposes a pair nor counts in alignment.
        self._common = set(np.concatenate(common).tolist()) if common else set()
        shared, total = _sum_counts(codes, counts)
        # A passage of min_passage_words words shares min_passage_words - n + 1 n-grams.
        needed = max(1, self.min_passage_words - self.passage_n + 1)
        # Each document keeps its max_partners strongest candidates: a story copied by hundreds of
        # outlets stays connected through them, and the work stays linear in the corpus.
        partners: dict[int, list[tuple[int, int]]] = defaultdict(list)
        strong = total >= needed
        for code, n in zip(shared[strong].tolist(), total[strong].tolist(), strict=True):
            x, y = divmod(code, len(docs))
            partners[x].append((n, y))
            partners[y].append((n, x))
        out: set[tuple[str, str]] = set()
        for x, found in partners.items():
            for _, y in sorted(found, reverse=True)[: self.max_partners]:
                out.add((docs[min(x, y)].id, docs[max(x, y)].id))
        return out | self._near_candidates()

    def _near_candidates(self) -> set[tuple[str, str]]:
        """Pairs that MinHash LSH over word 5-grams proposes, each document keeping its first
        ``max_partners`` partners by id."""
        # Index order is id order, so that "first by index" is "first by id".
        docs = sorted((d for d in self.docs if len(d.grams5)), key=lambda d: d.id)
        sigs = signatures([d.grams5 for d in docs], self.num_perm)
        bands, rows = lsh_bands(self.lsh_threshold, self.num_perm)
        keys = band_keys(sigs, bands, rows)
        # One bucket per (band, key): the band is mixed into the key, so all bands group at once.
        salted = mix64(keys ^ np.arange(1, bands + 1, dtype=np.uint64)[None, :] * np.uint64(0x9E3779B97F4A7C15))
        table = {"key": salted.ravel(), "doc": np.repeat(np.arange(len(docs)), bands)}
        found = [pairs for part in self.group(table, "key", _bucket_members, self.max_partners + 1)
                 for pairs in part["result"]]  # fmt: skip
        pairs = unique_pairs(found, len(docs))
        return {(docs[a].id, docs[b].id) for a, b in cap_partners(pairs, self.max_partners).tolist()}

    # -- comparing a pair -------------------------------------------------------------------------

    def _compare(self, a: Shingled, b: Shingled) -> ReusePair | None:
        shared = len(np.intersect1d(a.grams5, b.grams5, assume_unique=True))
        union = len(a.grams5) + len(b.grams5) - shared
        jaccard = shared / union if union else 0.0
        runs = self._align(a, b)
        share_a = _share(a, [(r[0], r[1]) for r in runs], self.passage_n)
        share_b = _share(b, [(r[2], r[3]) for r in runs], self.passage_n)
        passages = tuple(self._passage(a, b, r) for r in runs)
        if (share_a >= self.near_share and share_b >= self.near_share) or jaccard >= self.near_jaccard:
            return self._pair(a, b, "near-duplicate", passages, share_a, share_b, jaccard)
        # Sentence alignment is the costly test: only pairs whose 5-grams overlap as a rewrite's do
        # (a spun copy keeps names, numbers and many short phrases) are aligned.
        if jaccard >= self.paraphrase_jaccard and _same_text(a, b, self.paraphrase_alignment):
            # Sentence for sentence the same text: an edited copy if most words survive, else a
            # rewrite in other words (synonym "spinning" keeps names and numbers, not wording).
            if min(share_a, share_b) >= self.edited_share or jaccard >= self.edited_jaccard:
                return self._pair(a, b, "near-duplicate", passages, share_a, share_b, jaccard)
            return self._pair(a, b, "paraphrase", passages, share_a, share_b, jaccard)
        if passages:
            return self._pair(a, b, "passage-reuse", passages, share_a, share_b, jaccard)
        return None

    def _align(self, a: Shingled, b: Shingled) -> list[tuple[int, int, int, int]]:
        """Runs of consecutive shared n-grams: (first, last) n-gram index in a, then in b."""
        grams_a, grams_b = a.grams8.tolist(), b.grams8.tolist()  # Python ints: the loop below is Python
        at: dict[int, list[int]] = defaultdict(list)
        for j, h in enumerate(grams_b):
            if h not in self._common:
                at[h].append(j)
        runs: list[tuple[int, int, int, int]] = []
        used_b: set[int] = set()
        i = 0
        while i < len(grams_a):
            best: tuple[int, int] | None = None  # (length, j)
            for j in at.get(grams_a[i], ()):
                if j in used_b:
                    continue
                k = 1
                while i + k < len(grams_a) and j + k < len(grams_b) and grams_a[i + k] == grams_b[j + k]:
                    k += 1
                if best is None or k > best[0]:
                    best = (k, j)
            if best is None:
                i += 1
                continue
            k, j = best
            # A run of k n-grams covers k + n - 1 words.
            if k + self.passage_n - 1 >= self.min_passage_words:
                runs.append((i, i + k - 1, j, j + k - 1))
                used_b.update(range(j, j + k))
            i += k
        return _merge(runs, self.passage_n)

    def _passage(self, a: Shingled, b: Shingled, run: tuple[int, int, int, int]) -> Passage:
        n = self.passage_n
        i0, i1, j0, j1 = run
        return Passage(int(a.spans[i0, 0]), int(a.spans[i1 + n - 1, 1]), int(b.spans[j0, 0]),
                       int(b.spans[j1 + n - 1, 1]))  # fmt: skip

    def _pair(self, a: Shingled, b: Shingled, relation: str, passages: tuple[Passage, ...], share_a: float,
              share_b: float, jaccard: float) -> ReusePair:  # fmt: skip
        if a.id > b.id:
            a, b = b, a
            passages = tuple(Passage(p.b_start, p.b_end, p.a_start, p.a_end) for p in passages)
            share_a, share_b = share_b, share_a
        return ReusePair(a.id, b.id, relation, passages, share_a, share_b, earlier_of(a.date, b.date), jaccard)


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_STOP_WORDS = (
    "the a an of to in and on for with by at from that this these those is was were be been being has have had it "
    "its as or but not he she they their his her him them we our said says will would could should may can also "
    "after before over into about than then there which who whom whose what when where while"
)
#: function words left out of the sentence comparison (bench baselines use the same list)
STOP_WORDS = frozenset(_STOP_WORDS.split())


@lru_cache(maxsize=1)
def _stop_word_hashes() -> np.ndarray:
    return np.unique(word_hashes(sorted(STOP_WORDS)))


@dataclass(frozen=True, slots=True)
class _Sentences:
    """A document's sentences as a table of (sentence, content word) rows sorted by word, so that
    one pair's sentence-by-sentence overlaps are a merge of two sorted tables, not a loop over
    pairs of sets."""

    ids: np.ndarray  # the word's hash, sorted
    rows: np.ndarray  # the sentence of each (sentence, word) row
    sizes: np.ndarray  # distinct content words per sentence

    def __len__(self) -> int:
        return len(self.sizes)

    @classmethod
    def of_words(cls, text: str, starts: np.ndarray, hashes: np.ndarray) -> _Sentences:
        """The table of ``text``'s sentences (cut by ``_SENTENCE``) with at least four distinct
        content words, from its words' start offsets and hashes (word hashes, not a vocabulary's
        numbers: documents shingled in other processes agree). Worked out on the arrays: reading
        each sentence's words again as sets of strings cost a third of shingling."""
        cuts = np.array([m.end() for m in _SENTENCE.finditer(text)], np.int64)
        content = ~np.isin(hashes, _stop_word_hashes())
        sentence, word = np.searchsorted(cuts, starts[content], side="right"), hashes[content]
        order = np.lexsort((word, sentence))
        sentence, word = sentence[order], word[order]
        first = np.r_[True, (sentence[1:] != sentence[:-1]) | (word[1:] != word[:-1])][: len(word)]
        sentence, word = sentence[first], word[first]  # each sentence's distinct words
        numbers, sizes = np.unique(sentence, return_counts=True)
        kept = numbers[sizes >= 4]
        inside = np.isin(sentence, kept)
        rows, word = np.searchsorted(kept, sentence[inside]), word[inside]
        order = np.lexsort((rows, word))  # by word, then sentence
        return cls(word[order], rows[order].astype(np.int64), sizes[sizes >= 4].astype(np.int64))


def _counterparts(x: _Sentences, y: _Sentences) -> np.ndarray:
    """matrix[i, j]: sentences x_i and y_j share at least 35% of their content words (Jaccard)."""
    # Each (x row, y row) with the same word is one shared word of the two sentences; integer
    # work only (a float matrix product here went through BLAS threads, slow on a busy machine).
    first = np.searchsorted(y.ids, x.ids, side="left")
    matches = np.searchsorted(y.ids, x.ids, side="right") - first
    x_rows = np.repeat(x.rows, matches)
    y_rows = y.rows[np.repeat(first, matches) + ranks(matches)]
    shared = np.bincount(x_rows * len(y) + y_rows, minlength=len(x) * len(y)).reshape(len(x), len(y))
    union = x.sizes[:, None] + y.sizes[None, :] - shared
    return shared >= 0.35 * union


def _same_text(a: Shingled, b: Shingled, threshold: float) -> bool:
    """Whether two documents are one text sentence for sentence: at least ``threshold`` of the
    shorter one's sentences, and half of the longer one's, have a counterpart in the other (best
    match sharing at least 35% of content words, Jaccard). True for a copy or a rewrite of the
    whole text; false for a different text, or one that only quotes a passage of the other (a
    commentary quoting a short report)."""
    if min(len(a.sentences), len(b.sentences)) < 3:
        return False
    small, large = (a.sentences, b.sentences) if len(a.sentences) <= len(b.sentences) else (b.sentences, a.sentences)
    matched = _counterparts(small, large)
    return _enough(np.any(matched, axis=1), threshold) and _enough(np.any(matched, axis=0), 0.5)


def _enough(has_counterpart: np.ndarray, needed: float) -> bool:
    allowed_misses = int(len(has_counterpart) * (1 - needed))
    return int(len(has_counterpart) - has_counterpart.sum()) <= allowed_misses


def _merge(runs: list[tuple[int, int, int, int]], n: int) -> list[tuple[int, int, int, int]]:
    """Join runs that continue each other across a changed word ("… the US and South Korea …")."""
    runs = sorted(runs)
    out: list[tuple[int, int, int, int]] = []
    for r in runs:
        if out:
            p = out[-1]
            gap_a, gap_b = r[0] - p[1], r[2] - p[3]
            if 0 < gap_a <= n + 1 and 0 < gap_b <= n + 1 and abs(gap_a - gap_b) <= 1:
                out[-1] = (p[0], r[1], p[2], r[3])
                continue
        out.append(r)
    return out


def _share(d: Shingled, runs: list[tuple[int, int]], n: int) -> float:
    total = len(d.spans)
    if not total:
        return 0.0
    covered: set[int] = set()
    for first, last in runs:
        covered.update(range(first, last + n))
    return len(covered) / total


def _whole(a: Shingled, b: Shingled) -> Passage:
    return Passage(int(a.spans[0, 0]), int(a.spans[-1, 1]), int(b.spans[0, 0]), int(b.spans[-1, 1]))


def earlier_of(date_a: str | None, date_b: str | None) -> str | None:
    """"a", "b", or None when the dates do not say which document came first."""
    if not date_a or not date_b or date_a[:10] == date_b[:10]:
        return None
    n = min(len(date_a), len(date_b), 10)  # the coarser precision: "2021" is not before "2021-03"
    if date_a[:n] == date_b[:n]:
        return None
    return "a" if date_a[:n] < date_b[:n] else "b"


def find_reuse(docs: Iterable[tuple[str, str, str | None]], **options: object) -> list[ReusePair]:
    """Reuse pairs among (id, text, date) documents."""
    finder = ReuseFinder(**options)  # type: ignore[arg-type]
    for doc_id, text, date in docs:
        finder.add(doc_id, text, date)
    return finder.find()


# -- the two indexes as groupings (Executor.group reduces: module-level, so workers can load them)


def _shared_grams(table: Table, shared: tuple[int, int]) -> Table:
    """One partition of the 8-gram index: for each 8-gram in 2 to ``limit`` documents, every pair
    of them; returns (pair codes a·n + b, the 8-grams they share here, the 8-grams in more than
    ``limit`` documents), as one row."""
    n, limit = shared
    order = np.lexsort((table["doc"], table["key"]))
    grams, docs = table["key"][order], table["doc"][order]
    starts, sizes = runs(grams)
    common = grams[starts[sizes > limit]]
    keep = (sizes >= 2) & (sizes <= limit)
    pairs = within_groups(docs, starts[keep], sizes[keep])
    codes, counts = np.unique(pairs[:, 0] * n + pairs[:, 1], return_counts=True)
    return {"result": object_column([(codes, counts, common)])}


def _bucket_members(table: Table, head: int) -> Table:
    """One partition of the LSH buckets: the pairs each bucket proposes (``bucket_pairs``)."""
    pairs = bucket_pairs(table["key"], table["doc"], head)
    return {"result": object_column([pairs])}


def _sum_counts(codes: list[np.ndarray], counts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Pair codes and their counts summed over the partitions (a pair shares 8-grams in several)."""
    if not codes:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    unique, where = np.unique(np.concatenate(codes), return_inverse=True)
    return unique, np.bincount(where, weights=np.concatenate(counts)).astype(np.int64)
