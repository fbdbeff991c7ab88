"""Descriptions resolved to the actor named before them (``diplomap.extract.descriptions``).

Sentences written for these tests about real public events."""

from __future__ import annotations

import pytest

from diplomap.extract.recognise import ActorRecogniser
from diplomap.model import Mention


@pytest.fixture(scope="module")
def rec() -> ActorRecogniser:
    return ActorRecogniser(use_ner=False)


def described(rec: ActorRecogniser, text: str) -> dict[str, Mention]:
    """The resolved descriptions of ``text`` (the event coder's mode), by their text."""
    return {m.text: m for m in rec.recognise(text, "d", "2024-01", places=True) if m.via}


def test_an_alliance_or_bloc_is_the_organisation_named_before(rec: ActorRecogniser) -> None:
    text = "Sweden joined NATO in March 2024. Hungary was the last member to ratify its entry into the alliance."
    m = described(rec, text)["the alliance"]
    assert (m.code, m.kind, m.via) == ("NATO", "igo", "NATO@14")
    text = "ASEAN held its summit in Jakarta in September 2023. Members agreed to keep Myanmar's junta out of summits."
    assert described(rec, text)["Members"].code == "ASEAN"


def test_a_bloc_is_no_un_organ_and_not_a_counted_membership(rec: ActorRecogniser) -> None:
    # the UN system is no bloc; "all ten member states" are counted, not referred back to
    text = "The UN General Assembly voted to suspend Russia from the Human Rights Council. The bloc met again in May."
    assert described(rec, text) == {}
    text = "ASEAN met in Jakarta. Brunei said all ten member states backed the plan."
    assert described(rec, text) == {}
    # a qualifier names another referent: "the Soviet bloc" is no organisation named before
    text = "NATO met in Vilnius in July 2023. Moscow recalled the days of the Soviet bloc."
    assert described(rec, text) == {}


def test_two_candidates_in_one_sentence_or_none_at_all_decline(rec: ActorRecogniser) -> None:
    text = "NATO and the European Union condemned the attack. The bloc said it would impose sanctions."
    assert described(rec, text) == {}
    text = "The alliance met in Vilnius in July 2023."
    assert described(rec, text) == {}
    # a possessive owns a thing that is no act of the description's ("the court's objections")
    text = ("South Africa took Israel to the International Court of Justice in December 2023. Israel rejected the "
            "court's findings. In May the court ordered Israel to halt its offensive in Rafah.")
    assert [m.text for m in described(rec, text).values()] == ["the court"]


def test_an_armed_group_a_court_and_a_named_body(rec: ActorRecogniser) -> None:
    text = "Hamas attacked Israel on 7 October 2023. Israel vowed to destroy the group."
    assert described(rec, text)["the group"].code == "PSE"
    assert described(rec, text)["the group"].sector == "REB"
    text = ("South Africa brought a genocide case against Israel at the International Court of Justice in December "
            "2023. In January the court ordered Israel to prevent acts of genocide.")
    assert described(rec, text)["the court"].code == "ICJ"
    text = "The International Atomic Energy Agency found enriched uranium in Iran. Tehran said the agency was biased."
    assert described(rec, text)["the agency"].code == "IAEA"


def test_the_country_is_the_only_state_named_just_before(rec: ActorRecogniser) -> None:
    text = "Finland joined NATO in April 2023. The country shares a long border with Russia."
    assert described(rec, text)["The country"].code == "FIN"
    # two states in the sentence before: no telling which
    text = "Iran fired missiles at Israel in April 2024. The country said the strike was self-defence."
    assert described(rec, text) == {}
    # "the kingdom" is a monarchy: Saudi Arabia, not Iran
    text = "Saudi Arabia restored ties with Iran in March 2023. The kingdom reopened its embassy in Tehran."
    assert described(rec, text)["The kingdom"].code == "SAU"
    # after a locative it is a place, as "in Kyiv" is
    text = "Russian troops entered Ukraine in February 2022. Fighting spread across the country."
    m = described(rec, text)["the country"]
    assert (m.code, m.kind) == ("UKR", "place")


