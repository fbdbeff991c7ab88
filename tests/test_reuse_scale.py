"""Near duplicates at scale: numpy MinHash, LSH by sorting, clusters (``diplomap.reuse.minhash``)."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHash, MinHashLSH
from hypothesis import given, settings
from hypothesis import strategies as st

from diplomap.reuse import ReuseFinder
from diplomap.reuse.minhash import (
    EMPTY,
    band_keys,
    candidate_pairs,
    cap_partners,
    cluster_labels,
    estimated_jaccard,
    lsh_bands,
    near_duplicates,
    signatures,
    text_signatures,
)
from diplomap.reuse.shingles import (
    mix64,
    shingle_array,
    text_word_hashes,
    texts_shingles,
    texts_word_hashes,
    word_hashes,
    words,
)

VOCAB = [f"w{i}" for i in range(3000)]


def article(seed: int, n_words: int = 400) -> str:
    rng = random.Random(seed)
    sentences = [" ".join(rng.choices(VOCAB, k=rng.randint(8, 20))).capitalize() + "." for _ in range(n_words // 14)]
    return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))


def edited(text: str, seed: int, edits: int = 4) -> str:
    """A syndicated copy: another headline, ``edits`` words replaced, one sentence cut."""
    rng = random.Random(seed)
    sentences = text.split(". ")
    del sentences[rng.randrange(len(sentences))]
    tokens = ". ".join(sentences).split(" ")
    for _ in range(edits):
        tokens[rng.randrange(len(tokens))] = rng.choice(VOCAB)
    return "Breaking: a new headline here\n" + " ".join(tokens) + "\nShare this story"


def quoting(text: str, seed: int) -> str:
    """Another article that quotes 40 words of ``text``."""
    quote = " ".join(text.split(" ")[100:140])
    return article(seed) + "\n\nAs one report put it: “" + quote + "”"


def test_signature_agreement_estimates_jaccard() -> None:
    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**63, size=600, dtype=np.uint64)
    for keep in (550, 400, 200, 30):
        other = np.concatenate([base[:keep], rng.integers(0, 2**63, size=600 - keep, dtype=np.uint64)])
        sigs = signatures([base, other])
        true = keep / (1200 - keep)
        assert abs(float(estimated_jaccard(sigs, np.array([[0, 1]]))[0]) - true) < 0.15
    same = signatures([base, base[::-1].copy()])
    assert (same[0] == same[1]).all(), "a set's signature does not depend on the order of its shingles"


def test_signatures_do_not_depend_on_blocking() -> None:
    rng = np.random.default_rng(3)
    docs = [rng.integers(0, 2**63, size=int(k), dtype=np.uint64) for k in rng.integers(0, 20_000, size=6)]
    together = signatures(docs)
    apart = np.concatenate([signatures([d]) for d in docs])
    assert together.dtype == np.uint32 and (together == apart).all()


def test_text_signatures_use_the_shingles_of_find_reuse() -> None:
    texts = [article(1), edited(article(1), 2), "Curly “quotes” — don’t ‘matter’; Zürich does."]
    finder = ReuseFinder()
    for i, t in enumerate(texts):
        finder.add(str(i), t)
    sets = [np.fromiter(d.grams5, np.uint64, len(d.grams5)) for d in finder.docs]
    assert (text_signatures(texts) == signatures(sets)).all()


def test_short_documents_match_nothing() -> None:
    sigs = text_signatures(["too short", "too short", ""])
    assert (sigs == EMPTY).all()
    found = near_duplicates(["too short", "too short", article(1), article(2)])
    assert len(found.pairs) == 0 and found.clusters() == []


def test_lsh_bands_as_the_usual_choice() -> None:
    assert lsh_bands(0.5, 128) == (25, 5)  # datasketch's MinHashLSH picks the same split
    bands, rows = lsh_bands(0.8, 128)
    assert bands * rows <= 128 and rows > 5


def test_copies_cluster_and_quotes_do_not() -> None:
    a, b = article(1), article(2)
    texts = [a, edited(a, 10), b, quoting(a, 3), edited(edited(a, 11), 12), article(4), edited(b, 13, edits=0)]
    found = near_duplicates(texts)
    assert found.clusters() == [[0, 1, 4], [2, 6]], "a copy of a copy joins its source's cluster"
    assert found.labels[3] == 3, "a piece quoting 40 words of a text is no near duplicate of it"
    assert (found.jaccard >= 0.5).all() and (found.pairs[:, 0] < found.pairs[:, 1]).all()


def test_workers_and_chunks_give_the_same_result() -> None:
    base = [article(i) for i in range(8)]
    texts = base + [edited(t, 100 + i) for i, t in enumerate(base)]
    one = near_duplicates(texts, workers=1, chunk=1000)
    two = near_duplicates(texts, workers=2, chunk=3)
    assert (one.pairs == two.pairs).all() and (one.labels == two.labels).all()
    assert (one.jaccard == two.jaccard).all()
    again = near_duplicates(texts, chunk=5, expected=3)  # grows past what it expected
    assert (again.pairs == one.pairs).all() and len(one.clusters()) == 8


def test_big_buckets_stay_connected_and_bounded() -> None:
    keys = np.zeros((100, 3), dtype=np.uint64)  # 100 documents in one bucket of every band
    pairs = candidate_pairs(keys, head=5)
    assert len(pairs) == 99 + 98 + 97 + 96 + 95, "each member pairs with the bucket's 5 first"
    assert (cluster_labels(100, pairs) == 0).all()
    assert len(candidate_pairs(keys, valid=np.arange(100) % 2 == 0, head=200)) == 50 * 49 // 2


def test_head_keeps_the_partners_the_cap_keeps() -> None:
    # Each document keeps its first 4 partners by index: bounded buckets give the same pairs as all.
    rng = np.random.default_rng(5)
    keys = rng.integers(0, 6, size=(300, 4)).astype(np.uint64)  # buckets of ~50
    everything = candidate_pairs(keys, head=300)
    assert len(everything) > len(candidate_pairs(keys, head=5))
    assert np.array_equal(cap_partners(candidate_pairs(keys, head=5), 4), cap_partners(everything, 4))


def test_band_keys_equal_only_for_equal_bands() -> None:
    sigs = np.array([[1, 2, 3, 4], [1, 2, 9, 4], [1, 2, 3, 4]], dtype=np.uint32)
    keys = band_keys(sigs, 2, 2)
    assert keys[0, 0] == keys[1, 0] and keys[0, 1] != keys[1, 1] and (keys[0] == keys[2]).all()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60) | st.text(alphabet="aB_1 '-.\n\t", max_size=40)
       | st.text(alphabet="aB_1 ’'-ﬁＡ.\n", max_size=40))
def test_text_word_hashes_are_the_words_hashes(text: str) -> None:
    expected = word_hashes(words(text).forms).tolist()
    assert text_word_hashes(text).tolist() == expected
    together, counts = texts_word_hashes([text, "X", text])
    assert together.tolist() == expected + word_hashes(["x"]).tolist() + expected
    assert counts.tolist() == [len(expected), 1, len(expected)]


def test_texts_shingles_stay_inside_each_text() -> None:
    texts = [article(1, 40), "one two three", article(2, 30), ""]
    hashes, counts = texts_word_hashes(texts)
    shingles, per_text = texts_shingles(hashes, counts, 5)
    alone = [shingle_array(text_word_hashes(t), 5) for t in texts]
    assert per_text.tolist() == [len(a) for a in alone]
    assert shingles.tolist() == np.concatenate(alone).tolist()


def test_word_hashes_are_horner_of_the_bytes() -> None:
    def reference(word: str) -> int:
        raw = word.encode("utf-8")
        value = len(raw)
        for byte in raw:
            value = (value * 0x100000001B3 + byte) % 2**64
        return int(mix64(np.array([value], dtype=np.uint64))[0])

    forms = ["a", "minister", "é", "x" * 63, "y" * 64, "z" * 65, "0123456789abcdef" * 300, "don't"]
    assert word_hashes(forms).tolist() == [reference(f) for f in forms]
    text = "Hex " + "0123456789ABCDEF" * 300 + " dump"
    assert text_word_hashes(text).tolist() == [reference("hex"), reference("0123456789abcdef" * 300), reference("dump")]


def test_shingle_hashes_are_stable() -> None:
    # Signatures made by other processes or runs are compared: the hashes may not change.
    got = shingle_array(word_hashes(["the", "minister", "said", "on", "monday"]), 5)
    assert got.tolist() == [16712375855322106841]
    assert shingle_array(word_hashes(["a", "b"]), 5).size == 0
    assert shingle_array(word_hashes(list("abcde")), 5) != shingle_array(word_hashes(list("bacde")), 5)


class _DatasketchFinder(ReuseFinder):
    """The candidate generation of reuse-1 (datasketch MinHash and MinHashLSH), kept as a reference."""

    def _near_candidates(self) -> set[tuple[str, str]]:
        lsh = MinHashLSH(threshold=self.lsh_threshold, num_perm=self.num_perm)
        found = {}
        for d in self.docs:
            if len(d.grams5):
                m = MinHash(num_perm=self.num_perm)
                m.update_batch([h.to_bytes(8, "little") for h in d.grams5.tolist()])
                found[d.id] = m
                lsh.insert(d.id, m)
        out: set[tuple[str, str]] = set()
        for doc_id, m in found.items():
            for other in sorted(o for o in lsh.query(m) if o != doc_id)[: self.max_partners]:
                out.add((doc_id, other) if doc_id < other else (other, doc_id))
        return out


def test_find_reuse_matches_the_datasketch_path() -> None:
    base = [article(i) for i in range(12)]
    texts = base + [edited(t, 50 + i, edits=3 * i) for i, t in enumerate(base)] + [quoting(base[0], 99)]
    results = []
    for cls in (ReuseFinder, _DatasketchFinder):
        finder = cls()
        for i, t in enumerate(texts):
            finder.add(f"d{i:02d}", t, None)
        results.append([p.to_json() for p in finder.find()])
    assert results[0] == results[1]
    relations = {(p["a"], p["b"]): p["relation"] for p in results[0]}
    assert relations[("d00", "d12")] == "near-duplicate" and relations[("d00", "d24")] == "passage-reuse"
