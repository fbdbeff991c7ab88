"""The pinned spaCy model loads offline (the network is blocked in every test)."""

from __future__ import annotations

from diplomap.extract.nlp import load_nlp


def test_nlp_pinned_model_loads_offline_and_parses() -> None:
    nlp = load_nlp()
    assert nlp.meta["version"] == "3.8.0"
    doc = nlp("Sergei Lavrov visited Seoul in March 2021 for talks with Chung Eui-yong.")
    assert {e.text for e in doc.ents if e.label_ == "PERSON"} >= {"Sergei Lavrov"}
    assert any(t.dep_ == "ROOT" and t.lemma_ == "visit" for t in doc)