def test_descriptions_are_only_in_the_coders_mode(rec: ActorRecogniser) -> None:
    # the actor gold labels names, not descriptions ("the alliance")
    text = "Sweden joined NATO in March 2024. Hungary had delayed its entry into the alliance."
    assert all(m.via is None for m in rec.recognise(text, "d", "2024-03"))
    assert [m.text for m in rec.recognise(text, "d", "2024-03") if m.code == "NATO"] == ["NATO"]


def test_an_unqualified_spokesman_speaks_for_the_only_state_just_named(rec: ActorRecogniser) -> None:
    text = "Tokyo protested the missile launch. A foreign ministry spokeswoman said Japan would raise it at the UN."
    m = described(rec, text)["A foreign ministry spokeswoman"]
    assert (m.code, m.kind, m.sector) == ("JPN", "title", "GOV")
    # two states in the sentence before: whose ministry is not told
    text = "Russia struck Kyiv overnight. The foreign ministry said the strikes would be answered."
    assert described(rec, text) == {}
    # "a group", "an alliance": a new one, not one named before
    text = "Hamas attacked Israel in October 2023. A group of relatives marched to Jerusalem."
    assert described(rec, text) == {}


def test_a_court_named_as_x_of_y_is_the_court_described_after(rec: ActorRecogniser) -> None:
    """"Permanent Court of Arbitration … the tribunal": the head of a name built as "X of Y" is X
    (earlier only the last word, "arbitration", counted); an organ without a code of its own,
    "Court of Justice of the European Union", does not make its parent a court."""
    text = ("The Philippines took its case against China to the Permanent Court of Arbitration in 2013. In July 2016 "
            "the tribunal in The Hague ruled that China's claims had no legal basis.")
    m = described(rec, text)["the tribunal"]
    assert (m.code, m.kind) == ("PCA", "igo")
    text = ("The European Commission took Poland to the Court of Justice of the European Union in 2021. "
            "The bloc said the court's ruling had to be obeyed.")
    assert described(rec, text)["The bloc"].code == "EU"


def test_a_named_body_is_the_one_last_named_so(rec: ActorRecogniser) -> None:
    """"The Council" after "the Security Council" is that council, though "the United Nations" (one
    of whose organs is a council) came between; "the Fund" is the IMF, "the Parliament" the EU's."""
    text = ("The UN Security Council met on Thursday. The United Nations said its staff had left Baghdad. "
            "On Friday the Council demanded that Iraq end the repression.")
    assert described(rec, text)["the Council"].code == "UNSC"
    text = "The International Monetary Fund approved the loan on Friday. The Fund will pay out $333 million at once."
    assert described(rec, text)["The Fund"].code == "IMF"
    text = "The European Parliament backed the customs union with Turkey. The Parliament said it remained concerned."
    assert described(rec, text)["The Parliament"].code == "EU"


def test_a_name_the_table_cannot_resolve_does_not_hide_a_description() -> None:
    """The entity model reads "the Council" as an organisation's name the table cannot resolve; the
    description still resolves, and replaces that unresolved mention (the coder's mode only)."""
    with_ner = ActorRecogniser()
    text = ("The UN Security Council met on Thursday to discuss Iraq. On Friday the Council condemned "
            "Baghdad's repression of the Kurds and demanded that it end.")
    at = text.index("Council condemned")
    covering = [m for m in with_ner.recognise(text, "d", "1991-04", places=True) if m.start <= at < m.end]
    assert [(m.code, m.via) for m in covering] == [("UNSC", "UN Security Council@4")]
    # outside the coder's mode, descriptions are not returned at all (the actor gold labels names)
    assert all(m.via is None for m in with_ner.recognise(text, "d", "1991-04"))
