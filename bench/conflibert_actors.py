"""The actor recogniser on the source and target spans of ConfliBERT's CAMEO NER test set.

Data, read at run time and never copied: ``../shared/data/conflibert-cameo/cameo_ner_test.txt``
(451 sentences; CoNLL, one ``token tag`` pair per line separated by a space, sentences separated
by blank lines). Tags: ``B-S``/``I-S`` source actor, ``B-T``/``I-T`` target actor, ``B-R``/``I-R``
a reciprocal actor (both source and target, e.g. "Jordan and Britain"), ``O`` anything else.

Each sentence is rebuilt as its tokens joined by single spaces (so "U.S. military chief" keeps its
tokens and offsets; punctuation gets a space before it) and run through
``ActorRecogniser().recognise(sentence, date=None)`` (the default gate). Predictions of kind
``place`` are not predictions. For each gold span type (S, T, R, and all together) it reports
the share of spans overlapped (one character or more) by a prediction with a non-null code, and
the share overlapped by any prediction. The gold set has no codes and labels only the source and
target actors of one event per sentence, so there is no precision; for reference it reports the
share of coded predictions that overlap a gold span. Speed: sentences per second of
``recognise`` alone (the recogniser is built and warmed up on the first sentence beforehand).

Run: .venv/bin/python bench/conflibert_actors.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from actors_eval import recogniser_fingerprint
from benchlib import shared_data, skip_if_absent, table, write_result

NAME = "actors_conflibert"
DATA = shared_data("conflibert-cameo") / "cameo_ner_test.txt"
ROLES = {"S": "source", "T": "target", "R": "reciprocal"}


@dataclass(frozen=True, slots=True)
class Span:
    role: str  # "S", "T" or "R"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    spans: tuple[Span, ...]


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as lists of (token, tag)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, _, tag = line.rstrip().rpartition(" ")
        if not token:  # a tab-separated file, or a token without a tag
            token, _, tag = line.rstrip().rpartition("\t")
        current.append((token, tag or "O"))
    if current:
        sentences.append(current)
    return sentences


def build(tokens: list[tuple[str, str]]) -> Sentence:
    """Join the tokens with single spaces; B-X opens a span, I-X continues a span of the same role."""
    parts: list[str] = []
    spans: list[Span] = []
    open_span: list[Any] | None = None  # [role, start, end]
    pos = 0
    for token, tag in tokens:
        start, end = pos, pos + len(token)
        parts.append(token)
        pos = end + 1
        prefix, _, role = tag.partition("-")
        if prefix == "I" and open_span is not None and open_span[0] == role:
            open_span[2] = end
            continue
        if open_span is not None:
            spans.append(Span(*open_span))
            open_span = None
        if prefix in ("B", "I") and role in ROLES:
            open_span = [role, start, end]
    if open_span is not None:
        spans.append(Span(*open_span))
    return Sentence(" ".join(parts), tuple(spans))


def covered(span: Span, mentions: list[Any], coded_only: bool) -> bool:
    return any(m.start < span.end and span.start < m.end and (m.code is not None or not coded_only)
               for m in mentions)


def score(sentences: list[Sentence], predictions: list[list[Any]]) -> dict[str, Any]:
    n: Counter[str] = Counter()
    for sent, mentions in zip(sentences, predictions, strict=True):
        for span in sent.spans:
            for key in (span.role, "all"):
                n[f"{key}_gold"] += 1
                n[f"{key}_coded"] += covered(span, mentions, True)
                n[f"{key}_any"] += covered(span, mentions, False)
        coded = [m for m in mentions if m.code is not None]
        n["predictions"] += len(mentions)
        n["coded_predictions"] += len(coded)
        n["coded_in_gold_span"] += sum(any(m.start < s.end and s.start < m.end for s in sent.spans) for m in coded)
    out: dict[str, Any] = {}
    for key in (*ROLES, "all"):
        gold = n[f"{key}_gold"]
        out[ROLES.get(key, "all")] = {
            "spans": gold,
            "overlapped_by_coded": n[f"{key}_coded"] / gold if gold else None,
            "overlapped_by_any": n[f"{key}_any"] / gold if gold else None,
        }
    out["predictions"] = n["predictions"]
    out["coded_predictions"] = n["coded_predictions"]
    out["coded_predictions_in_a_gold_span"] = (n["coded_in_gold_span"] / n["coded_predictions"]
                                               if n["coded_predictions"] else None)
    return out


def recognise_all(rec: Any, sentences: list[Sentence]) -> tuple[list[list[Any]], float]:
    rec.recognise(sentences[0].text, document_id="warm-up", date=None)
    predictions = []
    t0 = time.perf_counter()
    for i, sent in enumerate(sentences):
        mentions = rec.recognise(sent.text, document_id=f"conflibert-test-{i}", date=None)
        predictions.append([m for m in mentions if getattr(m, "kind", None) != "place"])
    return predictions, time.perf_counter() - t0


def main() -> int:
    skip_if_absent(DATA, NAME)
    fingerprint = recogniser_fingerprint()  # before the run: the code may change while it runs
    sentences = [build(tokens) for tokens in read_conll(DATA)]
    from diplomap.extract.recognise import ActorRecogniser

    t0 = time.perf_counter()
    rec = ActorRecogniser()
    t_init = time.perf_counter() - t0
    predictions, t_rec = recognise_all(rec, sentences)
    result = score(sentences, predictions)
    print(table(
        ["gold spans", "n", "overlapped by a coded mention", "overlapped by any mention"],
        [[role, r["spans"], r["overlapped_by_coded"], r["overlapped_by_any"]]
         for role, r in result.items() if isinstance(r, dict)],
        title=f"ConfliBERT CAMEO NER test: {len(sentences)} sentences"))
    share = result["coded_predictions_in_a_gold_span"]
    print(f"\n{result['predictions']:,} predictions, {result['coded_predictions']:,} with a code; "
          f"{share or 0:.3f} of the coded ones overlap a gold source/target span")
    speed = len(sentences) / t_rec if t_rec else None
    print(f"recogniser init {t_init:.2f} s; {len(sentences)} sentences in {t_rec:.2f} s "
          f"({speed or 0:,.0f} sentences/s, one process)")
    path = write_result(NAME, {
        "script": "bench/conflibert_actors.py",
        "recogniser_fingerprint": fingerprint,
        "data": "../shared/data/conflibert-cameo/cameo_ner_test.txt",
        "sentences": len(sentences),
        "results": result,
        "timing": {"init_s": t_init, "recognise_s": t_rec, "sentences_per_s": speed},
    })
    print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
