"""Near-duplicate clustering at scale (``diplomap.reuse.minhash.near_duplicates``) on synthetic news.

The articles are generated here, deterministically for a given ``--seed``, and streamed: only a
window of recent originals is kept (copies are made of them), never the corpus.

* words: a vocabulary of 50,000 (140 common English words first, then made-up words) drawn
  with Zipf–Mandelbrot frequencies (p ∝ 1/(rank + 2.7)^1.05: the top 100 words are 41% of all
  running words, about half in English news); sentences of 8–30 words, paragraphs of 3–6
  sentences, a headline, 300–800 words of body; 300 outlets, each with its own furniture (a
  header and footer lines) that half of its articles carry;
* near duplicates (10 %): syndicated copies of a recent original (one of the last 2,000): another
  outlet's furniture, a new headline (70 %), 0–6 words replaced, one sentence cut (50 %), the last
  paragraph cut (15 %); a tenth of them are verbatim copies;
* passage reuse (3 %): an original article quoting a passage of 40–120 words of a recent one.
  These are related but not near duplicates: clustering one with its source is a false positive.

Scored against the known copies: pairwise precision / recall of cluster co-membership (two
documents are a true pair when one copies the other or both copy one source), the share of
(copy, source) pairs among the verified pairs, and quoting articles wrongly clustered with their
source. Reported: wall time per phase (signatures include generating the stream), peak RSS of
this process and of the largest worker, pairs and clusters found.

Run: .venv/bin/python bench/reuse_scale.py [--docs 10000] [--workers 2] [--threshold 0.5] [--seed 0]
                                           [--json] [--generate-only]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from benchlib import table, write_result
from diplomap.reuse.minhash import NearDuplicates, cluster_signatures, stream_signatures

NAME = "reuse_scale"
FUNCTION_WORDS = (
    "the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with", "as", "his", "on", "be",
    "at", "by", "i", "this", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which", "one", "you",
    "were", "her", "all", "she", "there", "would", "their", "we", "him", "been", "has", "when", "who", "will",
    "more", "no", "if", "out", "so", "said", "what", "up", "its", "about", "into", "than", "them", "can", "only",
    "other", "new", "some", "could", "time", "these", "two", "may", "then", "do", "first", "any", "my", "now",
    "such", "like", "our", "over", "man", "me", "even", "most", "made", "after", "also", "did", "many", "before",
    "must", "through", "back", "years", "where", "much", "your", "way", "well", "down", "should", "because", "each",
    "just", "those", "people", "how", "too", "little", "state", "good", "very", "make", "world", "still", "own",
    "see", "men", "work", "long", "get", "here", "between", "both", "life", "being", "under", "never", "day",
    "same", "another", "know", "while", "last", "might", "us", "great", "old", "year", "off"
)
SYLLABLES = (
    "ba", "be", "bi", "bo", "bu", "da", "de", "di", "do", "du", "ka", "ke", "ki", "ko", "ku", "la", "le", "li",
    "lo", "lu", "ma", "me", "mi", "mo", "mu", "na", "ne", "ni", "no", "nu", "ra", "re", "ri", "ro", "ru", "sa",
    "se", "si", "so", "su", "ta", "te", "ti", "to", "tu", "va", "ve", "vi", "vo", "vu", "za", "ze", "zi", "zo",
    "zu", "an", "en", "in", "on", "ar", "er", "or", "al", "el", "il"
)
VOCABULARY = 50_000
OUTLETS = 300
RECENT = 2_000  # originals a copy may be made of
_GRID = 1 << 22


def vocabulary(rng: random.Random) -> np.ndarray:
    """Function words, then distinct made-up words of 2–4 syllables, in rank order."""
    seen = set(FUNCTION_WORDS)
    out = list(FUNCTION_WORDS)
    while len(out) < VOCABULARY:
        w = "".join(rng.choices(SYLLABLES, k=rng.randrange(2, 5)))
        if w not in seen:
            seen.add(w)
            out.append(w)
    return np.array(out, dtype=object)


@dataclass(slots=True)
class Article:
    headline: str
    paragraphs: list[list[str]]  # sentences
    outlet: int

    def text(self, furniture: tuple[str, list[str]] | None) -> str:
        body = "\n\n".join(" ".join(p) for p in self.paragraphs)
        if furniture is None:
            return f"{self.headline}\n\n{body}"
        head, foot = furniture
        return f"{head}\n{self.headline}\n\n{body}\n\n" + "\n".join(foot)


@dataclass
class SyntheticNews:
    """A deterministic stream of ``n`` articles; ``source``/``quoted`` are filled as it is read."""

    n: int
    seed: int = 0
    copy_share: float = 0.10
    passage_share: float = 0.03
    #: the original a document copies (near duplicates), or -1
    source: np.ndarray = field(init=False)
    #: the article a document quotes a passage of, or -1
    quoted: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.source = np.full(self.n, -1, dtype=np.int64)
        self.quoted = np.full(self.n, -1, dtype=np.int64)
        self._rng = np.random.default_rng(self.seed)  # arrays of draws
        self._r = random.Random(self.seed)  # single draws (numpy's cost microseconds each)
        self._words = vocabulary(self._r)
        ranks = np.arange(1, VOCABULARY + 1)
        weights = 1 / (ranks + 2.7) ** 1.05
        cdf = np.cumsum(weights) / weights.sum()
        # Inverse CDF on a grid of 2²² points: drawing a word is then one lookup, not a search.
        grid = (np.arange(_GRID) + 0.5) / _GRID
        self._inverse = np.minimum(np.searchsorted(cdf, grid), VOCABULARY - 1).astype(np.uint16)
        self._pool: list[str] = []
        self._at = 0
        self._outlets = [self._outlet_furniture() for _ in range(OUTLETS)]

    def _draw(self, k: int) -> list[str]:
        # Words are drawn a million at a time: one numpy call per word list would cost more
        # than making the rest of the article.
        if self._at + k > len(self._pool):
            ids = self._inverse[self._rng.integers(0, _GRID, size=max(k, 1 << 20))]
            self._pool = self._words[ids].tolist()
            self._at = 0
        self._at += k
        return self._pool[self._at - k : self._at]

    def _outlet_furniture(self) -> tuple[str, list[str]]:
        name = " ".join(w.capitalize() for w in self._draw(2))
        section = self._draw(1)[0].capitalize()
        return f"{name} | {section}", ["Share this article", f"Follow {name} for more news",
                                       f"© 2025 {name}. All rights reserved."]  # fmt: skip

    def _article(self, words: int) -> Article:
        rng = self._r
        flat = self._draw(words)
        lengths = self._rng.integers(8, 31, size=words // 8 + 1)
        sentences, at = [], 0
        for length in lengths.tolist():
            if at >= words:
                break
            s = flat[at : at + length]
            at += length
            sentences.append(s[0].capitalize() + " " + " ".join(s[1:]) + "." if len(s) > 1 else s[0].capitalize() + ".")
        paragraphs, at = [], 0
        while at < len(sentences):
            k = rng.randrange(3, 7)
            paragraphs.append(sentences[at : at + k])
            at += k
        headline = " ".join(w.capitalize() for w in self._draw(rng.randrange(6, 13)))
        return Article(headline, paragraphs, rng.randrange(0, OUTLETS))

    def _furniture(self, outlet: int) -> tuple[str, list[str]] | None:
        return self._outlets[outlet] if self._r.random() < 0.5 else None

    def _copy(self, original: Article) -> Article:
        """A syndicated copy: another outlet, maybe another headline, a few edits and cuts."""
        rng = self._r
        paragraphs = [list(p) for p in original.paragraphs]
        headline = original.headline
        if rng.random() >= 0.1:  # a tenth are verbatim
            if rng.random() < 0.7:
                headline = " ".join(w.capitalize() for w in self._draw(rng.randrange(6, 13)))
            for _ in range(rng.randrange(0, 7)):
                p = paragraphs[rng.randrange(0, len(paragraphs))]
                i = rng.randrange(0, len(p))
                words = p[i].split(" ")
                if len(words) > 1:
                    words[rng.randrange(1, len(words))] = self._draw(1)[0]
                p[i] = " ".join(words)
            if rng.random() < 0.5:
                p = paragraphs[rng.randrange(0, len(paragraphs))]
                if len(p) > 1:
                    del p[rng.randrange(0, len(p))]
            if rng.random() < 0.15 and len(paragraphs) >= 4:
                paragraphs.pop()
        return Article(headline, paragraphs, rng.randrange(0, OUTLETS))

    def _quoting(self, quoted: Article) -> Article:
        """A new article with a passage of 40–120 consecutive words of ``quoted`` as a paragraph."""
        rng = self._r
        article = self._article(rng.randrange(300, 801))
        body = " ".join(" ".join(p) for p in quoted.paragraphs).split(" ")
        k = rng.randrange(40, 121)
        start = rng.randrange(0, max(1, len(body) - k))
        passage = "“" + " ".join(body[start : start + k]) + "”"
        article.paragraphs.insert(rng.randrange(0, len(article.paragraphs) + 1), [passage])
        return article

    def texts(self) -> Iterator[str]:
        rng = self._r
        recent: deque[tuple[int, Article]] = deque(maxlen=RECENT)
        for i in range(self.n):
            roll = rng.random()
            if recent and roll < self.copy_share:
                j, original = recent[rng.randrange(0, len(recent))]
                self.source[i] = j
                article = self._copy(original)
            else:
                if recent and roll < self.copy_share + self.passage_share:
                    j, quoted = recent[rng.randrange(0, len(recent))]
                    self.quoted[i] = j
                    article = self._quoting(quoted)
                else:
                    article = self._article(rng.randrange(300, 801))
                recent.append((i, article))
            yield article.text(self._furniture(article.outlet))


# ----------------------------------------------------------------------------- scoring


def _pairs_within(labels: np.ndarray) -> int:
    _, counts = np.unique(labels, return_counts=True)
    return int((counts * (counts - 1) // 2).sum())


def score(corpus: SyntheticNews, found: NearDuplicates) -> dict[str, Any]:
    """Pairwise precision / recall of cluster co-membership, and pair-level checks."""
    n = corpus.n
    truth = np.where(corpus.source >= 0, corpus.source, np.arange(n))  # copies are made of originals only
    both = truth * n + found.labels
    true_pairs, predicted_pairs, right = _pairs_within(truth), _pairs_within(found.labels), _pairs_within(both)
    copies = np.flatnonzero(corpus.source >= 0)
    verified = set((found.pairs[:, 0] * n + found.pairs[:, 1]).tolist())
    direct = sum(1 for c in copies.tolist() if min(c, corpus.source[c]) * n + max(c, corpus.source[c]) in verified)
    quoting = np.flatnonzero(corpus.quoted >= 0)
    quoted_clustered = int((found.labels[quoting] == found.labels[corpus.quoted[quoting]]).sum())
    return {
        "true_pairs": true_pairs, "predicted_pairs": predicted_pairs, "right_pairs": right,
        "precision": right / predicted_pairs if predicted_pairs else None,
        "recall": right / true_pairs if true_pairs else None,
        "copies": len(copies), "copy_source_pairs_verified": direct,
        "copy_source_recall": direct / len(copies) if len(copies) else None,
        "passage_pairs": len(quoting), "passage_pairs_clustered": quoted_clustered,
    }  # fmt: skip


def peak_rss_mb() -> dict[str, float]:
    """Peak resident memory of this process and of the largest finished child (Linux: KiB)."""
    return {"main": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "largest_worker": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.5, help="estimated Jaccard of word 5-grams")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--chunk", type=int, default=1000, help="texts per worker task")
    ap.add_argument("--json", action="store_true", help="print the result as JSON instead of tables")
    ap.add_argument("--generate-only", action="store_true", help="time the generator alone")
    args = ap.parse_args(argv)
    corpus = SyntheticNews(args.docs, args.seed)
    t0 = time.perf_counter()
    if args.generate_only:
        chars = sum(len(t) for t in corpus.texts())
        seconds = time.perf_counter() - t0
        print(f"{args.docs:,} articles, {chars / args.docs:,.0f} characters each, generated in {seconds:.1f} s")
        return 0
    sigs = stream_signatures(corpus.texts(), workers=args.workers, chunk=args.chunk, expected=args.docs)
    t1 = time.perf_counter()
    found = cluster_signatures(sigs, threshold=args.threshold)
    t2 = time.perf_counter()
    clusters = found.clusters()
    result = {
        "docs": args.docs, "workers": args.workers, "threshold": args.threshold, "seed": args.seed,
        "seconds": {"signatures_and_generation": round(t1 - t0, 2), "lsh_verify_cluster": round(t2 - t1, 2),
                    "total": round(t2 - t0, 2)},
        "peak_rss_mb": peak_rss_mb(), "candidates": found.candidates, "pairs": len(found.pairs),
        "clusters": len(clusters), "clustered_docs": sum(len(c) for c in clusters),
        "largest_cluster": max((len(c) for c in clusters), default=0), "score": score(corpus, found),
    }  # fmt: skip
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        s, sc = result["seconds"], result["score"]
        print(table(["docs", "workers", "signatures s", "LSH+verify+cluster s", "total s", "docs/s",
                     "peak RSS main MB", "peak RSS worker MB"],
                    [[args.docs, args.workers, s["signatures_and_generation"], s["lsh_verify_cluster"], s["total"],
                      round(args.docs / s["total"]), round(result["peak_rss_mb"]["main"]),
                      round(result["peak_rss_mb"]["largest_worker"])]],
                    title=f"Near-duplicate clustering of {args.docs:,} synthetic articles"))  # fmt: skip
        print(f"\ncandidates {found.candidates:,}; verified pairs {len(found.pairs):,}; clusters {len(clusters):,} "
              f"({result['clustered_docs']:,} documents, largest {result['largest_cluster']})")
        print(f"co-membership pairs: P {sc['precision']:.4f} R {sc['recall']:.4f} (true {sc['true_pairs']:,}, "
              f"predicted {sc['predicted_pairs']:,}); (copy, source) pairs verified "
              f"{sc['copy_source_pairs_verified']:,}/{sc['copies']:,}; passage pairs clustered "
              f"{sc['passage_pairs_clustered']}/{sc['passage_pairs']}")
    write_result(f"{NAME}_{args.docs}", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
