"""How far a component learned from the labelled data at hand gets: a bag-of-words classifier on
ConfliBERT's five-class CAMEO set, cross-validated on its training half only (the test half stays
held out; the coder's own figure on the same training sentences is ``conflibert_events.py --split
train``).

The question it answers: would a learned component, trained on a data set of this size, beat the
coder's rules? TF-IDF of word uni- and bigrams and a logistic regression (scikit-learn), five
folds, three regularisation strengths. scikit-learn is no dependency of diplomap: the script says
so and stops where it is not installed.

Data: ``../shared/data/conflibert-cameo/cameo_class_train.tsv`` (skipped with a message where
``../shared`` is absent).

Run: .venv/bin/python bench/learned_baseline.py
"""

from __future__ import annotations

import sys
import time

from benchlib import shared_data, skip_if_absent, table, write_result


def read_train() -> tuple[list[str], list[int]]:
    path = shared_data("conflibert-cameo") / "cameo_class_train.tsv"
    skip_if_absent(path, "learned_baseline")
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text and label.strip().isdigit():
            texts.append(text)
            labels.append(int(label))
    return texts, labels


def main() -> int:
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import cross_val_score
        from sklearn.pipeline import make_pipeline
    except ImportError:
        print("scikit-learn is not installed (it is no dependency of diplomap): nothing measured")
        return 0
    texts, labels = read_train()
    rows = []
    t0 = time.perf_counter()
    for c in (1.0, 4.0, 10.0):
        model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                              LogisticRegression(C=c, max_iter=2000))  # fmt: skip
        scores = cross_val_score(model, texts, labels, cv=5)
        rows.append({"C": c, "accuracy_mean": float(scores.mean()), "accuracy_folds": [float(s) for s in scores]})
    print(table(["C", "5-fold accuracy (five classes)"], [[r["C"], f"{r['accuracy_mean']:.3f}"] for r in rows],
                title=f"TF-IDF + logistic regression, ConfliBERT train ({len(texts)} sentences)"))
    print(f"\n{time.perf_counter() - t0:.1f} s; compare: the coder on the same sentences, "
          "bench/conflibert_events.py --split train (penta)")
    path = write_result("learned_baseline", {"sentences": len(texts), "folds": 5, "results": rows})
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
