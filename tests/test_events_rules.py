"""The event coder's rules of coder versions events-9 to events-11, each on a sentence written for its test."""

from __future__ import annotations

import pytest

from diplomap.extract.cameo_reading import cameo_reading
from diplomap.extract.event_lexicon import RuleTrace
from diplomap.extract.events import EventCoder
from diplomap.extract.recognise import ActorRecogniser
from diplomap.model import EventReport, PartialDate

PUBLISHED = PartialDate("2021-03-26", "day")


@pytest.fixture(scope="module")
def rec() -> ActorRecogniser:
    return ActorRecogniser(use_ner=False)


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def code(rec: ActorRecogniser, coder: EventCoder, text: str) -> list[EventReport]:
    mentions = rec.recognise(text, "d", PUBLISHED.value, places=True)
    return coder.code(text, mentions, "d", PUBLISHED, None)


def at(reports: list[EventReport], text: str) -> dict[str, EventReport]:
    """Reports by trigger word (each trigger once)."""
    out = {text[r.trigger_start : r.trigger_end]: r for r in reports}
    assert len(out) == len(reports), [(text[r.trigger_start : r.trigger_end], r.cameo) for r in reports]
    return out


def parties(r: EventReport) -> tuple[set[str], set[str]]:
    return {a.code for a in r.actors}, {x.code for x in r.recipients}


def test_only_a_concrete_intended_event_is_planned(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Moscow and Seoul resolved to expand their cooperation."
    [r] = code(rec, coder, text)  # a general commitment: the intent only
    assert r.cameo_root == "03" and r.joint and parties(r) == ({"RUS", "KOR"}, set())
    text = "Russia and North Korea agreed to hold a summit."
    got = at(code(rec, coder, text), text)
    assert got["agreed"].cameo == "036" and got["summit"].status == "planned"


def test_one_organisation_agreeing_is_its_decision(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "European Union leaders agreed to ban Belarusian airlines."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("163", "planned") and parties(r) == ({"EU"}, {"BLR"})
    assert r.rule.startswith("decision/agree")


def test_purpose_and_elaboration_are_no_events_of_their_own(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "South Korea summoned Russia's ambassador to protest against the treaty."
    [r] = code(rec, coder, text)
    assert r.cameo == "110" and parties(r) == ({"KOR"}, {"RUS"})
    text = "North Korean artillery shelled a South Korean island, killing two marines."
    [r] = code(rec, coder, text)
    assert r.cameo == "194" and parties(r) == ({"PRK"}, {"KOR"})


def test_who_does_an_infinitive_or_participle(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Asked about the ban, China's foreign ministry said it was unaware of any order."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]  # the ministry was asked, asked no one
    text = "North Korea fired a missile over Japan, prompting the government to warn residents."
    # the government warns, not North Korea
    assert not [r for r in code(rec, coder, text) if r.cameo_root == "13" and "PRK" in parties(r)[0]]


def test_ruling_out_and_not_ruling_out(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Biden ruled out sending American troops to Ukraine."
    [r] = code(rec, coder, text)  # one refusal: the refused sending is no event
    assert r.cameo_root == "12" and r.rule.startswith("refusal/rule")
    text = "Putin said Russia did not rule out military cooperation with North Korea."
    r = at(code(rec, coder, text), text)["rule"]  # (the option kept open is a hypothetical report of its own)
    assert (r.cameo, r.status) == ("014", "occurred") and r.rule.endswith("+not")


def test_measures_held_or_named_are_no_events(rec: ActorRecogniser, coder: EventCoder) -> None:
    assert code(rec, coder, "Russia holds a veto in the Security Council.") == []
    text = "Pyongyang asked for a partial lifting of UN sanctions."
    assert [r.cameo_root for r in code(rec, coder, text)] == ["02"]


def test_recipients_are_not_the_topic_nor_the_owners_words(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Seoul summoned the Russian envoy over Moscow's pact with Pyongyang."
    [r] = code(rec, coder, text)
    assert parties(r) == ({"KOR"}, {"RUS"})
    text = "President Moon Jae-in supported Putin's initiative between Russia and the two Koreas."
    [r] = code(rec, coder, text)
    assert parties(r) == ({"KOR"}, {"RUS"})
    text = "The UN Security Council will discuss the launch at the request of the United States."
    r = at(code(rec, coder, text), text)["discuss"]  # (the request is a report of its own)
    assert parties(r) == ({"UNSC"}, set())


def test_modality_of_aspect_verbs_and_of_the_clause_around_a_noun(rec: ActorRecogniser,
                                                                  coder: EventCoder) -> None:  # fmt: skip
    text = "Washington and Pyongyang said they would keep talking."
    [r] = code(rec, coder, text)
    assert r.status == "planned" and r.joint
    text = "The US aircraft carrier will join South Korean warships for exercises."
    [r] = code(rec, coder, text)
    assert r.status == "planned" and parties(r) == ({"USA"}, {"KOR"})
    text = "Kim Jong Un remains in Vietnam for an official visit."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("042", "occurred") and parties(r) == ({"PRK"}, {"VNM"})


def test_context_recipients_within_the_sentence_and_not_for_martial_law(rec: ActorRecogniser,
                                                                        coder: EventCoder) -> None:  # fmt: skip
    text = ("North Korea fired a missile over Japan. "
            "Yoon called the launch a reckless provocation and vowed a resolute response.")  # fmt: skip
    assert parties(at(code(rec, coder, text), text)["vowed"]) == ({"KOR"}, {"PRK"})
    text = "Russia attacked Ukraine. Zelensky declared martial law."
    assert parties(at(code(rec, coder, text), text)["declared"]) == ({"UKR"}, set())


def test_coordinated_demonyms_and_they(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Russian and South Korean vice defence ministers met in Seoul, where they signed an agreement."
    got = at(code(rec, coder, text), text)
    for trigger in ("met", "signed"):
        assert got[trigger].joint and parties(got[trigger]) == ({"RUS", "KOR"}, set())


def test_a_denial_answers_the_accuser(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Seoul blamed the sinking on a North Korean torpedo, a charge Pyongyang denied."
    got = at(code(rec, coder, text), text)
    assert got["blamed"].status == "occurred" and parties(got["blamed"]) == ({"KOR"}, {"PRK"})
    assert got["denied"].cameo == "016" and parties(got["denied"]) == ({"PRK"}, {"KOR"})
    text = "The Belarusian foreign ministry rejected the EU's criticism as unfounded."
    got = at(code(rec, coder, text), text)
    assert got["rejected"].cameo == "016" and parties(got["rejected"]) == ({"BLR"}, {"EU"})


def test_pronoun_subjects(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Xi Jinping met South Korean officials in Beijing. He called for more exchanges between the two countries."
    got = at(code(rec, coder, text), text)
    assert got["called"].cameo_root == "02" and parties(got["called"])[0] == {"CHN"}
    text = "South Korea's foreign ministry defended the deployment, and it urged Beijing not to take steps."
    got = at(code(rec, coder, text), text)
    assert got["urged"].cameo == "025" and parties(got["urged"]) == ({"KOR"}, {"CHN"})


def test_wishes_for_another_party_are_appeals(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chinese Foreign Minister Wang Yi proposed that North Korea suspend its missile tests."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "02" and parties(r) == ({"CHN"}, {"PRK"})
    text = "Xi Jinping hoped that South Korea would handle the issue properly."
    [r] = code(rec, coder, text)
    assert r.cameo == "020" and parties(r) == ({"CHN"}, {"KOR"})


def test_veiled_threats(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China's foreign ministry said that South Korea would bear the consequences."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("130", "occurred") and parties(r) == ({"CHN"}, {"KOR"})
    text = "China's foreign ministry said Beijing would take the necessary measures."
    [r] = code(rec, coder, text)
    assert r.cameo == "130" and r.rule == "threat/take+measure"
    text = "Japan said it would take steps to ease the rules."
    assert all(r.cameo_root != "13" for r in code(rec, coder, text))


def test_a_governments_protest_and_verdicts_with_as(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "South Korea's foreign ministry protested against the treatment of South Korean companies in China."
    [r] = code(rec, coder, text)
    assert r.cameo == "114" and "official" in RuleTrace.parse(r.rule).marks
    assert parties(r)[1] == {"CHN"}  # (events-20: the fallback recipient, the party the sentence names)
    text = "Seoul described the ban as unreasonable retaliation."
    [r] = code(rec, coder, text)
    assert r.cameo == "111" and r.rule == "verdict/describe"


def test_a_ban_on_a_states_goods_or_travel(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China banned Japanese seafood."
    [r] = code(rec, coder, text)
    assert r.cameo == "163" and parties(r) == ({"CHN"}, {"JPN"})


# -- events-10 ----------------------------------------------------------------------------------


def test_a_summit_that_ends_without_agreement_breaks_off_talks(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The summit between Japan and China in Osaka ended on Friday without an agreement."
    r = at(code(rec, coder, text), text)["ended"]
    assert (r.cameo, r.joint, parties(r)[0]) == ("164", True, {"JPN", "CHN"})


def test_walking_away_from_talks(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Iran walked away from the talks with France."
    r = at(code(rec, coder, text), text)["walked"]
    assert (r.cameo, parties(r)) == ("164", ({"IRN"}, {"FRA"}))  # (events-20: the fallback recipient)


def test_a_promise_not_to_test_is_a_pledge_to_de_escalate(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Pakistan promised not to resume missile tests."
    r = at(code(rec, coder, text), text)["promised"]
    assert (r.cameo, r.quad_class) == ("0356", 1)


def test_a_vetoed_un_resolution_is_the_security_councils(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China vetoes UN resolution on Myanmar"
    r = at(code(rec, coder, text), text)["vetoes"]
    assert "UNSC" in parties(r)[1] and "UN" not in parties(r)[1]


def test_saying_a_measure_has_no_basis_is_disapproval(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Seoul demanded that Tokyo scrap the curbs and said there was no legal basis for them."
    r = at(code(rec, coder, text), text)["said"]
    assert (r.cameo, parties(r)[0]) == ("111", {"KOR"})


def test_closing_a_foreign_companys_stores_penalises_its_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chinese authorities closed 87 Lotte Mart stores."
    r = at(code(rec, coder, text), text)["closed"]
    assert (r.cameo, parties(r)) == ("172", ({"CHN"}, {"KOR"}))
    assert r.recipients[0].sector == "BUS"
    assert code(rec, coder, "Samsung closed two stores in Beijing.") == []  # a company acts for no state


def test_he_in_a_persons_report_is_the_speaker(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Biden told reporters that Xi had wanted more, and that he had chosen to walk away."
    r = at(code(rec, coder, text), text)["walk"]
    assert parties(r)[0] == {"USA"}


def test_a_sentence_opening_with_he_continues_the_previous_opener(rec: ActorRecogniser,
                                                                  coder: EventCoder) -> None:  # fmt: skip
    text = "Modi was welcomed at the airport by Putin. He last visited Russia in 2019."
    r = at(code(rec, coder, text), text)["visited"]
    assert parties(r)[0] == {"IND"}


# -- events-11: the CAMEO manual's language (protests, generic groups, counted objects, threats) --------

def test_a_qualified_group_noun_is_its_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Bolivian farmers rioted in the capital."
    [r] = code(rec, coder, text)
    assert r.cameo == "145" and parties(r)[0] == {"BOL"}
    text = "Ghana's top leader rejected the proposal by Togo."
    got = [r for r in code(rec, coder, text) if r.cameo_root == "12"]
    assert got and parties(got[0])[0] == {"GHA"}


def test_the_street_protest_family(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Hundreds of Peruvian students demonstrated in Lima on Friday."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.plover) == ("141", "PROTEST") and parties(r)[0] == {"PER"}
    text = "Chilean miners went on strike for higher wages."
    [r] = code(rec, coder, text)
    assert r.cameo == "143" and parties(r)[0] == {"CHL"}
    text = "Kenyan prisoners started a hunger strike on Sunday."
    [r] = code(rec, coder, text)
    assert r.cameo == "142"
    text = "Peru demonstrated its resolve."  # a show, not a street protest
    assert all(r.cameo_root != "14" for r in code(rec, coder, text))


def test_released_people_however_named(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Cuba released dozens of dissidents on Monday."
    [r] = code(rec, coder, text)
    assert r.cameo == "0841" and parties(r)[0] == {"CUB"}
    text = "Iran released Nadia Kessler after two years."
    [r] = code(rec, coder, text)
    assert r.cameo == "0841"
    text = "Italy returned three stolen paintings to Greece."
    [r] = code(rec, coder, text)
    assert r.cameo == "0842" and parties(r) == ({"ITA"}, {"GRC"})


def test_a_cooperative_act_refused_is_a_rejection(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Poland will not accept any more migrants from Belarus."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "12" and r.status == "occurred" and r.rule.endswith("+will-not")
    text = "Poland did not accept the migrants."  # a past act that did not happen: no refusal stated
    assert all(r.cameo_root != "12" for r in code(rec, coder, text))


def test_the_compound_of_an_object_selects_the_sense(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Norway ended its mediation efforts between Sudan and Chad."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "16"


def test_a_noun_sense_only_with_its_modifier(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Turkey launched a military operation against Syria."
    [r] = code(rec, coder, text)
    assert r.cameo == "190" and parties(r) == ({"TUR"}, {"SYR"})
    text = "Turkey launched a rescue operation in Syria."
    assert all(r.cameo_root != "19" for r in code(rec, coder, text))


def test_a_group_placed_in_a_state_is_its_people(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Thousands of nurses in Portugal went on strike."  # (nurses: no group noun of the list)
    assert not code(rec, coder, text)
    text = "Thousands of workers in Portugal went on strike."
    [r] = code(rec, coder, text)
    assert r.cameo == "143" and parties(r)[0] == {"PRT"} and r.actors[0].sector == "LAB"
    text = "Rebels in Chad rejected the proposal."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "12" and parties(r)[0] == {"TCD"} and r.actors[0].sector == "REB"


def test_a_kind_of_group_acts_and_a_company_group_does_not(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "A Malian rebel group declared a ceasefire."
    [r] = code(rec, coder, text)
    assert r.cameo == "0871" and parties(r)[0] == {"MLI"}
    text = "The Swiss group Nestle agreed to buy the firm."
    assert not code(rec, coder, text)


def test_a_material_act_announced_for_the_future_is_planned(rec: ActorRecogniser, coder: EventCoder) -> None:
    # the gold's "future statements": a row for the act itself, planned, no 03x row (events-20; it was
    # an intent that occurred before). CAMEO's reading of it is that intent (0333), which occurred.
    text = "Norway said it will provide humanitarian aid to Yemen."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "07" and r.status == "planned" and parties(r) == ({"NOR"}, {"YEM"})
    as_cameo = cameo_reading(r, coder.lex)
    assert (as_cameo.cameo, as_cameo.status, as_cameo.quad_class, as_cameo.plover) == ("0333", "occurred", 1, "AGREE")
    assert (as_cameo.id, as_cameo.sentence, parties(as_cameo)) == (r.id, r.sentence, parties(r))
    text = "Norway provided humanitarian aid to Yemen."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "07" and cameo_reading(r, coder.lex) == r  # what happened reads the same
    text = "Norway will impose sanctions on Yemen."
    reports = code(rec, coder, text)
    assert reports and all(cameo_reading(r, coder.lex) == r for r in reports)  # only material cooperation


def test_what_another_party_must_do_is_a_demand(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Austria declared on Monday that Hungary must open its border crossings."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "10" and parties(r) == ({"AUT"}, {"HUN"}) and r.rule.startswith("demand/must")
    text = "Austria said Hungary should withdraw its troops."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "02" and parties(r) == ({"AUT"}, {"HUN"})
    text = "Austria said it must act."  # its own obligation
    assert all(r.cameo_root not in ("02", "10") for r in code(rec, coder, text))


def test_the_of_object_selects_a_nominalisation(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Sweden announced a suspension of aid to Zambia."
    [r] = code(rec, coder, text)
    assert r.cameo == "162" and parties(r) == ({"SWE"}, {"ZMB"})
    text = "Sweden announced a suspension of talks with Zambia."
    [r] = code(rec, coder, text)
    assert r.cameo == "164"


def test_more_verbs_of_force_protest_and_help(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Ugandan soldiers beat up Kenyan traders."
    [r] = code(rec, coder, text)
    assert r.cameo == "182" and parties(r)[0] == {"UGA"}
    text = "Ghana is ready to contribute troops to the UN force."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "03" and parties(r) == ({"GHA"}, {"UN"})


def test_troops_arriving_make_no_visit(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Hundreds of Irish peacekeepers arrived in Lebanon."
    [r] = code(rec, coder, text)
    assert r.cameo == "074" and parties(r) == ({"IRL"}, {"LBN"})
    text = "Russian troops arrived in Belarus."
    [r] = code(rec, coder, text)
    assert r.cameo == "154"
    text = "The Russian defence minister arrived in Minsk."
    [r] = code(rec, coder, text)
    assert r.cameo == "042"


def test_war_games_and_a_cessation_of_hostilities(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chile and Peru held joint war games."
    [r] = code(rec, coder, text)
    assert r.cameo == "062" and r.joint
    text = "Chad declared a cessation of hostilities."
    [r] = code(rec, coder, text)
    assert r.cameo == "0871"


def test_restrictions_lifted_positions_evacuated_amends_paid(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Estonia scrapped restrictions on Russian broadcasts."
    [r] = code(rec, coder, text)
    assert r.cameo == "081" and parties(r)[0] == {"EST"}
    text = "Morocco will evacuate its outposts in the desert."
    [r] = code(rec, coder, text)
    assert (r.cameo_root, r.status) == ("08", "planned")  # announced: the retreat, planned (events-20)
    text = "Chile paid compensation to Bolivian families."
    [r] = code(rec, coder, text)
    assert r.cameo == "0842" and parties(r) == ({"CHL"}, {"BOL"})
    text = "Mali will provide 2,000 tons of food aid to Niger."
    [r] = code(rec, coder, text)
    assert (r.cameo_root, r.status) == ("07", "planned") and parties(r) == ({"MLI"}, {"NER"})  # (events-20)


def test_human_shields_and_arson(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Syrian army held hundreds of civilians as human shields."
    [r] = code(rec, coder, text)
    assert r.cameo == "184" and parties(r)[0] == {"SYR"}
    text = "The Syrian army held talks as planned."
    assert all(r.cameo != "184" for r in code(rec, coder, text))
    text = "Serbian nationalists set fire to the Croatian embassy."
    [r] = code(rec, coder, text)
    assert r.cameo == "1712" and parties(r) == ({"SRB"}, {"HRV"})


def test_declining_to_comment_rejects_no_one(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The government of Eritrea declined to comment on the dispute."
    [r] = code(rec, coder, text)
    assert r.cameo == "011" and r.neutral
    text = "Eritrea refused to meet Ethiopia."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "12"


def test_force_announced_for_the_future_is_a_threat(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Greek farmers said they would blockade Athens."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "13" and r.status == "occurred" and parties(r)[0] == {"GRC"}
    text = "Chad is prepared to impose martial law."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "13"
    text = "Chad is ready to send peacekeepers to Mali."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "03"


def test_a_kind_of_group_placed_in_a_state_demands(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Opposition groups in Kenya are demanding that the government abandon the new tax."
    got = [r for r in code(rec, coder, text) if r.cameo_root == "10"]
    assert got and parties(got[0])[0] == {"KEN"} and got[0].actors[0].sector == "OPP"


def test_mediation_efforts_defences_and_arms_handed_over(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Qatar launched a mediation effort between Sudan and Chad."
    [r] = code(rec, coder, text)
    assert r.cameo == "045" and parties(r)[0] == {"QAT"}
    text = "Vladimir Putin defended Russia's involvement in Syria."
    assert [r.cameo for r in code(rec, coder, text)] == ["052"]
    text = "Colombian rebels handed over their weapons to the United Nations."
    [r] = code(rec, coder, text)
    assert r.cameo == "0873"


def test_politicians_banned_and_forces_reinforced(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Belarus has banned opposition leader Pavel Orlov from holding public office."
    [r] = code(rec, coder, text)
    assert r.cameo == "1722" and parties(r)[0] == {"BLR"}
    text = "Russia has strengthened its forces in Crimea."
    [r] = code(rec, coder, text)
    assert r.cameo == "154"
    text = "Russia has strengthened its ties with Laos."
    [r] = code(rec, coder, text)
    assert r.cameo == "050"


def test_anything_handed_back_to_someone(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Spain returned the confiscated parrots to Bolivia."
    [r] = code(rec, coder, text)
    assert r.cameo == "0842" and parties(r) == ({"ESP"}, {"BOL"})
    text = "The Spanish king returned to Madrid on Friday."  # travel, no object handed back
    assert not [r for r in code(rec, coder, text) if r.cameo_root == "08"]


def test_a_team_is_what_it_is_made_of(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan sent a team of rescuers to Turkey."
    [r] = code(rec, coder, text)
    assert r.cameo == "073" and parties(r) == ({"JPN"}, {"TUR"})
    text = "Japan sent a team to Turkey."
    [r] = code(rec, coder, text)
    assert r.cameo == "042"


def test_sport_and_business_groups_make_no_events(rec: ActorRecogniser, coder: EventCoder) -> None:
    for text in ("The Korean Football Association protested the referee's decision.",
                 "Chinese stocks rallied in Shanghai on Monday.",
                 "German carmakers will cut jobs in Mexico.",
                 "The Chinese team released a statement."):
        assert not [r for r in code(rec, coder, text) if not r.neutral], text


def test_conditions_and_vows_make_threats(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Kenya announced that it will withdraw its troops from Somalia unless Somalia holds elections."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "13" and r.status == "occurred" and parties(r) == ({"KEN"}, {"SOM"})
    text = "Armenia will attack Azerbaijan if Turkey intervenes."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "13" and parties(r) == ({"ARM"}, {"AZE"})
    text = "Ethnic Albanians have sworn to fight until they win."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "13" and r.rule.startswith("threat/swear")
    text = "Canada announced it would suspend all aid to Mali."  # a decided cut, no threat
    [r] = code(rec, coder, text)
    assert r.cameo_root == "16"


def test_deadlines_tariffs_curfews_and_supplies(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "France gave Mali a midnight deadline."
    [r] = code(rec, coder, text)
    assert r.cameo == "139" and parties(r) == ({"FRA"}, {"MLI"})
    text = "Canada cut tariffs on Mexican steel."
    [r] = code(rec, coder, text)
    assert r.cameo == "085"
    text = "Jordan will extend the nightly curfew."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "13"  # announced: a threat of the curfew (1723 when done)
    text = "Japan handed over medical supplies to the Kenyan government."
    [r] = code(rec, coder, text)
    assert r.cameo == "070" and parties(r) == ({"JPN"}, {"KEN"})
    text = "Workers at a copper mine in Chile went on strike."
    [r] = code(rec, coder, text)
    assert r.cameo == "143" and parties(r)[0] == {"CHL"}


def test_an_active_verb_joined_to_a_passive_is_its_subjects(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Serbia's prime minister has been indicted by the UN court and will resign."
    got = at(code(rec, coder, text), text)
    assert parties(got["indicted"]) == ({"UN"}, {"SRB"}) and parties(got["resign"])[0] == {"SRB"}


def test_forces_sent_for_peace_or_relief_are_protection(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Ireland is deploying 300 troops to the UN peacekeeping mission in Lebanon."
    assert [r.cameo for r in code(rec, coder, text)] == ["074"]
    text = "Ireland is deploying 300 troops near the border with Britain."
    assert [r.cameo for r in code(rec, coder, text)] == ["154"]
    text = "Ghana announced the deployment of 200 troops to Mali on a peacekeeping mission."
    assert [r.cameo for r in code(rec, coder, text)] == ["074"]
    text = "The EU is mobilising additional funds for Colombia."
    [r] = code(rec, coder, text)
    assert r.cameo == "070"


def test_operations_named_are_no_events(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Kabul called for US military operations there to be scaled back."
    assert all(r.cameo_root != "19" for r in code(rec, coder, text))


def test_one_party_deciding_decides_the_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Norway decided to ease sanctions on Iran."
    [r] = code(rec, coder, text)
    assert r.cameo == "085" and r.status == "planned" and r.rule.startswith("decision/decide")
    text = "Norway and Iran agreed to hold talks."  # two parties agreeing: the agreement and the plan
    assert {r.cameo_root for r in code(rec, coder, text)} == {"03", "04"}


def test_counts_of_counts_and_of_conjuncts(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chad released three of the dozens of hostages."
    [r] = code(rec, coder, text)
    assert r.cameo == "0841"
    text = "Britain sent armoured vehicles and a team of paratroopers to Chad."
    [r] = code(rec, coder, text)
    assert r.cameo == "072"


def test_rounds_of_events_and_taking_part(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Egypt and Greece began a new round of joint naval exercises."
    [r] = code(rec, coder, text)
    assert r.cameo == "062" and r.joint and parties(r)[0] == {"EGY", "GRC"}
    text = "Kenyan students participated in the protests."
    [r] = code(rec, coder, text)
    assert r.cameo == "141" and parties(r)[0] == {"KEN"}


def test_commitments_to_open_up_and_to_send_material(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Peru is committed to opening up its economy to foreign investors."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "03" and parties(r)[0] == {"PER"}
    text = "Sweden is willing to send material to Ukraine."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "03" and parties(r) == ({"SWE"}, {"UKR"})


def test_a_deployment_of_troops_arriving_is_the_troops(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The first contingent of Irish peacekeeping troops has arrived in Lebanon."
    [r] = code(rec, coder, text)
    assert r.cameo == "074" and parties(r) == ({"IRL"}, {"LBN"})


def test_hearings_opened_and_businessmen_suing(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Kenya's high court opened a hearing into the legality of the detentions."
    [r] = code(rec, coder, text)
    assert r.cameo == "090" and parties(r)[0] == {"KEN"}
    text = "A Qatari businessman is suing the Egyptian government."
    [r] = code(rec, coder, text)
    assert r.cameo == "115" and parties(r) == ({"QAT"}, {"EGY"})


def test_earmarked_aid_parts_handed_over_and_agencies_forced_out(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Austria has earmarked 2 million euros in emergency aid for Nepal."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "07"
    text = "Colombian rebels handed over half of their weapons to the United Nations."
    [r] = code(rec, coder, text)
    assert r.cameo == "0873"
    text = "Sudan forced the UN refugee agency out of the country."
    [r] = code(rec, coder, text)
    assert r.cameo == "166" and parties(r)[0] == {"SDN"}


def test_a_weapons_user_and_the_culprit_of_an_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The rockets fired by the Turkish army hit a depot of the Syrian army."
    got = [r for r in code(rec, coder, text) if r.cameo_root == "19"]
    assert got and parties(got[0]) == ({"TUR"}, {"SYR"})
    text = "The Indian army was guilty of violating the ceasefire agreement."
    [r] = code(rec, coder, text)
    assert r.cameo == "196" and parties(r)[0] == {"IND"}


def test_a_verbs_preposition_hung_on_its_object(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Syrian forces hold several hundred families as human shields."
    [r] = code(rec, coder, text)
    assert r.cameo == "184" and parties(r)[0] == {"SYR"}


def test_a_hyphenated_cease_fire(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Colombia declared a cease-fire on Monday."
    [r] = code(rec, coder, text)
    assert r.cameo == "0871"
    text = "Colombia announced a weeklong cease-fire with the rebels."
    [r] = code(rec, coder, text)
    assert r.cameo == "0871"


def test_a_compromise_formula_accepted(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Serbia accepted a formula for settling the dispute."
    [r] = code(rec, coder, text)
    assert r.cameo == "030" and parties(r)[0] == {"SRB"}

# -- events-11: recall on the gold set (recipients from context, nominal events, subjects, status) -----


def test_an_aimed_act_after_a_two_party_joint_act_is_aimed_at_the_other_party(rec: ActorRecogniser,
                                                                             coder: EventCoder) -> None:  # fmt: skip
    text = "The summit between Biden and Xi ended without a deal. Biden later walked away from the process."
    r = at(code(rec, coder, text), text)["walked"]
    assert parties(r) == ({"USA"}, {"CHN"}) and r.rule.endswith("+context-recipient")
    text = "Japanese and Chinese ministers held talks in Tokyo on Monday. Japan later warned that it would respond."
    assert parties(at(code(rec, coder, text), text)["warned"]) == ({"JPN"}, {"CHN"})


def test_an_intent_is_aimed_at_the_party_dealt_with_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "India condemned Pakistan over the border raid. A week later, India offered to resume talks."
    r = at(code(rec, coder, text), text)["offered"]
    assert r.cameo_root == "03" and parties(r) == ({"IND"}, {"PAK"})


def test_a_gerund_after_by_is_done_by_the_main_subject(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing responded by imposing tariffs on American goods."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("163", ({"CHN"}, {"USA"}))


def test_barring_another_states_people_from_entering_is_a_sanction(rec: ActorRecogniser,
                                                                   coder: EventCoder) -> None:  # fmt: skip
    text = "Beijing banned five Japanese officials from entering China."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("163", ({"CHN"}, {"JPN"}))
    text = "Moscow retaliated by barring several US lawmakers from entering Russia."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("163", ({"RUS"}, {"USA"}))


def test_at_the_request_or_invitation_of_names_who_asked_whom(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Indian prime minister visited Washington at the invitation of President Biden."
    r = at(code(rec, coder, text), text)["invitation"]
    assert (r.cameo, parties(r)) == ("036", ({"USA"}, {"IND"}))
    text = "At China's invitation, the Pakistani foreign minister travelled to Beijing."
    r = at(code(rec, coder, text), text)["invitation"]  # (a possessive after "at" is no place)
    assert parties(r) == ({"CHN"}, {"PAK"})
    text = "The UN Security Council will meet on Friday at the request of France."
    r = at(code(rec, coder, text), text)["request"]
    assert r.cameo_root == "02" and parties(r) == ({"FRA"}, {"UNSC"})


def test_an_invitation_is_an_intent_and_the_visit_is_planned_once_accepted(rec: ActorRecogniser,
                                                                          coder: EventCoder) -> None:  # fmt: skip
    text = "Xi invited Macron to visit Beijing."
    [r] = code(rec, coder, text)  # not accepted: the visit is only offered
    assert (r.cameo, parties(r)) == ("036", ({"CHN"}, {"FRA"}))
    text = "Xi invited Macron to visit Beijing next year, and Macron accepted."
    got = at(code(rec, coder, text), text)
    assert (got["accepted"].cameo, parties(got["accepted"])) == ("036", ({"FRA"}, {"CHN"}))
    assert (got["visit"].status, parties(got["visit"])) == ("planned", ({"FRA"}, {"CHN"}))
    text = "Xi invited Macron to visit Beijing. Macron accepted the invitation on Friday."
    assert at(code(rec, coder, text), text)["visit"].status == "planned"


def test_the_guests_of_a_hosted_occasion_are_the_parties_of_the_act_done_there(rec: ActorRecogniser,
                                                                              coder: EventCoder) -> None:  # fmt: skip
    text = "Egypt signed a ceasefire with Libya at a summit hosted by France."
    r = at(code(rec, coder, text), text)["hosted"]
    assert (r.cameo, parties(r)) == ("043", ({"FRA"}, {"EGY", "LBY"}))
    # one of several guests has no counterpart in the host: the next act's party is its co-signatory
    text += " Egypt also signed a trade protocol."
    last = max(code(rec, coder, text), key=lambda r: r.trigger_start)
    assert (last.cameo, parties(last)) == ("057", ({"EGY"}, {"LBY"}))


def test_coordinated_subjects_with_their_own_dates_acted_separately(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "France, in 2014, and Germany, in 2016, recognised Palestine."
    got = sorted(code(rec, coder, text), key=lambda r: r.actors[0].code)
    assert [(parties(r), r.date, r.historical) for r in got] == [
        (({"DEU"}, {"PSE"}), "2016", True), (({"FRA"}, {"PSE"}), "2014", True)]
    text = "France and Germany recognised Palestine in 2014."
    [r] = code(rec, coder, text)  # one date for both: one report
    assert parties(r) == ({"FRA", "DEU"}, {"PSE"})


def test_dyadic_adjectives_name_both_parties_of_a_meeting(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The first inter-Korean summit was held in June 2000, when Kim Dae-jung flew to Pyongyang."
    r = at(code(rec, coder, text), text)["summit"]
    assert r.joint and parties(r) == ({"KOR", "PRK"}, set()) and r.historical
    text = "The Sino-Japanese talks ended on Friday."
    [r] = code(rec, coder, text)
    assert r.joint and parties(r) == ({"CHN", "JPN"}, set())


def test_a_thaw_and_a_witnessed_signing_are_nominal_events(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Erdogan's rapprochement with Israel angered Tehran."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("050", ({"TUR"}, {"ISR"}))
    text = "After their talks, Xi and Putin witnessed the signing of several documents."
    r = at(code(rec, coder, text), text)["signing"]
    assert r.cameo == "057" and r.joint and parties(r) == ({"CHN", "RUS"}, set())


def test_those_who_act_after_a_meeting_held_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "After talks that lasted most of the day, Putin and Xi signed a joint statement."
    r = at(code(rec, coder, text), text)["talks"]
    assert (r.cameo, r.joint, parties(r)) == ("046", True, ({"RUS", "CHN"}, set()))


def test_a_definite_plural_subject_stands_for_the_parties_named_before(rec: ActorRecogniser,
                                                                      coder: EventCoder) -> None:  # fmt: skip
    text = "European Union leaders met in Brussels on Monday. The leaders also demanded the release of the activists."
    r = at(code(rec, coder, text), text)["demanded"]
    assert r.cameo_root == "10" and parties(r)[0] == {"EU"}
    text = "China and Vietnam signed a border accord. The two sides will hold joint drills in June."
    r = at(code(rec, coder, text), text)["drills"]
    assert r.status == "planned" and set().union(*parties(r)) == {"CHN", "VNM"}


def test_a_relative_clause_on_a_resolution_is_the_bodys_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Russia on Friday vetoed a UN Security Council resolution that would have deplored its invasion of "
            "Ukraine and demanded the immediate withdrawal of its troops.")
    got = at(code(rec, coder, text), text)
    for word in ("deplored", "demanded"):  # coordinated verbs share "would have": both hypothetical
        assert (got[word].status, parties(got[word])) == ("hypothetical", ({"UNSC"}, {"RUS"}))
    # the judged act is an event of its own ("its" is Russia's)
    assert (got["invasion"].cameo_root, parties(got["invasion"])) == ("19", ({"RUS"}, {"UKR"}))


def test_a_judged_act_is_not_aimed_at_its_judge(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China blocked a UN Security Council statement that would have condemned Myanmar's crackdown."
    r = at(code(rec, coder, text), text)["crackdown"]
    assert parties(r)[0] == {"MMR"}
    # (the crackdown's own recipient is the next test's: the fallback recipient takes the judge)


@pytest.mark.xfail(strict=True, reason="the fallback recipient (events-20) takes the body that would have judged "
                                       "the act for its target")
def test_a_judged_act_is_not_aimed_at_its_judge_by_the_fallback(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China blocked a UN Security Council statement that would have condemned Myanmar's crackdown."
    r = at(code(rec, coder, text), text)["crackdown"]
    assert parties(r) == ({"MMR"}, set())


def test_an_appeal_after_a_reported_clause_is_the_speakers(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Wang Yi told Blinken that the arms sales broke the one-China principle and urged Washington to stop them."
    r = at(code(rec, coder, text), text)["urged"]
    assert r.cameo_root == "02" and parties(r) == ({"CHN"}, {"USA"})


def test_an_act_inside_the_speakers_phrase_is_not_what_is_said(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Biden, who met Xi in Bali, said the two countries would keep talking."
    got = at(code(rec, coder, text), text)
    assert got["met"].attribution is None and got["said"].cameo == "010"


def test_forcing_a_craft_to_land_coerces_its_owners_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Turkey forced a Russian cargo plane to land in Ankara."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("170", ({"TUR"}, {"RUS"}))
    text = "Belarus forced a Ryanair passenger jet to land in Minsk and arrested a dissident journalist on board."
    got = at(code(rec, coder, text), text)
    assert parties(got["forced"]) == ({"BLR"}, {"IRL"}) and got["forced"].recipients[0].sector == "BUS"
    # the airline is no counterpart of the arrest; the journalist is Belarus's own (events-14: at home)
    assert parties(got["arrested"]) == ({"BLR"}, {"BLR"})


def test_an_option_kept_open_is_a_hypothetical_event_and_names_the_party(rec: ActorRecogniser,
                                                                        coder: EventCoder) -> None:  # fmt: skip
    text = "Moscow did not rule out military cooperation with North Korea."
    got = at(code(rec, coder, text), text)
    assert (got["rule"].cameo, got["rule"].status, parties(got["rule"])) == ("014", "occurred", ({"RUS"}, {"PRK"}))
    option = got["cooperation"]
    assert (option.cameo_root, option.status, parties(option)) == ("06", "hypothetical", ({"RUS"}, {"PRK"}))
    text = "Washington is weighing sanctions on Iran."
    assert at(code(rec, coder, text), text)["sanctions"].status == "hypothetical"


def test_an_offer_of_cooperation_is_an_intent(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China offered cooperation to Pakistan."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("031", ({"CHN"}, {"PAK"}))


def test_the_content_and_the_condition_of_a_threat_are_part_of_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Washington has warned that it would not hesitate to impose new sanctions on Moscow."
    [r] = code(rec, coder, text)  # one threat of sanctions, no sanctions
    assert (r.cameo, parties(r)) == ("1312", ({"USA"}, {"RUS"}))
    text = "Putin warned that Moscow would take decisions that Seoul would not like if South Korea supplied weapons."
    assert [r.cameo_root for r in code(rec, coder, text)] == ["13"]  # the condition is no arms supply


def test_a_definite_act_judged_is_the_first_of_its_kind_in_the_story(rec: ActorRecogniser,
                                                                    coder: EventCoder) -> None:  # fmt: skip
    text = ("North Korean artillery shelled a South Korean island on Tuesday. South Korean forces returned fire. "
            "Washington condemned the attack.")
    r = at(code(rec, coder, text), text)["condemned"]
    assert parties(r) == ({"USA"}, {"PRK"})  # not the reply in kind


def test_a_group_judging_an_act_is_not_its_own_target(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("North Korea fired a missile over Japan. Japanese Prime Minister Fumio Kishida spoke with Biden by "
            "phone, and the two leaders condemned it.")
    r = at(code(rec, coder, text), text)["condemned"]
    assert parties(r) == ({"JPN", "USA"}, {"PRK"})


def test_a_diversion_is_coercion_and_its_judge_aims_at_the_diverter(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Belarus diverted a Ryanair flight to Minsk. Biden called the diversion outrageous."
    got = at(code(rec, coder, text), text)
    assert (got["diverted"].cameo, parties(got["diverted"])) == ("170", ({"BLR"}, {"IRL"}))
    assert (got["called"].cameo, parties(got["called"])) == ("111", ({"USA"}, {"BLR"}))


def test_a_reported_possibility_stays_hypothetical(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "US officials said Iran could supply drones to Russia."
    [r] = code(rec, coder, text)
    assert (r.cameo_root, r.status) == ("07", "hypothetical")
    text = "Officials in Seoul said Japan would send a delegation to Busan."
    [r] = code(rec, coder, text)
    assert r.status == "planned"  # (reported intent)


def test_no_agreement_signed_is_a_negated_act_of_the_pair_that_met(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Xi and Putin met in Moscow on Tuesday. Kremlin aide Yuri Ushakov said no agreements had been signed."
    r = at(code(rec, coder, text), text)["signed"]
    assert (r.cameo, r.status, r.joint, parties(r)[0]) == ("057", "negated", True, {"CHN", "RUS"})
    assert r.attribution is not None


def test_refusing_to_attend_a_summit_is_a_boycott_of_its_host(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("NATO leaders said they would not attend the summit that Belarus was due to host, and that they "
            "would meet in Warsaw without Belarus instead.")
    got = at(code(rec, coder, text), text)
    assert (got["attend"].cameo, got["attend"].status, parties(got["attend"])) == ("161", "occurred",
                                                                                   ({"NATO"}, {"BLR"}))  # fmt: skip
    assert parties(got["meet"])[1] == set()  # "without Belarus"


def test_saying_or_replying_that_something_is_unacceptable_is_disapproval(rec: ActorRecogniser,
                                                                         coder: EventCoder) -> None:  # fmt: skip
    text = "China said the drills were a provocation."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)[0]) == ("111", {"CHN"})
    text = "Japan said the talks were useful."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]
    text = "Seoul warned Moscow over the treaty. Russia replied that the threats were unacceptable."
    r = at(code(rec, coder, text), text)["replied"]
    assert (r.cameo, parties(r)) == ("111", ({"RUS"}, {"KOR"}))


def test_defending_something_as_right_is_a_justification_aimed_at_no_one(rec: ActorRecogniser,
                                                                         coder: EventCoder) -> None:  # fmt: skip
    text = "Seoul criticised Moscow over the vote. Russia's envoy defended the referendum as lawful."
    r = at(code(rec, coder, text), text)["defended"]
    assert (r.cameo, parties(r)) == ("052", ({"RUS"}, set()))


def test_an_unnamed_armed_group_acts_for_the_territory_it_is_placed_in(rec: ActorRecogniser,
                                                                      coder: EventCoder) -> None:  # fmt: skip
    text = "Militants in the Gaza Strip fired rockets into Israel, the Israeli army said."
    [r] = code(rec, coder, text)
    assert parties(r) == ({"PSE"}, {"ISR"}) and r.actors[0].sector == "REB"
    text = "Separatists in eastern Ukraine shelled the town."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)[0], r.actors[0].sector) == ("194", {"UKR"}, "REB")


def test_a_gerund_or_decision_on_an_owned_noun_is_the_owners_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia's practice of arming separatists in Moldova worries the EU."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)[0]) == ("072", {"RUS"})
    text = "Beijing's decision to halt imports of Japanese seafood angered Tokyo."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("163", ({"CHN"}, {"JPN"}))
    text = "Seoul said it would reconsider its policy of not supplying lethal arms to Ukraine."
    assert [r.cameo_root for r in code(rec, coder, text)] == ["01"]  # a standing line, not an act


def test_a_crowd_acts_for_the_state_where_it_gathers(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Protesters rallied in central Seoul against the plan."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)[0], r.actors[0].sector) == ("141", {"KOR"}, "CVL")


def test_committing_oneself_to_a_goal_is_an_intent(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Xi and Putin held talks in Moscow. They also committed themselves to a multipolar world."
    r = at(code(rec, coder, text), text)["committed"]
    assert r.cameo == "030" and parties(r)[0] == {"CHN", "RUS"}


def test_a_statement_made_in_a_warning_is_the_warning(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "In a warning to Seoul, Pyongyang said it would not tolerate the drills."
    [r] = code(rec, coder, text)  # one warning, no separate statement
    assert (r.cameo, parties(r)) == ("130", ({"PRK"}, {"KOR"}))


def test_warning_the_public_is_an_advisory_not_a_threat(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "North Korea fired a missile over Japan, prompting Tokyo to warn residents to take cover."
    assert [r.cameo_root for r in code(rec, coder, text)] == ["15"]


def test_a_mood_named_as_a_topic_is_no_statement(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing and Seoul reached an agreement regarding China's concerns over the radar."
    [r] = code(rec, coder, text)
    assert r.cameo == "057"


def test_a_response_with_a_noun_is_that_event_by_the_responder(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China retaliated with sanctions on Lithuania."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("163", ({"CHN"}, {"LTU"}))
    text = "South Korea and the United States responded with a joint missile drill."
    [r] = code(rec, coder, text)
    assert r.joint and parties(r)[0] == {"KOR", "USA"}


def test_an_act_judged_is_its_doers_whoever_it_went_to(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing condemned the visit by US House Speaker Nancy Pelosi to Taiwan."
    got = at(code(rec, coder, text), text)
    assert parties(got["condemned"]) == ({"CHN"}, {"USA"})
    assert (got["visit"].cameo, parties(got["visit"])) == ("042", ({"USA"}, {"TWN"}))
    text = "Kyiv condemned the attack by Russia on a power plant."
    r = at(code(rec, coder, text), text)["attack"]  # an attack with no target named most likely hit the judge
    assert parties(r) == ({"RUS"}, {"UKR"})


def test_a_deal_brokered_or_mediated_by_a_third_party_is_mediation_between_its_parties(
        rec: ActorRecogniser, coder: EventCoder) -> None:  # fmt: skip
    text = "Israel and Hamas agreed to a ceasefire brokered by Egypt and Qatar."
    r = at(code(rec, coder, text), text)["brokered"]
    assert (r.cameo, parties(r)) == ("045", ({"EGY", "QAT"}, {"ISR", "PSE"}))
    text = "Iran and Saudi Arabia restored diplomatic ties in a deal mediated by China."
    r = at(code(rec, coder, text), text)["mediated"]
    assert (r.cameo, parties(r)) == ("045", ({"CHN"}, {"IRN", "SAU"}))


def test_support_one_is_thanked_for_was_aimed_at_the_thanker(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Zelensky thanked Germany for its support."
    r = at(code(rec, coder, text), text)["support"]
    assert parties(r) == ({"DEU"}, {"UKR"})


def test_a_document_speaks_for_its_authors_and_a_vetoed_one_for_no_one(rec: ActorRecogniser,
                                                                      coder: EventCoder) -> None:  # fmt: skip
    text = "Japan and the United States issued a joint statement condemning North Korea's missile launches."
    r = at(code(rec, coder, text), text)["condemning"]
    assert (r.cameo, parties(r)) == ("111", ({"JPN", "USA"}, {"PRK"}))
    text = "The Security Council adopted a resolution demanding that Russia withdraw its troops."
    [r] = code(rec, coder, text)  # one demand: the withdrawal demanded is its content
    assert (r.cameo_root, r.status, parties(r)) == ("10", "occurred", ({"UNSC"}, {"RUS"}))
    text = "Russia vetoed a UN resolution demanding a ceasefire."
    r = at(code(rec, coder, text), text)["demanding"]
    assert r.status == "hypothetical"


def test_a_reaction_drawn_from_a_party_is_its_act_aimed_at_the_one_who_drew_it(rec: ActorRecogniser,
                                                                               coder: EventCoder) -> None:  # fmt: skip
    text = "Seoul's move drew criticism from Tokyo."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("111", ({"JPN"}, {"KOR"}))
    text = "A recent string of visits from Chinese officials to Hanoi worried Manila."
    r = at(code(rec, coder, text), text)["visits"]
    assert parties(r)[0] == {"CHN"}


def test_a_possessive_named_after_its_noun_is_read_from_the_clause(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "During his visit to Beijing, Blinken met Xi."
    r = at(code(rec, coder, text), text)["visit"]
    assert parties(r) == ({"USA"}, {"CHN"})


def test_an_object_relative_clause_acts_on_its_noun(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Ukraine accused Russia of shelling the plant, a charge Moscow rejected."
    r = at(code(rec, coder, text), text)["rejected"]
    assert (r.cameo, parties(r)) == ("016", ({"RUS"}, {"UKR"}))


def test_an_elliptical_verb_repeats_the_last_act_for_its_subject(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Seoul imposed unilateral sanctions on North Korean entities, and Tokyo followed suit."
    r = at(code(rec, coder, text), text)["followed"]
    assert (r.cameo, parties(r)) == ("163", ({"JPN"}, {"PRK"}))
    text = "Lithuania expelled two Russian diplomats. Latvia did the same on Friday."
    r = at(code(rec, coder, text), text)["did"]
    assert (r.cameo, parties(r)) == ("161", ({"LVA"}, {"RUS"}))


def test_a_list_of_states_read_as_an_apposition_is_still_a_list(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Canada, Brazil and Colombia also recognised Palestine."
    [r] = code(rec, coder, text)
    assert parties(r) == ({"CAN", "BRA", "COL"}, {"PSE"}) and not r.joint


def test_a_person_welcomed_is_a_visitor_hosted(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Putin was welcomed in Pyongyang by Kim Jong Un with a lavish ceremony."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("043", ({"PRK"}, {"RUS"}))
    text = "Seoul welcomed the decision by Tokyo."
    assert code(rec, coder, text)[0].cameo == "051"


def test_a_show_of_force_near_a_party_is_aimed_at_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China sent warships near Taiwan after the election."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("150", ({"CHN"}, {"TWN"}))


def test_threatening_to_cut_off_communication_is_a_threat_to_reduce_relations(rec: ActorRecogniser,
                                                                             coder: EventCoder) -> None:  # fmt: skip
    text = "Kim Yo Jong threatened to cut off all communication with Seoul."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("1313", ({"PRK"}, {"KOR"}))


def test_courting_or_wooing_a_state_is_an_appeal_for_its_support(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing has courted Pacific island states such as Fiji and Tonga."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("022", ({"CHN"}, {"FJI", "TON"}))
    text = "Washington wooed Vietnam away from Beijing."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("022", ({"USA"}, {"VNM"}))
    text = "Washington courted non-aligned states ranging from India to Egypt."
    [r] = code(rec, coder, text)  # a listing clause names the parties
    assert parties(r) == ({"USA"}, {"IND", "EGY"})


def test_meetings_expected_or_possible_in_what_is_said(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Talks with Tokyo are expected next month, Seoul said."
    [r] = code(rec, coder, text)  # the speaker's talks, planned, no separate statement
    assert (r.cameo, r.status, parties(r)) == ("046", "planned", ({"KOR"}, {"JPN"}))
    text = "The Kremlin said a meeting between Putin and Xi was possible."
    [r] = code(rec, coder, text)
    assert (r.status, r.joint) == ("hypothetical", True)


def test_giving_a_party_a_deadline_is_an_ultimatum(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Moscow gave Kyiv a deadline to withdraw."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("139", ({"RUS"}, {"UKR"}))


def test_denying_that_an_act_happened_is_a_denial_and_a_negated_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Kyiv accused Moscow of sending troops. Moscow denied that it had sent troops to Ukraine."
    got = at(code(rec, coder, text), text)
    assert (got["denied"].cameo, parties(got["denied"])) == ("016", ({"RUS"}, {"UKR"}))
    sent = got["sent"]
    assert (sent.status, parties(sent)[0]) == ("negated", {"RUS"}) and "Moscow" in (sent.attribution or "")


def test_what_a_party_is_supplied_with_picks_the_code(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia has been supplying Iran with fighter jets."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("072", ({"RUS"}, {"IRN"}))
    text = "Germany provided Ukraine with food and medicine."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("073", ({"DEU"}, {"UKR"}))


def test_how_one_could_act_is_hypothetical(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "By cooperating with both China and Russia, South Korea can win trust from Pyongyang."
    r = at(code(rec, coder, text), text)["cooperating"]
    assert (r.status, parties(r)) == ("hypothetical", ({"KOR"}, {"CHN", "RUS"}))


def test_an_event_some_months_before_the_story_is_background(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "In October 2020, Seoul cut off trade with the North."  # published 2021-03-26
    [r] = code(rec, coder, text)
    assert r.historical and r.date == "2020-10"
    text = "In February 2021, Seoul cut off trade with the North."
    [r] = code(rec, coder, text)
    assert not r.historical


def test_saying_that_someone_broke_a_rule_is_an_accusation(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Foreign Minister Park Jin told Russia's ambassador that military cooperation with the North violated "
            "UN Security Council resolutions and urged Moscow to end it.")
    got = at(code(rec, coder, text), text)
    assert (got["told"].cameo, parties(got["told"])) == ("112", ({"KOR"}, {"RUS"}))
    assert got["urged"].cameo_root == "02"
    text = "Seoul said Pyongyang's launch breached the 2018 military agreement."
    r = at(code(rec, coder, text), text)["said"]
    assert (r.cameo, parties(r)) == ("112", ({"KOR"}, {"PRK"}))


def test_handing_over_a_report_shares_information_and_an_apposition_names_the_title(
        rec: ActorRecogniser, coder: EventCoder) -> None:  # fmt: skip
    text = ("The International Atomic Energy Agency finished its review. Its chief, Rafael Grossi, handed the "
            "report to Prime Minister Fumio Kishida in Tokyo.")
    r = at(code(rec, coder, text), text)["handed"]
    assert (r.cameo, parties(r)) == ("064", ({"IAEA"}, {"JPN"}))


def test_a_definite_body_stands_for_the_organisation_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The European Union imposed sanctions on Minsk. The bloc also banned Belarusian airlines."
    r = at(code(rec, coder, text), text)["banned"]
    assert (r.cameo, parties(r)) == ("163", ({"EU"}, {"BLR"}))
    text = "The International Atomic Energy Agency approved the plan in July. The agency said it was satisfied."
    r = at(code(rec, coder, text), text)["said"]
    assert parties(r)[0] == {"IAEA"}


def test_a_possessive_subject_acts_for_its_owner(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The IAEA reviewed the plan in July. The agency said its staff on site would monitor the discharge."
    r = at(code(rec, coder, text), text)["monitor"]
    assert (r.cameo, r.status, parties(r)[0]) == ("090", "planned", {"IAEA"})
    text = "Pyongyang does not want to see their country destroyed like Iraq."
    assert not [r for r in code(rec, coder, text) if r.cameo_root == "17"]  # what is done to it is no act of its


def test_a_verb_misread_as_its_objects_adjective_still_takes_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "In response, South Korea scrambled fighter jets."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)[0]) == ("150", {"KOR"})


# -- events-11: review fixes ------------------------------------------------------------------------


def test_no_choice_but_to_act_is_as_future_as_its_verb(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Trump said the United States would have no choice but to totally destroy North Korea."
    [r] = [r for r in code(rec, coder, text) if r.cameo_root != "01"]
    assert r.cameo[:2] == "13" and r.status == "occurred" and parties(r) == ({"USA"}, {"PRK"})  # a threat


def test_a_conjunct_with_its_own_subject_keeps_its_own_tense(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Biden said that if the United States were forced to defend itself it would have no choice but to totally "
            "destroy North Korea, and he mocked Kim as a reckless gambler.")  # fmt: skip
    mocked = at(code(rec, coder, text), text)["mocked"]
    assert mocked.cameo == "111" and mocked.status == "occurred"


# -- events-12 (generalisation: rules checked on the texts the coder was not tuned on) --------------


def test_one_sides_drill_without_a_partner_is_a_show_of_force(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Iranian navy held drills in the Gulf of Oman."
    r = at(code(rec, coder, text), text)["drills"]
    assert r.cameo == "150" and parties(r) == ({"IRN"}, set())
    text = "Egypt and Greece held joint naval drills."
    r = at(code(rec, coder, text), text)["drills"]
    assert r.cameo == "062" and r.joint
    for text in ("NATO held exercises in Norway.", "The Japanese army held a disaster relief exercise in Osaka."):
        [r] = code(rec, coder, text)  # an alliance's manoeuvres are joint; a civil exercise shows no force
        assert r.cameo == "062", text


def test_a_span_of_time_of_an_event_noun_is_held_like_a_series(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Turkish army held three days of drills near the border."
    r = at(code(rec, coder, text), text)["drills"]
    assert r.cameo == "150" and parties(r)[0] == {"TUR"}


def test_people_from_both_sides_act_for_the_two_parties(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Peru and Ecuador signed a fisheries accord. Negotiators from both sides will hold talks in May."
    r = at(code(rec, coder, text), text)["talks"]
    assert r.status == "planned" and r.joint and parties(r)[0] == {"PER", "ECU"}
    text = "Peru and Ecuador signed a fisheries accord. Army officers from the two sides met on Friday."
    r = at(code(rec, coder, text), text)["met"]
    assert r.cameo_root == "04" and parties(r)[0] == {"PER", "ECU"}


def test_an_official_in_a_fronted_capital_speaks_for_its_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("ANKARA, May 4 — Turkey said it would reply. In Athens, foreign ministry spokesman Nikos Petrou "
            "accused Turkish jets of violating Greek airspace.")
    r = at(code(rec, coder, text), text)["accused"]
    assert parties(r) == ({"GRC"}, {"TUR"})  # Athens's official, not the dateline's
    text = "ANKARA, May 4 — Turkey said it would reply. In Athens, Ambassador Nikos Petrou protested."
    assert all(m.code != "GRC" for m in rec.recognise(text, "d", PUBLISHED.value, places=True)
               if m.text.endswith("Petrou"))  # an ambassador in a capital is a foreigner there  # fmt: skip


def test_a_comma_relative_pronoun_object_is_the_noun_it_hangs_on(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chile reopened the air links, which Bolivia had cut off in May."
    r = at(code(rec, coder, text), text)["cut"]
    assert r.cameo_root == "16" and parties(r)[0] == {"BOL"}
    text = "Bolivia refused to lift the ban that it imposed in May."
    assert "imposed" not in at(code(rec, coder, text), text)  # a restrictive clause only says which ban


def test_forces_blocking_a_waterway_is_a_blockade(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Iranian forces blocked the strait for six hours on Friday."
    r = at(code(rec, coder, text), text)["blocked"]
    assert r.cameo == "191" and parties(r)[0] == {"IRN"}


def test_a_relative_clause_keeps_its_own_status(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The plan, which Kenya rejected last year, failed."
    r = at(code(rec, coder, text), text)["rejected"]
    assert r.status == "occurred"  # the rejection happened; it is the plan that failed
    text = "The talks, which Kenya hosted in May, may resume."
    r = at(code(rec, coder, text), text)["hosted"]
    assert r.status == "occurred"  # the hosting happened; the resumption is what may come


def test_the_event_asked_for_picks_the_appeals_code(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Brazil called for a ceasefire in Sudan."
    assert at(code(rec, coder, text), text)["called"].cameo == "0256"
    text = "Brazil urged restraint and called for the release of the detained pilots."
    got = at(code(rec, coder, text), text)
    assert (got["urged"].cameo, got["called"].cameo) == ("0256", "0253")
    text = "Brazil urged Argentina to exercise restraint."
    r = at(code(rec, coder, text), text)["urged"]
    assert r.cameo == "0256" and parties(r) == ({"BRA"}, {"ARG"})
    text = "Brazil called for calm."  # no event noun asked for: a plain appeal
    assert at(code(rec, coder, text), text)["called"].cameo == "020"


def test_the_one_told_is_the_statements_recipient(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Foreign Minister Mauro Vieira told Argentine President Javier Milei that the tariffs were unacceptable."
    r = at(code(rec, coder, text), text)["told"]
    assert parties(r)[1] == {"ARG"}


def test_a_stranded_preposition_shares_the_next_verbs_object(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Turkish border guards fired on and seized two Greek fishing boats."
    got = at(code(rec, coder, text), text)
    assert parties(got["fired"]) == ({"TUR"}, {"GRC"}) and parties(got["seized"]) == ({"TUR"}, {"GRC"})


def test_a_leader_voicing_their_own_act_is_no_attribution(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "President Emmanuel Macron said France would send more aid to Lebanon."
    r = at(code(rec, coder, text), text)["send"]
    assert r.attribution is None  # his own intent, said as he states it
    text = "President Emmanuel Macron said Germany would send more aid to Lebanon."
    r = at(code(rec, coder, text), text)["send"]
    assert r.attribution is not None  # another state's act, on his word
    text = "President Emmanuel Macron said France had sent aid to Lebanon."
    r = at(code(rec, coder, text), text)["sent"]
    assert r.attribution is not None  # a past act he reports


def test_a_date_inside_a_clause_below_the_act_dates_that_clause(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Peru and Chile agreed to reopen the border crossings, which Lima had closed after Chile expelled "
            "its consul in May 2019.")
    r = at(code(rec, coder, text), text)["agreed"]
    assert r.date == PUBLISHED.value and not r.historical  # May 2019 is the expulsion's
    text = "Peru and Chile agreed on Monday to reopen the border crossings."
    assert at(code(rec, coder, text), text)["agreed"].date == "2021-03-22"


def test_neither_side_is_the_two_parties_denied(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Greece and Turkey traded accusations over the collision. Neither side fired a shot."
    r = at(code(rec, coder, text), text)["fired"]
    assert (r.cameo, r.status) == ("193", "negated") and set().union(*parties(r)) == {"GRC", "TUR"}
    text = "Peru and Chile signed a deal. Neither country attended the summit in Quito."
    assert at(code(rec, coder, text), text)["attended"].status == "negated"


def test_a_participle_on_a_named_party_is_its_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "President Emmanuel Macron, meeting Argentine President Javier Milei in Paris, said trade would grow."
    r = at(code(rec, coder, text), text)["meeting"]
    assert r.cameo_root == "04" and parties(r) == ({"FRA"}, {"ARG"})
    assert r.attribution is None  # the meeting is when he spoke, not what he said
    text = "Chancellor Olaf Scholz, meeting Indian Prime Minister Narendra Modi in Berlin, said trade would grow."
    r = at(code(rec, coder, text), text)["meeting"]  # (read as a participle on the name)
    assert parties(r) == ({"DEU"}, {"IND"})


# -- events-13: a sentence that opens with "He" continues with the one the sentence before opened with


def test_he_is_the_subject_of_the_sentence_before_after_its_time_phrase(rec: ActorRecogniser,
                                                                        coder: EventCoder) -> None:
    text = ("On Tuesday Chancellor Olaf Scholz met French President Emmanuel Macron in Paris. "
            "He also met Polish President Andrzej Duda.")
    [r] = [x for x in code(rec, coder, text) if x.trigger_start > text.index("He also")]
    assert parties(r) == ({"DEU"}, {"POL"})
    # an actor after anything but a time phrase is no subject: "he" is then the last person named
    text = ("After meeting French President Emmanuel Macron, Chancellor Olaf Scholz flew to Warsaw. "
            "He met Polish President Andrzej Duda.")
    [r] = [x for x in code(rec, coder, text) if x.trigger_start > text.index("He met")]
    assert parties(r) == ({"DEU"}, {"POL"})


# -- events-13: conditional threats


def test_an_act_after_no_choice_but_is_the_threat_of_whoever_has_no_choice(rec: ActorRecogniser,
                                                                          coder: EventCoder) -> None:
    text = "Iran said that if Israel struck its nuclear sites, it would have no choice but to attack Israel."
    r = at(code(rec, coder, text), text)["attack"]
    assert (r.cameo_root, r.status) == ("13", "occurred") and parties(r) == ({"IRN"}, {"ISR"})
    text = "Turkey said that if the raids went on, Ankara would have no choice but to strike Syria."
    r = at(code(rec, coder, text), text)["strike"]  # ("but" read as a preposition on "choice")
    assert (r.cameo_root, r.status) == ("13", "occurred") and parties(r)[0] == {"TUR"}


def test_an_act_announced_on_a_condition_is_a_threat_at_the_party_it_names(rec: ActorRecogniser,
                                                                         coder: EventCoder) -> None:
    text = "Egypt said it would close its border with Libya if the fighting spread."
    r = at(code(rec, coder, text), text)["close"]
    assert (r.cameo_root, r.status) == ("13", "occurred") and parties(r)[0] == {"EGY"}
    text = "Egypt said it would close its border with Libya."  # no condition: the decision, planned
    r = at(code(rec, coder, text), text)["close"]
    assert (r.cameo, r.status) == ("172", "planned")  # (events-14: a border closed is 172, as CAMEO 2.0)
    text = "China said that if Taiwan declared independence, it would use force."
    r = at(code(rec, coder, text), text)["use"]  # aimed at the one the condition names
    assert r.cameo_root == "13" and parties(r) == ({"CHN"}, {"TWN"})
    text = "Russia warned that it would cut gas supplies if Ukraine did not pay its debts."
    r = at(code(rec, coder, text), text)["warned"]
    assert r.cameo_root == "13" and parties(r) == ({"RUS"}, {"UKR"})


# -- events-13: recipients ---------------------------------------------------------------------------


def test_a_place_struck_as_the_object_is_its_people(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel shelled the Gaza Strip in May."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "19" and parties(r) == ({"ISR"}, {"PSE"})


def test_an_organisations_appeal_makes_it_no_target_of_force(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "NATO urged Russia to pull back its troops. Russian forces later attacked the port."
    r = at(code(rec, coder, text), text)["attacked"]
    assert "NATO" not in parties(r)[1]


def test_a_nominalised_act_names_the_report_of_its_verb(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Ukraine detained a Russian tanker crew. Russia later seized three Ukrainian navy boats. "
            "Germany condemned the seizure.")
    r = at(code(rec, coder, text), text)["condemned"]
    assert r.cameo_root == "11" and parties(r) == ({"DEU"}, {"RUS"})  # the seizer, not the first detainer


def test_dropping_an_objection_concedes_to_the_one_objected_to(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Greece lifted its veto on North Macedonia's bid."
    [r] = code(rec, coder, text)
    assert r.cameo == "080" and parties(r) == ({"GRC"}, {"MKD"})
    text = "Hungary dropped its objection to Sweden's bid."
    [r] = code(rec, coder, text)
    assert r.cameo == "080" and parties(r) == ({"HUN"}, {"SWE"})


def test_a_subject_misread_after_the_verb_is_its_object(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "On Tuesday Fumio Kishida met US Vice President Kamala Harris, who praised the alliance."
    r = at(code(rec, coder, text), text)["met"]
    assert r.cameo_root == "04" and parties(r) == ({"JPN"}, {"USA"})


def test_an_appeal_for_restraint_goes_to_the_fighting_sides(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Azerbaijan shelled Armenian positions on Tuesday. Russia urged both sides to exercise restraint."
    r = at(code(rec, coder, text), text)["urged"]
    assert r.cameo == "0256" and parties(r) == ({"RUS"}, {"AZE", "ARM"})
    text = "Azerbaijan shelled Armenian positions on Tuesday. France called for an immediate ceasefire."
    r = at(code(rec, coder, text), text)["called"]
    assert parties(r) == ({"FRA"}, {"AZE", "ARM"})


def test_the_host_of_a_meeting_deals_with_its_parties(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The ceasefire followed talks between Armenia and Azerbaijan hosted by Russia."
    r = at(code(rec, coder, text), text)["hosted"]
    assert r.cameo_root == "04" and parties(r) == ({"RUS"}, {"ARM", "AZE"})
    text = "Israel and Hamas held talks in Cairo mediated by Egypt."
    r = at(code(rec, coder, text), text)["mediated"]
    assert parties(r) == ({"EGY"}, {"ISR", "PSE"})


def test_refusing_to_let_someone_act_rejects_them(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Turkey refused to let US troops cross its territory."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "12" and parties(r) == ({"TUR"}, {"USA"})


def test_the_patron_of_a_backed_group_is_not_the_one_hit(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel bombed a weapons depot of an Iran-backed militia in Syria."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "19" and "IRN" not in parties(r)[1]
    text = "Turkey shelled positions of the US-backed Kurdish fighters in Syria."
    [r] = code(rec, coder, text)
    assert "USA" not in parties(r)[1]


def test_calling_an_act_a_massacre_or_a_welcome_step_judges_its_doer(rec: ActorRecogniser,
                                                                     coder: EventCoder) -> None:
    text = "Colombia raided a FARC camp in Ecuador. Ecuador called the raid a massacre."
    r = at(code(rec, coder, text), text)["called"]
    assert r.cameo_root == "11" and parties(r) == ({"ECU"}, {"COL"})
    text = "Ethiopia and the TPLF signed a truce. The EU called it a welcome first step."
    r = at(code(rec, coder, text), text)["called"]
    assert r.cameo_root == "05" and parties(r) == ({"EU"}, {"ETH"})


def test_handing_captives_to_someone_releases_them(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia handed two Ukrainian pilots to Kyiv."
    [r] = code(rec, coder, text)
    assert r.cameo == "0841" and parties(r) == ({"RUS"}, {"UKR"})


def test_an_appeal_for_restraint_takes_no_counterpart_from_context(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Brazil criticised Venezuela on Monday. Brazil also urged all parties to exercise restraint."
    r = at(code(rec, coder, text), text)["urged"]
    assert r.cameo == "0256" and parties(r) == ({"BRA"}, set())  # no fighting told: addressed to no one named


# -- events-13: material events (unnamed attackers, light verbs, passive doers, aid lexicon) -----------


def test_an_unnamed_attacker_acts_for_the_side_of_the_place(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "A car bomb in Kabul killed eight people on Monday."
    [r] = code(rec, coder, text)  # an attack with no named doer: unidentified armed forces of the place
    assert r.cameo == "190" and parties(r) == ({"AFG"}, set()) and r.actors[0].sector == "UAF"
    text = "Gunmen ambushed a bus in Pakistan's Balochistan province, killing fourteen passengers."
    got = at(code(rec, coder, text), text)
    assert got["ambushed"].cameo_root == "19" and got["ambushed"].actors[0].code == "PAK"
    assert got["ambushed"].actors[0].sector == "REB"
    text = "Four American soldiers were killed by a roadside bomb outside the Iraqi city of Kirkuk."
    [r] = code(rec, coder, text)  # the agent of a passive
    assert r.cameo == "190" and parties(r) == ({"IRQ"}, {"USA"})
    text = "Two Dutch soldiers were killed by a landmine outside of the Afghan town of Deh Rawod."
    assert code(rec, coder, text)[0].actors[0].code == "AFG"  # a two-word preposition
    text = "Islamic State fighters surrendered their last pocket of territory in Syria to Kurdish-led forces."
    assert code(rec, coder, text)[0].cameo == "0874"
    text = "A car bomb in Kabul was found by the police on Monday."
    assert all(r.cameo_root != "19" for r in code(rec, coder, text))  # no act of force


def test_a_coordinated_light_object_and_a_root_noun_misparse(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Turkish military launched air and ground strikes on Kurdish militants in northern Iraq."
    r = at(code(rec, coder, text), text)["strikes"]
    assert r.cameo == "190" and r.actors[0].code == "TUR" and "light:launch" in r.rule
    text = "The Iraqi air force carried out at least three air strikes in western Mosul."
    [r] = code(rec, coder, text)  # the parser makes "force" the root and "carried" a participle on it
    assert r.cameo == "195" and parties(r) == ({"IRQ"}, set())  # (events-14: air strikes are 195)
    text = "The United States offered support and assistance to Ukraine."
    assert [r.cameo for r in code(rec, coder, text)] == ["033"]  # the verb's entry wins, as for one object


def test_a_passive_without_agent_can_still_name_its_doer(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "UN sanctions against Iran were lifted in January 2016."
    [r] = code(rec, coder, text)  # a measure is lifted by its owner
    assert r.cameo == "085" and parties(r) == ({"UN"}, {"IRN"})
    text = "About 2,000 Russian peacekeepers were deployed along the Lachin corridor."
    [r] = code(rec, coder, text)  # troops are posted by their own side
    assert r.cameo == "074" and r.actors[0].code == "RUS"
    text = "Two French nationals were released from prison in Iran on Friday."
    [r] = code(rec, coder, text)  # releases and arrests are the acts of the place's authorities
    assert r.cameo == "0841" and parties(r) == ({"IRN"}, {"FRA"})
    text = "Two French nationals were killed in Iran on Friday."
    assert code(rec, coder, text) == []  # a killing is no act of the authorities
    text = "Suharto resigned as president of Indonesia in May 1998."
    [r] = code(rec, coder, text)  # the office names whom he acts for
    assert r.cameo == "0831" and r.actors[0].code == "IDN"


def test_material_help_verbs_of_events_13(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = {
        "The World Food Programme distributed food to families in Yemen.": "073",
        "Ukraine handed out food parcels to civilians in Kherson.": "073",
        "The European Union deployed election observers to Kenya.": "060",
        "Japan gave the United States permission to use its airspace.": "086",
        "Islamic State fighters overran the Iraqi city of Ramadi in May 2015.": "192",
    }
    for text, cameo in cases.items():
        assert [r.cameo for r in code(rec, coder, text)] == [cameo], text


def test_who_is_held_responsible_for_violence_did_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Los Zetas was responsible for mass killings and beheadings in northern Mexico."
    got = at(code(rec, coder, text), text)
    assert got["killings"].cameo == "202" and got["beheadings"].cameo == "1823"
    assert got["killings"].actors[0].code == "MEX"
    text = "Russian troops violated the ceasefire in eastern Ukraine."
    assert all(r.cameo != "0871" for r in code(rec, coder, text))  # a truce broken is no truce declared


def test_units_arrivals_and_protests_stopped(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = {
        "Kosovo sent a military platoon to Kuwait.": "072",
        "Egyptian police broke up a demonstration in Cairo.": "175",
        "Belarusian police prevented the rally in Minsk.": "1721",
        "NATO is deploying elements of its response force to Romania.": "154",  # counted: the force
    }
    for text, cameo in cases.items():
        assert [r.cameo for r in code(rec, coder, text)] == [cameo], text
    text = "Japanese peacekeepers arrived at the airport in Juba to join the UN mission in South Sudan."
    assert at(code(rec, coder, text), text)["arrived"].cameo == "074"  # troops arriving give protection


def test_troops_leaving_stones_thrown_and_guilty_verdicts(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The last American soldiers left Afghanistan on August 30, 2021."
    [r] = code(rec, coder, text)  # troops leaving a state withdraw from it
    assert r.cameo == "0874" and parties(r) == ({"USA"}, {"AFG"})
    text = "The British foreign secretary left Afghanistan on Monday."
    assert code(rec, coder, text) == []  # an official's departure is no withdrawal
    text = "Palestinian youths threw stones at Israeli soldiers in Hebron."
    [r] = code(rec, coder, text)
    assert r.cameo == "145" and parties(r) == ({"PSE"}, {"ISR"})
    text = "A Russian court found the American journalist guilty of espionage."
    [r] = code(rec, coder, text)  # the codebook's 116: found guilty in court
    assert r.cameo == "116" and parties(r) == ({"RUS"}, {"USA"})
    text = "The Russian court found against the American company."
    assert [r.cameo for r in code(rec, coder, text)] == ["116"]  # a ruling against


def test_what_is_undone_is_named_not_done_again(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan lifted the sanctions it had imposed on India after the 1998 nuclear tests."
    got = at(code(rec, coder, text), text)
    assert got["lifted"].cameo == "085" and "imposed" not in got  # the imposing only names the sanctions
    text = "The Libyan National Army released a Turkish ship it had seized near Derna."
    assert [r.cameo for r in code(rec, coder, text)] == ["0842"]
    text = "France suspended its digital tax on US tech companies."
    [r] = code(rec, coder, text)  # a tax on another state's firms suspended: eased, as tariffs
    assert r.cameo == "085" and parties(r) == ({"FRA"}, {"USA"})


def test_troops_deploy_themselves_for_peace_or_toward_someone(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russian peacekeepers began deploying to Nagorno-Karabakh on Tuesday."
    assert [r.cameo for r in code(rec, coder, text)] == ["074"]
    text = "Russian troops deployed along the Ukrainian border."
    [r] = code(rec, coder, text)
    assert r.cameo == "154" and parties(r) == ({"RUS"}, {"UKR"})
    text = "American soldiers deployed to Poland in February."
    assert code(rec, coder, text) == []  # neither for peace nor aimed at anyone


def test_material_acts_of_events_13_probe(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = {
        "China sent medical teams to Italy.": ("073", {"CHN"}, {"ITA"}),  # help, not a visit
        "Germany evacuated its citizens from Sudan.": ("073", {"DEU"}, {"SDN"}),
        "Canada resettled 40,000 Syrian refugees.": ("075", {"CAN"}, {"SYR"}),
        "Iran executed a British-Iranian dual national.": ("1823", {"IRN"}, {"GBR"}),
        "India sent 500,000 doses of vaccine to Bangladesh.": ("073", {"IND"}, {"BGD"}),
        "Russian troops withdrew from Kherson.": ("0874", {"RUS"}, {"UKR"}),  # events-18: the territory
        # placed by the clause; the protesters are Russia's own (events-14: at home)
        "Police arrested dozens of protesters in Moscow.": ("173", {"RUS"}, {"RUS"}),
        "Somali pirates hijacked a cargo ship off Somalia.": ("181", {"SOM"}, set()),
    }
    for text, (cameo, actors, recipients) in cases.items():
        [r] = code(rec, coder, text)
        assert (r.cameo, *parties(r)) == (cameo, actors, recipients), text
    text = "Greece asked NATO to help patrol its airspace."
    [r] = code(rec, coder, text)  # the act helped with is what is asked for, not a patrol that occurred
    assert r.cameo_root == "02" and parties(r) == ({"GRC"}, {"NATO"})
    text = "Russian riot police arrested dozens of protesters in Minsk."
    assert code(rec, coder, text)[0].actors[0].code == "RUS"  # a qualified force is its qualifier's


def test_material_acts_of_events_13_second_probe(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = {
        "The IMF disbursed $3 billion to Egypt.": ("071", {"IMF"}, {"EGY"}),
        "Turkey shot down a Russian warplane near the Syrian border.": ("190", {"TUR"}, {"RUS"}),
        "Russian troops entered Ukraine on February 24.": ("192", {"RUS"}, {"UKR"}),
        "Farmers blocked roads in Belgium.": ("144", {"BEL"}, set()),  # a protest placed by the clause
        "Egypt let aid trucks cross into Gaza.": ("0863", {"EGY"}, {"PSE"}),  # (events-20: the fallback)
    }
    for text, (cameo, actors, recipients) in cases.items():
        [r] = code(rec, coder, text)
        assert (r.cameo, *parties(r)) == (cameo, actors, recipients), text
    text = "Tourists visited museums in Egypt."
    assert code(rec, coder, text) == []  # civilians are placed only when they protest


def test_nouns_that_modify_and_measures_that_act_use_no_force(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Britain's parliament rejected the EU withdrawal agreement."
    assert all(r.cameo_root != "08" for r in code(rec, coder, text))  # a kind of agreement, no withdrawal
    text = "The United States sold attack helicopters to Poland."
    assert [r.cameo for r in code(rec, coder, text)] == ["072"]  # an arms sale: a kind of helicopter, no attack
    text = "Congress passed a US law that targets Russian banks."
    assert all(r.cameo_root != "19" for r in code(rec, coder, text))  # a law acts only figuratively
    text = "Russian missiles hit Ukrainian power stations."
    assert code(rec, coder, text)[0].cameo == "190"


def test_shared_expertise_and_a_planned_resumption(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "North Korea shared missile technology with Iran."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "06" and set().union(*parties(r)) == {"PRK", "IRN"}
    text = "The Syrian army prepared to resume shelling rebel-held areas of Idlib."
    [r] = code(rec, coder, text)  # what is prepared for is planned, through "resume"
    assert r.cameo == "194" and r.status == "planned"


def test_material_acts_of_events_13_third_probe(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = {
        "Ukraine received 31 Abrams tanks from the United States.": ("072", {"USA"}, {"UKR"}),  # the giver acts
        "Syria received humanitarian aid from the United Arab Emirates.": ("073", {"ARE"}, {"SYR"}),  # events-18
        "An explosion at a mosque in Kabul killed 20 worshippers.": ("190", {"AFG"}, set()),
        # force by a crowd: a riot, at home (the gold's domestic acts: the state on both sides, events-19)
        "Protesters stormed the parliament in Colombo.": ("145", {"LKA"}, {"LKA"}),
        "Police used tear gas against protesters in Paris.": ("175", {"FRA"}, {"FRA"}),  # (events-14: at home)
        "The Iraqi government executed 21 convicted terrorists.": ("1823", {"IRQ"}, set()),
    }
    for text, (cameo, actors, recipients) in cases.items():
        [r] = code(rec, coder, text)
        assert (r.cameo, *parties(r)) == (cameo, actors, recipients), text
    text = "Ukraine received support from France."
    assert all(r.cameo_root != "07" for r in code(rec, coder, text))  # support received may be words only
    text = "Hundreds of people were arrested during protests in Iran."
    assert at(code(rec, coder, text), text)["arrested"].actors[0].code == "IRN"


def test_aid_allowed_is_humanitarian_access(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Myanmar allowed UN agencies to distribute aid in Rakhine state."
    [r] = code(rec, coder, text)  # the permission is the event; the distribution is only allowed
    assert r.cameo == "0863" and parties(r) == ({"MMR"}, {"UN"})
    text = "Ethiopia said it would allow the World Food Programme to deliver food to Tigray."
    [r] = code(rec, coder, text)  # announced: the access, planned; CAMEO's reading, the intent (events-20 review)
    assert (r.cameo, r.status) == ("0863", "planned") and parties(r) == ({"ETH"}, {"WFP"})
    as_cameo = cameo_reading(r, coder.lex)
    assert (as_cameo.cameo_root, as_cameo.status) == ("03", "occurred")
    text = "Ukraine expects Germany to send more tanks."
    [r] = code(rec, coder, text)  # planned, but announced by no one for Germany: CAMEO reads it as it is
    assert r.status == "planned" and cameo_reading(r, coder.lex) == r


def test_a_foreign_permit_withdrawn_is_a_sanction(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Britain suspended the operating permit of Belarus's state carrier, Belavia."
    [r] = code(rec, coder, text)
    assert r.cameo == "163" and parties(r) == ({"GBR"}, {"BLR"})
    text = "China revoked the accreditation of three Wall Street Journal reporters."
    [r] = code(rec, coder, text)
    assert r.cameo == "163" and parties(r) == ({"CHN"}, {"USA"})


def test_energy_air_defence_and_joint_patrols(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = {
        "Russia delivered more than one million barrels of oil to North Korea.": ("061", {"RUS"}, {"PRK"}),
        "Russia transferred air defence systems to North Korea.": ("072", {"RUS"}, {"PRK"}),
    }
    for text, (cameo, actors, recipients) in cases.items():
        [r] = code(rec, coder, text)
        assert (r.cameo, *parties(r)) == (cameo, actors, recipients), text
    text = "China and Russia conducted joint patrols in the Pacific."
    [r] = code(rec, coder, text)  # joint patrols are military cooperation, as joint drills
    assert r.cameo == "062" and r.joint


# -- events-13: verbal events (reactions, charges, requests, verbal lexicon) -------------------------


def test_the_decision_a_reaction_judges_is_no_event_of_its_own(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Poland welcomed Germany's decision to send Leopard tanks to Ukraine."
    [r] = code(rec, coder, text)  # the praise; the sending is what is praised, not reported done
    assert r.cameo == "051" and parties(r) == ({"POL"}, {"DEU"})
    text = "Russia condemned Finland's decision to join NATO."
    [r] = code(rec, coder, text)
    assert r.cameo == "111" and parties(r) == ({"RUS"}, {"FIN"})


def test_an_alleged_or_doubted_act_is_no_event(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing denied allegations by Washington that it had sent weapons to Russia."
    [r] = code(rec, coder, text)  # the denial only: the sending is the allegation's
    assert r.cameo == "016" and parties(r) == ({"CHN"}, {"USA"})
    for text in ("Hungary denied charges from Brussels on Tuesday that it had blocked aid to Ukraine.",
                 "Serbia denied accusations from Kosovo on Sunday that it had massed troops on the border."):
        [r] = code(rec, coder, text)  # (the parser hangs the charge's content on the verb, or reads it as relative)
        assert r.cameo == "016", text
    text = "Seoul blamed the sinking on a North Korean torpedo, a charge Pyongyang denied."
    assert {r.cameo_root for r in code(rec, coder, text)} == {"11", "01"}  # the charge stands
    text = "Washington said it was skeptical of Moscow's announcement that it had withdrawn troops from the border."
    assert all(r.neutral for r in code(rec, coder, text))


def test_a_requested_act_is_no_event_at_any_depth(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Poland asked NATO to help patrol its border with Belarus."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "02" and parties(r) == ({"POL"}, {"NATO"})
    text = "Activists urged Russia to withdraw its troops from Ukraine."
    assert code(rec, coder, text) == []  # the appeal has no recognised actor; the withdrawal is only asked for
    text = "Guterres issued a plea to Putin to talk to Zelensky."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "02" and parties(r) == ({"UN"}, {"RUS"})


def test_a_pledge_nouns_infinitive_is_an_intent(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan reiterated its commitment to support Ukraine."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("032", "occurred") and parties(r) == ({"JPN"}, {"UKR"})


def test_verbal_lexicon_of_events_13(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = [
        ("Israel denied entry to two US congresswomen in 2019.", "120", ({"ISR"}, {"USA"})),
        ("China refuted Japan's comments on Taiwan.", "120", ({"CHN"}, {"JPN"})),
        ("France is pushing for new sanctions on Iran.", "1312", ({"FRA"}, {"IRN"})),
        ("The European Commission launched legal action against Hungary over its asylum law.", "115",
         ({"EU"}, {"HUN"})),
        ("US President Donald Trump defended Saudi Arabia over the killing of Jamal Khashoggi.", "052",
         ({"USA"}, {"SAU"})),
        ("Biden called Putin a butcher.", "111", ({"USA"}, {"RUS"})),
        ("Vietnam is ready to contribute more to United Nations peacekeeping operations.", "033",
         ({"VNM"}, {"UN"})),
    ]
    for text, cameo, who in cases:
        [r] = code(rec, coder, text)
        assert (r.cameo, parties(r)) == (cameo, who), text


def test_calling_for_sanctions_threatens_the_target(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The European Union called for sanctions against Belarus."
    [r] = code(rec, coder, text)  # the CAMEO verb dictionary's call for sanctions: 1312
    assert (r.cameo, parties(r)) == ("1312", ({"EU"}, {"BLR"}))
    text = "Lithuania urged the EU to impose sanctions on Belarus."
    [r] = code(rec, coder, text)  # an appeal to the one asked to impose them
    assert r.cameo_root == "02" and parties(r) == ({"LTU"}, {"EU"})


def test_the_event_an_appeal_asks_for_is_no_event(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The UN called for a ceasefire between the Afghan government and the Taliban."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "02" and parties(r) == ({"UN"}, set())
    text = "Qatar pushed for a ceasefire in Gaza."  # pushing for: an appeal, as urging (here for a ceasefire)
    [r] = code(rec, coder, text)
    assert r.cameo_root == "02" and parties(r) == ({"QAT"}, set())
    text = "Britain is pushing hard for the United States to support its debt relief plan for Africa."
    [r] = code(rec, coder, text)  # a for-to clause names the one asked
    assert r.cameo_root == "02" and parties(r) == ({"GBR"}, {"USA"})


def test_calling_a_leader_is_a_phone_call(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "President Joe Biden called Chinese President Xi Jinping on Thursday."
    [r] = code(rec, coder, text)  # CAMEO's default for call: 041
    assert r.cameo == "041" and set().union(*parties(r)) == {"USA", "CHN"}
    text = "Prime Minister Narendra Modi called Ukrainian President Volodymyr Zelensky on Monday to discuss the plant."
    [r] = code(rec, coder, text)  # no appeal: the purpose is the caller's own
    assert r.cameo == "041" and set().union(*parties(r)) == {"IND", "UKR"}
    text = "Germany called on Russia to withdraw its troops."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "02" and parties(r) == ({"DEU"}, {"RUS"})


def test_a_meal_with_a_leader_is_a_meeting(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Former US President Barack Obama had lunch with French President Emmanuel Macron in Paris."
    [r] = code(rec, coder, text)
    assert r.cameo == "040" and set().union(*parties(r)) == {"USA", "FRA"}


def test_acts_joined_to_a_governed_complement_are_governed_with_it(rec: ActorRecogniser,
                                                                    coder: EventCoder) -> None:  # fmt: skip
    text = "Iran threatened to attack the US base and kill its commander."
    [r] = code(rec, coder, text)  # one threat; the killing is threatened too, not done
    assert r.cameo_root == "13" and parties(r) == ({"IRN"}, {"USA"})
    text = "Pakistan and Afghanistan agreed to share information and cooperate on the ground."
    [r] = code(rec, coder, text)  # a general commitment: the intent only
    assert r.cameo_root == "03"
    text = "Russia and China agreed to hold talks and sign a trade deal."
    got = at(code(rec, coder, text), text)  # concrete events agreed on are planned, the second too
    assert got["talks"].status == "planned" and got["sign"].status == "planned"


def test_rejecting_what_someone_would_have_done_is_a_rejection(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Germany rejected Poland's suggestion that it should pay reparations."
    [r] = code(rec, coder, text)  # a proposal rejected: 120
    assert (r.cameo, parties(r)) == ("120", ({"DEU"}, {"POL"}))
    text = "China rejected the US claim that it had hacked the servers."
    [r] = code(rec, coder, text)  # a charge denied: 016
    assert (r.cameo, parties(r)) == ("016", ({"CHN"}, {"USA"}))


def test_what_a_refusal_waits_for_is_part_of_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia will not lift the ban until Ukraine accepts the conditions."
    [r] = code(rec, coder, text)  # one refusal; the acceptance is only awaited
    assert r.cameo_root == "12" and r.status == "occurred" and parties(r)[0] == {"RUS"}


def test_a_group_nouns_apposition_names_the_group(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The militant group Hamas released two Israeli hostages."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "08" and parties(r)[0] == {"PSE"}


def test_insisting_on_a_fact_asks_nothing(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia insisted that Ukraine had attacked the bridge."
    [r] = code(rec, coder, text)  # the attack, on Russia's word; no demand
    assert r.cameo_root == "19" and r.attribution is not None
    text = "Japan demanded that China withdraw its ships."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "10" and parties(r) == ({"JPN"}, {"CHN"})
    text = "The Security Council demanded that the attacks stop."
    [r] = code(rec, coder, text)  # (a plural subjunctive, which the parser tags as present)
    assert r.cameo_root == "10"


def test_a_passive_verdicts_agent_hung_on_its_complement(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Serbia was praised for its handling of the crisis by the European Union."
    [r] = code(rec, coder, text)  # (the parser hangs "by the European Union" on "handling")
    assert (r.cameo, parties(r)) == ("051", ({"EU"}, {"SRB"}))


def test_a_failed_negotiation_is_a_rejection(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Serbia and Kosovo failed to reach a deal on license plates."
    [r] = code(rec, coder, text)  # the CAMEO verb dictionary's fail: 120, occurred, between the two
    assert (r.cameo, r.status, r.joint) == ("120", "occurred", True)
    assert set().union(*parties(r)) == {"SRB", "XKX"}


def test_the_named_members_of_an_acting_group_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Several countries, including France and Germany, condemned the coup in Niger."
    [r] = code(rec, coder, text)
    assert r.cameo == "111" and parties(r)[0] == {"FRA", "DEU"}


def test_an_alleged_act_is_a_charge_not_an_event(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Russia said it had expelled diplomats from Poland and Germany over their alleged participation in a "
            "pro-Navalny demonstration.")
    [r] = code(rec, coder, text)  # the expulsion; the demonstration is only alleged
    assert r.cameo == "161" and parties(r) == ({"RUS"}, {"POL", "DEU"})
    text = "Israel attacked a suspected Hezbollah weapons depot in Syria."
    [r] = code(rec, coder, text)  # (a suspected target: the attack is no allegation)
    assert r.cameo_root == "19"


def test_a_party_open_to_an_event_intends_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Manila said it was open to direct talks with Beijing over the shoal."
    [r] = code(rec, coder, text)  # the intent, not talks that took place
    assert (r.cameo, r.status) == ("036", "occurred") and parties(r) == ({"PHL"}, {"CHN"})
    text = "Seoul said it was open to criticism from Tokyo."  # no event Seoul intends
    assert not [r for r in code(rec, coder, text) if r.cameo_root == "03"]


# events-14: recall


def test_a_promised_act_the_lexicon_does_not_code_is_still_a_promise(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Greece pledged to carry out the reforms agreed with the euro zone in 2015."
    [r] = code(rec, coder, text)  # the promise (030), and no planned report of the reforms
    assert (r.cameo, r.status) == ("030", "occurred") and parties(r)[0] == {"GRC"}
    text = "Colombia's government is ready to implement the peace accord."
    [r] = code(rec, coder, text)
    assert r.cameo == "030" and parties(r)[0] == {"COL"}
    text = "Israel vowed to rebuild the towns near Gaza."  # a vow promises nobody anything
    assert code(rec, coder, text) == []
    text = "Greece promised that the reforms would be carried out."  # asserts; no act promised
    assert code(rec, coder, text) == []


def test_a_verdict_hung_on_a_gerund_object_is_still_a_verdict(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Seoul called the killing a barbaric act."  # the parser makes "a barbaric act" the object of "killing"
    [r] = code(rec, coder, text)
    assert r.cameo == "111" and parties(r)[0] == {"KOR"} and r.rule == "verdict/call"


def test_handshakes_and_police_pledged_to_a_mission(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Putin shook hands with Xi in Beijing."
    [r] = code(rec, coder, text)  # a symbolic act (017) between the two
    assert r.cameo == "017" and parties(r)[0] | parties(r)[1] == {"RUS", "CHN"}
    text = "Rwanda pledged 500 police officers to the United Nations mission."
    [r] = code(rec, coder, text)
    assert r.cameo == "0334" and parties(r)[0] == {"RWA"}
    text = "Chad and Benin have offered personnel for the force."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "03" and parties(r)[0] == {"TCD", "BEN"}


def test_a_known_joint_event_is_between_the_last_pair(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Armenia and Azerbaijan held talks in Moscow on Friday. The talks broke down after three hours."
    second = [r for r in code(rec, coder, text) if r.trigger_start > text.index(".")]
    got = {r.cameo: r for r in second}
    assert set(got) == {"046", "164"} and all(parties(r)[0] | parties(r)[1] == {"ARM", "AZE"} for r in second)
    text = "Armenia and Azerbaijan held talks in Moscow on Friday. Talks on trade will follow."  # not named as known
    assert [r.trigger_start for r in code(rec, coder, text)] == [text.index("talks")]


def test_hours_given_to_comply_are_an_ultimatum(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The European Union gave Belarus two weeks to free the journalist."  # "two weeks" parsed as an adverb
    [r] = code(rec, coder, text)
    assert r.cameo == "139" and parties(r) == ({"EU"}, {"BLR"})
    text = "Washington gave Kyiv two billion dollars in military aid last week."  # a time, not what is given
    assert all(r.cameo != "139" for r in code(rec, coder, text))


def test_recognition_switched_to_a_new_partner(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Nicaragua switched diplomatic recognition from Taiwan to Beijing in 2021."
    [r] = code(rec, coder, text)
    assert r.cameo == "054" and parties(r) == ({"NIC"}, {"CHN"})
    text = "Washington gave Kyiv more aid last week."
    assert all(r.cameo != "139" for r in code(rec, coder, text))


def test_the_doer_named_in_a_nouns_of_phrase(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The dispute followed the arrest of a Japanese businessman by China."  # "by China" hung on "businessman"
    [r] = code(rec, coder, text)
    assert r.cameo == "173" and parties(r) == ({"CHN"}, {"JPN"})
    text = "Moscow reacted angrily to the deployment of US missiles in Germany."  # the forces are the doer's own
    [r] = code(rec, coder, text)
    assert r.cameo == "154" and parties(r)[0] == {"USA"}


def test_idioms_of_endorsement_pressure_hosting_and_ending(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "France threw its weight behind Ukraine's bid to join the EU."
    assert [(r.cameo, parties(r)) for r in code(rec, coder, text)] == [("051", ({"FRA"}, {"UKR"}))]
    text = "Washington put pressure on Seoul to cut chip exports."
    [r] = code(rec, coder, text)  # the pressure is the event, not a cut by Washington
    assert r.cameo == "100" and parties(r) == ({"USA"}, {"KOR"})
    text = "Qatar played host to the Taliban and US negotiators."
    [r] = code(rec, coder, text)
    assert r.cameo == "043" and "QAT" in parties(r)[0] and "USA" in parties(r)[1]
    text = "Russia pulled the plug on the grain deal with Ukraine."
    [r] = code(rec, coder, text)  # a deal ended by one party: 127 (gold D8, events-17)
    assert r.cameo == "127" and parties(r) == ({"RUS"}, {"UKR"})
    text = "Washington pulled the plug on military aid to Kyiv."
    [r] = code(rec, coder, text)
    assert r.cameo == "160" and parties(r)[0] == {"USA"}
    text = "Germany gave the green light to Poland's request."
    r = at(code(rec, coder, text), text)["gave"]
    assert r.cameo == "051" and parties(r) == ({"DEU"}, {"POL"})


def test_the_three_are_the_parties_of_the_last_joint_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("The leaders of Brazil, India and South Africa met in New York on Monday. "
            "The three agreed to hold a summit every year.")
    got = [r for r in code(rec, coder, text) if r.trigger_start > text.index(".")]
    assert got and all(parties(r)[0] | parties(r)[1] == {"BRA", "IND", "ZAF"} for r in got)
    text = "The leaders of Brazil and India met in New York on Monday. The three agreed to hold a summit every year."
    assert not [r for r in code(rec, coder, text) if r.trigger_start > text.index(".")]  # not two


def test_each_act_joined_to_a_governed_complement(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "India and France agreed to hold talks every year and to conduct joint naval exercises."
    got = at(code(rec, coder, text), text)
    assert (got["agreed"].cameo, got["conduct"].cameo) == ("036", "0312")  # two intents
    assert (got["exercises"].cameo, got["exercises"].status) == ("062", "planned")  # the exercises agreed
    text = "Japan pledged to send aid to Turkey and to cooperate with Ankara on reconstruction."
    got = at(code(rec, coder, text), text)
    assert (got["pledged"].cameo, got["cooperate"].cameo) == ("033", "031")
    assert parties(got["cooperate"]) == ({"JPN"}, {"TUR"})
    text = "North Korea threatened to attack the base and to kill the general."  # one cell: one threat
    assert len(code(rec, coder, text)) == 1


def test_a_commitment_stated_and_one_denied(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Biden reiterated America's commitment to NATO."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("030", "occurred") and parties(r) == ({"USA"}, {"NATO"})
    text = "Iran has made no commitment to halt uranium enrichment."  # the light verb's "no" denies it
    [r] = code(rec, coder, text)
    assert r.status == "negated" and parties(r)[0] == {"IRN"}


def test_shuttling_between_two_sides_is_mediation(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Egyptian officials shuttled between Israel and Hamas."
    [r] = code(rec, coder, text)
    assert r.cameo == "045" and parties(r)[0] == {"EGY"} and {"ISR"} <= parties(r)[1]
    text = "Israel and Hamas fought a war in Gaza in 2014. Egyptian officials shuttled between the two sides."
    r = at(code(rec, coder, text), text)["shuttled"]  # the two sides: the pair of the last joint act
    assert parties(r) == ({"EGY"}, {"ISR", "PSE"})


def test_a_cabinet_approving_an_agreement_agrees_to_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan's cabinet approved the defence agreement with Australia."  # a cabinet acts for its state
    [r] = code(rec, coder, text)
    assert r.cameo == "030" and parties(r) == ({"JPN"}, {"AUS"})


def test_leaders_convened_are_met(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Erdogan convened the foreign ministers of Russia and Ukraine in Antalya."
    [r] = code(rec, coder, text)
    assert r.cameo == "040" and parties(r) == ({"TUR"}, {"RUS", "UKR"})


# events-14: parties (who did it to whom) ---------------------------------------------------------


def test_the_doers_own_party_on_the_object_lets_the_search_go_on(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chavez closed Venezuela's embassy in Bogota in 2008."
    [r] = code(rec, coder, text)  # the embassy is the doer's own: the place it stood in is the one aimed at
    assert (r.cameo, parties(r)) == ("161", ({"VEN"}, {"COL"}))


def test_coercion_of_a_states_own_people_is_aimed_at_that_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Iranian police arrested dozens of protesters in Tehran in September 2022."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("173", ({"IRN"}, {"IRN"})) and r.recipients[0].text == "dozens of protesters"
    assert r.recipients[0].sector == "CVL"  # (the gold's convention: the state on both sides, sectors apart)
    text = "Police in Minsk opened fire on protesters in August 2020."
    [r] = code(rec, coder, text)
    assert r.cameo == "175" and parties(r) == ({"BLR"}, {"BLR"})  # (force at protesters: violent repression)
    text = "Russia detained three Ukrainian sailors near the Kerch Strait."
    [r] = code(rec, coder, text)  # (people of another party: aimed at them)
    assert parties(r) == ({"RUS"}, {"UKR"})
    text = "Russian missiles killed dozens of civilians in March."
    [r] = code(rec, coder, text)  # (force at unnamed civilians is mostly a war abroad: no guess)
    assert parties(r) == ({"RUS"}, set())


def test_a_deplored_act_is_the_last_hostile_one_aimed_at_the_judge(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Algeria accused Morocco of hostile acts. Israel's foreign minister visited Morocco. "
            "Rabat rejected the decision.")
    r = at(code(rec, coder, text), text)["rejected"]  # not the friendly visit Morocco received last
    assert parties(r) == ({"MAR"}, {"DZA"})


def test_they_after_a_meeting_of_three_are_the_three(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Biden, Kishida and Yoon met at Camp David in August 2023 to discuss North Korean missile launches. "
            "They pledged to consult one another in a crisis.")
    r = at(code(rec, coder, text), text)["pledged"]  # not North Korea, the last state named
    assert r.cameo == "036" and r.joint and parties(r)[0] == {"USA", "JPN", "KOR"}


def test_force_named_by_a_noun_is_aimed_at_the_territory_it_hits(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The French government condemned an attack by Russian soldiers in eastern Ukraine on Thursday."
    r = at(code(rec, coder, text), text)["attack"]  # not France, the judge, from context
    assert (r.cameo_root, parties(r)) == ("19", ({"RUS"}, {"UKR"}))


def test_a_verdict_on_a_message_is_on_whoever_sent_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Seoul welcomed the statement from Beijing."
    [r] = code(rec, coder, text)  # (the parser hangs "from Beijing" on the verb)
    assert (r.cameo, parties(r)) == ("051", ({"KOR"}, {"CHN"}))
    text = "Japan praised the assurances issued by Washington."
    [r] = code(rec, coder, text)  # the agent of a participle on the object
    assert parties(r) == ({"JPN"}, {"USA"})


def test_a_region_stands_for_its_state_and_a_relative_object_for_its_antecedent(rec: ActorRecogniser,
                                                                                coder: EventCoder) -> None:  # fmt: skip
    text = "The bridge leads to Crimea, which Moscow annexed in 2014."
    r = at(code(rec, coder, text), text)["annexed"]  # "which" is Crimea, a region of Ukraine
    assert (r.cameo, parties(r)) == ("192", ({"RUS"}, {"UKR"}))
    text = "Russia seized three navy boats off Crimea in 2018."
    [r] = code(rec, coder, text)
    assert parties(r) == ({"RUS"}, {"UKR"})
    text = "Kim Jong Un travelled to Vladivostok, which Putin had visited in 2019."
    r = at(code(rec, coder, text), text)["travelled"]  # (a city of Russia: the visit is to Russia)
    assert parties(r) == ({"PRK"}, {"RUS"})



def test_it_in_a_relative_clause_on_the_object_is_the_verbs_subject(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Hamas handed the soldier to Egypt, while Israel freed 477 Palestinian prisoners, the first of 1,027 it "
            "has agreed to release.")
    r = at(code(rec, coder, text), text)["agreed"]  # not the Palestinians named last
    assert parties(r)[0] == {"ISR"}
    text = "China criticised the United States over sanctions it imposed on Huawei."
    r = at(code(rec, coder, text), text)["imposed"]  # (a topic's clause: "it" is not the critic)
    assert parties(r)[0] == {"USA"}


def test_a_named_holder_beats_a_title_read_from_context(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Kenya's President William Ruto sent police to Haiti in 2024. "
            "The most powerful gang leader, Jimmy Cherizier, threatened to fight them.")
    r = at(code(rec, coder, text), text)["threatened"]  # the title alone would be Kenya's, from the context
    assert parties(r)[0] == {"HTI"}
    text = "Iran fired missiles at US bases. Iraq's caretaker prime minister, Adel Abdul-Mahdi, condemned the strikes."
    r = at(code(rec, coder, text), text)["condemned"]  # ("caretaker" between the state and its title)
    assert parties(r) == ({"IRQ"}, {"IRN"})


def test_the_people_of_a_place_stand_for_its_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Canada signed a bill that supports the people of Tibet."
    r = at(code(rec, coder, text), text)["signed"]  # a place is no party, its people are
    assert parties(r) == ({"CAN"}, {"CHN"})


def test_talks_mediated_inside_a_clause_are_between_its_subjects(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Ethiopia and Eritrea signed a peace agreement in 2018 after months of talks mediated by the United Arab "
            "Emirates.")
    r = at(code(rec, coder, text), text)["mediated"]
    assert (r.cameo, parties(r)) == ("045", ({"ARE"}, {"ETH", "ERI"}))


def test_a_verdict_on_an_accord_is_on_its_signatories(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Israel and the UAE signed an agreement in Washington. The UN chief praised Egypt. "
            "Jordan welcomed the accord.")
    r = at(code(rec, coder, text), text)["welcomed"]  # not the UN chief, who acted last
    assert parties(r) == ({"JOR"}, {"ISR", "ARE"})


def test_a_states_own_rebels_are_its_other_side_at_home(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Ethiopian Prime Minister Abiy Ahmed accused the Tigray People's Liberation Front of attacking an army "
            "base in 2020.")
    [r] = code(rec, coder, text)  # the gold's domestic convention: the state on both sides, sectors apart
    assert parties(r) == ({"ETH"}, {"ETH"}) and r.recipients[0].sector == "REB"
    text = "Hamas fighters attacked Israeli towns."
    [r] = code(rec, coder, text)  # (rebels acting are no state side: aimed abroad as before)
    assert parties(r) == ({"PSE"}, {"ISR"})

# events-14: codes of found events


def test_a_threat_of_retaliation_or_war_is_a_threat_of_force(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Iran's supreme leader warned that any attack on Iranian soil would be met with crushing retaliation."
    [r] = code(rec, coder, text)
    assert r.cameo == "138" and parties(r)[0] == {"IRN"}  # (the attack named is the other side's)
    text = "Pakistan vowed revenge against India."
    [r] = code(rec, coder, text)
    assert r.cameo == "138" and parties(r) == ({"PAK"}, {"IND"})
    text = "North Korea threatened an attack on the United States."
    [r] = code(rec, coder, text)
    assert r.cameo == "138" and parties(r) == ({"PRK"}, {"USA"})
    text = "Venezuela warned that a raid on its soil would be a cause for war."
    [r] = code(rec, coder, text)
    assert r.cameo == "138"
    for text in ("China warned that Washington would bear the consequences.",  # unspecified
                 "Poland warned that the war in Ukraine would hurt growth in Europe.",  # the war going on
                 "The European Union warned of a trade war with the United States.",  # figurative war
                 "Ukraine warned Russia against an invasion."):  # a warning against the other's act
        assert [r.cameo for r in code(rec, coder, text)] == ["130"], text


def test_a_charge_of_hostilities_is_one_of_aggression(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Armenia accused Azerbaijan of shelling villages in Nagorno-Karabakh."
    [r] = code(rec, coder, text)
    assert r.cameo == "1123" and parties(r) == ({"ARM"}, {"AZE"})
    text = "Moscow blamed the drone attack on Kyiv."
    [r] = code(rec, coder, text)  # blame: the object is the act, "on" names the culprit
    assert r.cameo == "1123" and parties(r) == ({"RUS"}, {"UKR"})
    text = "Washington accused Beijing of stealing trade secrets."
    [r] = code(rec, coder, text)
    assert r.cameo == "112"


def test_a_military_strike_is_from_the_air_unless_on_the_ground(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russian forces struck the city of Kharkiv overnight."
    [r] = code(rec, coder, text)
    assert r.cameo == "195" and parties(r)[0] == {"RUS"}
    text = "Israel carried out strikes on Hezbollah positions in Lebanon."
    [r] = code(rec, coder, text)
    assert r.cameo == "195" and parties(r) == ({"ISR"}, {"LBN"})
    text = "Turkish troops carried out ground strikes on Kurdish militants in Syria."
    [r] = code(rec, coder, text)  # ("air and ground strikes" too: the coordinated modifier counts)
    assert r.cameo == "190"


def test_troops_sent_to_a_border_or_to_no_partner_are_deployed(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Belarus sent hundreds of soldiers to its frontier with Ukraine."
    [r] = code(rec, coder, text)
    assert r.cameo == "154" and parties(r) == ({"BLR"}, {"UKR"})
    text = "Russia sent troops to Kazakhstan at the request of its government."
    got = at(code(rec, coder, text), text)
    assert got["sent"].cameo == "072" and parties(got["sent"]) == ({"RUS"}, {"KAZ"})  # to a partner: aid


def test_an_acts_cause_is_not_negated_by_the_verb_it_explains(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The talks were suspended over the shelling of Donetsk by Ukraine."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("194", "occurred")
    text = "Israel halted the offensive in Gaza."
    [r] = code(rec, coder, text)  # (what the negation verb governs is still what it undoes)
    assert r.cameo == "087"


def test_force_forsworn_is_an_intent_to_de_escalate(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Pakistan said it will not attack India."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("0356", "occurred") and parties(r) == ({"PAK"}, {"IND"})
    text = "Russian troops did not attack Kyiv."
    [r] = code(rec, coder, text)  # no promise: an attack that did not happen
    assert (r.cameo, r.status) == ("190", "negated")


def test_saying_a_party_is_responsible_is_a_charge_or_a_claim(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = '"Russia is solely responsible for the collapse of the treaty," the US secretary of state said.'
    [r] = code(rec, coder, text)
    assert r.cameo == "112" and parties(r) == ({"USA"}, {"RUS"})
    text = "The Taliban said they were responsible for the bombing."
    [r] = code(rec, coder, text)  # one's own side: responsibility claimed
    assert r.cameo == "015" and parties(r)[0] == {"AFG"}
    text = "Germany said Russia was not responsible for the delays."
    [r] = code(rec, coder, text)
    assert r.cameo == "010"


def test_force_against_protesters_is_violent_repression(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Police in Nairobi opened fire on protesters outside parliament."
    [r] = code(rec, coder, text)
    assert r.cameo == "175" and parties(r)[0] == {"KEN"}
    text = "Israeli troops opened fire on Hamas militants in Gaza."
    [r] = code(rec, coder, text)  # fighters are no dissent
    assert r.cameo == "193"


def test_fighting_an_affliction_is_no_act_of_force(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan donated medical supplies to Vietnam to fight the COVID-19 pandemic."
    [r] = code(rec, coder, text)
    assert r.cameo == "070"
    text = "Germany pledged funds to fight climate change in Africa."
    assert all(r.cameo_root not in ("13", "19") for r in code(rec, coder, text))  # no threat of force either
    text = "Ukrainian forces fought Russian troops near Bakhmut."
    [r] = code(rec, coder, text)
    assert r.cameo == "190" and parties(r) == ({"UKR"}, {"RUS"})


def test_mobilising_needs_forces(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Saudi Arabia has mobilized pressure groups in the United States to support its position."
    assert all(r.cameo_root != "15" for r in code(rec, coder, text))
    text = "Russia mobilized 300,000 men to fight in Ukraine."
    assert [r.cameo for r in code(rec, coder, text)] == ["154"]
    text = "The Venezuelan army mobilized along the border with Colombia."
    [r] = code(rec, coder, text)
    assert r.cameo == "154"


def test_ones_own_act_justified_is_defended(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Israel struck Hamas positions in Gaza overnight. "
            "Israel called the strikes a legitimate response to rocket fire.")
    got = at(code(rec, coder, text), text)
    assert got["called"].cameo == "052" and parties(got["called"])[0] == {"ISR"}
    text = "Pakistan said it had acted in self-defence."
    [r] = code(rec, coder, text)
    assert r.cameo == "052" and parties(r)[0] == {"PAK"}
    text = "Ukraine called the attack cowardly retaliation."
    [r] = code(rec, coder, text)  # another's act: a hostile verdict
    assert r.cameo == "111"
    text = "Hezbollah fired rockets at Israeli positions, saying it acted in solidarity with the Palestinians."
    got = at(code(rec, coder, text), text)
    assert got["saying"].cameo == "010"  # whom it sided with is no ground it gives
    text = "Pakistan said India had acted in bad faith."
    [r] = code(rec, coder, text)
    assert r.cameo_root != "05"


def test_the_condition_of_an_ultimatum_is_part_of_the_threat(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Turkey issued an ultimatum to Syria, a warning of military action if Damascus does not withdraw "
            "its forces from Idlib.")
    [r] = code(rec, coder, text)  # no negated withdrawal of its own
    assert r.cameo == "139" and parties(r) == ({"TUR"}, {"SYR"})


def test_consultations_by_phone_and_a_bodys_discussion(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "German Chancellor Olaf Scholz discussed the war with Ukrainian President Volodymyr Zelensky by telephone."
    [r] = code(rec, coder, text)
    assert r.cameo == "041" and parties(r) == ({"DEU"}, {"UKR"})
    text = "Modi held talks with Putin over the phone."
    [r] = code(rec, coder, text)
    assert r.cameo == "041"
    text = "The UN Security Council will discuss the missile launch on Friday."
    [r] = code(rec, coder, text)  # a body meets on a matter: no counterpart to negotiate with
    assert (r.cameo, r.status) == ("040", "planned")
    text = "Japan and South Korea discussed trade in Tokyo."
    [r] = code(rec, coder, text)
    assert r.cameo == "046"


def test_an_invasion_is_an_act_of_war(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Iraq invaded Kuwait in August 1990."
    [r] = code(rec, coder, text)
    assert r.cameo == "190" and parties(r) == ({"IRQ"}, {"KWT"})
    text = "Russia annexed Crimea in 2014."
    [r] = code(rec, coder, text)  # taking territory stays 192
    assert r.cameo == "192"


def test_a_border_closed_is_an_administrative_measure(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Venezuela closed its border with Colombia on Friday."
    [r] = code(rec, coder, text)
    assert r.cameo == "172" and parties(r) == ({"VEN"}, {"COL"})
    text = "Peru closed the border crossings with Chile."
    [r] = code(rec, coder, text)  # (a crossing: 160, as the CAMEO 2.0 dictionary)
    assert r.cameo == "160"


def test_aid_announced_is_aid_given(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The United States announced a new package of weapons for Ukraine."
    [r] = code(rec, coder, text)  # as announced sanctions are imposed
    assert (r.cameo, r.status) == ("072", "occurred") and parties(r) == ({"USA"}, {"UKR"})
    text = "Germany will announce aid for Pakistan next week."
    [r] = code(rec, coder, text)  # still to come: the aid, planned (events-20)
    assert (r.cameo, r.status) == ("070", "planned")


def test_an_appeals_misattached_complement_is_still_asked_for(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Foreign ministers of ASEAN issued a statement urging North Korea to comply with UN resolutions."
    [r] = code(rec, coder, text)  # the parser hangs "to comply" on "issued": no compliance of ASEAN's
    assert r.cameo_root == "02" and parties(r) == ({"ASEAN"}, {"PRK"})


# events-14: the lead's


def test_an_official_landing_visits_and_a_weapon_landing_does_not(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "US House Speaker Nancy Pelosi landed in Taipei late on Tuesday."
    [r] = code(rec, coder, text)
    assert (r.cameo, parties(r)) == ("042", ({"USA"}, {"TWN"}))
    assert not code(rec, coder, "A North Korean missile landed in Japan's exclusive economic zone on Monday.")
    assert not code(rec, coder, "Two Russian rockets landed in Poland on Tuesday.")


# events-15: an armed group named before


def test_the_rebels_are_the_armed_group_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Colombia's government signed a peace accord with the FARC in Cartagena. "
            "President Juan Manuel Santos welcomed the rebels into democratic life.")
    welcomed = at(code(rec, coder, text), text)["welcomed"]
    # a government and its own rebels are two sides: X -> X, the sectors apart (the gold's convention)
    assert parties(welcomed) == ({"COL"}, {"COL"}) and [a.sector for a in welcomed.recipients] == ["REB"]
    text = ("Colombia signed an accord with the FARC in Havana. "
            "The government will hold talks with the rebel commanders next month.")
    talks = at(code(rec, coder, text), text)["talks"]
    assert talks.status == "planned" and [(a.code, a.sector) for a in talks.recipients] == [("COL", "REB")]


def test_unnamed_rebels_without_an_armed_group_before_stay_unnamed(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Thailand's prime minister said the government would hold talks with the rebels."
    talks = at(code(rec, coder, text), text)["talks"]
    assert not talks.recipients  # no armed group named before: no guess
    text = ("Colombia signed an accord with the FARC in Havana. "
            "President Juan Manuel Santos later met rebels in Syria.")  # placed elsewhere: not the FARC
    assert not at(code(rec, coder, text), text)["met"].recipients


# events-15: court rulings


def test_a_court_ruling_a_violation_is_a_verdict_against_the_violator(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The International Court of Justice ruled in 2007 that Serbia had violated its duty to prevent genocide."
    [r] = code(rec, coder, text)  # the violation found is the ruling's content, not a 12x of its own
    assert r.cameo == "116" and parties(r) == ({"ICJ"}, {"SRB"}) and r.rule.startswith("verdict/rule")
    text = "South Korea's Constitutional Court ruled the martial law decree unconstitutional."
    [r] = code(rec, coder, text)  # a constitution is the state's own: X → X, as acts at home
    assert r.cameo == "116" and parties(r) == ({"KOR"}, {"KOR"})


def test_only_a_court_rules_in_law(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing ruled out talks and said Taipei had violated the consensus."
    assert not [r for r in code(rec, coder, text) if r.cameo == "116"]


# events-15: owning and disowning an attack


def test_confirming_claiming_or_denying_an_attack(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Kyiv did not confirm the drone attack on Moscow."
    [r] = code(rec, coder, text)  # 015, negated, aimed at the one the attack hit
    assert (r.cameo, r.status) == ("015", "negated") and parties(r) == ({"UKR"}, {"RUS"})
    text = "Ukraine has neither confirmed nor denied the explosion on the Kerch bridge."
    got = at(code(rec, coder, text), text)  # both verbs denied; the first shares the second's object
    assert (got["confirmed"].cameo, got["confirmed"].status) == ("015", "negated")
    assert (got["denied"].cameo, got["denied"].status) == ("016", "negated")


def test_a_denied_claim_takes_no_recipient_from_context(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russian forces shelled Kharkiv on Monday. The Kremlin denied that the army had targeted civilians."
    got = at(code(rec, coder, text), text)  # a that-clause denied: no attack owned or disowned by name
    assert not got["denied"].recipients


# events-15: backing a state's statehood; applying for membership


def test_reaffirming_a_states_integrity_backs_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan reaffirmed Ukraine's territorial integrity."
    [r] = code(rec, coder, text)
    assert r.cameo == "051" and parties(r) == ({"JPN"}, {"UKR"})


def test_applying_for_membership_asks_for_ties(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Ukraine applied for EU membership in February 2022."
    [r] = code(rec, coder, text)
    assert r.cameo == "021" and parties(r) == ({"UKR"}, {"EU"})
    text = "Sweden applied for membership of NATO in May 2022."
    [r] = code(rec, coder, text)
    assert r.cameo == "021" and parties(r) == ({"SWE"}, {"NATO"})


# events-15: crowds and gangs


def test_a_civilian_crowds_force_is_a_riot(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Iranian students stormed the US embassy in Tehran in 1979."
    [r] = code(rec, coder, text)  # students, like protesters, riot (145): no armed assault
    assert r.cameo == "145" and parties(r) == ({"IRN"}, {"USA"})
    text = "Supporters of the Sadrist movement stormed the parliament building in Baghdad in 2022."
    [r] = code(rec, coder, text)  # an unnamed crowd acts for where it is
    assert r.cameo == "145" and parties(r)[0] == {"IRQ"}
    text = "Russian troops stormed the city of Mariupol."
    [r] = code(rec, coder, text)  # soldiers storming assault
    assert r.cameo == "190"


def test_gangs_are_armed_groups(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Armed gangs attacked two police stations in Port-au-Prince in March 2024."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "19" and parties(r)[0] == {"HTI"}
    assert r.actors[0].sector == "REB"


# events-15: a visit to a place named before


def test_a_visit_to_the_city_goes_to_the_place_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Indian Prime Minister Narendra Modi arrived in Kyiv in August 2024. Modi then visited the memorial to " \
           "children killed in the war."  # fmt: skip
    got = [r for r in code(rec, coder, text) if r.trigger_start > text.index("Modi then")]
    assert [(r.cameo, parties(r)) for r in got] == [("042", ({"IND"}, {"UKR"}))]
    text = "Biden visited a city in the north."
    [r] = code(rec, coder, text)  # no place known before: no recipient guessed
    assert r.cameo == "042" and not r.recipients
    text = "Japanese Prime Minister Fumio Kishida flew to Seoul in May 2023. Japanese Foreign Minister Yoshimasa " \
           "Hayashi visited the city in July."  # fmt: skip
    visit = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == "visited"]
    assert [parties(r) for r in visit] == [({"JPN"}, {"KOR"})]


def test_force_on_the_city_of_a_place_is_aimed_at_its_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russian drones hit the city of Kharkiv in May 2024."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "19" and parties(r) == ({"RUS"}, {"UKR"})
    text = "Russian forces shelled the town of Bakhmut for months."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "19" and parties(r) == ({"RUS"}, {"UKR"})
    text = "Pope Francis visited the city of Mosul in 2021."
    [r] = code(rec, coder, text)  # the place the noun names, not one named before
    assert r.cameo == "042" and parties(r) == ({"VAT"}, {"IRQ"})


def test_force_on_the_peninsula_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russian troops entered Crimea in February 2014. Putin annexed the peninsula in March."
    got = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == "annexed"]
    assert [(r.cameo_root, parties(r)) for r in got] == [("19", ({"RUS"}, {"UKR"}))]


# events-15: an organisation's document or allies named alone


def test_an_organisations_document_and_allies_act_for_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The UN General Assembly adopted a resolution on Ukraine in March 2022. The text demanded that Russia " \
           "withdraw its troops."  # fmt: skip
    got = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == "demanded"]
    assert [(r.cameo_root, parties(r)) for r in got] == [("10", ({"UNGA"}, {"RUS"}))]
    text = "NATO leaders met in Washington in July 2024. The 32 allies pledged 40 billion euros in military aid to " \
           "Ukraine."  # fmt: skip
    got = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == "pledged"]
    assert [(r.cameo_root, parties(r)) for r in got] == [("03", ({"NATO"}, {"UKR"}))]
    text = "China issued a statement on Monday. The statement condemned Japan."
    assert not [r for r in code(rec, coder, text) if r.cameo_root == "11"]  # no organisation: no guess


# events-15: troops ordered or rushed to a place


def test_troops_ordered_or_rushed_to_a_border_are_deployed(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "India rushed troops to the Ladakh frontier with China in 2020."
    [r] = code(rec, coder, text)
    assert r.cameo == "154" and parties(r) == ({"IND"}, {"CHN"})
    text = "Venezuela ordered ten battalions to the border with Colombia in March 2008."
    [r] = code(rec, coder, text)
    assert r.cameo == "154" and parties(r) == ({"VEN"}, {"COL"})
    text = "Putin ordered troops to leave the region."
    assert not [r for r in code(rec, coder, text) if r.cameo == "154"]  # an order to act, no deployment


# events-15: a place that opens the sentence


def test_a_fronted_place_places_an_unnamed_group(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "In Beijing, a foreign ministry spokesman condemned the arms sale to Taiwan."
    got = [r for r in code(rec, coder, text) if r.cameo_root == "11"]
    assert [parties(r)[0] for r in got] == [{"CHN"}]
    text = "In Paris, protesters marched against the pension reform in 2023."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "14" and parties(r)[0] == {"FRA"}
    text = "In Moscow, the foreign ministry said the treaty was dead, and a deputy minister urged Washington to " \
           "return to talks."  # fmt: skip
    got = [r for r in code(rec, coder, text) if r.cameo_root == "02"]  # (a clause inside the one it opens)
    assert [parties(r) for r in got] == [({"RUS"}, {"USA"})]


def test_a_fronted_time_places_no_one(rec: ActorRecogniser, coder: EventCoder) -> None:
    assert not code(rec, coder, "In 2019, protesters marched against the reform.")


# events-15: the lead's


def test_burning_a_flag_is_a_demonstration_not_destruction(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Protesters burned flags outside the Japanese embassy in Nairobi on Friday."
    [r] = code(rec, coder, text)
    assert r.cameo == "141" and parties(r) == ({"KEN"}, {"JPN"})
    text = "Rioters burned cars and shops in Paris on Saturday."
    [r] = code(rec, coder, text)
    assert r.cameo == "1712"


# events-16: a gazetteer of cities and provinces


def test_a_city_or_province_stands_for_its_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Indian Prime Minister Narendra Modi travelled to Kazan for the summit."
    r = at(code(rec, coder, text), text)["travelled"]
    assert r.cameo == "042" and parties(r) == ({"IND"}, {"RUS"})
    text = "Ukrainian drones struck an oil refinery in Volgograd."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "19" and parties(r) == ({"UKR"}, {"RUS"})
    text = "Chinese President Xi Jinping flew to San Francisco on Tuesday."
    [r] = code(rec, coder, text)
    assert parties(r) == ({"CHN"}, {"USA"})


def test_a_gazetteer_place_is_never_an_actor(rec: ActorRecogniser) -> None:
    text = "Sochi hosted the talks, and officials in Gaziantep counted the dead."
    mentions = rec.recognise(text, "d", PUBLISHED.value, places=True)
    assert {(m.text, m.code, m.kind) for m in mentions} == {("Sochi", "RUS", "place"), ("Gaziantep", "TUR", "place")}
    assert not rec.recognise(text, "d", PUBLISHED.value)  # (without places: nothing)


# events-16: diplomats sent away, and "both countries"


def test_diplomats_ordered_out_or_ordered_to_leave(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Moscow ordered two Estonian diplomats to leave the country within a week."
    [r] = code(rec, coder, text)
    assert r.cameo == "161" and parties(r) == ({"RUS"}, {"EST"})


def test_both_countries_are_the_two_states_coordinated_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Washington expelled the ambassadors of Bolivia and Venezuela after both countries ordered out "
            "the American envoys.")
    r = at(code(rec, coder, text), text)["ordered"]
    assert r.cameo == "161" and parties(r) == ({"BOL", "VEN"}, {"USA"})


# events-16: measures at home by their nature


def test_a_ban_on_a_party_or_a_crackdown_is_at_home(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Pakistan's government banned the opposition party."
    [r] = code(rec, coder, text)
    assert r.cameo == "1722" and parties(r) == ({"PAK"}, {"PAK"}) and r.rule.endswith("+at-home")
    text = "Myanmar's military launched a crackdown in the delta."
    [r] = code(rec, coder, text)
    assert r.cameo == "175" and parties(r) == ({"MMR"}, {"MMR"})
    text = "China banned the Taiwanese group."
    [r] = code(rec, coder, text)  # (another party named: aimed at it)
    assert parties(r) == ({"CHN"}, {"TWN"})


def test_martial_law_is_at_home_where_placed_in_the_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Pakistani government declared a state of emergency in Balochistan."
    [r] = code(rec, coder, text)
    assert r.cameo == "1724" and parties(r) == ({"PAK"}, {"PAK"})
    text = "Peru's government imposed a curfew in the southern province of Puno."
    [r] = code(rec, coder, text)
    assert r.cameo == "1723" and parties(r) == ({"PER"}, {"PER"})
    text = "Ukraine's president imposed martial law across the country."
    [r] = code(rec, coder, text)  # (nationwide, as in a war: no recipient guessed)
    assert r.cameo == "1724" and parties(r) == ({"UKR"}, set())
    text = "The Israeli army imposed a curfew in the West Bank."
    [r] = code(rec, coder, text)  # ("the West Bank" is no "the West")
    assert parties(r) == ({"ISR"}, {"PSE"})


# events-16: a second verb after a reported clause


def test_a_past_verb_after_a_progressive_clause_is_the_speakers(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Biden told Zelensky that Ukraine was defending the whole of Europe and pledged continued support."
    [r] = code(rec, coder, text)  # ("was … and pledged": a past verb cannot share the progressive's "was")
    assert r.cameo == "032" and parties(r)[0] == {"USA"}
    text = "Lula said Brazil wanted peace and offered to mediate between Russia and Ukraine."
    r = at(code(rec, coder, text), text)["offered"]  # (two past verbs: the reported clause's own)
    assert parties(r) == ({"BRA"}, {"RUS", "UKR"})


# events-16: what a statement's reported clause judges


def test_a_reported_clause_that_judges_another_party_is_a_verdict(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Germany said Russia had crossed a red line in Ukraine."
    [r] = code(rec, coder, text)  # a hostile idiom, not only a copula's complement
    assert r.cameo == "111" and parties(r) == ({"DEU"}, {"RUS"}) and r.rule.endswith("+verdict")
    text = "Beijing said Washington was spreading malicious disinformation about Xinjiang."
    [r] = code(rec, coder, text)
    assert r.cameo == "111" and parties(r) == ({"CHN"}, {"USA"})
    text = "Poland said Ukraine deserved the support of every democracy."
    [r] = code(rec, coder, text)  # a warm verdict: praise
    assert r.cameo == "051" and parties(r) == ({"POL"}, {"UKR"}) and r.rule.endswith("+praise")


def test_a_verdict_is_read_beside_the_speakers_next_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China's foreign ministry said NATO was spreading belligerent rhetoric and urged restraint."
    got = [r for r in code(rec, coder, text) if r.cameo == "111"]
    assert [parties(r) for r in got] == [({"CHN"}, {"NATO"})]


def test_a_verdict_on_the_subject_goes_to_whoever_did_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia annexed Crimea in March 2014. Ukraine said the annexation sent the wrong signal to the world."
    r = at(code(rec, coder, text), text)["said"]
    assert r.cameo == "111" and parties(r) == ({"UKR"}, {"RUS"})


def test_what_is_no_verdict_stays_a_statement(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan said talks with South Korea would resume on Monday."
    assert [r.cameo for r in code(rec, coder, text)] == ["046"]  # a plain report of a planned event
    text = "South Korea said the ferry had been raised from the seabed in good condition."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]
    text = "Seoul said the talks were constructive."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]  # praise of no one named
    text = "Putin said the Chinese partnership was important and valuable."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]  # relations described, no one praised
    text = "China said China's response would be a grave warning."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]  # its own side
    text = "Germany said Russia had not crossed a red line."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]  # negated: no verdict read here


# events-16: answering in kind announced or forsworn


def test_announcing_an_answer_in_kind_is_a_threat(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The Kremlin said Russia would respond."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("130", "occurred") and parties(r)[0] == {"RUS"}
    text = "Iran said it would retaliate against Israel."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("130", "occurred") and parties(r) == ({"IRN"}, {"ISR"})
    text = "Iran said it would respond to the letter next week."
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]  # an answer to no hostile act


def test_an_answer_forsworn_is_an_intent_to_de_escalate(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel struck Iran in April. Iranian officials said they had no plans to retaliate."
    r = at(code(rec, coder, text), text)["retaliate"]
    assert (r.cameo, r.status) == ("0356", "occurred") and parties(r) == ({"IRN"}, {"ISR"})


def test_an_intention_denied_is_a_will_not(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China has no intention of attacking Taiwan."
    [r] = code(rec, coder, text)  # force forsworn
    assert (r.cameo, r.status) == ("0356", "occurred") and parties(r) == ({"CHN"}, {"TWN"})
    text = "Russia has plans to visit China."
    assert all(r.status != "occurred" or r.cameo_root != "04" for r in code(rec, coder, text))


# events-16: refusing to take part


def test_refusing_to_take_part_in_an_event_is_a_rejection(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing has said it will not join any trilateral arms control talks."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("125", "occurred") and parties(r)[0] == {"CHN"}
    text = "Biden told Netanyahu that the United States would not take part in any offensive against Iran."
    [r] = code(rec, coder, text)  # fighting joined is military cooperation; the one told is the recipient
    assert (r.cameo, r.status) == ("1212", "occurred") and parties(r) == ({"USA"}, {"ISR"})
    text = "India said it would not participate in the summit."
    [r] = code(rec, coder, text)  # a meeting stayed away from: a boycott
    assert (r.cameo, r.status) == ("161", "occurred")
    text = "Germany will join the exercises."
    assert all(r.cameo_root != "12" for r in code(rec, coder, text))


# events-16: a charge called false is denied


def test_a_charge_called_false_is_a_denial_aimed_at_its_maker(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Bolivia accused the US ambassador of plotting with the opposition. The State Department called the " \
           "charges baseless."  # fmt: skip
    r = at(code(rec, coder, text), text)["called"]
    assert r.cameo == "016" and parties(r) == ({"USA"}, {"BOL"})
    text = "Russia accused Ukraine of shelling the plant. Kyiv said the accusations were absurd."
    r = at(code(rec, coder, text), text)["said"]
    assert r.cameo == "016" and parties(r) == ({"UKR"}, {"RUS"})
    text = "Kyiv said the shelling was absurd."
    assert all(r.cameo != "016" for r in code(rec, coder, text))  # an act, no charge: a hostile verdict


# events-16: told to do something, told to leave


def test_telling_a_party_to_act_is_a_demand(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Biden told Putin to withdraw his troops from Ukraine."
    [r] = code(rec, coder, text)  # the withdrawal is asked for, no event of its own
    assert r.cameo == "1056" and parties(r) == ({"USA"}, {"RUS"})
    text = "Putin told Erdogan that Russia would keep supplying gas to Turkey."
    assert all(r.cameo_root != "10" for r in code(rec, coder, text))  # a that-clause reports


def test_a_diplomat_told_to_leave_is_expelled(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The State Department told Bolivia's ambassador to leave the United States."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("161", "occurred") and parties(r) == ({"USA"}, {"BOL"})
    text = "Venezuela ordered the US ambassador to leave within 72 hours."
    [r] = code(rec, coder, text)
    assert r.cameo == "161" and parties(r) == ({"VEN"}, {"USA"})


# events-16: troops a speaker says will be sent


def test_troops_of_no_named_side_sent_are_the_speakers(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "US defence officials said 3,000 more soldiers would be sent to the Gulf."
    [r] = code(rec, coder, text)  # a deployment planned, facing no one named: no threat
    assert (r.cameo, r.status) == ("154", "planned") and parties(r)[0] == {"USA"}
    text = "Russia said it would deploy more troops to its border with Finland."
    [r] = code(rec, coder, text)  # forces sent to face someone: a threat
    assert r.cameo_root == "13"


# events-16: not hesitating


def test_an_act_one_would_not_hesitate_to_do_is_announced(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel said it would not hesitate to strike Iran."
    [r] = code(rec, coder, text)  # force announced: a threat, not a strike that occurred
    assert r.cameo_root == "13" and r.status == "occurred" and parties(r) == ({"ISR"}, {"IRN"})
    text = "Biden said he would not hesitate to direct further measures against the Houthis."
    [r] = code(rec, coder, text)  # measures unnamed: an unspecified threat
    assert (r.cameo, r.status) == ("130", "occurred") and parties(r)[0] == {"USA"}
    text = "Japan said it would not hesitate to send aid to Turkey."
    [r] = code(rec, coder, text)  # help announced: the aid, planned (events-20)
    assert (r.cameo, r.status) == ("070", "planned")


def test_the_action_judged_is_a_deed_not_a_warning(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("The United States and Britain struck Houthi targets in Yemen. Biden said he would not hesitate to "
            "direct further measures. Prime Minister Rishi Sunak called the action necessary and proportionate.")
    r = at(code(rec, coder, text), text)["called"]
    assert r.cameo == "052" and parties(r)[0] == {"GBR"}  # its own side's strikes defended


# events-16: what a statement refuses; one's own act defended


def test_a_stance_said_to_stay_is_a_refusal_to_yield(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan said its position on the islands would not change even if China imposed new sanctions."
    got = [r for r in code(rec, coder, text) if r.cameo_root == "12"]
    assert [(r.cameo, r.status, parties(r)) for r in got] == [("124", "occurred", ({"JPN"}, {"CHN"}))]
    text = "Japan said its position on the islands had been explained to Beijing."
    assert all(r.cameo_root != "12" for r in code(rec, coder, text))


def test_saying_a_ruling_does_not_bind_rejects_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing said China would not be bound by the UN tribunal's ruling."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("120", "occurred") and parties(r)[0] == {"CHN"}
    text = "Beijing said China would be bound by the ruling."
    assert all(r.cameo_root != "12" for r in code(rec, coder, text))


def test_an_own_act_defended_is_aimed_at_whom_it_was_done_to(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Colombia apologised for entering Ecuador but said it had acted in self-defence."
    r = at(code(rec, coder, text), text)["said"]
    assert r.cameo == "052" and parties(r) == ({"COL"}, {"ECU"})


# events-16: the speaker's next speech act


def test_an_appeal_or_pledge_after_a_reported_clause_is_the_speakers(rec: ActorRecogniser,
                                                                    coder: EventCoder) -> None:  # fmt: skip
    text = "China said NATO was spreading belligerent rhetoric and urged the alliance to stop."
    got = at(code(rec, coder, text), text)
    assert parties(got["urged"])[0] == {"CHN"} and parties(got["said"]) == ({"CHN"}, {"NATO"})
    text = "Kim told Putin that Russia was waging a sacred fight and pledged his country's full support."
    assert parties(at(code(rec, coder, text), text)["pledged"])[0] == {"PRK"}
    text = "Seoul said Pyongyang fired two missiles and urged the North to stop."
    assert parties(at(code(rec, coder, text), text)["urged"]) == ({"KOR"}, {"PRK"})  # no one urges itself


# events-16: a verdict on an act named, one's own act justified


def test_a_verdict_on_an_act_named_in_the_clause(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia invaded Ukraine in 2022. Germany said Russia's invasion was a crime."
    r = at(code(rec, coder, text), text)["said"]  # the invasion named is a report of its own, and judged
    assert r.cameo == "111" and parties(r) == ({"DEU"}, {"RUS"})


def test_ones_own_act_said_to_be_justified_is_defended(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel struck Hamas positions in Gaza. Israel said its strikes were legitimate self-defence."
    r = at(code(rec, coder, text), text)["said"]
    assert r.cameo == "052" and parties(r)[0] == {"ISR"} and r.rule.endswith("+justified")
    text = "Israel struck Hamas positions in Gaza. Turkey said the strikes were a crime."
    r = at(code(rec, coder, text), text)["said"]  # another's act: a hostile verdict on its doer
    assert r.cameo == "111" and parties(r) == ({"TUR"}, {"ISR"})
    text = "A South Korean missile launched on Tuesday crashed inside a base, South Korea's military said."
    assert all(r.cameo != "052" for r in code(rec, coder, text))  # no ground given


# events-16: blame, equating verbs, standing by, a stance as object


def test_saying_a_party_is_behind_an_act_blames_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "India said Pakistan was behind the attack."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "11" and parties(r) == ({"IND"}, {"PAK"})
    text = "Iran said Washington bore full responsibility for the killing."
    [r] = code(rec, coder, text)
    assert r.cameo_root == "11" and parties(r) == ({"IRN"}, {"USA"})
    text = "Iran said Washington bore no responsibility for the killing."
    assert all(r.cameo_root != "11" for r in code(rec, coder, text))


def test_an_equating_verb_passes_a_verdict(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Kyiv said the Russian strikes amounted to war crimes."
    r = at(code(rec, coder, text), text)["said"]
    assert r.cameo == "111" and parties(r) == ({"UKR"}, {"RUS"})


def test_standing_by_a_party_is_support(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "NATO allies said they stood by Washington's decision."
    [r] = code(rec, coder, text)
    assert r.cameo == "051" and parties(r) == ({"NATO"}, {"USA"})
    text = "Biden said the United States stood with Ukraine."
    [r] = code(rec, coder, text)
    assert r.cameo == "051" and parties(r) == ({"USA"}, {"UKR"})


def test_a_stance_kept_as_the_object(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Moscow said the US sanctions would not change its policy."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("124", "occurred") and parties(r) == ({"RUS"}, {"USA"})


# events-16 (review): what the round's rules must not do


def test_a_date_the_calendar_lacks_does_not_stop_the_coder(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan imposed sanctions on Russia on February 30, 2020."
    r = at(code(rec, coder, text), text)["imposed"]
    assert r.cameo[:2] == "16" and r.historical  # (30 February counts as the month's last day)


def test_orders_and_leave_given_to_diplomats(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Venezuela gave the US ambassador 72 hours to leave."
    r = at(code(rec, coder, text), text)["gave"]
    assert r.cameo == "161" and parties(r) == ({"VEN"}, {"USA"})  # the gold set's rule D5, not an ultimatum
    for text in ("Ukraine ordered new charges against Russian officials.",  # a legal charge, no envoy
                 "The Netherlands ordered its embassy staff out of Kabul.",  # one's own staff evacuated
                 "Britain told British diplomats to leave Moscow."):  # one's own envoys called home
        assert not [r for r in code(rec, coder, text) if r.cameo[:3] == "161"], text


def test_a_forsworn_answer_leaves_the_threat_beside_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China said it had no plans to retaliate but would take necessary measures."
    assert sorted(r.cameo for r in code(rec, coder, text)) == ["0356", "130"]


def test_no_verdict_or_blame_where_the_clause_fights_or_foretells(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Blinken said China would counter propaganda with facts."  # what China fights, no verdict on it
    assert [r.cameo for r in code(rec, coder, text)] == ["010"]
    text = "China said the United States would bear responsibility for the consequences."  # still to come
    assert not [r for r in code(rec, coder, text) if r.cameo[:3] == "112"]


def test_standing_by_is_support_only_of_another_party(rec: ActorRecogniser, coder: EventCoder) -> None:
    assert code(rec, coder, "Japan stood by its decision to release the water.") == []
    text = "France stood with Ukraine."
    [r] = code(rec, coder, text)
    assert r.cameo == "051" and parties(r) == ({"FRA"}, {"UKR"})


# events-17: exits from treaties and deals (gold D8) and from organisations (D4) ------------------


def test_leaving_a_treaty_or_deal_is_a_rejection_of_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    # the object of "from" / "out of" picks the sense (lexicon key prep_objects), and names the other side
    text = "Japan withdrew from the fisheries agreement with South Korea on Monday."
    [r] = code(rec, coder, text)
    assert r.cameo == "127" and parties(r) == ({"JPN"}, {"KOR"})
    assert "pobj:" in r.rule
    text = "Russia pulled out of the grain deal with Ukraine."
    [r] = code(rec, coder, text)
    assert r.cameo == "127" and parties(r) == ({"RUS"}, {"UKR"})
    text = "Washington terminated the treaty with Moscow."
    [r] = code(rec, coder, text)
    assert r.cameo == "127" and parties(r) == ({"USA"}, {"RUS"})


def test_leaving_an_organisation_or_talks_is_not_a_treaty_exit(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Hungary withdrew from the International Criminal Court."
    [r] = code(rec, coder, text)
    assert r.cameo == "160" and parties(r) == ({"HUN"}, {"ICC"})
    text = "Burkina Faso quit the Economic Community of West African States."
    [r] = code(rec, coder, text)
    assert r.cameo == "160" and parties(r) == ({"BFA"}, {"ECOWAS"})
    text = "Iran withdrew from the talks with France."
    [r] = code(rec, coder, text)
    assert r.cameo == "164" and parties(r) == ({"IRN"}, {"FRA"})


# events-17: the speaker of a coordinated speech verb


def test_he_in_what_a_coordinated_speaker_says_is_the_speaker(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "President Erdogan met Putin in Sochi and said he would visit Moscow in May."
    r = at(code(rec, coder, text), text)["visit"]
    assert parties(r) == ({"TUR"}, {"RUS"}) and r.status == "planned"
    text = ("German Chancellor Olaf Scholz received Macron in Berlin on Tuesday and said he would travel to "
            "Beijing in April.")
    r = at(code(rec, coder, text), text)["travel"]
    assert parties(r)[0] == {"DEU"}


# events-17: one's own act justified as retaliation or a response


def test_an_act_justified_as_retaliation_is_a_verbal_defence(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Russian missiles hit the port of Odesa on Tuesday. Moscow called the strike retaliation for the "
            "sabotage of a pipeline, which it blamed on Kyiv.")
    r = at(code(rec, coder, text), text)["called"]  # ("strike retaliation" parsed as one compound)
    assert r.cameo == "052" and parties(r) == ({"RUS"}, {"UKR"})
    text = ("Israeli jets bombed targets in Lebanon. Israel presented the raids as a response to rocket fire "
            "that it blamed on Hezbollah.")
    r = at(code(rec, coder, text), text)["presented"]
    assert r.cameo == "052" and parties(r)[0] == {"ISR"}
    text = "China portrayed the American drills as a provocation."  # another's act so presented: a verdict
    r = at(code(rec, coder, text), text)["portrayed"]
    assert r.cameo == "111" and parties(r) == ({"CHN"}, {"USA"})


# events-17: declared persona non grata


def test_declaring_someone_persona_non_grata_expels_an_envoy(rec: ActorRecogniser, coder: EventCoder) -> None:
    # (the small model reads the Latin as a clause and leaves the verb no object)
    text = "Chad declared the German ambassador persona non grata in April."
    r = at(code(rec, coder, text), text)["declared"]
    assert r.cameo == "161" and parties(r) == ({"TCD"}, {"DEU"})
    text = "Moscow declared two Estonian diplomats persona non grata on Friday."
    r = at(code(rec, coder, text), text)["declared"]
    assert r.cameo == "161" and parties(r) == ({"RUS"}, {"EST"})
    text = "Russia declared him persona non grata."  # a person only, no envoy's title: still the expulsion
    assert at(code(rec, coder, text), text)["declared"].cameo == "161"


# events-17: stopped short of doing


def test_an_act_stopped_short_of_is_the_subjects_and_negated(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The EU stopped short of imposing sanctions on Russia."
    r = at(code(rec, coder, text), text)["imposing"]
    assert r.cameo == "163" and r.status == "negated" and parties(r) == ({"EU"}, {"RUS"})
    text = "Japan fell short of recognising Palestine."
    r = at(code(rec, coder, text), text)["recognising"]
    assert r.cameo == "054" and r.status == "negated" and parties(r) == ({"JPN"}, {"PSE"})


# events-17: the one acted on by a force noun: possessor beside a by-agent, territory of the of-phrase


def test_a_force_noun_is_aimed_at_its_possessor_beside_an_agent(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Kuwait's invasion by Iraq in 1990 led to the Gulf War."
    r = at(code(rec, coder, text), text)["invasion"]
    assert r.cameo[:2] == "19" and parties(r) == ({"IRQ"}, {"KWT"})
    text = "The UN condemned the referendum held in Crimea before its annexation by Russia."
    r = at(code(rec, coder, text), text)["annexation"]
    assert parties(r) == ({"RUS"}, {"UKR"})  # "its": the place named before, not the condemning subject
    text = "Putin's visit to Pyongyang alarmed Seoul."  # no agent: the possessor still does it
    assert parties(at(code(rec, coder, text), text)["visit"])[0] == {"RUS"}


def test_a_force_noun_is_aimed_at_the_territory_it_is_of(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel's occupation of the West Bank was condemned by the court."
    assert parties(at(code(rec, coder, text), text)["occupation"]) == ({"ISR"}, {"PSE"})
    text = "The shelling of Kharkiv by Russian forces continued."
    assert parties(at(code(rec, coder, text), text)["shelling"]) == ({"RUS"}, {"UKR"})
    text = "The deployment of US missiles in Germany angered Moscow."  # the weapons are the doer's own
    assert parties(at(code(rec, coder, text), text)["deployment"])[0] == {"USA"}


# events-17: a second clause's subject that the parser joined to the first clause's object


def test_a_subject_joined_to_the_object_before_it_is_the_next_verbs() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from diplomap.extract.events.grammar import _stranded_subject

    # the small model's reading of "Drones hit the base, and President Raisi warned.": "Raisi" a
    # conjunct of "base", "warned" a conjunct of "hit" with no subject of its own
    words = ["Drones", "hit", "the", "base", ",", "and", "President", "Raisi", "warned", "."]
    heads = [1, 1, 3, 1, 3, 3, 7, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "cc", "compound", "conj", "conj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _stranded_subject(doc[8]).text == "Raisi"
    # a verb with its own subject, or one after a plain coordination of objects, has none stranded
    deps[7], heads[7] = "nsubj", 8
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _stranded_subject(doc[8]) is None


# events-17: "the group" for the armed group named before, also as a participle's agent


def test_the_group_is_the_armed_group_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Hamas fighters crossed into Israel at dawn. The group fired thousands of rockets."
    r = at(code(rec, coder, text), text)["fired"]
    assert parties(r)[0] == {"PSE"}
    text = ("Yemen's Houthi rebels attacked ships in the Red Sea. On Tuesday, US and British warships shot down "
            "21 drones fired by the group.")
    assert parties(at(code(rec, coder, text), text)["fired"])[0] == {"YEM"}  # the agent of a reduced relative
    text = "The G7 met in Italy. The group condemned Russia."  # not an armed group: no guess
    assert "condemned" not in at(code(rec, coder, text), text)


def test_a_second_clauses_subject_folded_into_the_first_clauses_object(rec: ActorRecogniser,
                                                                        coder: EventCoder) -> None:
    # the small model joins "Saudi Arabia" to "activists"/"kingdom" and leaves "expelled" no subject of its own
    for text in ("Relations soured in August 2018, when Canada's foreign minister expressed support for the release "
                 "of activists in the kingdom and Saudi Arabia expelled the Canadian ambassador.",
                 "Relations soured in August 2018, when Canada's foreign ministry called for the release of detained "
                 "activists and Saudi Arabia expelled the Canadian ambassador."):
        r = at(code(rec, coder, text), text)["expelled"]
        assert r.cameo == "161" and parties(r) == ({"SAU"}, {"CAN"}), text
    text = "The presidents of Russia and China signed a treaty in Moscow."  # one subject with two states in it
    assert parties(at(code(rec, coder, text), text)["signed"])[0] == {"RUS", "CHN"}


# events-17: a meeting named as what a journey was for


def test_talks_a_journey_was_for_are_its_purpose(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Lavrov arrived in Beijing for talks with Wang Yi."
    assert set(at(code(rec, coder, text), text)) == {"arrived"}
    text = "France recalled its ambassador from Canberra for consultations."
    assert set(at(code(rec, coder, text), text)) == {"recalled"}
    text = "Putin and Xi met for talks on Friday."  # a meeting verb: the talks are the meeting itself
    assert "talks" in at(code(rec, coder, text), text)
    text = "President Biden flew to Geneva for the summit with Putin."  # a specific meeting named: a row
    assert "summit" in at(code(rec, coder, text), text)


# events-17: time given to an envoy named in apposition


def test_hours_to_leave_after_an_appositive_name(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Mali gave the French ambassador, Joel Meyer, 72 hours to leave the country."
    r = at(code(rec, coder, text), text)["gave"]  # (the parser hangs "72 hours" on the name)
    assert r.cameo == "161" and parties(r) == ({"MLI"}, {"FRA"})


# events-17: actors by description ----------------------------------------------------------------


def test_a_description_acts_for_the_actor_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "the alliance", "the group", "the bloc", "the junta": the recogniser resolves the description
    # to the latest earlier actor of its kind, as recipient or as actor
    text = "Sweden applied to join NATO in May 2022. Ukraine urged the alliance to admit it too."
    assert parties(at(code(rec, coder, text), text)["urged"]) == ({"UKR"}, {"NATO"})
    text = "The Houthis attacked ships in the Red Sea. The United States struck the group in January 2024."
    assert parties(at(code(rec, coder, text), text)["struck"]) == ({"USA"}, {"YEM"})
    text = "ECOWAS suspended Niger after the coup in July 2023. The junta accused the bloc of plotting an invasion."
    assert parties(at(code(rec, coder, text), text)["accused"]) == ({"NER"}, {"ECOWAS"})


def test_members_of_a_bloc_act_for_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "BRICS met in Johannesburg in August 2023. Members agreed to invite six new countries."
    got = at(code(rec, coder, text), text)
    assert {a.code for a in got["invite"].actors} == {"BRICS"}


def test_a_summit_text_speaks_for_its_bloc_however_far_back(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "The declaration" heading a sentence: the bloc named last (not the UN system), with many
    # states named in between
    text = ("The G7 summit opened in Hiroshima in May 2023. Japan, the United States, Britain, France, Germany, "
            "Italy and Canada sent their leaders, and India, Brazil and Australia were invited. The declaration "
            "urged China to press Russia to stop its war.")
    assert parties(at(code(rec, coder, text), text)["urged"]) == ({"G7"}, {"CHN"})


def test_an_unqualified_spokesman_is_the_state_named_just_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing protested the arms sale. A foreign ministry spokesman urged Washington to cancel it."
    assert parties(at(code(rec, coder, text), text)["urged"]) == ({"CHN"}, {"USA"})


# events-17: lexicon breadth by CAMEO category (the sentences use other words of each class than
# any seen in an error)


def _one(rec: ActorRecogniser, coder: EventCoder, text: str) -> EventReport:
    [r] = code(rec, coder, text)
    return r


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Iran repudiated the allegations by Israel.", "016", {"IRN"}, {"ISR"}),
    ("Moscow rebuffed the accusations from Kyiv.", "016", {"RUS"}, {"UKR"}),
    ("Moscow brushed aside the demands from Kyiv.", "120", {"RUS"}, {"UKR"}),
    # (events-20: the fallback recipient; a gesture to the victims of an attack in Algeria honours Algeria)
    ("Macron commemorated the victims of the attack in Algeria.", "017", {"FRA"}, {"DZA"}),
    ("Zelensky hugged Macron in Kyiv.", "017", {"UKR"}, {"FRA"}),
])
def test_charges_disputed_and_symbolic_gestures(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                                actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Ukraine petitioned the United Nations for help.", "020", {"UKR"}, {"UN"}),
    ("Lavrov jetted to Pyongyang on Monday.", "042", {"RUS"}, {"PRK"}),
    ("Erdogan held a videoconference with Putin.", "041", {"TUR"}, {"RUS"}),
    ("France sided with Germany in the dispute.", "051", {"FRA"}, {"DEU"}),
    ("Japan championed India's bid for a permanent seat.", "051", {"JPN"}, {"IND"}),
    ("Germany embraced the French proposal.", "051", {"DEU"}, {"FRA"}),
])
def test_appeals_visits_and_support(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                    actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


@pytest.mark.parametrize("text", [
    "Turkey and Egypt cemented ties.",
    "Saudi Arabia and Iran repaired relations.",
    "Israel and Turkey resumed diplomatic relations.",
    "China and Russia consolidated their partnership.",
])
def test_ties_cemented_repaired_resumed(rec: ActorRecogniser, coder: EventCoder, text: str) -> None:
    r = _one(rec, coder, text)
    assert r.cameo == "050" and r.joint, text


def test_deals_hammered_out_and_talks_revived(rec: ActorRecogniser, coder: EventCoder) -> None:
    r = _one(rec, coder, "Britain and Japan forged a defence pact.")
    assert r.cameo == "057" and r.joint and parties(r)[0] | parties(r)[1] == {"GBR", "JPN"}
    text = "Israel and Hamas restarted negotiations in Cairo."
    r = at(code(rec, coder, text), text)["negotiations"]
    assert r.cameo == "046" and r.rule.endswith("light:restart")


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Japan teamed up with Australia on maritime security.", "060", {"JPN"}, {"AUS"}),
    ("The United States rushed aid to Turkey after the earthquake.", "070", {"USA"}, {"TUR"}),
    ("Japan dispatched relief supplies to Nepal.", "073", {"JPN"}, {"NPL"}),
    ("Britain ferried aid to Libya.", "070", {"GBR"}, {"LBY"}),
    ("The United States flew aid to Haiti.", "070", {"USA"}, {"HTI"}),
    ("The EU channelled funds to Ukraine.", "071", {"EU"}, {"UKR"}),
    ("Germany hosted Syrian refugees.", "075", {"DEU"}, {"SYR"}),
])
def test_aid_rushed_ferried_flown(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                  actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Thailand ended martial law.", "0814", {"THA"}, set()),
    ("Ukraine ended the curfew in Kyiv.", "0813", {"UKR"}, set()),
    ("Iran handed back the seized tanker to Britain.", "0842", {"IRN"}, {"GBR"}),
    ("Russia drew down its forces near Ukraine.", "0874", {"RUS"}, set()),
    ("Libya surrendered its chemical weapons.", "0873", {"LBY"}, set()),
    ("The UN set up an inquiry into the killings in Syria.", "090", {"UN"}, set()),
])
def test_easing_returning_demobilising(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                       actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r)[0] == actors and parties(r)[1] >= recipients, text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Merkel chastised Turkey over the arrests.", "111", {"DEU"}, {"TUR"}),
    ("Venezuela railed against Washington's sanctions.", "111", {"VEN"}, {"USA"}),
    ("Moscow took aim at NATO over its expansion.", "111", {"RUS"}, {"NATO"}),
    ("Erdogan rounded on the European Union.", "111", {"TUR"}, {"EU"}),
    ("Brazil lamented the United States decision.", "110", {"BRA"}, {"USA"}),
    ("Gambia brought a case against Myanmar at the court.", "115", {"GMB"}, {"MMR"}),
    ("Israel shot down the French proposal.", "120", {"ISR"}, {"FRA"}),
    ("Russia shunned the talks in Geneva.", "125", {"RUS"}, set()),
])
def test_criticism_cases_and_rejections(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                        actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


@pytest.mark.parametrize(("text", "cameo"), [
    ("China voiced disappointment with the decision by Lithuania.", "110"),
    ("Egypt expressed outrage at the attack on its embassy.", "111"),
    ("Putin expressed hope for better relations with Washington.", "013"),
])
def test_feelings_voiced(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str) -> None:
    r = at(code(rec, coder, text), text)[text.split()[2]]
    assert r.cameo == cameo and r.rule.startswith("noun/"), text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Russia positioned missiles near the border with Finland.", "154", {"RUS"}, {"FIN"}),
    ("Russian jets intruded into Estonian airspace.", "150", {"RUS"}, {"EST"}),
    ("Japan curtailed aid to Myanmar.", "162", {"JPN"}, {"MMR"}),
    ("The United States pulled funding for the WHO.", "162", {"USA"}, {"WHO"}),
    ("Washington scaled back ties with Cairo.", "161", {"USA"}, {"EGY"}),
    ("Washington targeted Russian banks with sanctions.", "163", {"USA"}, {"RUS"}),
    ("The EU unveiled new sanctions against Russia.", "163", {"EU"}, {"RUS"}),
    ("Washington reimposed sanctions on Venezuela.", "163", {"USA"}, {"VEN"}),
])
def test_forces_positioned_and_relations_reduced(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                                  actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


@pytest.mark.parametrize(("text", "cameo"), [
    ("Russia clamped down on protesters.", "175"),
    ("The army put down the uprising in Myanmar.", "175"),
    ("Belarus locked up opposition leaders.", "173"),
    ("Iran took the British sailors into custody.", "173"),
    ("Russia held two Americans on spying charges.", "173"),
    ("Thailand exiled the former prime minister.", "174"),
    ("Russia proscribed Alexei Navalny's foundation.", "1722"),
])
def test_repression_and_detention(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str) -> None:
    assert _one(rec, coder, text).cameo == cameo, text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Ukraine repelled a Russian attack near Kharkiv.", "190", {"UKR"}, {"RUS"}),
    ("Russia hammered Ukrainian cities with missiles.", "194", {"RUS"}, {"UKR"}),
    ("Russia rained missiles on Kyiv.", "194", {"RUS"}, {"UKR"}),
    ("Hezbollah lobbed rockets at Israel.", "194", {"LBN"}, {"ISR"}),
    ("Russia waged war on Ukraine.", "190", {"RUS"}, {"UKR"}),
    ("Syria launched a counterattack on rebel positions.", "190", {"SYR"}, set()),
])
def test_force_named_by_new_verbs_and_nouns(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                            actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


@pytest.mark.parametrize("text", [
    "Germany hammered Brazil 7-1 in the semi-final.",  # a national team's win, no shelling
    "Brazil pummelled Argentina in the final.",
    "France bolstered its lead in the medal table.",  # a lead, no ties bolstered
    "Spain scaled back its forecast for growth.",
    "England lamented the missed chances.",  # no party lamented
    "Japan rushed back into the game.",  # nothing delivered
    "Italy forged a comeback against Wales.",
])
def test_sports_and_business_senses_code_nothing(rec: ActorRecogniser, coder: EventCoder, text: str) -> None:
    assert code(rec, coder, text) == [], text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Israel took responsibility for the strike on the convoy.", "015", {"ISR"}, set()),
    ("Modi paid his respects to the victims in Kyiv.", "017", {"IND"}, {"UKR"}),  # (events-20: the fallback)
    ("Britain left the EU.", "160", {"GBR"}, {"EU"}),
    ("Venezuela quit the OAS.", "160", {"VEN"}, {"OAS"}),
    ("Britain agreed a deal with the EU.", "057", {"GBR"}, {"EU"}),
    ("Greece rescued migrants off Crete.", "073", {"GRC"}, set()),
    ("Germany disagreed with France on the plan.", "110", {"DEU"}, {"FRA"}),
    ("China protested to Japan over the visit.", "114", {"CHN"}, {"JPN"}),
    ("Russia drafted 300,000 men.", "154", {"RUS"}, set()),
    ("Washington barred exports of chips to China.", "163", {"USA"}, {"CHN"}),
    ("India banned Chinese apps.", "163", {"IND"}, {"CHN"}),
    ("The United States revoked the visas of Nicaraguan officials.", "163", {"USA"}, {"NIC"}),
    ("China coerced Lithuania.", "170", {"CHN"}, {"LTU"}),
    ("Israel sealed off the Gaza Strip.", "191", {"ISR"}, {"PSE"}),
])
def test_second_batch_of_category_words(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                        actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


def test_a_protest_to_a_government_and_one_in_the_street(rec: ActorRecogniser, coder: EventCoder) -> None:
    assert _one(rec, coder, "Seoul protested to Tokyo over the textbooks.").cameo == "114"
    assert _one(rec, coder, "Students protested in Seoul.").cameo == "141"


def test_feelings_and_readiness_through_a_verb(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Iran expressed readiness to resume talks with the United States."
    r = at(code(rec, coder, text), text)["readiness"]
    assert r.cameo_root == "03" and parties(r)[0] == {"IRN"}
    text = "Biden reaffirmed support for Ukraine."
    r = _one(rec, coder, text)
    assert r.cameo == "051" and parties(r) == ({"USA"}, {"UKR"})


@pytest.mark.parametrize("text", [
    "Germany left the pitch to applause.",
    "Brazil quit the tournament.",
    "Japan rescued the match in stoppage time.",
    "France sealed off the game in extra time.",
])
def test_sports_senses_of_the_second_batch_code_nothing(rec: ActorRecogniser, coder: EventCoder, text: str) -> None:
    assert code(rec, coder, text) == [], text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Putin snubbed the summit in South Africa.", "125", {"RUS"}, {"ZAF"}),  # (events-20: the host, by the fallback)
    ("India boycotted the talks with Pakistan.", "125", {"IND"}, {"PAK"}),
    ("The United States boycotted Russian oil.", "163", {"USA"}, {"RUS"}),
    ("The EU slapped Moscow with new sanctions.", "163", {"EU"}, {"RUS"}),
    ("Russian forces advanced on Kyiv.", "190", {"RUS"}, {"UKR"}),
    ("Russian tanks rolled into Ukraine.", "190", {"RUS"}, {"UKR"}),
])
def test_meetings_boycotted_and_forces_advancing(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                                 actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


@pytest.mark.parametrize("text", [
    "Germany advanced into the semi-finals.",  # no party advanced on
    "Brazil pushed into the lead.",
    "The talks advanced on Monday.",
])
def test_advancing_without_a_party_is_no_attack(rec: ActorRecogniser, coder: EventCoder, text: str) -> None:
    assert code(rec, coder, text) == [], text


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Canada introduced new sanctions against Russia.", "163", {"CAN"}, {"RUS"}),
    ("Japan enacted sanctions on North Korea.", "163", {"JPN"}, {"PRK"}),
    ("Jordan introduced a curfew in Amman.", "1723", {"JOR"}, set()),
    ("Iran aided the Houthis in Yemen.", "070", {"IRN"}, {"YEM"}),
    ("Saudi Arabia bankrolled the Syrian rebels.", "071", {"SAU"}, {"SYR"}),
])
def test_measures_introduced_and_help_given(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                            actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


def test_introducing_what_is_no_event_noun_codes_nothing(rec: ActorRecogniser, coder: EventCoder) -> None:
    for text in ("Japan introduced a bill on defence spending.", "France implemented the reform of pensions."):
        assert code(rec, coder, text) == [], text


def test_interventions_and_executions_named_by_nouns(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia's military intervention in Syria began in 2015."
    r = at(code(rec, coder, text), text)["intervention"]
    assert r.cameo == "190" and parties(r) == ({"RUS"}, {"SYR"})
    for text in ("Japan's currency intervention lifted the yen.", "Iran's execution of the plan was swift."):
        assert code(rec, coder, text) == [], text  # no force, no person put to death


@pytest.mark.parametrize(("text", "cameo", "recipients"), [
    ("Saudi Arabia intercepted a Houthi missile.", "190", {"YEM"}),  # the launcher's state
    ("Ukraine intercepted Russian drones over Kyiv.", "190", {"RUS"}),
    ("Greece intercepted a Turkish vessel.", "191", {"TUR"}),  # a ship stopped: still a blockade act
])
def test_interceptions_of_weapons_and_of_ships(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                               recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r)[1] == recipients, text


def test_a_port_call_is_a_visit_and_a_phone_call_a_call(rec: ActorRecogniser, coder: EventCoder) -> None:
    r = _one(rec, coder, "Blinken paid a courtesy call on the Thai king in Bangkok.")
    assert r.cameo == "042" and parties(r) == ({"USA"}, {"THA"})
    assert _one(rec, coder, "The Indian navy made a port call at Manila.").cameo == "042"
    assert _one(rec, coder, "Putin held a phone call with Erdogan.").cameo == "041"
    assert _one(rec, coder, "Myanmar legalised the opposition party.").cameo == "0812"


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Ukraine took Russia to the International Court of Justice.", "115", {"UKR"}, {"RUS"}),
    ("Pakistan appealed to the IMF for a loan.", "0231", {"PAK"}, {"IMF"}),
    ("Haiti appealed for aid after the earthquake.", "023", {"HTI"}, set()),
    ("The EU targeted Russia with new sanctions.", "163", {"EU"}, {"RUS"}),
    ("Washington placed Iran under sanctions.", "163", {"USA"}, {"IRN"}),
    ("The EU threatened Hungary with sanctions.", "1312", {"EU"}, {"HUN"}),
    ("North Korea threatened Seoul with nuclear weapons.", "138", {"PRK"}, {"KOR"}),
])
def test_senses_picked_by_the_prepositions_object(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                                 actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


def test_taking_to_the_streets_and_to_social_media(rec: ActorRecogniser, coder: EventCoder) -> None:
    r = _one(rec, coder, "Protesters took to the streets in Minsk.")
    assert r.cameo == "141"
    text = "Zelensky took to Twitter to condemn the attack."
    assert [r.cameo for r in code(rec, coder, text)] == ["111"]  # the condemnation, no street protest
    assert code(rec, coder, "Germany took Italy to extra time.") == []


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Japanese Prime Minister Fumio Kishida stood in silence before the cenotaph.", "017", {"JPN"}, set()),
    ("Iran returned to the talks with the United States.", "046", {"IRN"}, {"USA"}),
    ("The Council of Europe expelled Russia from the organisation.", "160", {"COE"}, {"RUS"}),
    ("The Commonwealth excluded Zimbabwe from the grouping.", "160", {"CWTH"}, {"ZWE"}),
])
def test_silence_talks_resumed_and_members_expelled(rec: ActorRecogniser, coder: EventCoder, text: str, cameo: str,
                                                    actors: set[str], recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


def test_returning_to_a_city_is_no_negotiation(rec: ActorRecogniser, coder: EventCoder) -> None:
    assert code(rec, coder, "Russia returned to Kyiv.") == []


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("China dispatched a special envoy to Israel.", "042", {"CHN"}, {"ISR"}),
    ("Macron conferred the Legion of Honour on the Indian prime minister.", "051", {"FRA"}, {"IND"}),
    ("Putin awarded Kim a medal.", "051", {"RUS"}, {"PRK"}),
    ("Armenia froze its participation in the CSTO.", "160", {"ARM"}, {"CSTO"}),
    ("Merkel conferred with Macron in Berlin.", "040", {"DEU"}, {"FRA"}),  # confer without an honour: consult
])
def test_envoys_dispatched_honours_conferred_participation_frozen(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                                 cameo: str, actors: set[str],
                                                                 recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == (actors, recipients), text


def test_a_truce_agreed_on_is_a_ceasefire(rec: ActorRecogniser, coder: EventCoder) -> None:
    r = _one(rec, coder, "Israel and Hamas agreed on a truce.")
    assert r.cameo == "0871" and r.joint
    assert code(rec, coder, "Brazil awarded the contract to a Chinese firm.") == []  # a contract is no honour


# events-17: taking part in a gathering --------------------------------------------------------------


def test_taking_part_in_a_conference_is_a_meeting_and_a_summit_is_coded_once(
    rec: ActorRecogniser, coder: EventCoder
) -> None:
    text = "Iran will take part in the conference in Geneva."
    [r] = code(rec, coder, text)  # the preposition's object picks the sense (prep_objects)
    assert r.cameo == "040" and r.status == "planned" and parties(r)[0] == {"IRN"}
    text = "Sweden participated in the forum in Davos."
    [r] = code(rec, coder, text)
    assert r.cameo == "040" and parties(r)[0] == {"SWE"}
    text = "India took part in the summit."
    [r] = code(rec, coder, text)  # the summit is an event noun of its own: one report, not two
    assert r.cameo == "040" and text[r.trigger_start : r.trigger_end] == "summit"
    text = "Germany took part in the Olympic Games."
    assert not code(rec, coder, text)


# events-17: joining and leaving organisations (gold D4) ---------------------------------------------


def test_joining_or_leaving_any_recognised_organisation(rec: ActorRecogniser, coder: EventCoder) -> None:
    # the lexicon's organisation marker: an object that is a recognised organisation, whatever its name
    for text, cameo, who in (
        ("Sweden joined NATO in March 2024.", "050", ({"SWE"}, {"NATO"})),
        ("Britain left the European Union.", "160", ({"GBR"}, {"EU"})),
        ("Hungary withdrew from the ICC.", "160", ({"HUN"}, {"ICC"})),
        ("Burkina Faso, Mali and Niger quit ECOWAS.", "160", ({"BFA", "MLI", "NER"}, {"ECOWAS"})),
    ):
        [r] = code(rec, coder, text)
        assert (r.cameo, parties(r), r.status) == (cameo, who, "occurred"), text
    text = "Timor-Leste will join ASEAN next year."
    [r] = code(rec, coder, text)
    assert r.cameo == "050" and r.status == "planned"
    text = "Finland and Sweden applied to join NATO in May 2022."
    [r] = code(rec, coder, text)  # the application is the event (an appeal), not a membership
    assert r.cameo_root == "02" and parties(r) == ({"FIN", "SWE"}, {"NATO"})
    assert not code(rec, coder, "Kazakhstan joined the club.")


def test_what_a_bid_aims_at_is_its_content_not_an_event(rec: ActorRecogniser, coder: EventCoder) -> None:
    assert not code(rec, coder, "Serbia's bid to join the EU stalled.")
    text = "Russia's attempt to seize Kyiv failed."
    [r] = code(rec, coder, text)  # an attempt is an act of its own, which failed
    assert r.cameo_root == "17" and r.status == "negated"


# events-17: review of the round (each a wrong reading the round had let in) -------------------------


def test_review_of_the_round_readings_held_back(rec: ActorRecogniser, coder: EventCoder) -> None:
    # a refinery hit by drones is an attack, not a sanction on a firm
    [r] = code(rec, coder, "Ukrainian drones targeted a Russian oil refinery.")
    assert r.cameo == "190"
    # slapped with tariffs is a sanction; with a lawsuit it is not
    assert not code(rec, coder, "The US slapped China with a lawsuit.")
    [r] = code(rec, coder, "The US slapped China with tariffs.")
    assert r.cameo == "163" and parties(r) == ({"USA"}, {"CHN"})
    # a deal ended by one party is a treaty exit (D8); a court left after a hearing is no organisation
    [r] = code(rec, coder, "Russia ended the Black Sea grain deal with Ukraine.")
    assert r.cameo == "127" and parties(r) == ({"RUS"}, {"UKR"})
    assert not code(rec, coder, "Putin left the court after the hearing.")
    # "pulled out of" with "out" read as a particle
    [r] = code(rec, coder, "Mali pulled out of ECOWAS.")
    assert r.cameo == "160" and parties(r) == ({"MLI"}, {"ECOWAS"})
    # a verdict noun's possessor is not the one judged: only force nouns take it as their target
    text = "Russia attacked the power grid of Ukraine, and its condemnation by the UN followed."
    r = at(code(rec, coder, text), text)["condemnation"]
    assert r.cameo_root == "11"  # (its recipient: the strict xfail of the events-20 section)
    # one's own mission where it stands answers for nothing in a justification
    text = (
        "Iran launched missiles at Israel. "
        "Tehran called the strike retaliation for the attack on its consulate in Damascus."
    )
    r = at(code(rec, coder, text), text)["called"]
    assert r.cameo == "052" and "SYR" not in parties(r)[1]
    # a description the resolver declines (two candidates) is not guessed again by the coder
    text = "NATO and the EU met in Brussels. The bloc said it would help Ukraine."
    assert not [r for r in code(rec, coder, text) if r.trigger_start > text.index("The bloc")]


def test_persona_non_grata_however_the_parser_hangs_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    for text, who in (
        ("Britain declared the Russian diplomat persona non grata.", ({"GBR"}, {"RUS"})),
        ("Poland declared two Belarusian diplomats persona non grata on Monday.", ({"POL"}, {"BLR"})),
    ):
        [r] = code(rec, coder, text)
        assert r.cameo == "161" and parties(r) == who, text


def test_a_ministry_spokesman_in_title_case_speaks_for_the_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing rejected the accusation. A Foreign Ministry spokesman said Japan must apologise."
    r = at(code(rec, coder, text), text)["said"]
    assert r.cameo_root == "10" and parties(r) == ({"CHN"}, {"JPN"})


# events-17b: one's own deed justified, though another's act was told after it


def test_an_own_deed_justified_after_the_attack_it_answers(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Israeli jets bombed Hamas positions in Gaza. Hamas had fired rockets at Israeli towns. "
            "Netanyahu called the operation legitimate and necessary.")
    r = at(code(rec, coder, text), text)["called"]
    assert r.cameo == "052" and parties(r)[0] == {"ISR"}
    text = "Moscow called the operation necessary."  # no deed of Moscow's told before: nothing to defend
    assert all(r.cameo != "052" for r in code(rec, coder, text))


# events-17b: a party called a culprit or an accomplice is accused


@pytest.mark.parametrize(("text", "actors", "recipients"), [
    ("Zelensky called Russia the aggressor.", {"UKR"}, {"RUS"}),
    ("The State Department labelled Iran an accomplice in the attack.", {"USA"}, {"IRN"}),
    ("Kyiv called Belarus complicit in the invasion.", {"UKR"}, {"BLR"}),  # (parsed as a compound)
])
def test_a_party_called_a_culprit_is_accused(rec: ActorRecogniser, coder: EventCoder, text: str, actors: set[str],
                                             recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == "112" and parties(r) == (actors, recipients), text
    assert all(r.cameo != "112" for r in code(rec, coder, "Moscow called the United States a partner."))


# events-17b: a membership confirmed, taken up or completed is the joining (050)


@pytest.mark.parametrize(("text", "status", "recipients"), [
    ("Sweden completed its accession to NATO on Thursday.", "occurred", {"NATO"}),
    ("Argentina has not confirmed its membership of BRICS.", "negated", {"BRICS"}),
    ("Finland formalised its membership of the alliance in April.", "occurred", set()),
])
def test_a_membership_confirmed_or_completed_is_joining(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                        status: str, recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert (r.cameo, r.status) == ("050", status) and parties(r)[1] == recipients, text
    assert code(rec, coder, "Brazil confirmed the attack on its embassy.")[0].cameo != "050"


# events-17b: a speech act joined to a passive reported clause that names no party is the speaker's


@pytest.mark.parametrize(("text", "cameo", "recipients"), [
    ("Russia said the grain deal could be considered terminated and warned Ukraine against attacking ships.", "130",
     {"UKR"}),
    ("The Kremlin declared that the question was settled and urged Kyiv to accept the terms.", "025", {"UKR"}),
])
def test_a_speech_act_after_a_passive_reported_clause_is_the_speakers(rec: ActorRecogniser, coder: EventCoder,
                                                                      text: str, cameo: str,
                                                                      recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert r.cameo == cameo and parties(r) == ({"RUS"}, recipients), text


# events-17b: a state's diplomatic mission acts for the state


def test_a_states_mission_to_the_un_is_the_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    r = _one(rec, coder, "Ukraine's mission to the United Nations condemned the strike.")
    assert r.cameo == "111" and parties(r)[0] == {"UKR"}


# events-17b: an act a party is pressed to do is that party's, and hypothetical


@pytest.mark.parametrize(("text", "cameo", "actors", "recipients"), [
    ("Germany came under pressure to send tanks to Ukraine.", "072", {"DEU"}, {"UKR"}),
    ("Biden faces growing pressure to impose sanctions on Israel.", "163", {"USA"}, {"ISR"}),
])
def test_an_act_a_party_is_pressed_to_do_is_hypothetical(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                         cameo: str, actors: set[str],
                                                         recipients: set[str]) -> None:  # fmt: skip
    r = _one(rec, coder, text)
    assert (r.cameo, r.status) == (cameo, "hypothetical") and parties(r) == (actors, recipients), text
    r = _one(rec, coder, "Under pressure from Washington, Germany sent tanks to Ukraine.")
    assert r.status == "occurred"  # (the pressure that moved it: the act was done)


def test_a_membership_of_no_named_body_is_of_the_body_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "NATO leaders met in Vilnius on Tuesday. Finland formally completed its accession a day later."
    r = at(code(rec, coder, text), text)["completed"]
    assert (r.cameo, parties(r)) == ("050", ({"FIN"}, {"NATO"}))
    text = "The CSTO held a summit in Moscow. Armenia suspended its membership in protest."
    r = at(code(rec, coder, text), text)["suspended"]
    assert (r.cameo, parties(r)) == ("160", ({"ARM"}, {"CSTO"}))


# events-17b: recipients of a reply


@pytest.mark.parametrize(("text", "trigger", "recipients"), [
    # a diplomatic exchange in between is not what the force answers
    ("Russia shelled the Ukrainian city of Kharkiv. Biden told Zelensky that the United States would send more "
     "air defence systems. Ukraine answered with a drone attack on Sunday.", "attack", {"RUS"}),
    ("Hamas fired rockets at Israel on Saturday. The United States and Israel held talks. Israel launched air "
     "strikes in response.", "strikes", {"PSE"}),
    ("Azerbaijan shelled Armenian border posts on Tuesday. Armenia fired artillery in retaliation.", "fired", {"AZE"}),
])
def test_a_reply_is_aimed_at_the_one_whose_force_it_answers(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                           trigger: str, recipients: set[str]) -> None:  # fmt: skip
    assert parties(at(code(rec, coder, text), text)[trigger])[1] == recipients, text


def test_a_reply_with_no_force_before_has_no_recipient(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "India and Pakistan held talks in Geneva. India fired missiles in response."
    assert parties(at(code(rec, coder, text), text)["fired"])[1] == set()


# events-17b: recipients of taking part in the meeting the story is about


def test_attending_the_meeting_named_before_deals_with_its_holders(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Foreign ministers of the Association of Southeast Asian Nations met in Jakarta on Thursday. "
            "Blinken attended the meeting on Friday.")
    assert parties(at(code(rec, coder, text), text)["attended"]) == ({"USA"}, {"ASEAN"})
    text = "Leaders of the African Union met in Addis Ababa. Ramaphosa, who opened the summit, called for calm."
    assert parties(at(code(rec, coder, text), text)["summit"]) == ({"ZAF"}, {"AU"})
    # a meeting not named as known is not that one
    assert parties(_one(rec, coder, "Blinken attended a meeting in Jakarta.")) == ({"USA"}, set())


# events-17b: force on a party inside another state's territory


@pytest.mark.parametrize(("text", "recipients"), [
    ("Iran fired missiles at a US base in Qatar.", {"USA", "QAT"}),
    ("Turkish jets bombed PKK camps inside northern Iraq.", {"TUR", "IRQ"}),
    ("Israel struck Hamas targets in Gaza.", {"PSE"}),  # (its own territory: one state)
    ("The United States sanctioned Houthi leaders in Yemen.", {"YEM"}),  # (no force: no territory entered)
])
def test_force_inside_another_state_hits_that_state_too(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                        recipients: set[str]) -> None:  # fmt: skip
    assert parties(_one(rec, coder, text))[1] == recipients, text


# events-17b: a demand that an act named before stop


@pytest.mark.parametrize(("text", "recipients"), [
    ("Russian forces attacked the port of Odesa on Monday. The European Union demanded that the attacks stop.",
     {"RUS"}),
    ("Israeli jets struck targets in Gaza. Turkey demanded that the strikes end immediately.", {"ISR"}),
])
def test_a_demand_that_an_act_stop_is_made_of_its_doer(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                      recipients: set[str]) -> None:  # fmt: skip
    assert parties(at(code(rec, coder, text), text)["demanded"])[1] == recipients, text


# events-17b: a pronoun judged as a deed


def test_a_pronoun_condemned_as_a_deed_is_the_last_deed(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("A US drone killed an Iranian general on Friday. Iran warned the United States of severe revenge. "
            "Iraq condemned it as an aggression.")
    assert parties(at(code(rec, coder, text), text)["condemned"])[1] == {"USA"}  # not the warning's Iran
    text = text.replace(" as an aggression", "")
    assert parties(at(code(rec, coder, text), text)["condemned"])[1] == {"IRN"}  # (it may be the warning)


# events-17b: the partner of a participle on the object


def test_the_partner_of_a_participle_on_the_object(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Turkey said it was ready to keep the grain corridor operating with Russia and Ukraine."
    assert parties(at(code(rec, coder, text), text)["ready"]) == ({"TUR"}, {"RUS", "UKR"})
    # (only "with": the resolution backed is no act on Russia)
    text = "India backed the resolution calling on Russia to withdraw."
    assert parties(at(code(rec, coder, text), text)["backed"]) == ({"IND"}, set())


# events-17b: a group named by its "of" phrase


def test_the_leaders_of_a_body_are_that_bodys(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Biden and Xi met in Bali on Monday. Modi later hosted the leaders of ASEAN."
    assert parties(at(code(rec, coder, text), text)["hosted"]) == ({"IND"}, {"ASEAN"})  # not the pair before


# events-17b: force on weapons is aimed at whoever fired them


def test_shooting_down_weapons_is_aimed_at_who_fired_them(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel shot down dozens of drones launched by Iran."
    assert parties(at(code(rec, coder, text), text)["shot"]) == ({"ISR"}, {"IRN"})
    text = "The Houthis fired missiles at a tanker on Monday. A US destroyer shot down three drones fired by the group."
    [shot] = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == "shot"]
    assert parties(shot) == ({"USA"}, {"YEM"})  # (the armed group named before)


# events-17b: aid with no beneficiary named


def test_aid_with_no_beneficiary_goes_to_the_last_one_aided(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan pledged $500 million in aid to Ukraine on Monday. Canada promised another $200 million."
    assert parties(at(code(rec, coder, text), text)["promised"]) == ({"CAN"}, {"UKR"})
    assert parties(_one(rec, coder, "Canada promised $200 million.")) == ({"CAN"}, set())


# events-17b: a standing demand named by its owner


def test_a_standing_demand_is_put_to_no_one_from_context(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia shelled Kharkiv on Monday. Moscow said the fighting would stop only once its demands were met."
    assert parties(at(code(rec, coder, text), text)["demands"]) == ({"RUS"}, set())
    text = "Russia shelled Kharkiv on Monday. Moscow made new demands on Tuesday."  # (made: to the counterpart)
    assert parties(at(code(rec, coder, text), text)["demands"]) == ({"RUS"}, {"UKR"})


# events-17b: a symbolic act on a visit honours the host


def test_a_wreath_laid_on_a_visit_honours_the_host(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Modi visited the United States on Wednesday. He laid a wreath at Arlington National Cemetery."
    assert parties(at(code(rec, coder, text), text)["laid"]) == ({"IND"}, {"USA"})
    assert parties(_one(rec, coder, "Macron laid a wreath at the Arc de Triomphe.")) == ({"FRA"}, set())  # at home


# events-17: review of the second round (parties read from the document, held to its thread) ---------


def test_parties_read_from_the_document_stay_in_its_thread(rec: ActorRecogniser, coder: EventCoder) -> None:
    # sanctions that hit a named party answer no one's force
    text = "Hamas fired rockets at Israel on Saturday. The European Union hit Iran with new sanctions."
    assert all("PSE" not in parties(r)[1] for r in code(rec, coder, text) if r.trigger_start > text.index("The"))
    # "the summit" is the meeting told by that word, not the first meeting of another thread
    text = ("Biden met Xi in Bali on Monday. Later in the week, leaders of the African Union gathered in "
            "Addis Ababa. Ramaphosa attended the summit.")
    r = at(code(rec, coder, text), text)["attended"]
    assert "USA" not in parties(r)[1]
    # a membership whose owner is named is not the last organisation's
    text = "The EU held a summit in Brussels. NATO later confirmed Finland's membership."
    r = at(code(rec, coder, text), text)["confirmed"]
    assert "EU" not in parties(r)[1]
    # a wreath laid at home honours no earlier host
    text = ("Modi visited the United States on Wednesday. Modi returned to India on Friday. "
            "He laid a wreath at a memorial in New Delhi on Sunday.")
    r = at(code(rec, coder, text), text)["laid"]
    assert not r.recipients
    # another party's act justified is no defence of one's own earlier deed
    text = "China held naval drills near Taiwan. Weeks later, Russia struck Kyiv. Beijing called it legitimate."
    assert not [r for r in code(rec, coder, text) if r.cameo == "052"]
    # a standing demand is one named by a pronoun's owner; a state's named demands may still be put to someone
    text = "Russia said it would return to the deal only once its demands were met."
    assert all("+standing" in r.rule for r in code(rec, coder, text) if r.cameo_root == "10")


def test_a_recipient_read_from_elsewhere_is_marked_in_the_rule(rec: ActorRecogniser, coder: EventCoder) -> None:
    [r] = code(rec, coder, "Iran fired missiles at a US base in Qatar.")
    assert parties(r)[1] == {"USA", "QAT"} and "territory" in RuleTrace.parse(r.rule).marks
    text = ("Foreign ministers of the Association of Southeast Asian Nations met in Jakarta on Thursday. "
            "Blinken attended the meeting on Friday.")
    r = at(code(rec, coder, text), text)["attended"]
    assert parties(r)[1] == {"ASEAN"} and "meeting-before" in RuleTrace.parse(r.rule).marks


def test_force_a_distance_inside_another_state_hits_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    [r] = code(rec, coder, "Colombian troops raided a FARC camp two kilometres inside Ecuador.")
    # the rebels at home (X -> X, the gold's convention) and the state whose territory was entered
    assert r.cameo_root == "19" and parties(r) == ({"COL"}, {"COL", "ECU"}) and "territory" in r.rule


# events-18: material cooperation, aid and yielding (CAMEO 06, 07, 08) -----------------------------

# (sentence, trigger word, accepted codes, actors, recipients); recipients "" for a joint act (the
# parties are then actors and recipients together), None where the sentence names no recipient to check
_QUAD2_BATTERY: list[tuple[str, str, str, str, str | None]] = [
    # 06: military, economic, judicial and intelligence cooperation
    ("Japan and the Philippines held joint naval exercises in the South China Sea.", "exercises", "062", "JPN,PHL", ""),
    ("South Korea and the United States staged joint air drills over the peninsula.", "drills", "062", "KOR,USA", ""),
    ("India held joint military exercises with France in Rajasthan.", "exercises", "062", "IND", "FRA"),
    ("Japan and South Korea held joint drills with the United States.", "drills", "062", "JPN,KOR,USA", ""),
    ("China and Russia held a joint bomber patrol over the Sea of Japan.", "patrol", "062", "CHN,RUS", ""),
    ("The US Navy and the Indian Navy conducted a joint patrol in the Indian Ocean.", "patrol", "062", "USA,IND", ""),
    ("Turkey and Azerbaijan carried out joint military drills near the Armenian border.", "drills", "062", "TUR,AZE",
     ""),
    ("Britain trained Ukrainian pilots on F-16 jets.", "trained", "062", "GBR", "UKR"),
    ("Germany trained Ukrainian soldiers to operate Patriot batteries.", "trained", "062", "DEU", "UKR"),
    ("Putin said Russia did not rule out military-technical cooperation with North Korea.", "cooperation", "062",
     "RUS", "PRK"),
    ("China bought Russian gas worth billions of dollars.", "bought", "061", "CHN", "RUS"),
    ("Russia sold oil to India at a discount.", "sold", "061", "RUS", "IND"),
    ("Russia resumed gas supplies to Moldova.", "resumed", "061", "RUS", "MDA"),
    ("China resumed imports of Japanese seafood.", "resumed", "061", "CHN", "JPN"),
    ("Japan cooperated with India on the bullet train.", "cooperated", "060", "JPN", "IND"),
    ("Iran resumed cooperation with the IAEA.", "cooperation", "060", "IRN", "IAEA"),
    ("Thailand extradited a Russian arms dealer to the United States.", "extradited", "063", "THA", "USA"),
    ("Colombia extradited a drug lord to the United States.", "extradited", "063", "COL", "USA"),
    ("Pakistan handed over the suspect to Britain.", "handed", "063", "PAK", "GBR"),
    ("The United States shared intelligence with Ukraine on Russian troop movements.", "shared", "064", "USA", "UKR"),
    ("Ukraine shared intelligence with the United States.", "shared", "064", "UKR", "USA"),
    ("Seoul exchanged intelligence with Tokyo on the missile launch.", "exchanged", "064", "KOR", "JPN"),
    ("Israel passed intelligence on the plot to Australia.", "passed", "064", "ISR", "AUS"),
    # 07: aid of every kind
    ("Russia supplied S-400 air defence systems to Turkey.", "supplied", "072", "RUS", "TUR"),
    ("Washington provided Patriot air defence systems to Kyiv.", "provided", "072", "USA", "UKR"),
    ("Germany sent two air defence systems to Ukraine.", "sent", "072", "DEU", "UKR"),
    ("Germany delivered Leopard tanks to Ukraine.", "delivered", "072", "DEU", "UKR"),
    ("Iran supplied drones to Russia.", "supplied", "072", "IRN", "RUS"),
    ("North Korea sent artillery shells to Russia.", "sent", "072", "PRK", "RUS"),
    ("North Korea shipped millions of artillery shells to Russia.", "shipped", "072", "PRK", "RUS"),
    ("The United States gave Ukraine long-range ATACMS missiles.", "gave", "072", "USA", "UKR"),
    ("France handed over Caesar howitzers to Ukraine.", "handed", "072", "FRA", "UKR"),
    ("Washington provided Kyiv with cluster munitions.", "provided", "072|070", "USA", "UKR"),
    ("Britain sent military aid to Kyiv.", "sent", "072", "GBR", "UKR"),
    ("Washington sent $300 million in military aid to Kyiv.", "sent", "072", "USA", "UKR"),
    ("The United States sent 400 tonnes of rice to Haiti.", "sent", "073", "USA", "HTI"),
    ("Japan sent emergency relief supplies to Turkey after the earthquake.", "sent", "073", "JPN", "TUR"),
    ("Qatar flew tonnes of medical supplies to Gaza.", "flew", "073", "QAT", "PSE"),
    ("The European Union sent humanitarian assistance to Sudan.", "sent", "073", "EU", "SDN"),
    ("Germany delivered humanitarian aid to Turkey.", "delivered", "073", "DEU", "TUR"),
    ("Britain sent medical teams to Turkey.", "sent", "073", "GBR", "TUR"),
    ("Turkey dispatched rescuers to Syria after the earthquake.", "dispatched", "073", "TUR", "SYR"),
    ("China extended a $1bn loan to Sri Lanka.", "extended", "071", "CHN", "LKA"),
    ("Japan disbursed $500 million to Ukraine.", "disbursed", "071", "JPN", "UKR"),
    ("Saudi Arabia gave Pakistan a $3bn loan.", "gave", "071", "SAU", "PAK"),
    ("China lent Argentina $6bn through a currency swap line.", "lent", "071", "CHN", "ARG"),
    ("The IMF bailed out Sri Lanka with a $3bn loan.", "bailed", "071", "IMF", "LKA"),
    ("The European Union gave Turkey six billion euros to host refugees.", "gave", "071", "EU", "TUR"),
    ("South Korea provided economic assistance to Vietnam.", "provided", "071", "KOR", "VNM"),
    # a pledge is the intent (033x), its kind read from the aid noun
    ("Japan pledged $2bn in reconstruction aid to Ukraine.", "pledged", "0331", "JPN", "UKR"),
    ("NATO pledged 40 billion euros in military aid to Ukraine.", "pledged", "0332", "NATO", "UKR"),
    ("Rwanda deployed peacekeepers to the Central African Republic.", "deployed", "074", "RWA", "CAF"),
    ("Russia sent peacekeepers to Kazakhstan.", "sent", "074", "RUS", "KAZ"),
    ("Kenya deployed police officers to Haiti.", "deployed", "074", "KEN", "HTI"),
    ("The first 400 Kenyan police officers landed in Port-au-Prince on Tuesday.", "landed", "074", "KEN", "HTI"),
    ("Mexico granted asylum to Evo Morales.", "granted", "075", "MEX", "BOL"),
    ("Russia granted asylum to Bashar al-Assad.", "granted", "075", "RUS", "SYR"),
    ("Germany took in a million Syrian refugees.", "took", "075", "DEU", "SYR"),
    # 08: yielding
    ("Iran freed two detained French citizens.", "freed", "0841", "IRN", "FRA"),
    ("Russia released the American basketball player Brittney Griner.", "released", "0841", "RUS", "USA"),
    ("Hamas freed the Israeli soldier Gilad Shalit.", "freed", "0841", "PSE", "ISR"),
    ("Israel released 1,027 Palestinian prisoners.", "released", "0841", "ISR", "PSE"),
    ("Pakistan returned the captured Indian pilot to India.", "returned", "0841", "PAK", "IND"),
    ("Pakistan handed the pilot back to India.", "handed", "0841", "PAK", "IND"),
    ("Iran handed back the British sailors to London.", "handed", "0841", "IRN", "GBR"),
    ("Israel and Hamas exchanged prisoners.", "exchanged", "0841", "ISR,PSE", ""),
    ("Russia and Ukraine swapped 230 prisoners of war.", "swapped", "0841", "RUS,UKR", ""),
    ("Iran released the British tanker.", "released", "0842", "IRN", "GBR"),
    ("Iran handed back the seized ships to Britain.", "handed", "0842", "IRN", "GBR"),
    ("Iran returned the bodies of the crew to Ukraine.", "returned", "0842", "IRN", "UKR"),
    ("The United States lifted sanctions on Venezuela's oil sector.", "lifted", "085", "USA", "VEN"),
    ("The United States eased sanctions on Venezuela's oil sector.", "eased", "085", "USA", "VEN"),
    ("The European Union eased sanctions on Syria.", "eased", "085", "EU", "SYR"),
    ("The United States lifted its arms embargo on Vietnam.", "lifted", "085", "USA", "VNM"),
    ("China dropped its tariffs on Australian barley.", "dropped", "085", "CHN", "AUS"),
    ("The United States suspended tariffs on Chinese goods for 90 days.", "suspended", "085", "USA", "CHN"),
    ("Washington unfroze $6bn of Iranian assets.", "unfroze", "085", "USA", "IRN"),
    ("China eased visa rules for French travellers.", "eased", "081", "CHN", "FRA"),
    ("Japan eased export controls on South Korea.", "eased", "081|085", "JPN", "KOR"),
    ("China lifted its ban on Japanese seafood.", "lifted", "081|085", "CHN", "JPN"),
    ("Thailand lifted the curfew in Bangkok.", "lifted", "0813", "THA", None),
    ("Egypt lifted the state of emergency in 2021.", "lifted", "0814", "EGY", None),
    ("Sudan's government unbanned the opposition party.", "unbanned", "0812", "SDN", None),
    ("Sri Lanka's president resigned after months of protests.", "resigned", "0831", "LKA", None),
    ("Hong Kong's government withdrew the extradition bill in September.", "withdrew", "0832", "HKG", None),
    ("Greece gave in to the demands of the European Union.", "gave", "080", "GRC", None),
    ("Georgia's opposition called off its protests.", "called", "080|082", "GEO", None),
    ("Georgia opened its airspace to Turkish airlines.", "opened", "081", "GEO", "TUR"),
    ("Turkey reopened its airspace to Armenian flights.", "reopened", "081", "TUR", "ARM"),
    ("The United States restored aid to the Palestinians.", "restored", "070", "USA", "PSE"),
    ("The United States resumed military aid to Egypt.", "resumed", "072", "USA", "EGY"),
    ("Armenia ceded four villages to Azerbaijan.", "ceded", "0842", "ARM", "AZE"),
    ("The United States transferred the Guantanamo detainee to Oman.", "transferred", "0841", "USA", "OMN"),
    ("Israel released tax revenues to the Palestinian Authority.", "released", "0842", "ISR", "PSE"),
    ("Qatar gave refuge to Hamas leaders.", "gave", "075", "QAT", "PSE"),
    ("China commuted the death sentence of a Canadian citizen.", "commuted", "0841", "CHN", "CAN"),
    ("Britain stationed troops in Estonia in 2017.", "stationed", "074", "GBR", "EST"),
    ("Iran allowed IAEA inspectors into the Fordow site.", "allowed", "0862", "IRN", "IAEA"),
    ("Venezuela let US observers into the country.", "let", "0862", "VEN", None),
    ("Israel allowed aid trucks into Gaza.", "allowed", "0863", "ISR", "PSE"),
    ("Egypt reopened the Rafah crossing for aid.", "reopened", "0863", "EGY", None),
    ("Egypt opened the Rafah crossing to aid convoys.", "opened", "0863", "EGY", None),
    ("Armenia and Azerbaijan agreed a ceasefire in Moscow.", "agreed", "0871", "ARM,AZE", ""),
    ("Azerbaijan and Armenia declared a ceasefire.", "declared", "0871", "AZE,ARM", ""),
    ("Hamas and Israel observed a four-day truce.", "observed", "0871", "PSE,ISR", ""),
    ("Hezbollah declared a ceasefire with Israel.", "declared", "0871", "LBN", "ISR"),
    ("Saudi Arabia lifted its blockade of Qatar.", "lifted", "0872", "SAU", "QAT"),
    ("The Saudi-led coalition eased its blockade of Yemen.", "eased", "0872", "SAU", "YEM"),
    ("The FARC laid down its arms.", "laid", "0873", "COL", None),
    ("Colombian rebels handed over their weapons to UN monitors.", "handed", "0873", "COL", "UN"),
    ("Libya gave up its nuclear weapons programme in 2003.", "gave", "0873", "LBY", None),
    ("Libya dismantled its nuclear weapons programme in 2004.", "dismantled", "0873", "LBY", None),
    ("Syria withdrew its troops from Lebanon.", "withdrew", "0874", "SYR", "LBN"),
    ("Russia pulled its troops out of Kherson.", "pulled", "0874", "RUS", "UKR"),
    ("Russian troops withdrew from Kherson in November.", "withdrew", "0874", "RUS", "UKR"),
    ("Israeli forces withdrew from the Gaza Strip in 2005.", "withdrew", "0874", "ISR", "PSE"),
    ("The last US troops left Afghanistan on August 30.", "left", "0874", "USA", "AFG"),
    ("Israel withdrew in 2005 after 38 years.", "withdrew", "0874", "ISR", None),
    ("Ethiopia's army retreated from Mekelle.", "retreated", "0874", "ETH", None),
    # known gaps (each xfail names its class)
    pytest.param("Iran released the seized British tanker Stena Impero.", "released", "0842", "IRN", "GBR",
                 marks=pytest.mark.xfail(strict=True, reason="the ship's name reads as a person: @person wins over "
                                                             "the tanker compound")),
    # (events-20: the place under 'around' under 'from' is still not read; the fallback recipient finds Kyiv)
    ("Moscow withdrew its forces from around Kyiv.", "withdrew", "0874", "RUS", "UKR"),
    pytest.param("Indian and Chinese troops disengaged from the Galwan Valley.", "disengaged", "087", "IND,CHN", "",
                 marks=pytest.mark.xfail(strict=True, reason="coordinated demonyms on one troop noun: no actor")),
    pytest.param("France and Germany launched joint production of a new tank.", "production", "061|060", "FRA,DEU",
                 "", marks=pytest.mark.xfail(strict=True, reason="joint industrial projects: no lexicon entry")),
    pytest.param("India and Russia settled their oil trade in rupees.", "settled", "061", "IND,RUS", "",
                 marks=pytest.mark.xfail(strict=True, reason="trade settled: no lexicon entry")),
    pytest.param("Turkey dropped its objection to Sweden's NATO membership.", "dropped", "080", "TUR", "SWE",
                 marks=pytest.mark.xfail(strict=True, reason="the organisation of the membership is a recipient too")),
]


def _quad2_found(reports: list[EventReport], text: str, trigger: str, cameos: str, actors: str,
                 recipients: str | None) -> bool:
    for r in reports:
        if text[r.trigger_start : r.trigger_end].split()[0] != trigger or r.cameo not in cameos.split("|"):
            continue
        doers, done_to = parties(r)
        if recipients == "" and doers | done_to == set(actors.split(",")):
            return True
        if doers == set(actors.split(",")) and (recipients is None or done_to == set(recipients.split(","))):
            return True
    return False


@pytest.mark.parametrize(("text", "trigger", "cameos", "actors", "recipients"), _QUAD2_BATTERY)
def test_material_cooperation_aid_and_yielding_battery(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                       trigger: str, cameos: str, actors: str,
                                                       recipients: str | None) -> None:
    reports = code(rec, coder, text)
    assert _quad2_found(reports, text, trigger, cameos, actors, recipients), [
        (text[r.trigger_start : r.trigger_end], r.cameo, parties(r), r.rule) for r in reports]


@pytest.mark.parametrize("text", [
    "The White House released a statement on the summit.",
    "Russia released video of the missile launch.",
    "The ministry released its annual report on human rights.",
    "Apple lifted its forecast for iPhone sales.",
    "The pandemic disrupted the global supply chain.",
    "China eased its monetary policy in March.",
    "The central bank lifted interest rates.",
    "Russia lifted the cap on its gas prices for households.",
    "Putin granted an interview to an American journalist.",
    "North Korea fired a missile into the sea after the drills ended.",
    "Russia withdrew its ambassador from Washington.",
    "The United States withdrew from the Paris climate agreement.",
    "Israel deployed troops along the Lebanese border.",
    "Beijing sent warships near Taiwan.",
    "Riot police deployed in central Paris on Saturday.",
    "A Russian officer arrived in Minsk for talks.",
    "Russia resumed its offensive in Donbas.",
])
def test_no_material_cooperation_in_releases_of_words_and_markets(rec: ActorRecogniser, coder: EventCoder,
                                                                  text: str) -> None:
    assert not [(r.cameo, r.rule) for r in code(rec, coder, text) if r.cameo_root in ("06", "07", "08")]


def test_the_kind_of_aid_picks_the_sub_code(rec: ActorRecogniser, coder: EventCoder) -> None:
    [r] = code(rec, coder, "Canada sent military assistance to Jordan.")
    assert (r.cameo, parties(r)) == ("072", ({"CAN"}, {"JOR"}))
    [r] = code(rec, coder, "Norway delivered emergency aid to Lebanon.")
    assert r.cameo == "073"
    # an amount "in" aid is that aid, and its kind is read from the aid noun
    [r] = code(rec, coder, "The European Union disbursed 5 billion euros in budget support to Ukraine.")
    assert (r.cameo, parties(r)) == ("071", ({"EU"}, {"UKR"}))
    [r] = code(rec, coder, "Germany pledged 500 million euros in humanitarian aid to Sudan.")
    assert (r.cameo, parties(r)) == ("0333", ({"DEU"}, {"SDN"}))
    # aid with no kind word keeps the general code
    [r] = code(rec, coder, "Japan sent aid to Nepal.")
    assert r.cameo == "070"


def test_the_kind_of_cooperation_picks_the_sub_code(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Beijing said it did not rule out trade cooperation with Moscow."
    r = at(code(rec, coder, text), text)["cooperation"]
    assert (r.cameo, r.status) == ("061", "hypothetical")
    text = "India did not rule out defence cooperation with France."
    assert at(code(rec, coder, text), text)["cooperation"].cameo == "062"


def test_aid_to_and_forces_from_a_territory_go_to_its_state(rec: ActorRecogniser, coder: EventCoder) -> None:
    [r] = code(rec, coder, "Jordan airdropped food parcels into Gaza.")
    assert (r.cameo, parties(r)) == ("073", ({"JOR"}, {"PSE"})) and "place" in RuleTrace.parse(r.rule).marks
    [r] = code(rec, coder, "Ukrainian troops withdrew from Avdiivka in February.")
    assert (r.cameo, parties(r)[1]) == ("0874", set())  # (its own town: no one else's)
    [r] = code(rec, coder, "Israeli forces pulled out of southern Lebanon in May 2000.")
    assert (r.cameo, parties(r)) == ("0874", ({"ISR"}, {"LBN"}))


def test_police_sent_abroad_are_protection(rec: ActorRecogniser, coder: EventCoder) -> None:
    [r] = code(rec, coder, "Rwandan police officers arrived in Bangui on Monday.")
    assert (r.cameo, parties(r)) == ("074", ({"RWA"}, {"CAF"})) and r.rule.endswith("+police")
    [r] = code(rec, coder, "Benin deployed police to Haiti.")
    assert (r.cameo, parties(r)) == ("074", ({"BEN"}, {"HTI"}))


def test_weapon_systems_handed_over_are_military_aid(rec: ActorRecogniser, coder: EventCoder) -> None:
    [r] = code(rec, coder, "Slovakia handed over its MiG-29 jets to Ukraine.")
    assert (r.cameo, parties(r)) == ("072", ({"SVK"}, {"UKR"}))
    [r] = code(rec, coder, "The ELN handed over its arms to the church.")  # a rebel group's arms: demobilising
    assert r.cameo == "0873"


def test_a_withdrawal_without_object_is_a_pullback(rec: ActorRecogniser, coder: EventCoder) -> None:
    [r] = code(rec, coder, "Syria withdrew in April 2005.")
    assert r.cameo == "0874"
    [r] = code(rec, coder, "Serbia withdrew the draft law in May.")  # a contested bill withdrawn: 0832
    assert r.cameo == "0832"


def test_forces_based_somewhere_in_the_present_passive_are_a_presence(rec: ActorRecogniser,
                                                                       coder: EventCoder) -> None:
    text = "Baghdad called it a breach of the terms under which American troops are stationed in Iraq."
    assert not [r for r in code(rec, coder, text) if r.cameo == "074"]
    assert not code(rec, coder, "About 900 US soldiers are based in Syria.")
    [r] = code(rec, coder, "Germany has stationed a brigade in Lithuania.")  # the act that made the presence
    assert (r.cameo, parties(r)) == ("074", ({"DEU"}, {"LTU"}))


# events-18: unnamed and group actors ------------------------------------------------------------
# A battery of short passages about real public events, each with one unnamed actor (a group named by
# what it is, "both sides", a bare title, a pronoun) in its last sentence, and the actor the gold
# set's conventions give it: the state the context names, or none (``None``: no report of the last
# sentence may name an actor) where the context names no single state.

_UNNAMED_ACTORS = [
    ('p01', {'MMR'},
     "Myanmar's military seized power in February 2021. The junta detained Aung San Suu Kyi."),
    ('p02', {'LKA'},
     "Sri Lanka's economy collapsed in 2022. Protesters stormed the presidential palace in "
     'Colombo.'),
    ('p03', {'GEO'},
     'Thousands rallied in Tbilisi against the foreign agents bill. The demonstrators clashed '
     'with police.'),
    ('p04', {'SDN'},
     "Sudan's army and the Rapid Support Forces began fighting in April. The rebels shelled "
     'Khartoum.'),
    ('p05', {'NER'},
     "Niger's presidential guard detained Mohamed Bazoum in July. The junta expelled the "
     'French ambassador.'),
    ('p06', {'PER'},
     "Peru's legislature removed Pedro Castillo in December. Lawmakers condemned the decision."),
    ('p07', {'KOR'},
     "South Korea's president declared martial law. The opposition condemned the decree."),
    ('p08', {'VEN'},
     'Venezuela held a presidential election in July. Opposition leaders accused the electoral'
     ' council of fraud.'),
    ('p09', {'ISR'},
     "Israel's cabinet approved the plan on Friday. The military struck targets in Gaza."),
    ('p10', {'ETH'},
     "Ethiopia's government signed a truce with the TPLF. The rebels agreed to disarm."),
    ('p11', {'SRB'},
     'Tens of thousands marched in Belgrade. Police detained dozens of protesters.'),
    pytest.param('p12', {'KEN'},
                 'Kenya sent officers to Haiti in June. The police began patrols in Port-au-Prince.',
                 marks=pytest.mark.xfail(strict=True, reason='Kenya and Haiti both named the sentence before')),
    pytest.param('p13', {'PAK'},
                 "Pakistan's army chief met Chinese officials. The military rejected the accusations.",
                 marks=pytest.mark.xfail(strict=True, reason='Pakistan and China both named the sentence before')),
    ('p14', {'HKG'},
     "Hong Kong's legislature passed a security law in March. Protesters denounced the law."),
    ('p15', {'IRN'},
     "Iran's parliament debated the bill. Lawmakers demanded the expulsion of the British "
     'ambassador.'),
    ('p16', {'TCD'},
     "Chad's army clashed with insurgents near the border. Troops killed dozens of fighters."),
    ('p17', {'MLI'},
     "Mali's transitional authorities ended the agreement. The junta accused France of "
     'espionage.'),
    ('p18', {'BFA'},
     'Burkina Faso suspended the French broadcaster. The junta also expelled two diplomats.'),
    ('p19', {'GIN'},
     "Guinea's soldiers detained Alpha Conde in 2021. The junta arrested the former ministers."),
    ('p20', {'THA'},
     "Thailand's parliament met on Tuesday. The opposition criticised the government over the "
     'border dispute.'),
    ('p21', {'ARM'},
     "Armenia's prime minister signed the declaration. Protesters blocked roads in Yerevan."),
    ('p22', {'PRK'},
     'North Korea launched a missile on Monday. The military said the launch was a test.'),
    ('p23', {'COL'},
     'The Colombian government resumed talks with the ELN. The rebels released two hostages.'),
    ('p24', {'RUS'},
     "Russia's defence ministry reported fighting near Kursk. Troops repelled an attack."),
    ('p25', {'BOL'},
     "Bolivia's army chief was arrested in June. Soldiers withdrew from the square."),
    pytest.param('p26', {'BGD'},
                 "Bangladesh's prime minister fled the country. Students demanded an interim government.",
                 marks=pytest.mark.xfail(strict=True, reason='students: too often no political actor to read')),
    ('p27', {'JPN'},
     "Japan's Diet approved the budget. Lawmakers also criticised China's drills."),
    ('p28', {'UKR'},
     "Ukraine's parliament ratified the deal. The government thanked the United States."),
    pytest.param('p29', {'GBR'},
                 "Britain's Foreign Office summoned the Iranian ambassador. The ministry condemned the "
                 'detention.',
                 marks=pytest.mark.xfail(strict=True, reason="'the ministry' needs a body named so before")),
    pytest.param('p30', {'PHL'},
                 'The Philippine coast guard reported the collision. The ministry protested to China.',
                 marks=pytest.mark.xfail(strict=True, reason="'the ministry' needs a body named so before")),
    ('q01', {'CHN', 'IND'},
     'India and China held talks in Ladakh. Both sides agreed to pull back troops.'),
    ('q02', {'IRN', 'SAU'},
     'Saudi Arabia and Iran met in Beijing in March. The two countries agreed to reopen '
     'embassies.'),
    ('q03', {'CHN', 'USA'},
     'Biden and Xi met at Woodside in November. The two leaders agreed to resume military '
     'talks.'),
    ('q04', {'KHM', 'THA'},
     'Thailand and Cambodia clashed along the border. The two sides agreed to a ceasefire.'),
    ('q05', {'ARM', 'AZE'},
     'Armenia and Azerbaijan signed a text in Washington. The two countries pledged to open '
     'roads.'),
    ('q06', {'ERI', 'ETH'},
     'Ethiopia and Eritrea ended their war in 2018. The two nations reopened the border.'),
    ('t01', {'FRA'},
     'Emmanuel Macron flew to Beijing in April. The president met Xi Jinping.'),
    ('t02', {'JPN'},
     'Yoshihide Suga spoke with Joe Biden in January. The prime minister pledged aid to Myanmar.'),
    ('t03', {'BRA'},
     'Jair Bolsonaro travelled to India in January 2020. He praised the United States.'),
    ('t04', {'RUS'},
     'Sergei Lavrov arrived in Pyongyang on Monday. The foreign minister praised North Korea.'),
    ('t05', {'UKR'},
     'Zelensky addressed the Congress in December. He thanked the American people.'),
    ('t06', {'TUR'},
     'Erdogan hosted the talks in Istanbul. The president urged Russia to extend the deal.'),
    pytest.param('t07', {'AUS'},
                 "Australia's Penny Wong visited Beijing. The minister raised the detention of Cheng Lei "
                 'with China.',
                 marks=pytest.mark.xfail(strict=True, reason="'the minister' is no single office")),
    ('t08', {'IRN'},
     'Iran seized a tanker in the Gulf. It accused Britain of piracy.'),
    ('t09', {'RUS'},
     'Russia accused Ukraine of shelling the plant. On Monday it expelled two Estonian '
     'diplomats.'),
    ('t10', {'CHN'},
     'China criticised Japan over the release of treated water. Last week it suspended imports'
     ' of Japanese seafood.'),
    ('w01', {'GEO'},
     "Georgia's ruling party suspended EU talks. Protesters blocked the entrance to "
     'parliament.'),
    ('w02', {'KEN'},
     'The Kenyan parliament passed the finance bill. Demonstrators stormed the building.'),
    ('w03', {'TUN'},
     "Tunisia's president dissolved parliament in 2021. The opposition denounced the move."),
    ('w04', {'GAB'},
     "Gabon's army officers seized power in August. The junta suspended ties with France."),
    ('n01', None,
     'Israel and Hezbollah traded fire across the border. The military said it struck '
     'launchers.'),
    ('n02', None,
     'Protesters gathered on Saturday. They demanded new elections.'),
    ('n03', None,
     'The court ruled on Monday. The decision was final.'),
    ('n04', None,
     'India and Pakistan exchanged fire. Troops crossed the line of control.'),
    ('n05', None,
     'Officials met on Monday. The ministry condemned the attack.'),
    ('n06', None,
     'Russia and Ukraine traded strikes overnight. The military said it shot down drones.'),
    ('n08', None,
     'SEOUL, Oct 4 — North Korea fired a missile over the sea on Tuesday. The military '
     'condemned the launch.'),
    ('n09', None,
     'Hamas and Hezbollah praised the attack. The two countries condemned it.'),
    ('g01', {'USA'},
     'Russia, China and Iran held naval drills in the Gulf of Oman. Days later the United '
     'States criticised the three countries.'),
    ('g02', {'ARM', 'AZE'},
     'Armenia and Azerbaijan signed the text after talks with the PKK and the YPG present. The'
     ' two countries pledged to open their border.'),
    ('f01', {'RUS'},
     'The United States left the treaty in August. In Moscow, the foreign ministry condemned the decision.'),
    ('f02', {'GEO'},
     'SEOUL, May 14 — Georgia passed the law on Tuesday. In Tbilisi, protesters stormed the parliament.'),
    ('n07', None,
     'Lawmakers debated the bill for hours. The opposition walked out.'),
    # (review: the table writes "MPs" as it is spelled; the text's noun is looked up lowercased)
    ('r01', {'GBR'},
     "Britain's parliament returned from recess on Monday. MPs condemned the detention of the journalists."),
]


@pytest.mark.parametrize(("name", "want", "text"), _UNNAMED_ACTORS)
def test_unnamed_actor_takes_the_state_its_context_names(rec: ActorRecogniser, coder: EventCoder, name: str,
                                                          want: set[str] | None, text: str) -> None:
    last = text.rindex(". ", 0, len(text) - 1) + 2
    reports = [r for r in code(rec, coder, text) if r.trigger_start >= last]
    if want is None:
        assert all(not parties(r)[0] for r in reports), name  # the coder must not guess
    else:
        assert reports and parties(reports[0])[0] == want, name


def test_a_states_own_group_is_read_as_a_clause_subject_only(rec: ActorRecogniser) -> None:
    def described(text: str) -> dict[str, tuple[str | None, str | None]]:
        return {m.text: (m.code, m.sector) for m in rec.recognise(text, "d", PUBLISHED.value, places=True) if m.via}

    text = "Hungary's parliament passed the law in December. Police detained dozens, and the opposition condemned it."
    assert described(text) == {"Police": ("HUN", "COP"), "the opposition": ("HUN", "OPP")}
    # an object may be anyone's forces; a group placed by a phrase is the place's (the event coder's)
    assert described("Hungary's parliament passed the law. The government sent the police to the border.") == {}
    assert described("Germany tightened its asylum rules. Protesters in Paris burned tyres.") == {}
    assert described("The EU imposed sanctions on Russia. Protesters rallied in Berlin on Saturday.") == {}
    # one of a list, or after a long opening, is no clause's subject
    assert described("Serbia held elections in December. Students, lawmakers and priests marched.") == {}
    assert described("Serbia held elections in December. Students marched in the rain for days, police said.") == {}


def test_a_repeated_count_of_countries_keeps_its_members(rec: ActorRecogniser) -> None:
    text = ("Australia, Britain and the United States announced the AUKUS pact in September. The three "
            "countries will build submarines for Australia. France recalled its envoys, and the three countries "
            "defended the deal.")
    groups = [m for m in rec.recognise(text, "d", PUBLISHED.value, places=True) if m.kind == "group"]
    assert [set(g.members) for g in groups] == [{"AUS", "GBR", "USA"}] * 2  # (not France, named since)


def test_a_body_owned_by_a_titled_person_is_that_persons_states(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "the government" alone takes the state named last (Argentina); owned by a person, the person's
    text = "Argentina condemned the coup in Myanmar. President Jair Bolsonaro's government criticised the junta."
    gov = next(m for m in rec.recognise(text, "d", PUBLISHED.value, places=True) if m.text == "government")
    assert (gov.code, gov.sector) == ("BRA", "GOV")
    r = at(code(rec, coder, text), text)["criticised"]
    assert parties(r)[0] == {"BRA"}


# events-18: status (modality) breadth: planned, hypothetical, negated ---------------------------

# constructions the coder still gets wrong, kept visible in the battery
_NO_NOUN_DOER = pytest.mark.xfail(strict=True, reason=(
    "a nominal event whose doer is a compound of its of-object ('of US missiles') is not found"))
_PLAN_APPROVED = pytest.mark.xfail(strict=True, reason=(
    "'approve' codes the plan as 051 and consumes the planned deployment"))
_PARTIES_ON_GOVERNOR = pytest.mark.xfail(strict=True, reason=(
    "an event noun whose parties are only the governing verb's subjects is not found"))
_MODAL_OF_CONSEQUENCE = pytest.mark.xfail(strict=True, reason=(
    "only verbs of happening hand their modal to an event-noun subject: an invasion that happened 'will "
    "cost' Russia"))

#: one construction a row, several wordings of each (the gold's conventions on status): (class, text,
#: trigger, status, code prefix); status None: the trigger is no report (a content, a condition)
_STATUS_BATTERY = [
    ("will", "Blinken will visit Beijing next month.", "visit", "planned", "042"),
    ("will", "China will hold naval drills with Russia in July.", "drills", "planned", "06"),
    ("will", "The European Union will impose new sanctions on Iran.", "impose", "planned", "163"),
    ("shall", "Japan shall host the leaders of the Group of Seven in Hiroshima.", "host", "planned", "04"),
    ("is-to", "Modi is to visit Washington in June.", "visit", "planned", "042"),
    ("is-to", "The Indian prime minister is to meet Biden at the White House.", "meet", "planned", "04"),
    ("is-due", "Macron is due to meet Biden at the White House on Friday.", "meet", "planned", "04"),
    ("is-due", "Lavrov is due to visit Pyongyang on Tuesday.", "visit", "planned", "042"),
    ("is-set", "Xi is set to visit Moscow next week.", "visit", "planned", "042"),
    ("is-set", "Iran and Saudi Arabia are set to reopen their embassies.", "reopen", "planned", ""),
    ("is-expected", "Erdogan is expected to meet Putin in Sochi.", "meet", "planned", "04"),
    ("is-expected", "Zelensky is expected to visit Warsaw on Monday.", "visit", "planned", "042"),
    ("is-scheduled", "Erdogan is scheduled to visit China in March.", "visit", "planned", "042"),
    ("is-scheduled", "Austin is scheduled to meet his Philippine counterpart in Manila.", "meet", "planned", "04"),
    ("is-likely", "Macron is likely to meet Biden in Normandy.", "meet", "hypothetical", "04"),
    ("plan-to", "Macron plans to visit India in January.", "visit", "planned", "042"),
    ("intent-only", "Germany intends to send tanks to Ukraine.", "intends", "occurred", "03"),
    ("intent-only", "Germany intends to send tanks to Ukraine.", "send", None, ""),
    ("plan-to", "Australia aims to sign a trade deal with the European Union.", "sign", "planned", "0"),
    ("plan-to", "Erdogan hopes to meet Putin in Turkey.", "meet", "planned", "04"),
    ("plan-to", "Poland wants to buy tanks from South Korea.", "buy", "planned", ""),
    ("prog-future", "Zelensky is visiting Washington next week.", "visiting", "planned", "042"),
    ("prog-future", "Modi is meeting Macron in Paris later this month.", "meeting", "planned", "04"),
    ("prog-future", "Blinken is travelling to Beijing on Sunday.", "travelling", "planned", ""),
    ("prog-future", "Japan and Australia are holding talks in Tokyo tomorrow.", "talks", "planned", "04"),
    ("would-reported", "Biden said he would visit Israel.", "visit", "planned", "042"),
    ("would-reported", "The White House said Biden would meet Xi in San Francisco.", "meet", "planned", "04"),
    ("would-reported", "Diplomats said the European Union would impose new sanctions on Russia.",
     "impose", "planned", "163"),
    ("was-to", "Blinken was to meet Zelensky in Kyiv.", "meet", "planned", "04"),
    ("was-due", "Lavrov was due to sign an agreement with Iran on Tuesday.", "sign", "planned", "0"),
    ("was-set", "Officials said Austin was set to visit Manila.", "visit", "planned", "042"),
    ("was-expected", "Merkel was expected to meet Putin in Moscow.", "meet", "planned", "04"),
    ("planned-noun", "Pelosi's planned visit to Taiwan angered China.", "visit", "planned", "042"),
    ("planned-noun", "Officials prepared for an upcoming summit between Biden and Putin in Geneva.",
     "summit", "planned", "04"),
    ("planned-noun", "China postponed a scheduled meeting with Blinken.", "postponed", "occurred", "16"),
    ("planned-noun-cancelled", "China postponed a scheduled meeting with Blinken.", "meeting", None, ""),
    ("planned-noun", "Talks between Russia and Ukraine set for Friday will take place in Istanbul.",
     "Talks", "planned", "04"),
    pytest.param("planned-noun", "Moscow criticised the proposed deployment of US missiles in Germany.",
                 "deployment", "hypothetical", "", marks=_NO_NOUN_DOER),
    ("planned-noun", "The next round of talks between Iran and the IAEA will be held in Vienna.",
     "talks", "planned", "04"),
    ("agree-to", "Russia and Ukraine agreed to hold talks in Istanbul.", "talks", "planned", "04"),
    ("agree-to", "Russia and Ukraine agreed to hold talks in Istanbul.", "agreed", "occurred", "03"),
    ("decide-to", "NATO decided to send more troops to Romania.", "send", "planned", ""),
    pytest.param("approve-plan", "The German cabinet approved a plan to deploy troops to Lithuania.",
                 "deploy", "planned", "", marks=_PLAN_APPROVED),
    ("agree-that", "Japan and South Korea agreed that their leaders would meet in Tokyo.", "meet", "planned", "04"),
    ("accept-invitation", "Modi accepted an invitation to visit Washington.", "visit", "planned", "042"),
    ("accept-invitation", "Modi accepted an invitation to visit Washington.", "accepted", "occurred", "036"),
    ("accept-invitation", "Moon Jae-in accepted Biden's invitation to attend the summit in Washington.", "attend",
     "planned", "04"),
    ("could", "China could supply weapons to Russia.", "supply", "hypothetical", "07"),
    ("might", "Iran might attack Israel.", "attack", "hypothetical", "19"),
    ("may", "North Korea may conduct a nuclear test.", "test", "hypothetical", "15"),
    ("could-reported", "US officials said Russia could invade Ukraine.", "invade", "hypothetical", "19"),
    ("would-cond", "Washington would impose sanctions on Moscow if Russia invaded Ukraine.",
     "impose", "occurred", "13"),
    ("threat-condition", "Washington would impose sanctions on Moscow if Russia invaded Ukraine.", "invaded", None, ""),
    ("if-clause", "If Turkey approves the accession, Sweden will join NATO.", "join", "hypothetical", ""),
    ("if-clause", "If Washington lifts the sanctions, Iran will return to the talks.", "return", "hypothetical", ""),
    ("in-case", "In case of an attack, NATO would send troops to Estonia.", "send", "hypothetical", ""),
    pytest.param("possibility", "Washington and Seoul discussed the possibility of joint exercises.",
                 "exercises", "hypothetical", "06", marks=_PARTIES_ON_GOVERNOR),
    ("possibility", "Moscow and Tokyo discussed the possibility of a visit by Putin to Japan.",
     "visit", "hypothetical", "04"),
    ("considering", "Germany is considering sending tanks to Ukraine.", "sending", "hypothetical", "07"),
    ("weighing", "The United States is weighing new sanctions on China.", "sanctions", "hypothetical", "163"),
    ("weighing", "Britain is weighing sending warships to the Red Sea.", "sending", "hypothetical", ""),
    ("threat", "Iran threatened to close the Strait of Hormuz.", "threatened", "occurred", "13"),
    ("threat-content", "Iran threatened to close the Strait of Hormuz.", "close", None, ""),
    ("threat-content", "Russia threatened to cut gas supplies to Europe.", "cut", None, ""),
    ("did-not", "Biden did not meet Putin in Rome.", "meet", "negated", "04"),
    ("did-not", "China did not condemn the Russian invasion of Ukraine.", "condemn", "negated", "11"),
    ("never", "Kim Jong Un has never visited Seoul.", "visited", "negated", "042"),
    ("not-yet", "China has not yet condemned the invasion of Ukraine by Russia.", "condemned", "negated", "11"),
    ("has-yet-to", "India has yet to sign the nuclear test ban treaty.", "sign", "negated", ""),
    ("has-yet-to", "Xi has yet to visit Kyiv.", "visit", "negated", "042"),
    ("failed-to", "Israel and Hamas failed to agree on a ceasefire.", "agree", "negated", ""),
    ("declined", "Germany declined to send tanks to Ukraine.", "declined", "occurred", "12"),
    ("declined-content", "Germany declined to send tanks to Ukraine.", "send", None, ""),
    ("refused", "Turkey refused to approve Sweden's membership in NATO.", "refused", "occurred", "12"),
    ("stopped-short", "NATO stopped short of inviting Ukraine to join the alliance.", "inviting", "negated", ""),
    ("without", "Lavrov left the meeting in Bali without meeting Blinken.", "meeting", "negated", "04"),
    ("neither-nor", "Neither Washington nor Beijing has sent an envoy to the talks.", "sent", "negated", ""),
    ("no-subject", "No NATO member attended the parade in Moscow.", "attended", "negated", ""),
    ("ruled-out", "Biden ruled out sending troops to Ukraine.", "ruled", "occurred", "12"),
    ("ruled-out-content", "Biden ruled out sending troops to Ukraine.", "sending", None, ""),
    ("denied-that", "Russia denied that it had attacked civilians in Bucha.", "denied", "occurred", "016"),
    ("denied-that", "Russia denied that it had attacked civilians in Bucha.", "attacked", "negated", "19"),
    ("negated-reported", "Officials said Iran had not attacked the tanker.", "attacked", "negated", ""),
    ("would-not", "Officials said Blinken would not visit Beijing.", "visit", "occurred", "12"),
    ("belief-would", "Erdogan said he believed that Putin and Zelensky would meet in Istanbul.",
     "meet", "planned", "04"),
    ("conj-past", "Lavrov said Russia would retaliate and accused Washington of lying.", "accused", "occurred", "11"),
    ("is-yet-to", "Russia is yet to withdraw its troops from Georgia.", "withdraw", "negated", ""),
    ("present-future", "Blinken travels to Beijing on Sunday.", "travels", "planned", ""),
    ("present-future", "Macron meets Xi in Beijing on Thursday next week.", "meets", "planned", "04"),
    ("past-date", "Blinken met Wang Yi in Beijing on Sunday.", "met", "occurred", "04"),
    ("going-to", "Zelensky is going to visit Washington.", "visit", "planned", "042"),
    ("about-to", "Iran and the IAEA are about to sign an agreement.", "sign", "planned", ""),
    ("plans-noun", "Japan announced plans to send a destroyer to the Middle East.", "send", "planned", ""),
    ("plans-noun", "Russia announced plans to hold drills with China.", "drills", "planned", "06"),
    ("present-future", "Blinken travels to Beijing next week for talks with Wang Yi.", "travels", "planned", "042"),
    ("present-future", "Modi arrives in Moscow on Monday.", "arrives", "planned", ""),
    ("present-future", "Biden hosts Xi at the White House in the coming days.", "hosts", "planned", "04"),
    ("present-present", "Russia is shelling Kharkiv.", "shelling", "occurred", "19"),
    ("present-present", "China is holding drills near Taiwan.", "drills", "occurred", ""),
    ("present-past-clause", "Russia is shelling Kharkiv, which it attacked on Monday.", "shelling", "occurred", "19"),
    ("plan-to", "Macron plans to visit India in January.", "visit", "planned", "042"),
    ("prepare", "Russia is preparing to launch a new offensive against Ukraine.", "offensive", "planned", "19"),
    ("offer", "China is ready to hold talks with the United States.", "ready", "occurred", "03"),
    ("offer-content", "China is ready to hold talks with the United States.", "talks", None, ""),
    ("offer-content", "Putin is willing to meet Zelensky.", "meet", None, ""),
    ("offer-content", "Erdogan offered to host talks between Russia and Ukraine.", "talks", "hypothetical", "04"),
    ("offer-beside", "Erdogan offered to send troops to Libya after agreeing to deepen cooperation with Tripoli.",
     "agreeing", "occurred", "03"),
    ("present-dated", "Saudi envoys attend the Arab League summit in Cairo, Saturday, March 5, 2016.",
     "attend", "occurred", "04"),
    ("present-future", "Macron is hosting a climate summit in Paris on Tuesday.", "hosting", "planned", "04"),
    pytest.param("possible-noun", "Moscow and Kyiv discussed a possible prisoner exchange.",
                 "exchange", "hypothetical", "", marks=_PARTIES_ON_GOVERNOR),
    ("consider-noun", "Washington is considering new sanctions on Iran.", "sanctions", "hypothetical", "163"),
    ("whether", "NATO debated whether to send troops to Ukraine.", "send", "hypothetical", ""),
    ("unless", "Unless Iran returns to the talks, the European Union will impose sanctions on Tehran.",
     "returns", None, ""),
    ("refrain", "China refrained from condemning the Russian invasion of Ukraine.", "condemning", "negated", "11"),
    ("instead-of", "Xi sent his premier to Delhi instead of attending the G20 summit.", "attending", "negated", "04"),
    ("rather-than", "Biden phoned Netanyahu rather than meeting him in Jerusalem.", "meeting", "negated", "04"),
    ("avoid", "India avoided criticising Russia.", "criticising", "negated", "11"),
    ("could-not", "Israel and Hamas could not agree on a ceasefire.", "agree", "negated", ""),
    ("never-past", "Biden never visited Iran.", "visited", "negated", "042"),
    ("never-past", "Putin has never met Zelensky.", "met", "negated", "04"),
    ("neg-will", "Turkey will not host the talks.", "host", "occurred", "12"),
    pytest.param("would-main", "A Chinese invasion of Taiwan would trigger sanctions from the United States.",
                 "invasion", "hypothetical", "19", marks=_MODAL_OF_CONSEQUENCE),
    ("happening-noun", "A summit between Biden and Putin will be held in Geneva.", "summit", "planned", "04"),
    ("happening-noun", "Talks between Iran and the United States could take place in Oman.",
     "Talks", "hypothetical", "04"),
    ("present-date", "Modi is visiting Japan in May.", "visiting", "planned", "042"),
    ("past-date", "Modi visited Japan in May.", "visited", "occurred", "042"),
    ("present-present", "Russia is withdrawing troops from the border with Ukraine.", "withdrawing", "occurred", "08"),
    ("present-future", "Japan and Australia are holding talks in Tokyo in the coming days.", "talks", "planned", "04"),
    ("barred-content", "The United States barred Russia from attending the summit.", "attending", None, ""),
    ("plans-noun", "Iran has plans to hold naval drills with Russia.", "drills", "planned", "06"),
    ("headline-to", "Macron to visit China.", "visit", "planned", "042"),
    ("headline-to", "Erdogan to meet Putin in Sochi.", "meet", "planned", "04"),
    ("noun-ahead", "Austin's visit to Manila next week was confirmed by the Pentagon.", "visit", "planned", "042"),
    ("noun-ahead", "China announced joint drills with Russia next month.", "drills", "planned", "06"),
    ("noun-no", "There has been no meeting between Xi and Modi.", "meeting", "negated", "04"),
    ("noun-no", "Washington held no talks with Tehran.", "talks", "negated", "04"),
    ("verb-no", "Germany sent no tanks to Ukraine.", "sent", "negated", "07"),
    ("denied-claim", "Beijing denied reports that it had supplied weapons to Russia.", "supplied", "negated", "07"),
    ("denied-claim", "Moscow dismissed reports that it had sent troops to Mali.", "sent", "negated", "07"),
    ("confirmed-claim", "Moscow confirmed reports that it had sent troops to Belarus.", "sent", "occurred", ""),
    ("feared", "Fears of an Israeli strike on Iran rose in Tehran.", "strike", "hypothetical", "19"),
    ("feared", "Seoul fears a North Korean attack on its islands.", "attack", "hypothetical", "19"),
    ("risk", "Diplomats spoke of the danger of a Serbian attack on Kosovo.", "attack", "hypothetical", "19"),
    ("in-case-of", "In the event of a Chinese attack on Taiwan, Japan would send ships.",
     "attack", "hypothetical", "19"),
    ("in-case-of", "Estonia would call on NATO in case of a Russian invasion.", "invasion", "hypothetical", "19"),
    ("scheduled-noun", "Talks between Armenia and Azerbaijan slated for Monday were confirmed by Moscow.",
     "Talks", "planned", "04"),
    ("scheduled-noun", "The summit between Xi and Biden, set for November, will take place in California.",
     "summit", "planned", "04"),
    ("scheduled-noun", "Modi's visit to Moscow, which is scheduled for July, was announced by the Kremlin.",
     "visit", "planned", "042"),
    ("held-noun", "The talks between Iran and the IAEA, which were held in Vienna, ended without a deal.",
     "talks", "occurred", "04"),
]


def _battery_id(k: int, row: object) -> str:
    values = getattr(row, "values", row)
    return f"{values[0]}-{k}"  # type: ignore[index]


@pytest.mark.parametrize(("kind", "text", "trigger", "status", "cameo"), _STATUS_BATTERY,
                         ids=[_battery_id(k, row) for k, row in enumerate(_STATUS_BATTERY)])  # fmt: skip
def test_status_battery(rec: ActorRecogniser, coder: EventCoder, kind: str, text: str, trigger: str,
                        status: str | None, cameo: str) -> None:  # fmt: skip
    found = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == trigger]
    if status is None:
        assert not found, kind
    else:
        assert any(r.status == status and r.cameo.startswith(cameo) for r in found), \
            (kind, [(r.cameo, r.status) for r in found])  # fmt: skip

def test_a_condition_of_a_threat_is_no_report(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Unless Tehran releases the tanker, Britain will impose sanctions on Iran."
    got = at(code(rec, coder, text), text)
    assert got["impose"].cameo_root == "13" and "releases" not in got
    text = "If Moscow withdraws its troops, Kyiv will hold talks with Russia."  # no threat: the condition stays
    assert at(code(rec, coder, text), text)["withdraws"].status == "hypothetical"


def test_a_plan_announced_is_the_announcers_own(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "India announced plans to send a warship to the Gulf of Aden."
    r = at(code(rec, coder, text), text)["send"]
    assert r.status == "planned" and parties(r)[0] == {"IND"} and r.attribution is None
    text = "China criticised American plans to station missiles in Japan."  # another's plan, owned on the noun
    assert "station" not in at(code(rec, coder, text), text)


def test_a_postponed_visit_is_cancelled_for_now(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Erdogan postponed his visit to Washington."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("161", "occurred") and parties(r) == ({"TUR"}, {"USA"})
    text = "Kyiv put off talks with Moscow."
    [r] = code(rec, coder, text)
    assert r.cameo == "164" and parties(r) == ({"UKR"}, {"RUS"})


def test_a_present_tense_with_a_time_ahead_is_planned_only_there(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Israel is bombing Gaza, which Hamas attacked on Saturday."  # the weekday dates the other clause
    assert at(code(rec, coder, text), text)["bombing"].status == "occurred"
    text = "Russia, which invaded Ukraine in December, says it bombs only military sites."  # (the invasion's)
    assert at(code(rec, coder, text), text)["bombs"].status == "occurred"
    text = "Washington is pushing for a state next to Israel."  # "next" to no time noun
    assert all(r.status == "occurred" for r in code(rec, coder, text))
    text = "Lavrov said Russia would retaliate and accused Britain of lying."  # past "accused" shares no "would"
    assert at(code(rec, coder, text), text)["accused"].status == "occurred"


def test_a_denied_claim_is_the_deniers_word(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Pyongyang denied reports that it had shipped shells to Russia."
    r = at(code(rec, coder, text), text)["shipped"]
    assert r.status == "negated" and r.attribution == "Pyongyang"


# events-18: events told inside relative, temporal and causal clauses -------------------------------
# Each case: a clause of one type; the report expected at its trigger word as (code prefix, actors,
# recipients, status, date, historical), or None where the clause is no event of its own (a state
# of affairs, a company's act, a clause that only elaborates the main act, an agentless participle).
# The texts are dated 2021-03-26 (PUBLISHED): "in June" told of a past act is June 2020.
_CLAUSE_XFAIL = {
    # (events-20) the recipient fallback takes the state of a place named in the sentence
    "o15": "the fallback recipient: a bombing 'in Beirut' condemned makes Lebanon the one condemned",
    "p07": "the fallback recipient: drills that 'ended in the Philippine Sea', condemned, make the Philippines "
           "the one condemned",
    "p05": "a participle's agent on a call: the request of a telephone call by its agent is not coded",
    "w11": "an 'until' clause after a stopping verb is read as the stop's negated complement",
    "w18": "joining 'the group' names no organisation: the member joins no recipient",
}

_CLAUSES: list[tuple[str, str, str, tuple[str, set[str], set[str], str, str, bool] | None]] = [
    # object relatives: "the X, which A <verb>ed (on B)"
    ("o01", "The treaty, which Russia and the United States signed in 2010, limits deployed warheads.",
     "signed", ("057", {"RUS", "USA"}, set(), "occurred", "2010", True)),
    ("o02", "The sanctions, which the European Union imposed on Belarus in June, remain in force.",
     "imposed", ("163", {"EU"}, {"BLR"}, "occurred", "2020-06", True)),
    ("o03", "The proposal, which Iran rejected on Tuesday, would have extended the talks.",
     "rejected", ("12", {"IRN"}, set(), "occurred", "2021-03-23", False)),
    ("o04", "The attack on the embassy, which Washington blamed on Tehran, killed two guards.",
     "blamed", ("112", {"USA"}, {"IRN"}, "occurred", "2021-03-26", False)),
    ("o05", "The deal, which Israel and the United Arab Emirates signed at the White House in September, "
            "opened the way to embassies.",
     "signed", ("057", {"ISR", "ARE"}, set(), "occurred", "2020-09", True)),
    ("o06", "The embargo, which the United States imposed on Cuba in 1962, still stands.",
     "imposed", ("163", {"USA"}, {"CUB"}, "occurred", "1962", True)),
    ("o07", "The aid package, which Germany pledged to Jordan last year, arrived in Amman on Monday.",
     "pledged", ("033", {"DEU"}, {"JOR"}, "occurred", "2020", False)),
    ("o08", "The draft resolution, which Russia vetoed in the Security Council on Friday, called for a truce.",
     "vetoed", ("129", {"RUS"}, {"UNSC"}, "occurred", "2021-03-26", False)),  # (events-20: the fallback)
    ("o09", "The plan, which China proposed to Ukraine in February, found little support.",
     "proposed", ("02", {"CHN"}, {"UKR"}, "occurred", "2021-02", False)),
    ("o10", "The talks, which Norway hosted between Colombia and the rebels in 2012, lasted four years.",
     "hosted", ("043", {"NOR"}, {"COL"}, "occurred", "2012", True)),  # (events-20: the fallback)
    ("o11", "The missile, which North Korea launched toward Japan on Tuesday, fell into the sea.",
     "launched", ("150", {"PRK"}, {"JPN"}, "occurred", "2021-03-23", False)),
    ("o12", "The accusation, which Beijing denied on Monday, concerned hacking.",
     "denied", ("016", {"CHN"}, set(), "occurred", "2021-03-22", False)),
    ("o13", "The envoy, whom Australia recalled from Beijing in December, has not returned.",
     "recalled", ("161", {"AUS"}, {"CHN"}, "occurred", "2020-12", False)),
    ("o14", "The ambassador, whom Beijing summoned on Tuesday, declined to comment.",
     "summoned", ("110", {"CHN"}, set(), "occurred", "2021-03-23", False)),
    ("o15", "The bombing in Beirut, which France condemned on Tuesday, killed twelve people.",
     "condemned", ("111", {"FRA"}, set(), "occurred", "2021-03-23", False)),
    ("o16", "The sanctions, which Washington imposed in 2019, remain in force.",
     "imposed", ("163", {"USA"}, set(), "occurred", "2019", True)),
    ("o17", "The treaty, which Putin suspended on Tuesday, limits nuclear arsenals.",
     "suspended", ("127", {"RUS"}, set(), "occurred", "2021-03-23", False)),
    ("o18", "The deal, which Trump abandoned in 2018, lifted sanctions on Iran.",
     "abandoned", ("127", {"USA"}, {"IRN"}, "occurred", "2018", True)),  # (events-20: the fallback)
    ("o19", "The embargo, which Obama eased in 2015, still restricts trade with Cuba.",
     "eased", ("085", {"USA"}, {"CUB"}, "occurred", "2015", True)),  # (events-20: the fallback)
    ("o20", "The accord, that Erdogan and Putin signed in Sochi, created a buffer zone.",
     "signed", ("057", {"TUR", "RUS"}, set(), "occurred", "2021-03-26", False)),
    # subject relatives telling one specific past act of the actor (D11: a row at its own time)
    ("s01", "Russia, which annexed Crimea in 2014, denies any plan to attack Ukraine.",
     "annexed", ("192", {"RUS"}, {"UKR"}, "occurred", "2014", True)),
    ("s02", "Turkey, which shot down a Russian jet in 2015, later apologised to Moscow.",
     "shot", ("190", {"TUR"}, {"RUS"}, "occurred", "2015", True)),
    ("s03", "Qatar, which mediated between Washington and the Taliban, hosted the talks.",
     "mediated", ("045", {"QAT"}, {"USA", "AFG"}, "occurred", "2021-03-26", False)),
    ("s04", "The United States, which withdrew from the nuclear deal in 2018, imposed new sanctions on Iran.",
     "withdrew", ("127", {"USA"}, {"IRN"}, "occurred", "2018", True)),  # (events-20: the fallback)
    ("s05", "Egypt, which brokered the truce between Israel and Hamas, sent envoys to Gaza.",
     "brokered", ("045", {"EGY"}, {"ISR", "PSE"}, "occurred", "2021-03-26", False)),
    ("s06", "Iran, which borders Iraq, criticised the strike.", "borders", None),
    ("s07", "The treaty, which bans nuclear tests, has not entered into force.", "bans", None),
    # reduced passive relatives with an agent (rows), adjectival participles without one (none)
    ("p01", "The accord, signed by Israel and Jordan in 1994, ended decades of war.",
     "signed", ("057", {"ISR", "JOR"}, set(), "occurred", "1994", True)),
    ("p02", "The sanctions, imposed by the United States on Venezuela in 2019, froze state assets.",
     "imposed", ("163", {"USA"}, {"VEN"}, "occurred", "2019", True)),
    ("p03", "The ceasefire, brokered by Qatar between Israel and Hamas in May, largely held.",
     "brokered", ("045", {"QAT"}, {"ISR", "PSE"}, "occurred", "2020-05", True)),
    ("p04", "A summit hosted by Indonesia in Bali drew twenty leaders.",
     "hosted", ("043", {"IDN"}, set(), "occurred", "2021-03-26", False)),
    ("p05", "A phone call requested by President Emmanuel Macron took place on Sunday.",
     "requested", ("0", {"FRA"}, set(), "occurred", "2021-03-21", False)),
    ("p06", "The aid, pledged by Japan to Ukraine last week, will arrive soon.",
     "pledged", ("033", {"JPN"}, {"UKR"}, "occurred", "2021-03", False)),
    ("p07", "The drills, condemned by China on Monday, ended in the Philippine Sea.",
     "condemned", ("111", {"CHN"}, set(), "occurred", "2021-03-22", False)),
    ("p08", "Tariffs imposed by China on Australian wine in November hurt exporters.",
     "imposed", ("163", {"CHN"}, {"AUS"}, "occurred", "2020-11", True)),
    ("a01", "Sanctions imposed on Russia remain in force.", "imposed", None),
    ("a02", "The missile launched on Tuesday fell into the sea near Japan.", "launched", None),
    ("a03", "Japan lifted the restrictions imposed by Tokyo on South Korea in 2019.", "imposed", None),
    # temporal clauses: when, after, before, since, until, as, "the day"
    ("w01", "Relations collapsed in 2017 when Saudi Arabia cut ties with Qatar.",
     "cut", ("161", {"SAU"}, {"QAT"}, "occurred", "2017", True)),
    ("w02", "Oil prices rose after Iraq invaded Kuwait in August 1990.",
     "invaded", ("19", {"IRQ"}, {"KWT"}, "occurred", "1990-08", True)),
    ("w03", "The border has been tense since China and India clashed in the Galwan valley in June.",
     "clashed", ("190", {"CHN", "IND"}, set(), "occurred", "2020-06", True)),
    ("w04", "Tensions rose when Iran seized a British tanker in July 2019.",
     "seized", ("171", {"IRN"}, {"GBR"}, "occurred", "2019-07", True)),
    ("w05", "The talks resumed after Israel released 20 Palestinian prisoners.",
     "released", ("0841", {"ISR"}, {"PSE"}, "occurred", "2021-03-26", False)),
    ("w06", "Markets fell as North Korea fired two missiles into the sea on Thursday.",
     "fired", ("150", {"PRK"}, set(), "occurred", "2021-03-25", False)),
    ("w07", "Before Armenia and Azerbaijan agreed to a ceasefire in November, thousands died.",
     "agreed", ("03", {"ARM", "AZE"}, set(), "occurred", "2020-11", True)),
    ("w08", "Since Sweden joined NATO in March, the alliance has grown.",
     "joined", ("050", {"SWE"}, {"NATO"}, "occurred", "2021-03", False)),
    ("w09", "The embassy closed when Canada expelled two Chinese diplomats in 2019.",
     "expelled", ("161", {"CAN"}, {"CHN"}, "occurred", "2019", True)),
    ("w10", "The crisis began in 2014 when Russia annexed Crimea.",
     "annexed", ("192", {"RUS"}, {"UKR"}, "occurred", "2014", True)),
    ("w11", "Trade stopped until Pakistan reopened the border in May.",
     "reopened", ("0863", {"PAK"}, set(), "occurred", "2020-05", True)),
    ("w12", "The day North Korea tested a hydrogen bomb, China summoned its ambassador.",
     "tested", ("150", {"PRK"}, set(), "occurred", "2021-03-26", False)),
    ("w13", "The dispute eased after Japan lifted export curbs on South Korea.",
     "lifted", ("081", {"JPN"}, {"KOR"}, "occurred", "2021-03-26", False)),
    ("w14", "Washington protested when Beijing sent warships near Taiwan.",
     "sent", ("150", {"CHN"}, {"TWN"}, "occurred", "2021-03-26", False)),
    ("w15", "When Libya agreed to compensate the families, Britain restored relations.",
     "agreed", ("03", {"LBY"}, {"GBR"}, "occurred", "2021-03-26", False)),  # (events-20: the fallback)
    ("w16", "The deal collapsed after the United States withdrew in 2018.",
     "withdrew", ("0874", {"USA"}, set(), "occurred", "2018", True)),
    ("w17", "Ties improved after Erdogan visited Athens in December.",
     "visited", ("042", {"TUR"}, {"GRC"}, "occurred", "2020-12", False)),
    ("w18", "Since Egypt, Ethiopia and Iran joined the group, it has twelve members.",
     "joined", ("050", {"EGY", "ETH", "IRN"}, set(), "occurred", "2021-03-26", False)),
    # a relative "when" clause on a month's name is dated to that month ("since July, when ...")
    ("w19", "Tensions have risen since July, when Algeria recalled its ambassador from Rabat.",
     "recalled", ("161", {"DZA"}, {"MAR"}, "occurred", "2020-07", True)),
    ("w20", "Relations soured in October, when Canada expelled an Indian diplomat.",
     "expelled", ("161", {"CAN"}, {"IND"}, "occurred", "2020-10", True)),
    ("w21", "The accord builds on March, when Serbia agreed to recognise Kosovo's documents.",
     "agreed", ("03", {"SRB"}, {"XKX"}, "occurred", "2021-03", False)),
    # other clause types and negatives
    ("r08", "Barack Obama laid a wreath, then watched as Prime Minister Shinzo Abe, who had accompanied him "
            "from the summit, placed his own.",
     "accompanied", ("043", {"JPN"}, {"USA"}, "occurred", "2021-03-26", False)),
    ("n01", "The pact, which expires in 2026, limits deployed warheads.", "expires", None),
    ("n02", "The pipeline, which Gazprom built in 2011, carries gas to Germany.", "built", None),
    ("n03", "China criticised the drills, which it called a provocation.", "called", None),
    ("n04", "When Kuwait was a British protectorate, trade flourished.", "was", None),
    ("n05", "The talks, which ended on Friday, produced no deal.", "ended", None),
    ("n06", "The sanctions, which target oil exports, hurt Iran's economy.", "target", None),
]


@pytest.mark.parametrize(("name", "text", "trigger", "want"), [
    pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(strict=True, reason=_CLAUSE_XFAIL[case[0]])]
                 if case[0] in _CLAUSE_XFAIL else []) for case in _CLAUSES])  # fmt: skip
def test_an_event_told_in_a_clause(rec: ActorRecogniser, coder: EventCoder, name: str, text: str, trigger: str,
                                   want: tuple[str, set[str], set[str], str, str, bool] | None) -> None:
    found = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == trigger]
    if want is None:
        assert not found, name
        return
    prefix, actors, recipients, status, date, historical = want
    assert found, name
    r = found[0]
    assert r.cameo.startswith(prefix) and parties(r) == (actors, recipients), (name, r.cameo, parties(r))
    assert (r.status, r.date, r.historical) == (status, date, historical), (name, r.status, r.date)


def test_a_relative_clauses_date_dates_that_clause_only(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Prime Minister Narendra Modi, who visited Beijing in 2019, said India had expelled two Chinese envoys."
    got = at(code(rec, coder, text), text)
    assert got["visited"].date == "2019" and got["visited"].historical
    assert (got["expelled"].date, got["expelled"].historical) == ("2021-03-26", False)
    text = "Seoul protested against the drills, which Beijing announced in January, and recalled its ambassador."
    got = at(code(rec, coder, text), text)
    assert got["recalled"].date == "2021-03-26"


def test_a_month_without_its_year_is_last_years_only_for_a_past_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan and Australia will hold talks in June."  # planned: this year's June
    [r] = code(rec, coder, text)
    assert (r.status, r.date) == ("planned", "2021-06")
    text = "Chile recalled its ambassador from Caracas in August."  # done: last August
    [r] = code(rec, coder, text)
    assert (r.date, r.historical) == ("2020-08", True)
    text = "Chile recalled its ambassador from Caracas in February."  # before the piece: this year's
    [r] = code(rec, coder, text)
    assert (r.date, r.historical) == ("2021-02", False)


def test_him_or_her_is_a_person_object(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chancellor Olaf Scholz travelled to Kyiv in June. President Emmanuel Macron accompanied him."
    r = at(code(rec, coder, text), text)["accompanied"]
    assert (r.cameo, *parties(r)) == ("043", {"FRA"}, {"DEU"})
    text = "Moon Jae-in met Kim Jong Un at the border, and Moon hugged him."
    r = at(code(rec, coder, text), text)["hugged"]
    assert (r.cameo, *parties(r)) == ("017", {"KOR"}, {"PRK"})


def test_a_span_counted_back_dates_its_own_clause(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Canada expelled two Chinese diplomats two years ago."
    [r] = code(rec, coder, text)
    assert (r.date, r.historical) == ("2019", True)
    text = "Japan recalled its ambassador three days ago."
    [r] = code(rec, coder, text)
    assert (r.date, r.historical) == ("2021-03-23", False)
    # "earlier" counts from the date of the clause above (events-18 review: not from the document's)
    text = "Seoul protested in March 2021 against the sanctions, which Tokyo had imposed six months earlier."
    got = at(code(rec, coder, text), text)
    assert (got["imposed"].date, got["imposed"].historical) == ("2020-09", True)
    text = "Seoul protested against the sanctions, which Tokyo had imposed six months earlier."
    got = at(code(rec, coder, text), text)  # (no date stated to count from: the document's date is the base)
    assert (got["imposed"].date, got["imposed"].historical) == ("2020-09", True)
    # the span of a relative clause on the speaker dates that clause, not what the speaker says
    text = ("President Vladimir Putin, who annexed Crimea seven years ago, said on Tuesday that Russia would hold "
            "talks with Ukraine.")
    got = at(code(rec, coder, text), text)
    assert got["annexed"].date == "2014" and got["talks"].date == "2021-03-23"


# events-18: reactions to an act named by a noun ---------------------------------------------------

#: an act, then a reaction that names it by a noun (same stem, class, generic, possessive) or a
#: pronoun: (text, the reaction's trigger, its actors, its recipients: the doer of the act judged,
#: none where the text does not say which of two doers); the verdict verbs "called", "branded",
#: "described … as" with the small model's misparses of them (a label fused to the act noun, "as"
#: hung on the object), and decision nouns that skip mere words
_REACTIONS = [
    ("Russia seized three Ukrainian navy ships in the Kerch Strait. "
     "Germany condemned the seizure.", "condemned", "DEU", "RUS"),
    ("Russia annexed Crimea in 2014. The United States condemned the annexation.", "condemned", "USA", "RUS"),
    ("Britain expelled 23 Russian diplomats. Moscow denounced the expulsion.", "denounced", "RUS", "GBR"),
    ("The United States withdrew from the Paris climate agreement. "
     "France regretted the withdrawal.", "regretted", "FRA", "USA"),
    ("Iran detained a British tanker in the Gulf. London condemned the detention.", "condemned", "GBR", "IRN"),
    ("Israel bombed a Hamas compound in Gaza. Egypt condemned the bombing.", "condemned", "EGY", "ISR"),
    ("Australia suspended its extradition treaty with Hong Kong. "
     "China criticised the suspension.", "criticised", "CHN", "AUS"),
    ("Turkey invaded northern Syria in October. The Arab League condemned the invasion.", "condemned", "ARL", "TUR"),
    ("Algeria closed its airspace to Moroccan planes. Rabat deplored the closure.", "deplored", "MAR", "DZA"),
    ("Russia recognised the two breakaway regions of Ukraine. "
     "Germany condemned the recognition.", "condemned", "DEU", "RUS"),
    ("Israel launched air strikes on Syria on Sunday. Damascus condemned the strikes.", "condemned", "SYR", "ISR"),
    ("Russian forces shelled Kharkiv overnight. Ukraine condemned the attack.", "condemned", "UKR", "RUS"),
    ("North Korea fired a ballistic missile over Japan. Tokyo condemned the launch.", "condemned", "JPN", "PRK"),
    ("North Korea fired a ballistic missile over Japan. "
     "South Korea called the launch a grave provocation.", "called", "KOR", "PRK"),
    ("Pakistani jets struck militant hideouts inside Iran. Tehran protested the raid.", "protested", "IRN", "PAK"),
    ("North Korea tested a hydrogen bomb. China opposed the test.", "opposed", "CHN", "PRK"),
    ("The European Union imposed sanctions on Belarus. Minsk denounced the sanctions.", "denounced", "BLR", "EU"),
    ("Israel and the United Arab Emirates signed a peace deal. Egypt welcomed the deal.", "welcomed", "EGY", "ISR ARE"),
    ("Israel and Bahrain signed an agreement on relations. "
     "Iran condemned the agreement.", "condemned", "IRN", "ISR BHR"),
    ("The International Court of Justice ordered Russia to halt its invasion. "
     "Moscow rejected the ruling.", "rejected", "RUS", "ICJ"),
    ("Iran seized a South Korean tanker. Seoul called the seizure unacceptable.", "called", "KOR", "IRN"),
    ("Saudi Arabia executed 81 men in one day. "
     "The United Nations criticised the executions.", "criticised", "UN", "SAU"),
    ("Algeria broke off diplomatic relations with Morocco. Morocco regretted the decision.", "regretted", "MAR", "DZA"),
    ("Russia suspended its participation in the New START treaty. "
     "Washington called the move irresponsible.", "called", "USA", "RUS"),
    ("China banned imports of Lithuanian goods. The European Union criticised the move.", "criticised", "EU", "CHN"),
    ("Britain expelled Russian diplomats. Russia rejected the step.", "rejected", "RUS", "GBR"),
    ("Saudi Arabia recalled its ambassador from Lebanon. Beirut regretted the decision.", "regretted", "LBN", "SAU"),
    ("Australia cancelled a submarine contract with France. Paris condemned the decision.", "condemned", "FRA", "AUS"),
    ("Turkey barred Russian warships from the Bosphorus. Ukraine welcomed the measure.", "welcomed", "UKR", "TUR"),
    ("Russia announced the withdrawal of troops from Kherson. "
     "Kyiv welcomed the announcement.", "welcomed", "UKR", "RUS"),
    ("Britain struck Houthi targets in Yemen. "
     "Prime Minister Rishi Sunak called the action limited and proportionate.", "called", "GBR", ""),
    pytest.param("Russia blocked Ukrainian grain exports. Turkey criticised the action.", "criticised", "TUR", "RUS",
                 marks=pytest.mark.xfail(strict=True, reason="'blocked exports' no lexicon entry")),
    ("Mali expelled the French ambassador. "
     "France condemned the decision and recalled its envoy.", "condemned", "FRA", "MLI"),
    ("Russia recognised the independence of Donetsk. Germany condemned Moscow's decision.", "condemned", "DEU", "RUS"),
    ("Japan decided to release treated water into the sea. "
     "China criticised Tokyo's decision.", "criticised", "CHN", "JPN"),
    ("Israel attacked the Iranian consulate in Damascus. Syria condemned Israel's attack.", "condemned", "SYR", "ISR"),
    ("Russia seized two Ukrainian ships. Kyiv condemned it as an act of aggression.", "condemned", "UKR", "RUS"),
    ("China held military drills near Taiwan. Taipei denounced them.", "denounced", "TWN", "CHN"),
    pytest.param("Egypt brokered a ceasefire between Israel and Hamas. "
                 "Washington praised the ceasefire.", "praised", "USA", "EGY ISR HMS",
                 marks=pytest.mark.xfail(strict=True, reason="a brokered ceasefire: whose is not read")),
    ("Sweden and Finland applied to join NATO. Turkey opposed the bid.", "opposed", "TUR", "SWE FIN"),
    ("Russia annexed four Ukrainian regions. Kyiv described the annexation as a land grab.", "described", "UKR", "RUS"),
    pytest.param("India revoked the autonomy of Kashmir. Pakistan rejected the move.", "rejected", "PAK", "IND",
                 marks=pytest.mark.xfail(strict=True, reason="'revoked' no lexicon entry")),
    ("Iran seized a British tanker. Britain branded the seizure illegal.", "branded", "GBR", "IRN"),
    ("The United States killed Qassem Soleimani in a drone strike. "
     "Iran vowed revenge and Russia criticised the killing.", "criticised", "RUS", "USA"),
    ("Saudi Arabia restored relations with Iran. China hailed the decision.", "hailed", "CHN", "SAU"),
    ("Germany sent tanks to Ukraine. Russia protested the delivery.", "protested", "RUS", "DEU"),
    ("Russia expelled two Estonian diplomats. "
     "Estonia summoned the Russian ambassador. Latvia condemned the expulsion.", "condemned", "LVA", "RUS"),
    ("Israel struck targets in Lebanon. "
     "Hezbollah fired rockets at Israel. France condemned the strikes.", "condemned", "FRA", "ISR"),
    ("China imposed sanctions on Lithuania. Lithuania condemned the sanctions.", "condemned", "LTU", "CHN"),
    ("Russia expelled ten Polish diplomats. Poland called the decision groundless.", "called", "POL", "RUS"),
    ("Germany welcomed the decision.", "welcomed", "DEU", ""),
    ("Russia expelled Polish diplomats and Poland expelled Russian diplomats. "
     "Germany criticised the decision.", "criticised", "DEU", ""),
    pytest.param("Russia fired missiles at Kyiv. "
                 "Ukraine fired drones at Moscow. China condemned the strikes.", "condemned", "CHN", "",
                 marks=pytest.mark.xfail(strict=True, reason="first act of its kind, events-16")),
    ("Russia annexed Crimea. "
     "Ukraine called the annexation illegal and Britain called it a land grab.", "called", "UKR", "RUS"),
    ("China built islands in the South China Sea. "
     "An international tribunal ruled against China. Beijing rejected the ruling.", "rejected", "CHN", ""),
    ("The United States vetoed the resolution on Gaza. Algeria deplored the veto.", "deplored", "DZA", "USA"),
    ("NATO deployed troops to Romania. Russia opposed the deployment.", "opposed", "RUS", "NATO"),
    ("Japan lifted its export curbs on South Korea. Seoul welcomed the step.", "welcomed", "KOR", "JPN"),
    ("North Korea launched a satellite. "
     "Washington called the launch a violation of UN resolutions.", "called", "USA", "PRK"),
    ("Iran seized a British tanker. London branded the seizure piracy.", "branded", "GBR", "IRN"),
    ("Russia recognised the independence of Donetsk. "
     "Germany called Moscow's decision illegal.", "called", "DEU", "RUS"),
    ("China detained two Canadians. "
     "Ottawa described the detentions as arbitrary and unjustified.", "described", "CAN", "CHN"),
    ("Russia expelled the Estonian ambassador. "
     "Tallinn described the expulsion as unjustified and hostile.", "described", "EST", "RUS"),
    ("Japan imposed export curbs on South Korea. "
     "Abe said the curbs were lawful. Seoul criticised the move.", "criticised", "KOR", "JPN"),
    ("Russia invaded Ukraine. "
     "Putin called for talks and China urged restraint. Japan condemned the decision.", "condemned", "JPN", "RUS"),
    ("The United States expelled Russian diplomats and Russia expelled American diplomats. "
     "Germany regretted the move.", "regretted", "DEU", ""),
    ("Russia annexed Crimea. Britain condemned the annexation. Canada called it illegal.", "called", "CAN", "RUS"),
    ("Israel and the UAE signed an accord. Egypt welcomed the accord. Iran condemned it.", "condemned", "IRN",
     "ISR ARE"),
    ("Hamas militants abducted dozens of Israelis. France condemned the attack.", "condemned", "FRA", "PSE"),
    ("China fired missiles near Taiwan. Japan protested the drills.", "protested", "JPN", "CHN"),
    ("Russian troops left Kherson. Kyiv welcomed the departure.", "welcomed", "UKR", "RUS"),
    ("Germany agreed to send Leopard tanks to Ukraine. Kyiv hailed the decision and Moscow condemned it.", "hailed",
     "UKR", "DEU"),
    ("Germany agreed to send Leopard tanks to Ukraine. Kyiv hailed the decision and Moscow condemned it.",
     "condemned", "RUS", "DEU"),
    ("China imposed a security law on Hong Kong. Britain criticised the law and Australia condemned it.",
     "criticised", "GBR", "CHN"),
    ("The UN General Assembly adopted a resolution demanding a truce. Israel rejected the resolution and the "
     "United States criticised the vote.", "criticised", "USA", "UNGA"),
    ("NATO invited Finland to join the alliance. Russia called the move a mistake.", "called", "RUS", "NATO"),
    ("The European Court of Human Rights ruled against Russia. Moscow dismissed the verdict.", "dismissed", "RUS",
     "COE"),
]


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients"), _REACTIONS)
def test_a_reaction_is_aimed_at_the_doer_of_the_act_it_names(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                             trigger: str, actors: str, recipients: str) -> None:
    reports = code(rec, coder, text)
    reaction = next((r for r in reports if text[r.trigger_start : r.trigger_end].split(" ")[0] == trigger), None)
    assert reaction is not None, trigger
    assert parties(reaction) == (set(actors.split()), set(recipients.split()))


def test_a_label_fused_to_the_act_noun_is_still_a_verdict(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Belarus forced a Ryanair jet to land in Minsk. Lithuania branded the diversion illegal."
    r = at(code(rec, coder, text), text)["branded"]
    assert r.cameo == "111" and r.rule == "verdict/brand" and parties(r) == ({"LTU"}, {"BLR"})


def test_an_as_label_hung_on_the_object_is_still_a_verdict(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia detained an American journalist. Washington described the arrest as unlawful and arbitrary."
    r = at(code(rec, coder, text), text)["described"]
    assert r.cameo == "111" and parties(r) == ({"USA"}, {"RUS"})


def test_a_decision_judged_is_no_statement_or_appeal(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Russia suspended the New START treaty. Washington urged Moscow to return to it. "
            "Berlin called the decision irresponsible.")
    assert parties(at(code(rec, coder, text), text)["called"]) == ({"DEU"}, {"RUS"})  # not the appeal's USA


def test_a_pronoun_after_a_reaction_judges_the_act_it_judged(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("Turkey shot down a Russian bomber near the Syrian border. NATO praised the move. "
            "China called it regrettable.")
    assert parties(at(code(rec, coder, text), text)["called"]) == ({"CHN"}, {"TUR"})  # not NATO, whose words it was
    text = ("A US drone killed an Iranian general on Friday. Iran warned the United States of severe revenge. "
            "Iraq condemned it.")
    assert parties(at(code(rec, coder, text), text)["condemned"])[1] == {"IRN"}  # (a warning is no verdict: as before)


def test_an_own_deed_is_justified_past_acts_aimed_at_no_one(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("The United States and Britain struck Houthi targets in Yemen. The strikes answered weeks of Houthi "
            "attacks on merchant ships. Denmark and Canada provided support. Britain called the action necessary "
            "and proportionate.")
    r = at(code(rec, coder, text), text)["called"]  # (the allies' support and the attacks on ships come between)
    assert r.cameo == "052" and parties(r) == ({"GBR"}, set())


# events-18: acts told by reference to another act ----------------------------------------------------
# "the United States followed suit", "so did France", "Canada did too", "would do so", "responded in
# kind", "mirrored the move": a new act with the referenced act's code, the new doer, the act's target
# (its doer for an answer in kind) and its own status; no act before it, no event.

REFERENCE_BATTERY = [
    pytest.param('Britain expelled 23 Russian diplomats. The United States followed suit.',
                 'expelled', 'followed', {'USA'}, {'RUS'}, 'occurred', id="ref00"),
    pytest.param('Saudi Arabia recalled its ambassador from Qatar, and Bahrain followed suit.',
                 'recalled', 'followed', {'BHR'}, {'QAT'}, 'occurred', id="ref01"),
    pytest.param('Lithuania banned imports of Russian gas. Latvia and Estonia later followed suit.',
                 'banned', 'followed', {'EST', 'LVA'}, {'RUS'}, 'occurred', id="ref02"),
    pytest.param('Canada imposed sanctions on Iran. Officials said Australia would follow suit.',
                 'imposed', 'follow', {'AUS'}, {'IRN'}, 'planned', id="ref03"),
    pytest.param('Germany halted arms exports to Saudi Arabia. Denmark could follow suit.',
                 'halted', 'follow', {'DNK'}, {'SAU'}, 'hypothetical', id="ref04"),
    pytest.param('Canada imposed sanctions on Russian oligarchs. Switzerland has not followed suit.',
                 'imposed', 'followed', {'CHE'}, {'RUS'}, 'negated', id="ref05"),
    pytest.param('Norway recognised the State of Palestine on Tuesday, and Ireland followed suit on Wednesday.',
                 'recognised', 'followed', {'IRL'}, {'PSE'}, 'occurred', id="ref06"),
    pytest.param("Japan condemned North Korea's missile launch. South Korea quickly followed suit.",
                 'condemned', 'followed', {'KOR'}, {'PRK'}, 'occurred', id="ref07"),
    pytest.param('Lithuania expelled two Russian diplomats. Latvia did the same on Friday.',
                 'expelled', 'did', {'LVA'}, {'RUS'}, 'occurred', id="ref08"),
    pytest.param('Poland closed its border with Belarus, and Lithuania did the same.',
                 'closed', 'did', {'LTU'}, {'BLR'}, 'occurred', id="ref09"),
    pytest.param('Norway recognised Palestine on Tuesday. Ireland did the same.',
                 'recognised', 'did', {'IRL'}, {'PSE'}, 'occurred', id="ref10"),
    pytest.param('Japan froze the assets of Russian banks. South Korea did likewise.',
                 'froze', 'did', {'KOR'}, {'RUS'}, 'occurred', id="ref11"),
    pytest.param('The Netherlands summoned the Iranian ambassador. Belgium did likewise.',
                 'summoned', 'did', {'BEL'}, {'IRN'}, 'occurred', id="ref12"),
    pytest.param('Washington imposed sanctions on Venezuela, and Ottawa is expected to do the same.',
                 'imposed', 'do', {'CAN'}, {'VEN'}, 'planned', id="ref13"),
    pytest.param('Germany expelled Russian diplomats, and so did France.',
                 'expelled', 'did', {'FRA'}, {'RUS'}, 'occurred', id="ref14"),
    pytest.param('Germany suspended development aid to Niger. So did the Netherlands.',
                 'suspended', 'did', {'NLD'}, {'NER'}, 'occurred', id="ref15"),
    pytest.param('Britain sent tanks to Ukraine, and so did Poland.',
                 'sent', 'did', {'POL'}, {'UKR'}, 'occurred', id="ref16"),
    pytest.param('The United States imposed sanctions on Belarus, and Canada did too.',
                 'imposed', 'did', {'CAN'}, {'BLR'}, 'occurred', id="ref17"),
    pytest.param('Estonia expelled a Russian diplomat last week, and Latvia did so too.',
                 'expelled', 'did', {'LVA'}, {'RUS'}, 'occurred', id="ref18"),
    pytest.param('Spain recognised Palestine, and Slovenia said it would do so as well.',
                 'recognised', 'do', {'SVN'}, {'PSE'}, 'planned', id="ref20"),
    pytest.param("Turkey has not yet approved Sweden's NATO membership, but Ankara said it would do so soon.",
                 'approved', 'do', {'TUR'}, {'SWE'}, 'planned', id="ref21"),
    pytest.param('Spain recognised Palestine in May. Italy has said it will not do so.',
                 'recognised', 'do', {'ITA'}, {'PSE'}, 'negated', id="ref22"),
    pytest.param('Finland closed its border with Russia in November. Norway could do so as well.',
                 'closed', 'do', {'NOR'}, {'RUS'}, 'hypothetical', id="ref23"),
    pytest.param('Russia expelled ten Polish diplomats. Warsaw responded in kind.',
                 'expelled', 'responded', {'POL'}, {'RUS'}, 'occurred', id="ref24"),
    pytest.param('China imposed tariffs on American soybeans, and Washington retaliated in kind.',
                 'imposed', 'retaliated', {'USA'}, {'CHN'}, 'occurred', id="ref25"),
    pytest.param('Moscow expelled two Estonian diplomats; Tallinn reciprocated.',
                 'expelled', 'reciprocated', {'EST'}, {'RUS'}, 'occurred', id="ref26"),
    pytest.param('Russia expelled three Bulgarian diplomats, and Bulgaria reciprocated on Monday.',
                 'expelled', 'reciprocated', {'BGR'}, {'RUS'}, 'occurred', id="ref27"),
    pytest.param('India suspended visas for Canadians, and Canada responded in kind.',
                 'suspended', 'responded', {'CAN'}, {'IND'}, 'occurred', id="ref28"),
    pytest.param('The European Union closed its airspace to Russian aircraft, and Canada mirrored the move.',
                 'closed', 'mirrored', {'CAN'}, {'RUS'}, 'occurred', id="ref29"),
    pytest.param('The United States banned imports of Russian oil, and Britain matched the measure.',
                 'banned', 'matched', {'GBR'}, {'RUS'}, 'occurred', id="ref30"),
    pytest.param('Britain suspended arms sales to Israel. Canada mirrored the decision a month later.',
                 'suspended', 'mirrored', {'CAN'}, {'ISR'}, 'occurred', id="ref31"),
    pytest.param('Belgium suspended arms sales to Israel. The Netherlands followed on Friday.',
                 'suspended', 'followed', {'NLD'}, {'ISR'}, 'occurred', id="ref32"),
    pytest.param('Latvia expelled the Russian ambassador. Estonia followed suit, and so did Lithuania.',
                 'expelled', 'did', {'LTU'}, {'RUS'}, 'occurred', id="ref33"),
    pytest.param('Latvia expelled the Russian ambassador. Estonia followed suit, and so did Lithuania.',
                 'expelled', 'followed', {'EST'}, {'RUS'}, 'occurred', id="ref34"),
    pytest.param('Ukraine cut diplomatic ties with Russia. Georgia did the same in 2008.',
                 'cut', 'did', {'GEO'}, {'RUS'}, 'occurred', id="ref35"),
    pytest.param('Austria recalled its ambassador to Turkey. Germany said it may follow suit.',
                 'recalled', 'follow', {'DEU'}, {'TUR'}, 'hypothetical', id="ref36"),
    pytest.param('Canada banned imports of Russian seafood. Officials said Japan would follow suit.',
                 'banned', 'follow', {'JPN'}, {'RUS'}, 'planned', id="ref37"),
    pytest.param('The Netherlands seized Russian assets, and Belgium did the same.',
                 'seized', 'did', {'BEL'}, {'RUS'}, 'occurred', id="ref38"),
    pytest.param('Saudi Arabia cut ties with Iran in 2016, and Bahrain followed suit.',
                 'cut', 'followed', {'BHR'}, {'IRN'}, 'occurred', id="ref39"),
    pytest.param('Poland sent fighter jets to Ukraine, and Slovakia followed suit.',
                 'sent', 'followed', {'SVK'}, {'UKR'}, 'occurred', id="ref40"),
    pytest.param('Mexico expelled the Ecuadorian ambassador, and Ecuador responded in kind.',
                 'expelled', 'responded', {'ECU'}, {'MEX'}, 'occurred', id="ref41"),
    pytest.param('Germany recalled its ambassador from Belarus. Poland is expected to follow.',
                 'recalled', 'follow', {'POL'}, {'BLR'}, 'planned', id="ref42"),
    pytest.param('Russia banned EU food imports, and the EU has not reciprocated.',
                 'banned', 'reciprocated', {'EU'}, {'RUS'}, 'negated', id="ref43"),
]



@pytest.mark.parametrize(("text", "first", "ref", "doers", "targets", "status"), REFERENCE_BATTERY)
def test_a_reference_repeats_the_act_it_points_at(rec: ActorRecogniser, coder: EventCoder, text: str, first: str,
                                                  ref: str, doers: set[str], targets: set[str],
                                                  status: str) -> None:  # fmt: skip
    got = at(code(rec, coder, text), text)
    r = got[ref]
    assert (r.cameo, parties(r), r.status) == (got[first].cameo, (doers, targets), status)
    assert r.rule.startswith("ref/"), r.rule  # the trace names the reference


def test_an_act_with_too_is_aimed_where_the_same_act_before_was(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Germany recalled its ambassador from Belarus. Poland too recalled its envoy."
    first, second = code(rec, coder, text)
    assert second.cameo == first.cameo and parties(second) == ({"POL"}, {"BLR"})
    text = "Britain expelled two Iranian diplomats. Canada also expelled a diplomat."
    reports = code(rec, coder, text)
    assert parties(reports[-1]) == ({"CAN"}, {"IRN"})


REFERENCE_COMPLEMENTS = [
    pytest.param('The United States banned Russian oil imports, and Washington urged Britain to follow suit.',
                 'urged', {'USA'}, {'GBR'}, id="comp0"),
    pytest.param('Ukraine cut ties with Russia, and Kyiv called on Moldova to do the same.',
                 'called', {'UKR'}, {'MDA'}, id="comp1"),
    pytest.param('Israel expelled the Irish ambassador. Netanyahu urged Germany to follow suit.',
                 'urged', {'ISR'}, {'DEU'}, id="comp2"),
    pytest.param('Britain banned Russian oil imports. Hungary refused to do so.',
                 'refused', {'HUN'}, set(), id="comp3"),
    pytest.param('Estonia expelled the Russian ambassador. Latvia declined to follow suit.',
                 'declined', {'LVA'}, set(), id="comp4"),
]


@pytest.mark.parametrize(("text", "verb", "doers", "targets"), REFERENCE_COMPLEMENTS)
def test_an_appeal_or_refusal_to_follow_suit_is_of_the_act_before(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                                  verb: str, doers: set[str],
                                                                  targets: set[str]) -> None:  # fmt: skip
    reports = code(rec, coder, text)
    r = at(reports, text)[verb]
    kind = "refusal" if verb in ("refused", "declined") else "appeal"
    assert (r.cameo, parties(r)) == (coder.lex.governed(kind, reports[0].cameo), (doers, targets))


REFERENCE_NEGATIVES = [
    pytest.param('Germany said it did so to protect civilians.', 'did', id="neg0"),
    pytest.param('Apple removed the app from its store, and Google followed suit.', 'followed', id="neg1"),
    pytest.param('Pyongyang followed the talks in Singapore closely.', 'followed', id="neg2"),
    pytest.param('The Federal Reserve raised interest rates, and so did the markets.', 'did', id="neg3"),
    pytest.param('Beijing did the same thing every year, officials in Japan said.', 'did', id="neg4"),
    pytest.param('Russia invaded Ukraine in 2022. Oil prices followed suit.', 'followed', id="neg5"),
    pytest.param("Russian President Putin met Xi in Beijing. China's exports did likewise.", 'did', id="neg6"),
    pytest.param('France said it would do so.', 'do', id="neg7"),
    pytest.param('Russia launched missiles at Kyiv, and the United States followed with new sanctions.',
                 'followed', id="neg8"),
    pytest.param('Egypt hosted talks on Gaza. Qatar followed the talks closely.', 'followed', id="neg9"),
]


@pytest.mark.parametrize(("text", "word"), REFERENCE_NEGATIVES)
def test_a_reference_with_no_act_of_a_party_before_it_is_no_event(rec: ActorRecogniser, coder: EventCoder, text: str,
                                                                  word: str) -> None:  # fmt: skip
    assert word not in at(code(rec, coder, text), text)


def test_an_answer_in_kind_announced_threatens(rec: ActorRecogniser, coder: EventCoder) -> None:
    # (events-16: "would retaliate" threatens; an answer in kind announced is that threat, not a planned copy)
    text = "Iran seized a British tanker. London said it would respond in kind."
    r = at(code(rec, coder, text), text)["respond"]
    assert (r.cameo, r.status, parties(r)) == ("130", "occurred", ({"GBR"}, {"IRN"}))
    text = "Russia expelled Polish diplomats, but Warsaw said it would not respond in kind."
    r = at(code(rec, coder, text), text)["respond"]
    assert (r.cameo, parties(r)) == ("0356", ({"POL"}, {"RUS"}))
    text = "Russia expelled Polish diplomats. Poland could reciprocate."
    r = at(code(rec, coder, text), text)["reciprocate"]
    assert (r.cameo, r.status, parties(r)) == ("161", "hypothetical", ({"POL"}, {"RUS"}))


def test_a_bare_follow_repeats_only_when_nothing_else_is_said_of_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Hungary closed its border with Serbia. Croatia soon followed."
    r = at(code(rec, coder, text), text)["followed"]
    assert (r.cameo, parties(r)) == (at(code(rec, coder, text), text)["closed"].cameo, ({"HRV"}, {"SRB"}))
    text = "Washington imposed sanctions on Iran. Beijing followed closely."
    assert "followed" not in at(code(rec, coder, text), text)


def test_an_appeal_to_follow_suit_asks_no_party_of_the_act(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Britain expelled 23 Russian diplomats. London praised the move and urged its allies to follow suit."
    reports = code(rec, coder, text)
    r = at(reports, text)["urged"]
    assert r.cameo == coder.lex.governed("appeal", reports[0].cameo) and parties(r) == ({"GBR"}, set())


# events-18 review: dating -------------------------------------------------------------------------


def reports_on(rec: ActorRecogniser, coder: EventCoder, text: str, published: str) -> list[EventReport]:
    """The reports of ``text`` published on ``published`` (a day, month or year), in text order."""
    date = PartialDate(published, {4: "year", 7: "month", 10: "day"}[len(published)])
    reports = coder.code(text, rec.recognise(text, "d", published, places=True), "d", date, None)
    return sorted(reports, key=lambda r: r.trigger_start)


def code_on(rec: ActorRecogniser, coder: EventCoder, text: str, published: str) -> dict[str, EventReport]:
    """Reports by trigger word of ``text`` published on ``published``."""
    return at(reports_on(rec, coder, text, published), text)


def test_a_month_without_its_year_across_new_year(rec: ActorRecogniser, coder: EventCoder) -> None:
    # a present or future act in a month long before December's document is next year's
    for text, verb in (("Russian President Vladimir Putin visits China in January.", "visits"),
                       ("Russian President Vladimir Putin is visiting China in January.", "visiting")):
        r = code_on(rec, coder, text, "2021-12-20")[verb]
        assert (r.status, r.date, r.historical) == ("planned", "2022-01", False)
    text = "US President Joe Biden will meet Ukraine's President Volodymyr Zelensky on January 10."
    r = code_on(rec, coder, text, "2021-12-28")["meet"]
    assert (r.status, r.date, r.historical) == ("planned", "2022-01-10", False)
    # a past act in a month after January's document is last year's, as before
    text = "Russia expelled Polish diplomats in December."
    r = code_on(rec, coder, text, "2022-01-05")["expelled"]
    assert (r.status, r.date) == ("occurred", "2021-12")
    # a past act in a month before the document keeps the document's year
    text = "Russia expelled Polish diplomats in January."
    r = code_on(rec, coder, text, "2021-12-20")["expelled"]
    assert (r.date, r.historical) == ("2021-01", True)


def test_a_lowercase_march_is_no_month(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China condemned the march, when Russia expelled Polish diplomats."
    r = code_on(rec, coder, text, "2021-11-20")["expelled"]
    assert (r.date, r.historical) == ("2021-11-20", False)
    text = "The deal builds on August, when Libya agreed to compensate the families of the victims."
    assert code_on(rec, coder, text, "2021-11-20")["agreed"].date == "2021-08"


def test_earlier_counts_from_the_date_before_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "In March 2015 France expelled Russian diplomats. Britain had expelled Russian diplomats six months earlier."
    got = reports_on(rec, coder, text, "2021-03-26")
    assert [(r.date, r.historical) for r in got] == [("2015-03", True), ("2014-09", True)]
    # a year counted back from a year; six months before some month of 2015 is no one year
    text = "In 2015 France expelled Russian diplomats. Britain had expelled Russian diplomats two years earlier."
    assert [r.date for r in reports_on(rec, coder, text, "2021-03-26")] == ["2015", "2013"]
    text = "In 2015 France expelled Russian diplomats. Britain had expelled Russian diplomats six months earlier."
    r = reports_on(rec, coder, text, "2021-03-26")[1]
    assert (r.date, r.date_source) == ("2021-03-26", "published")
    # the date of the governing clause
    text = "Seoul protested in June 2019 against the sanctions, which Tokyo had imposed two months earlier."
    assert code_on(rec, coder, text, "2021-03-26")["imposed"].date == "2019-04"
    # "later" counts forward
    text = "In 2015 France expelled Russian diplomats. Britain expelled Russian diplomats two years later."
    assert [r.date for r in reports_on(rec, coder, text, "2021-03-26")] == ["2015", "2017"]
    # "before" ending its phrase counts back; "before the summit" counts from no date
    text = "In 2015 France expelled Russian diplomats. Britain had expelled Russian diplomats two years before."
    assert [r.date for r in reports_on(rec, coder, text, "2021-03-26")] == ["2015", "2013"]
    text = "Britain expelled Russian diplomats two days before the summit."
    assert code_on(rec, coder, text, "2021-03-26")["expelled"].date == "2021-03-26"


def test_a_sentence_initial_count_ago(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Two years ago Russia imposed sanctions on Ukraine."
    assert code_on(rec, coder, text, "2021-03-26")["imposed"].date == "2019"
    # (a grouped number is no count of two digits: "1,000 days ago" is not "000 days ago")
    text = "Russia imposed sanctions on Ukraine 1,000 days ago."
    assert code_on(rec, coder, text, "2021-03-26")["imposed"].date == "2021-03-26"


def test_a_count_ago_in_a_document_dated_to_a_month_or_year(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia imposed sanctions on Ukraine two years ago."
    r = code_on(rec, coder, text, "2021-03")["imposed"]
    assert (r.date, r.date_precision, r.historical) == ("2019", "year", True)
    text = "Russia imposed sanctions on Ukraine six months ago."
    assert code_on(rec, coder, text, "2021-03")["imposed"].date == "2020-09"
    assert code_on(rec, coder, text, "2021")["imposed"].date == "2021"  # (no month of its own: the document's)
    text = "Russia imposed sanctions on Ukraine two years ago."
    assert code_on(rec, coder, text, "2021")["imposed"].date == "2019"


# events-18 review: references and recipients


def test_a_body_act_named_by_the_vote_is_of_the_thread_just_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    # a vote by a parliament since is another thread: the Assembly's condemnation further back is not "the vote"
    text = ("The UN General Assembly adopted a resolution condemning Russia. Diplomats said the text had been "
            "drafted over several weeks of talks. Several delegations abstained in the final count. The debate "
            "lasted two days. Armenia's parliament voted to ratify the treaty with Iran. Russia criticised the vote.")
    r = at(code(rec, coder, text), text)["criticised"]
    assert "UNGA" not in parties(r)[1]
    # several threads: the court's order is still the ruling judged when only reactions to it came between
    text = ("The International Court of Justice ordered Israel to allow aid into Gaza. South Africa welcomed the "
            "order. Israel rejected the ruling.")
    r = at(code(rec, coder, text), text)["rejected"]
    assert parties(r) == ({"ISR"}, {"ICJ"})


def test_a_body_act_further_back_than_the_context_is_no_vote_judged(rec: ActorRecogniser, coder: EventCoder) -> None:
    filler = " ".join(["Officials in the capital said the talks on the new budget would go on for several more weeks."]
                      * 7)
    text = f"The UN General Assembly adopted a resolution demanding a truce. {filler} Egypt criticised the vote."
    r = at(code(rec, coder, text), text)["criticised"]
    assert "UNGA" not in parties(r)[1]


def test_a_same_act_takes_the_target_before_only_with_too_or_also(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia expelled ten German diplomats on Monday. Poland expelled three diplomats in a separate dispute."
    assert parties(code(rec, coder, text)[1]) == ({"POL"}, set())
    text = "Russia expelled ten German diplomats on Monday. Poland also expelled three diplomats."
    assert parties(code(rec, coder, text)[1]) == ({"POL"}, {"DEU"})
    text = "France recalled its ambassador from Niger. Australia recalled its envoy as well."
    assert parties(code(rec, coder, text)[1]) == ({"AUS"}, {"NER"})


def test_doing_so_after_an_appeal_is_doing_what_was_asked(rec: ActorRecogniser, coder: EventCoder) -> None:
    # the appeal's complement unknown to the lexicon: no report rather than a copy of the appeal
    text = "Britain urged Turkey to release the pastor. Turkey said it would do so."
    assert "do" not in at(code(rec, coder, text), text)
    text = "Britain urged Turkey to release the pastor. Turkey refused to do so."
    r = at(code(rec, coder, text), text)["refused"]
    assert RuleTrace.parse(r.rule).reference is None and r.cameo_root == "12"
    # the complement coded: the act asked for, done or refused by the one asked
    text = "Germany urged Hungary to lift its veto. Budapest did so on Friday."
    reports = code(rec, coder, text)
    r = at(reports, text)["did"]
    lifted = coder.lex.verbs["lift"]
    assert r.cameo in {s.cameo for s in lifted} and r.cameo != reports[0].cameo and r.status == "occurred"
    assert parties(r)[0] == {"HUN"}
    text = "Washington urged Moscow to withdraw its troops. Russia refused to do so."
    r = at(code(rec, coder, text), text)["refused"]
    withdrawn = {coder.lex.governed("refusal", s.cameo) for s in coder.lex.verbs["withdraw"]}
    assert r.cameo in withdrawn and parties(r)[0] == {"RUS"} and RuleTrace.parse(r.rule).reference == "same"


def test_a_noun_followed_suit_gives_way_to_the_verb_that_governs_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan imposed sanctions on Iran and condemned North Korea's missile launch. South Korea followed suit."
    got = at(code(rec, coder, text), text)
    assert (got["followed"].cameo, parties(got["followed"])) == (got["condemned"].cameo, ({"KOR"}, {"PRK"}))


def test_a_past_reference_keeps_its_own_status(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia will impose sanctions on Ukraine next month. Belarus did so on Tuesday."
    r = at(code(rec, coder, text), text)["did"]
    assert (r.cameo, r.status, parties(r)) == ("163", "occurred", ({"BLR"}, {"UKR"}))


def test_the_reference_of_a_rule_is_read_from_its_trace() -> None:
    assert RuleTrace.parse("refusal/refuse+ref/same+verb/urge+context-recipient").reference == "same"
    assert RuleTrace.parse("ref/in-kind+verb/expel/obj:ambassador").reference == "in-kind"
    assert RuleTrace.parse("appeal/urge+verb/release/obj:abductee").reference is None


def test_it_continues_the_doer_of_the_first_act_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "In Tehran, Iran tested a ballistic missile. It later expelled two French diplomats."
    r = at(code(rec, coder, text), text)["expelled"]
    assert (r.cameo, parties(r)) == ("161", ({"IRN"}, {"FRA"}))
    # a passive's agent is not whom "it" continues: Iran, the subject, is
    text = "In Geneva, Iran was criticised by the United States. It later expelled two French diplomats."
    r = at(code(rec, coder, text), text)["expelled"]
    assert parties(r) == ({"IRN"}, {"FRA"})


# events-19: further events inside a sentence ------------------------------------------------------
# A battery of short passages, each with one construction that holds an event besides the sentence's
# main one: a temporal clause under a governed complement ("applied to join NATO after Russia invaded
# Ukraine"), the helpers of an act ("with the help of the United States": a 062 of the helpers to the
# doer, who act with it), verbs joined to the main one, relative clauses on the subject or object, a
# temporal clause, and a past act named by a noun with its doer. Each case: the report expected at its
# trigger word as (code prefix, actors, recipients, status, date, historical), or None where the
# trigger is no event of its own (a purpose, an elaboration, a help asked for, an act without a named
# doer). Also the parts of such clauses the small parser gets wrong (a subject read as the object of
# "after", or joined to the first verb's object) and their dates (a span, "weeks after", counted back
# from the act the clause dates; a weekday's possessive). The texts are dated 2021-03-26 (PUBLISHED).
_FURTHER_XFAIL: dict[str, str] = {
    # (events-20) the recipient fallback takes another party of the sentence that the act does not aim at
    "g07": "the fallback recipient: help requested of the world goes to the state that answered ('Japan')",
    "h14": "the fallback recipient: a partner in an interception ('with the help of the United States') "
           "is taken for its target",
    "o06": "an event noun carried out in a relative clause ('the raid that police carried out') is not coded",
    "w05": "'Niger's junta' is recognised as no actor",
    "n05": "'its consulate' in the noun's object is not resolved to the speaker as the target",
}

_FURTHER: list[tuple[str, str, str, tuple[str, set[str], set[str], str, str, bool] | None]] = [
    # a temporal clause with its own subject under a governed complement asserts an act of its own
    ("g01", "Sweden applied to join NATO after Russia invaded Ukraine in February.",
     "invaded", ("19", {"RUS"}, {"UKR"}, "occurred", "2021-02", False)),
    ("g02", "Georgia applied to join the European Union after Russia invaded Georgia in 2008.",
     "invaded", ("19", {"RUS"}, {"GEO"}, "occurred", "2008", True)),
    ("g03", "Kyiv asked NATO to supply jets after Russia shelled Odesa in January.",
     "shelled", ("19", {"RUS"}, {"UKR"}, "occurred", "2021-01", False)),
    ("g04", "Ukraine urged its allies to send tanks after Russia shelled Kharkiv in January.",
     "shelled", ("19", {"RUS"}, {"UKR"}, "occurred", "2021-01", False)),
    ("g05", "Lithuania threatened to expel the Russian ambassador after Moscow detained a Lithuanian "
            "diplomat in June.",
     "detained", ("17", {"RUS"}, {"LTU"}, "occurred", "2020-06", True)),
    ("g06", "Finland sought to join NATO after Russia attacked Ukraine.",
     "attacked", ("19", {"RUS"}, {"UKR"}, "occurred", "2021-03-26", False)),
    ("g07", "Japan pledged to send aid after Turkey requested international help.",
     "requested", ("02", {"TUR"}, set(), "occurred", "2021-03-26", False)),
    ("g08", "Lithuania decided to expel the Russian ambassador after Russian troops killed civilians in Bucha.",
     "killed", ("1", {"RUS"}, {"UKR"}, "occurred", "2021-03-26", False)),
    ("g09", "Poland asked the European Union to fund a fence after Belarus expelled the Polish ambassador "
            "in May.",
     "expelled", ("161", {"BLR"}, {"POL"}, "occurred", "2020-05", True)),
    ("g10", "The United States urged Israel to show restraint before Iran attacked Israel in April.",
     "attacked", ("19", {"IRN"}, {"ISR"}, "occurred", "2020-04", True)),
    # the asked-for act itself stays held: no event of its own
    ("g11", "Kyiv asked NATO to supply jets after Russia shelled Odesa in January.", "supply", None),
    ("g12", "Sweden applied to join NATO after Russia invaded Ukraine in February.", "join", None),
    # helpers: "with the help (assistance, support) of X", "with help from X": X helped the doer (062)
    # and acted with it; the helpers are no recipients of the act
    ("h01", "Israel intercepted the missiles with the help of the United States and Britain.",
     "help", ("062", {"USA", "GBR"}, {"ISR"}, "occurred", "2021-03-26", False)),
    ("h02", "Israel intercepted the missiles with the help of the United States and Britain.",
     "intercepted", ("190", {"ISR", "USA", "GBR"}, set(), "occurred", "2021-03-26", False)),
    ("h03", "Ukraine repelled the assault with the help of Poland.",
     "help", ("062", {"POL"}, {"UKR"}, "occurred", "2021-03-26", False)),
    ("h04", "Ukraine repelled the assault with the help of Poland.",
     "repelled", ("190", {"UKR", "POL"}, set(), "occurred", "2021-03-26", False)),
    ("h05", "Israel shot down the drones with help from Jordan on Sunday.",
     "help", ("062", {"JOR"}, {"ISR"}, "occurred", "2021-03-21", False)),
    ("h06", "Israel shot down the drones with help from Jordan on Sunday.",
     "shot", ("190", {"ISR", "JOR"}, set(), "occurred", "2021-03-21", False)),
    ("h07", "Kyiv recaptured the city in November with the support of the United States.",
     "support", ("062", {"USA"}, {"UKR"}, "occurred", "2020-11", True)),
    ("h08", "Kyiv recaptured the city in November with the support of the United States.",
     "recaptured", ("19", {"UKR", "USA"}, set(), "occurred", "2020-11", True)),
    ("h09", "Chad attacked the rebels with the assistance of France.",
     "assistance", ("062", {"FRA"}, {"TCD"}, "occurred", "2021-03-26", False)),
    ("h10", "Chad attacked the rebels with the assistance of France.",
     "attacked", ("190", {"TCD", "FRA"}, set(), "occurred", "2021-03-26", False)),
    ("h11", "Israel intercepted the drones with American help.",
     "help", ("062", {"USA"}, {"ISR"}, "occurred", "2021-03-26", False)),
    ("h14", "Israel will intercept the drones with the help of the United States.",
     "intercept", ("13", {"ISR"}, set(), "occurred", "2021-03-26", False)),  # a warning: no act done yet
    ("h12", "Turkey asked for the help of NATO.", "help", None),  # help asked for, not given
    ("h15", "The Security Council passed the resolution with the support of China.", "support", None),  # votes
    ("h13", "Egypt condemned the attack with the help of strong words.", "help", None),  # no helper named
    # weapons told by "them" after they were named: the force on them is aimed at whoever fired them
    ("i01", "North Korea fired five missiles, and Japan intercepted two of them.",
     "intercepted", ("190", {"JPN"}, {"PRK"}, "occurred", "2021-03-26", False)),
    ("i02", "Iran launched 300 drones at Israel, and almost all of them were shot down by Israel.",
     "shot", ("190", {"ISR"}, {"IRN"}, "occurred", "2021-03-26", False)),
    # verbs joined to the main verb share its subject; a clause joined with its own subject its own
    ("c01", "The United States expelled two Venezuelan diplomats and froze the assets of three officials.",
     "froze", ("163", {"USA"}, {"VEN"}, "occurred", "2021-03-26", False)),
    ("c02", "China summoned the Japanese ambassador and lodged a protest.",
     "lodged", ("114", {"CHN"}, {"JPN"}, "occurred", "2021-03-26", False)),
    ("c03", "Iran seized a British tanker and detained its crew.",
     "detained", ("173", {"IRN"}, {"GBR"}, "occurred", "2021-03-26", False)),
    ("c04", "Turkey closed its airspace to Armenian flights and recalled its ambassador.",
     "recalled", ("161", {"TUR"}, {"ARM"}, "occurred", "2021-03-26", False)),
    ("c05", "Pakistan expelled the Indian envoy and suspended trade with New Delhi.",
     "suspended", ("163", {"PAK"}, {"IND"}, "occurred", "2021-03-26", False)),
    ("c06", "North Korea fired two missiles and warned Seoul.",
     "warned", ("13", {"PRK"}, {"KOR"}, "occurred", "2021-03-26", False)),
    ("c07", "Ghana expelled the Chinese miners, and Beijing protested.",
     "protested", ("11", {"CHN"}, {"GHA"}, "occurred", "2021-03-26", False)),
    ("c08", "Russian troops seized the airport and blocked the roads into the city.",
     "blocked", ("191", {"RUS"}, set(), "occurred", "2021-03-26", False)),
    ("c10", "Serbian troops blocked the bridge on Sunday.",
     "blocked", ("191", {"SRB"}, set(), "occurred", "2021-03-21", False)),
    ("c11", "Protesters in Serbia blocked the roads.",
     "blocked", ("144", {"SRB"}, set(), "occurred", "2021-03-26", False)),  # civilians: an obstruction
    # (a clause of time's second verb, whose subject the parser joins to the first one's object)
    ("c09", "Tensions rose when China detained a Japanese captain and Tokyo protested.",
     "protested", ("114", {"JPN"}, {"CHN"}, "occurred", "2021-03-26", False)),
    ("c12", "Tensions rose when China sent warships near Taiwan and Tokyo protested.",
     "sent", ("150", {"CHN"}, {"TWN"}, "occurred", "2021-03-26", False)),
    # relative clauses on the subject: the clause's act and the main act, each its own
    ("r01", "The United States, which had criticised the vote, imposed sanctions on Nicaragua.",
     "criticised", ("111", {"USA"}, set(), "occurred", "2021-03-26", False)),
    ("r02", "The United States, which had criticised the vote, imposed sanctions on Nicaragua.",
     "imposed", ("163", {"USA"}, {"NIC"}, "occurred", "2021-03-26", False)),
    ("r03", "Turkey, which had condemned the strike, recalled its ambassador from Israel.",
     "recalled", ("161", {"TUR"}, {"ISR"}, "occurred", "2021-03-26", False)),
    ("r04", "France, which sent troops to Mali in 2013, withdrew its last soldiers in August.",
     "withdrew", ("0874", {"FRA"}, {"MLI"}, "occurred", "2020-08", True)),
    ("r05", "Ethiopia, which signed a truce with the rebels in November, released prisoners.",
     "signed", ("057", {"ETH"}, set(), "occurred", "2020-11", True)),
    ("r06", "Egypt, which mediated the truce, condemned the attack.",
     "condemned", ("111", {"EGY"}, set(), "occurred", "2021-03-26", False)),
    ("r07", "Brazil's president, who visited Beijing in April, met Xi Jinping.",
     "visited", ("042", {"BRA"}, {"CHN"}, "occurred", "2020-04", True)),
    ("r08", "Qatar, which hosted the talks in Doha, welcomed the release of the hostages.",
     "hosted", ("043", {"QAT"}, set(), "occurred", "2021-03-26", False)),
    ("r09", "The United States, which had voiced concern over the plan, did not block the vote.",
     "concern", ("012", {"USA"}, set(), "occurred", "2021-03-26", False)),
    # a group that an act coded before was done to does what its relative clause says; a riot is at home
    ("r10", "Police in Nairobi opened fire on protesters who had stormed parliament.",
     "stormed", ("145", {"KEN"}, {"KEN"}, "occurred", "2021-03-26", False)),
    ("r11", "Israel struck militants in Gaza who had fired rockets at Sderot.",
     "fired", ("19", {"PSE"}, {"ISR"}, "occurred", "2021-03-26", False)),
    ("r12", "Protesters in Kenya stormed parliament.",
     "stormed", ("145", {"KEN"}, {"KEN"}, "occurred", "2021-03-26", False)),
    ("r13", "Protesters in Baghdad stormed the US embassy.",
     "stormed", ("145", {"IRQ"}, {"USA"}, "occurred", "2021-03-26", False)),
    # relative clauses on an object, with or without a relative pronoun
    ("o01", "The envoy, whom Mali expelled in January, returned to Paris.",
     "expelled", ("161", {"MLI"}, {"FRA"}, "occurred", "2021-01", False)),  # (events-20: the fallback)
    ("o02", "Poland welcomed the aid Germany sent to Ukraine.",
     "sent", ("07", {"DEU"}, {"UKR"}, "occurred", "2021-03-26", False)),
    ("o03", "Seoul protested against the tariffs Tokyo imposed in July.",
     "imposed", ("163", {"JPN"}, {"KOR"}, "occurred", "2020-07", True)),
    ("o04", "The movement, which Algeria designated a terrorist organisation in May, denied the charges.",
     "designated", ("1722", {"DZA"}, {"DZA"}, "occurred", "2020-05", True)),
    ("o07", "The opposition denounced the ban on the Muslim Brotherhood, which Egypt designated a terrorist "
            "organisation in 2013.",
     "designated", ("1722", {"EGY"}, {"EGY"}, "occurred", "2013", True)),
    ("o08", "Egypt designated the Muslim Brotherhood a terrorist organisation in 2013.",
     "designated", ("1722", {"EGY"}, {"EGY"}, "occurred", "2013", True)),
    ("o05", "The movement, which Algeria banned in May, denied the charges.",
     "banned", ("1722", {"DZA"}, {"DZA"}, "occurred", "2020-05", True)),
    ("o06", "Mexico condemned the raid that Ecuadorian police carried out on its embassy.",
     "raid", ("17", {"ECU"}, {"MEX"}, "occurred", "2021-03-26", False)),
    # temporal clauses beside the main verb
    ("w01", "Canada recalled its envoy a month after India expelled two Canadian diplomats.",
     "expelled", ("161", {"IND"}, {"CAN"}, "occurred", "2021-03-26", False)),
    ("w02", "Relations thawed after Turkey and Armenia agreed to reopen the border.",
     "agreed", ("03", {"TUR", "ARM"}, set(), "occurred", "2021-03-26", False)),
    ("w03", "On the day Biden visited Kyiv, Russia shelled Kharkiv.",
     "visited", ("042", {"USA"}, {"UKR"}, "occurred", "2021-03-26", False)),
    ("w04", "Since Egypt and Iran joined BRICS in January, the group has grown.",
     "joined", ("050", {"EGY", "IRN"}, {"BRICS"}, "occurred", "2021-01", False)),
    ("w05", "The crisis deepened when Niger's junta expelled the French ambassador in August.",
     "expelled", ("161", {"NER"}, {"FRA"}, "occurred", "2020-08", True)),
    ("w06", "Relations soured in July, when Morocco expressed support for the region's self-determination.",
     "support", ("051", {"MAR"}, set(), "occurred", "2020-07", True)),
    ("w12", "Japan and China held talks in July.",  # (a past light verb: last July, as for a verb)
     "talks", ("046", {"JPN", "CHN"}, set(), "occurred", "2020-07", True)),
    ("w07", "Kenyan police arrived in Haiti eight months after the Security Council authorised the mission.",
     "authorised", ("0334", {"UNSC"}, {"HTI"}, "occurred", "2021-03-26", False)),
    ("w08", "Italy sent troops to Lebanon after the Security Council authorised a peacekeeping mission in August.",
     "authorised", ("0334", {"UNSC"}, {"LBN"}, "occurred", "2020-08", True)),
    ("w09", "The Security Council authorised a peacekeeping mission for Mali in 2013.",
     "authorised", ("0334", {"UNSC"}, {"MLI"}, "occurred", "2013", True)),
    ("w10", "Ties improved after Seoul and Tokyo signed an intelligence pact in November.",
     "signed", ("057", {"KOR", "JPN"}, set(), "occurred", "2020-11", True)),
    ("w11", "Trade resumed after Beijing and Canberra lifted the tariffs in January.",
     "lifted", ("085", {"CHN", "AUS"}, set(), "occurred", "2021-01", False)),
    # a clause of time with a span and no date of its own is dated by the span from the act it dates
    ("d01", "Russia annexed Crimea on March 18, weeks after Russian troops seized the parliament in Simferopol.",
     "seized", ("17", {"RUS"}, {"UKR"}, "occurred", "2021-02", False)),
    ("d02", "Kenyan police landed in Haiti on Tuesday, nearly nine months after the UN Security Council "
            "authorised a peacekeeping mission.",
     "authorised", ("0334", {"UNSC"}, {"HTI"}, "occurred", "2020-07", True)),
    ("d03", "Russia expelled the Swedish ambassador on March 2, two days after Sweden expelled three Russian "
            "diplomats.",
     "expelled", ("161", {"RUS"}, {"SWE"}, "occurred", "2021-03-02", False)),
    ("d04", "Japan recalled its ambassador in January 2019, a year after South Korea seized Japanese assets.",
     "seized", ("1711", {"KOR"}, {"JPN"}, "occurred", "2018", True)),
    ("d05", "The United States expelled the Bolivian ambassador this week after Bolivia ordered out the "
            "American envoy.",  # ("this week": a time, no span)
     "ordered", ("161", {"BOL"}, {"USA"}, "occurred", "2021-03", False)),
    # past acts named by a noun with their doer
    ("n01", "Japan apologised for its invasion of China in 1937.",
     "invasion", ("190", {"JPN"}, {"CHN"}, "occurred", "1937", True)),
    ("n02", "Russia's annexation of Crimea in 2014 drew sanctions.",
     "annexation", ("192", {"RUS"}, {"UKR"}, "occurred", "2014", True)),
    ("n03", "The 2003 invasion of Iraq by the United States divided Europe.",
     "invasion", ("190", {"USA"}, {"IRQ"}, "occurred", "2003", True)),
    ("n04", "Kyiv condemned Monday's attack by Russian drones on Odesa.",
     "attack", ("190", {"RUS"}, {"UKR"}, "occurred", "2021-03-22", False)),
    ("n08", "Kyiv condemned Monday's attack by Russian drones on Odesa.",  # (the weekday is the attack's)
     "condemned", ("111", {"UKR"}, {"RUS"}, "occurred", "2021-03-26", False)),
    ("n09", "Tuesday's talks between Japan and China ended without a deal.",
     "talks", ("046", {"JPN", "CHN"}, set(), "occurred", "2021-03-23", False)),
    ("n05", "Tehran called the strike retaliation for Israel's attack on its consulate in April.",
     "attack", ("190", {"ISR"}, {"IRN"}, "occurred", "2020-04", True)),
    ("n06", "Russia blamed Ukraine for the attack on the bridge on Monday.", "attack", None),  # the blame's content
    ("n07", "The bombing of Hiroshima in 1945 killed tens of thousands.", "killed", None),  # no doer named
    ("n10", "The shelling of Kharkiv killed three civilians.", "killed", None),  # (Kharkiv is the target)
    ("n11", "The shelling of Kharkiv by Russian forces killed three civilians.",
     "shelling", ("194", {"RUS"}, {"UKR"}, "occurred", "2021-03-26", False)),
    # purposes and elaborations are no events of their own
    ("x01", "Sweden summoned the Iranian ambassador to protest against the execution.", "protest", None),
    ("x02", "Russian artillery shelled the town, killing three civilians.", "killing", None),
    ("x03", "Japan sent a destroyer to the Gulf to protect shipping.", "protect", None),
    ("x04", "China protested after Japan released the water, saying the move endangered fishermen.",
     "saying", None),
]


@pytest.mark.parametrize(("name", "text", "trigger", "want"), [
    pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(strict=True, reason=_FURTHER_XFAIL[case[0]])]
                 if case[0] in _FURTHER_XFAIL else []) for case in _FURTHER])  # fmt: skip
def test_a_further_event_in_the_sentence(rec: ActorRecogniser, coder: EventCoder, name: str, text: str, trigger: str,
                                        want: tuple[str, set[str], set[str], str, str, bool] | None) -> None:
    found = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == trigger]
    if want is None:
        assert not found, name
        return
    prefix, actors, recipients, status, date, historical = want
    assert found, name
    r = found[0]
    assert r.cameo.startswith(prefix) and parties(r) == (actors, recipients), (name, r.cameo, parties(r))
    assert (r.status, r.date, r.historical) == (status, date, historical), (name, r.status, r.date)


# events-19: planned and hypothetical events --------------------------------------------------------

_P19_POSSESSIVE_DESCRIPTION = pytest.mark.xfail(strict=True, reason=(
    "the recogniser resolves no possessive description ('the alliance's summit'), so the summit has no actor"))
_P19_EACH_SIDE = pytest.mark.xfail(strict=True, reason=(
    "'each side' and 'the other' name no actor the recogniser can code; the treaty's parties are in "
    "other sentences"))
_P19_DOCUMENT_WAY = pytest.mark.xfail(strict=True, reason=(
    "a document that 'opens the way to' a measure has no actor: the document is no party"))
_P19_PASSIVE_BASED = pytest.mark.xfail(strict=True, reason=(
    "'missiles that could be based in Asia': an agentless passive with the weapons as subject is no report"))

#: one construction a row (the gold's conventions on planned and hypothetical events): (class, text,
#: trigger, status, code prefix, actor codes or None); status None: the trigger is no report
_PLANNED_BATTERY = [
    # an event noun whose relative clause puts it on the calendar ("which would take place on Friday")
    ("relcl-happen", "Russia asked for an emergency meeting of the Security Council, which diplomats said "
     "would take place on Monday.", "meeting", "planned", "04", {"UNSC"}),
    ("relcl-happen", "China requested a meeting of the Security Council, which is expected to take place "
     "on Tuesday.", "meeting", "planned", "04", {"UNSC"}),
    ("relcl-happen", "Kyiv proposed talks with Moscow, which officials said would be held in Istanbul.",
     "talks", "planned", "04", None),
    ("relcl-happen", "The Arab League called an emergency summit, which will be held in Cairo on Sunday.",
     "summit", "planned", "04", None),
    ("relcl-happen", "Japan and South Korea announced a summit, which will take place in Seoul next month.",
     "summit", "planned", "04", {"JPN", "KOR"}),
    ("relcl-happen", "Washington welcomed talks between Armenia and Azerbaijan, which are due to open "
     "in Moscow on Friday.", "talks", "planned", "04", {"ARM", "AZE"}),
    ("relcl-happened", "The meeting between Lavrov and Blinken, which took place in Geneva, lasted two hours.",
     "meeting", "occurred", "04", {"RUS", "USA"}),
    ("relcl-happened", "The summit between Biden and Putin, which was held in Geneva, ended early.",
     "summit", "occurred", "04", {"RUS", "USA"}),
    # a meeting named by the time ahead of it ("on the eve of the summit", "ahead of next week's talks")
    pytest.param("eve-of", "NATO opened its summit in Madrid. Erdogan met Stoltenberg on the eve of the "
                 "alliance's summit.", "summit", "planned", "04", {"NATO"}, marks=_P19_POSSESSIVE_DESCRIPTION),
    ("eve-of", "Blinken met Kuleba in Brussels on the eve of NATO's summit in Vilnius.", "summit",
     "planned", "04", {"NATO"}),
    ("eve-of", "Macron phoned Scholz on the eve of the European Union's summit.", "summit", "planned", "04",
     {"EU"}),
    ("ahead-of", "Xi met Putin in Moscow ahead of next week's summit of the Shanghai Cooperation Organisation.",
     "summit", "planned", "04", None),
    ("ahead-of", "Blinken called Wang Yi ahead of the summit between Biden and Xi.", "summit", "planned", "04",
     {"CHN", "USA"}),
    ("noun-ahead", "Diplomats in Geneva prepared for the summit next month between Biden and Putin.",
     "summit", "planned", "04", {"RUS", "USA"}),
    ("noun-ahead", "Officials discussed the agenda of NATO's summit in July.", "summit", "planned", "04",
     {"NATO"}),
    ("noun-past", "Officials praised the outcome of NATO's summit in January.", "summit", "occurred", "04",
     {"NATO"}),
    # what was said of a meeting to come
    ("would-discuss", "Officials said Putin and Erdogan would discuss the grain corridor.", "discuss",
     "planned", "04", {"RUS", "TUR"}),
    ("would-discuss", "Officials said Blinken and Wang Yi would discuss trade.", "discuss", "planned", "04",
     {"CHN", "USA"}),
    ("will-travel", "Blinken will travel to Beijing on Sunday.", "travel", "planned", "042", {"USA"}),
    ("will-travel", "The Pentagon said Austin would travel to Manila next week.", "travel", "planned",
     "042", {"USA"}),
    ("expected-sign", "Erdogan is expected to sign the agreement with Putin.", "sign", "planned", "0", {"TUR"}),
    ("expected-sign", "Iran is expected to sign a cooperation deal with China.", "sign", "planned", "0",
     {"IRN"}),
    ("agreed-hold", "Iran and Saudi Arabia agreed to hold talks in Baghdad.", "talks", "planned", "04",
     {"IRN", "SAU"}),
    ("agreed-hold", "Iran and Saudi Arabia agreed to hold talks in Baghdad.", "agreed", "occurred", "03",
     {"IRN", "SAU"}),
    ("plans-to", "Japan plans to send a destroyer to the Middle East.", "send", "planned", "", {"JPN"}),
    ("scheduled-for", "Talks between Serbia and Kosovo scheduled for Thursday will take place in Brussels.",
     "Talks", "planned", "04", {"SRB", "XKX"}),
    # a material act announced for the future is the act itself, planned (no 03x row)
    ("announced-would", "Biden announced that the United States would give Ukraine more air defence "
     "systems.", "give", "planned", "07", {"USA"}),
    ("announced-would", "Germany announced that it would send tanks to Ukraine.", "send", "planned", "07",
     {"DEU"}),
    ("announced-would", "Assad told parliament that his forces would withdraw from Lebanon in stages.",
     "withdraw", "planned", "08", {"SYR"}),
    ("announced-would", "Putin said Russian troops would leave Kazakhstan within days.", "leave", "planned",
     "08", {"RUS"}),
    ("told-dated-that", "Assad told the Syrian parliament on March 5 that his forces would withdraw in stages.",
     "withdraw", "planned", "08", {"SYR"}),
    ("will", "Japan will provide humanitarian aid to Turkey.", "provide", "planned", "07", {"JPN"}),
    ("will", "Washington will send two aircraft carriers to the Mediterranean.", "send", "planned", "",
     {"USA"}),
    ("would-refused", "Hungary said it would not provide aid to Ukraine.", "provide", "occurred", "12",
     {"HUN"}),
    ("would-threat", "Iran said it would close the Strait of Hormuz if it were attacked.", "close",
     "occurred", "13", {"IRN"}),
    ("would-unless", "France said it would withdraw its troops from Mali unless the junta held elections.",
     "withdraw", "occurred", "13", {"FRA"}),
    # an order to the actor's own agency: the ordered act is the actor's, planned
    ("ordered-own", "The White House ordered the State Department to begin preparing to move the embassy to "
     "Jerusalem.", "move", "planned", "05", {"USA"}),
    ("there", "Washington recognised Jerusalem as the capital of Israel and ordered the State Department to "
     "move the embassy there.", "move", "planned", "05", {"USA"}),
    ("embassy-move", "Guatemala moved its embassy to Jerusalem.", "moved", "occurred", "05", {"GTM"}),
    ("ordered-own", "Putin ordered the defence ministry to withdraw troops from the border with Ukraine.",
     "withdraw", "planned", "08", {"RUS"}),
    ("ordered-own", "Biden ordered the Pentagon to send more troops to Poland.", "send", "planned", "",
     {"USA"}),
    ("ordered-own", "Xi ordered the navy to prepare to hold drills near Taiwan.", "drills", "planned", "",
     {"CHN"}),
    ("ordered-own", "Putin ordered the defence ministry to withdraw troops from the border with Ukraine.",
     "ordered", None, "", None),
    ("ordered-other", "Biden ordered Moscow to withdraw its troops from Ukraine.", "withdraw", None, "", None),
    # hypothetical: what may be exchanged, conditions, obligations
    ("in-return-for", "US officials said North Korea could supply shells to Russia in return for food.",
     "return", "hypothetical", "07", {"RUS"}),
    ("in-return-for", "US officials said North Korea could supply shells to Russia in return for food.",
     "supply", "hypothetical", "07", {"PRK"}),
    ("in-exchange-for", "Analysts said Iran could send drones to Russia in exchange for fighter jets.",
     "exchange", "hypothetical", "07", {"RUS"}),
    ("in-return-for", "Officials said Russia had sent oil to North Korea in return for shells.",
     "return", "occurred", "07", {"PRK"}),
    ("return-for-nothing", "Officials said Turkey had approved the bid in return for concessions.",
     "return", None, "", None),
    ("only-once", "Peskov said Russia would return to the grain deal only once its demands were met.",
     "return", "hypothetical", "03", {"RUS"}),
    ("only-if", "Tehran said it would return to the nuclear deal only if Washington lifted sanctions.",
     "return", "hypothetical", "03", {"IRN"}),
    ("if-clause", "If Washington lifts the sanctions, Iran will return to the talks.", "return",
     "hypothetical", "", {"IRN"}),
    ("threat-if", "Iran threatened to close the Strait of Hormuz if it were attacked.", "threatened",
     "occurred", "13", {"IRN"}),
    ("threat-if-content", "Iran threatened to close the Strait of Hormuz if it were attacked.", "close",
     None, "", None),
    ("threat-if-condition", "Iran threatened to close the Strait of Hormuz if it were attacked.", "attacked",
     None, "", None),
    pytest.param("oblige-aid", "The treaty obliges each side to come to the other's aid if it is attacked.",
                 "aid", "hypothetical", "07", None, marks=_P19_EACH_SIDE),
    pytest.param("opens-way", "The law opens the way to sanctions on Chinese officials.", "sanctions",
                 "hypothetical", "16", None, marks=_P19_DOCUMENT_WAY),
    pytest.param("could-passive", "The United States may build missiles that could be based in Asia.",
                 "based", "hypothetical", "15", None, marks=_P19_PASSIVE_BASED),
    ("could", "The United States could deploy missiles in Asia to counter China.", "deploy", "hypothetical",
     "15", {"USA"}),
    ("not-rule-out", "Putin said Russia did not rule out military cooperation with North Korea.",
     "cooperation", "hypothetical", "06", {"RUS"}),
    # general intentions are not planned events of their own
    ("general", "Moscow and Seoul resolved to expand their cooperation.", "expand", None, "", None),
    ("general", "China and Russia vowed to deepen their ties.", "deepen", None, "", None),
    ("general-consult", "Japan, South Korea and the United States pledged to consult one another in a "
     "crisis.", "consult", None, "", None),
    ("general-consult", "Japan, South Korea and the United States pledged to consult one another in a "
     "crisis.", "pledged", "occurred", "03", {"JPN", "KOR", "USA"}),
    ("general-consult", "Paris and Berlin promised to consult each other regularly.", "consult", None, "",
     None),
    ("concrete-consult", "Officials said Paris and Berlin would consult on Monday.", "consult", "planned",
     "04", {"DEU", "FRA"}),
]


@pytest.mark.parametrize(("kind", "text", "trigger", "status", "cameo", "actors"), _PLANNED_BATTERY,
                         ids=[_battery_id(k, row) for k, row in enumerate(_PLANNED_BATTERY)])  # fmt: skip
def test_planned_battery(rec: ActorRecogniser, coder: EventCoder, kind: str, text: str, trigger: str,
                         status: str | None, cameo: str, actors: set[str] | None) -> None:  # fmt: skip
    found = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == trigger]
    if status is None:
        assert not found, (kind, [(r.cameo, r.status) for r in found])
    else:
        assert any(r.status == status and r.cameo.startswith(cameo)
                   and (actors is None or parties(r)[0] == actors) for r in found), \
            (kind, [(r.cameo, r.status, parties(r)) for r in found])  # fmt: skip


def test_a_speakers_own_planned_act_is_not_attributed(rec: ActorRecogniser, coder: EventCoder) -> None:
    # the gold's "future statements": the actor's own announcement is null, another source is named
    text = "Washington and Berlin announced that the United States would begin deploying missiles in Germany."
    assert at(code(rec, coder, text), text)["deploying"].attribution is None
    text = "G7 leaders said that they would not attend the summit in Sochi, and that they would meet in Brussels."
    r = at(code(rec, coder, text), text)["meet"]
    assert r.status == "planned" and r.attribution is None
    text = "Officials said Putin and Erdogan would discuss the grain corridor."
    assert at(code(rec, coder, text), text)["discuss"].attribution == "Officials"
    text = "Qatar said it had intercepted the missiles."  # an act already done: the speaker's claim
    assert at(code(rec, coder, text), text)["intercepted"].attribution == "Qatar"
    text = "Biden met Putin in Geneva on Wednesday. Both sides said they would keep talking."  # unnamed speakers
    r = at(code(rec, coder, text), text)["talking"]
    assert r.status == "planned" and r.attribution is None


def test_an_order_to_ones_own_services_is_ones_own_act_to_come(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Washington recognised Jerusalem as the capital of Israel and ordered the State Department to move " \
        "the embassy there from Tel Aviv."
    got = at(code(rec, coder, text), text)
    assert (got["move"].cameo, got["move"].status) == ("050", "planned") and parties(got["move"]) == ({"USA"}, {"ISR"})
    assert "ordered" not in got  # no demand on one's own services
    text = "Putin ordered the defence ministry to withdraw troops from the border with Ukraine."
    [r] = code(rec, coder, text)
    assert (r.cameo_root, r.status) == ("08", "planned") and parties(r) == ({"RUS"}, {"UKR"})
    text = "Biden ordered Moscow to withdraw its troops from Ukraine."  # another's troops: a demand
    [r] = code(rec, coder, text)
    assert (r.cameo_root, r.status) == ("10", "occurred") and parties(r)[1] == {"RUS"}


def test_a_meeting_put_on_the_calendar_by_a_relative_clause(rec: ActorRecogniser, coder: EventCoder) -> None:
    # the document is of Friday 26 March 2021: a planned event's weekday is the next one, an act done the last
    text = "Russia asked for an emergency meeting of the Security Council, which diplomats said would take " \
        "place on Monday."
    got = at(code(rec, coder, text), text)
    meeting = got["meeting"]
    assert (meeting.status, meeting.date, meeting.attribution) == ("planned", "2021-03-29", "diplomats")
    assert parties(meeting)[0] == {"UNSC"} and got["asked"].status == "occurred"
    text = "Blinken met Lavrov in Geneva on Monday."
    assert at(code(rec, coder, text), text)["met"].date == "2021-03-22"
    text = "Lavrov will meet Blinken at the G20 meeting in Bali, which opens on Thursday."
    got = at(code(rec, coder, text), text)
    assert got["meeting"].status == "planned" and got["meet"].date == "2021-04-01"


def test_only_a_meeting_is_planned_by_what_comes_after_it(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "ahead of" plans a meeting; an invasion "ahead of" which troops massed may have come since
    text = "Russia massed troops on the border ahead of its invasion of Ukraine."
    assert at(code(rec, coder, text), text)["invasion"].status == "occurred"
    text = "Xi met Putin in Moscow ahead of next week's summit of the Shanghai Cooperation Organisation."
    assert at(code(rec, coder, text), text)["summit"].status == "planned"


# events-19: recipients from the context -----------------------------------------------------------

#: an act whose recipient is not named in its own words, told after acts that may or may not say
#: whom it is aimed at: (text, the act's trigger, its actors, its recipients, none where the text
#: names no one). Constructions: a resignation is a step at home (no counterpart from the acts
#: before); force on merchant shipping with no flag named hits no state; a refusal to send troops or
#: aid beside aid promised is refused to the aid's beneficiary; a call for a vote is made in the body
#: named before; a party's praise or backing makes it no target of the hostile act that follows; and
#: the controls that keep the context recipients the coder already reads.
_CONTEXT_RECIPIENTS = [
    # a resignation: a step at home, aimed at no one abroad
    ("Ecuador expelled the Colombian ambassador on Monday. The Colombian defence minister resigned on Tuesday.",
     "resigned", "COL", ""),
    ("Mali expelled the French ambassador. Mali's interim prime minister agreed to resign.", "agreed", "MLI", ""),
    ("Russia expelled two Lithuanian diplomats. Lithuania's foreign minister resigned a week later.", "resigned",
     "LTU", ""),
    ("Gangs stormed two prisons in Haiti while Kenya prepared to send police. "
     "Haiti's prime minister eventually agreed to resign.", "agreed", "HTI", ""),
    ("China imposed sanctions on Lithuania. The Lithuanian economy minister resigned on Friday.", "resigned",
     "LTU", ""),
    ("Protesters clashed with police in Lima. Peru's prime minister agreed to step down.", "agreed", "PER", ""),
    # merchant shipping with no flag named: no state hit from the acts before
    ("The United States and Britain struck Houthi targets in Yemen. "
     "The Houthis attacked a merchant vessel off Aden.", "attacked", "YEM", ""),
    ("The United States struck Houthi bases in Yemen. The Houthis seized a cargo ship in the Red Sea.", "seized",
     "YEM", ""),
    ("Britain struck Houthi radar sites in Yemen. "
     "The Houthis, who hijacked a car carrier in November, vowed to fight on.", "hijacked", "YEM", ""),
    ("Israel bombed Houthi ports in Yemen. The Houthis then fired missiles at a tanker in the Red Sea.", "fired",
     "YEM", ""),
    ("The United States struck Houthi targets in Yemen in retaliation for weeks of attacks by the group on "
     "merchant ships.", "attacks", "YEM", ""),
    ("Israel struck Houthi positions in Yemen. The Houthis boarded a freighter in the Red Sea.", "boarded", "YEM", ""),
    # (a flag or an owner named is the state hit)
    ("Britain detained an Iranian tanker off Gibraltar. Iran later seized a British tanker in the Strait of Hormuz.",
     "seized", "IRN", "GBR"),
    ("Israel struck targets in Gaza. Houthi fighters seized an Israeli-owned cargo ship in the Red Sea.", "seized",
     "YEM", "ISR"),
    ("Russia seized three Ukrainian navy ships in the Kerch Strait.", "seized", "RUS", "UKR"),
    # (force on a state's forces keeps its context recipient)
    ("The United States struck Houthi bases in Yemen. The Houthis attacked a US destroyer in the Red Sea.", "attacked",
     "YEM", "USA"),
    # a refusal to send troops or arms beside aid given or promised: refused to the aid's beneficiary
    ("Kenya pledged 1,000 police officers to the mission in Haiti. "
     "The United States promised $300 million but ruled out sending its own troops.", "ruled", "USA", "HTI"),
    ("The United States promised $300 million to Haiti but ruled out sending its own troops.", "ruled", "USA", "HTI"),
    ("Japan pledged aid to Ukraine but declined to send weapons.", "declined", "JPN", "UKR"),
    ("Kenya pledged 1,000 police officers to the mission in Haiti. "
     "Canada promised $80 million but refused to send troops.", "refused", "CAN", "HTI"),
    pytest.param("Britain sent tanks to Ukraine. Germany refused to send fighter jets.", "refused", "DEU", "UKR",
                 marks=pytest.mark.xfail(strict=True, reason="jets sent take the show-of-force sense (150), whose "
                                                             "refusal (120) is no refusal of aid (122)")),
    ("Britain sent tanks to Ukraine. Germany pledged money but refused to send tanks.", "refused", "DEU", "UKR"),
    # (a refusal with no aid before it is to no one)
    ("Germany refused to send fighter jets.", "refused", "DEU", ""),
    ("Russia struck Kyiv overnight. Hungary refused to send weapons.", "refused", "HUN", ""),
    # (an act aimed elsewhere since ends the aid's thread)
    ("Britain sent tanks to Ukraine. Russia expelled two Polish diplomats. Germany refused to send troops.",
     "refused", "DEU", ""),
    # a call for a vote: in the body named before
    ("The UN General Assembly debated a resolution on Gaza. The United States did not call for a vote.", "call",
     "USA", "UNGA"),
    ("The Security Council debated a resolution on Syria. Russia called for a vote.", "called", "RUS", "UNSC"),
    ("The General Assembly discussed a draft on Gaza for two days. Egypt requested a recorded vote.", "requested",
     "EGY", "UNGA"),
    ("The Security Council met on Friday to discuss the war in Sudan. Britain called for a vote on a ceasefire.",
     "called", "GBR", "UNSC"),
    ("The UN Human Rights Council debated a text on Xinjiang. China demanded a vote.", "demanded", "CHN", "UNHRC"),
    # (no court holds a vote: the body named before it)
    ("The UN General Assembly agreed to ask the International Court of Justice for an opinion. Guterres backed "
     "the request and said the court could help. The United States did not call for a vote.", "call", "USA", "UNGA"),
    # (a vote called in a body named in the sentence is in that body)
    ("Russia called for a vote in the Security Council.", "called", "RUS", "UNSC"),
    # (no body named: none)
    ("Russia called for a vote.", "called", "RUS", ""),
    ("Thousands rallied in Taipei. The opposition called for a vote on the trade pact.", "called", "TWN", ""),
    # (a body's sitting asked for: a session, an urgent meeting; not a plain meeting, which may be with anyone)
    ("Britain, France, Egypt and five other members of the UN Security Council asked for an emergency meeting.",
     "asked", "GBR FRA EGY", "UNSC"),
    ("The Security Council adopted a resolution on Gaza. Algeria requested an emergency session.", "requested", "DZA",
     "UNSC"),
    ("Russia called for an urgent meeting of the Security Council.", "called", "RUS", "UNSC"),
    ("The General Assembly resumed its debate on Ukraine. Ukraine asked for a special session.", "asked", "UKR",
     "UNGA"),
    ("The UN Security Council condemned the coup. Iran asked for a meeting.", "asked", "IRN", ""),
    # praise or backing from a party makes it no target of the hostile act that follows
    ("Russia breached its treaty with the United States. NATO allies said they stood by Washington's decision "
     "when it suspended its obligations under the treaty.", "suspended", "USA", "RUS"),
    ("Britain thanked Kenya for its help. Kenya later closed its embassy.", "closed", "KEN", ""),
    ("Germany praised Poland's restraint. Poland then expelled two diplomats.", "expelled", "POL", ""),
    ("Iran seized a Greek tanker. The United States backed Greece. Athens then expelled two diplomats.", "expelled",
     "GRC", "IRN"),
    ("The European Union backed Lithuania in the dispute. Lithuania then recalled its ambassador.", "recalled", "LTU",
     ""),
    ("China threatened Lithuania. France praised Lithuania. Lithuania then recalled its ambassador.", "recalled",
     "LTU", "CHN"),
    # (a friendly act back to a backer keeps it)
    ("NATO backed Ukraine's bid. Ukraine thanked the alliance.", "thanked", "UKR", "NATO"),
    ("Germany praised Poland. Poland then thanked Berlin.", "thanked", "POL", "DEU"),
    # aid given or offered by several parties, no one named: aid to whom the aid just before went
    ("Kenya pledged 1,000 police officers to the mission in Haiti. "
     "The Bahamas, Bangladesh and Jamaica have also offered personnel.", "offered", "BHS BGD JAM", "HTI"),
    ("Britain sent tanks to Ukraine. Denmark and the Netherlands delivered fighter jets.", "delivered", "DNK NLD",
     "UKR"),
    ("The United States pledged $300 million to Haiti. Canada and France promised aid.", "promised", "CAN FRA",
     "HTI"),
    # (support, not aid, after an act of force by others backs those who used force)
    ("The United States and Britain struck Houthi targets across Yemen. "
     "Australia, Bahrain, Canada and the Netherlands provided support.", "provided", "AUS BHR CAN NLD", "USA GBR"),
    # (events-19 review: after one state's strike support may go to either side, "Russia bombed Kharkiv.
    # The EU provided support": none guessed)
    ("Britain struck Houthi targets in Yemen. Canada provided support.", "provided", "CAN", ""),
    ("Russia struck Kyiv overnight. Belarus provided support.", "provided", "BLR", ""),
    ("Russia struck Kyiv overnight. The European Union provided aid.", "provided", "EU", ""),
    # (an act aimed elsewhere since ends the aid's thread; no aid before: none)
    ("Japan pledged aid to Ukraine. Russia expelled two Japanese diplomats. Canada and France promised aid.",
     "promised", "CAN FRA", ""),
    ("Finland and Sweden provided support.", "provided", "FIN SWE", ""),
    # a reply "in response" told after the act's reactions: whom our own hostile words just before name
    ("North Korea launched an intermediate-range ballistic missile over northern Japan on Tuesday, prompting the "
     "government to warn residents in the north to take cover and halting train services across the region for "
     "several hours. Japan's prime minister called the launch a reckless act and said Tokyo had lodged a protest "
     "through its embassy in Beijing. He later spoke with the US president by telephone, and the two leaders agreed "
     "that the launch was a danger to the region and to the people of Japan. South Korea's president called the "
     "launch a grave provocation and vowed a stern response. Early on Wednesday, South Korean and US forces each "
     "fired two missiles into the sea in response.", "fired", "KOR USA", "PRK"),
    ("Early on Wednesday, South Korean and US forces each fired two missiles into the sea in response.", "fired",
     "KOR USA", ""),
    # those an act is done for ("in solidarity with", "in support of") are not whom it is aimed at
    ("The Houthis say they target vessels linked to Israel in solidarity with Palestinians in Gaza.", "target", "YEM",
     "ISR"),
    ("Iran attacked ships linked to Israel in support of Hamas.", "attacked", "IRN", "ISR"),
    # weapons fired at no one named: at whoever brought them down
    ("Iran launched more than 300 drones and missiles, and almost all of them were shot down by Israel.",
     "launched", "IRN", "ISR"),
    ("Hamas fired 50 rockets, most of which were intercepted by Israel.", "fired", "PSE", "ISR"),
    ("Russia launched 40 drones overnight, and most of them were destroyed by Ukrainian air defences.", "launched",
     "RUS", "UKR"),
    ("North Korea fired two missiles into the sea.", "fired", "PRK", ""),
    # an answer answers an act aimed at us, told further back, before a third party's measure in between
    ("Iran fired hundreds of drones and missiles at Israel on Saturday night, the first direct attack from its own "
     "territory, and nearly all of them were brought down before they reached their targets over the desert in the "
     "south. Officials in Jerusalem spent the following days weighing their options while allies urged caution and "
     "diplomats shuttled between capitals, and markets across the region fell sharply as traders braced for a wider "
     "war. The leaders of the Group of Seven condemned the attack at a video summit. "
     "Days later the United States and Britain imposed new sanctions on Iran's drone makers. On Friday Israel "
     "answered with a limited strike near Isfahan.", "strike", "ISR", "IRN"),
    # (and forswearing retaliation then forswears it against the one who answered)
    ("Iran fired hundreds of drones and missiles at Israel on Saturday night, the first direct attack from its own "
     "territory, and nearly all of them were brought down before they reached their targets over the desert in the "
     "south. Officials in Jerusalem spent the following days weighing their options while allies urged caution and "
     "diplomats shuttled between capitals, and markets across the region fell sharply as traders braced for a wider "
     "war. The leaders of the Group of Seven condemned the attack at a video summit. "
     "Days later the United States and Britain imposed new sanctions on Iran's drone makers. On Friday Israel "
     "answered with a limited strike near Isfahan. Iranian officials said they had no plans to retaliate.",
     "retaliate", "IRN", "ISR"),
    # "the summit" attended, its meeting told further back: the summit the story is about, the first
    # meeting of an organisation in the document (a two-party meeting is none)
    (
     "Leaders of the African Union met in Addis Ababa on Saturday for their annual gathering. The host "
     "government had closed several main roads around the conference centre, and hotels across the capital "
     "reported that they were fully booked for the whole week. Delegates spent most of the first day on "
     "the budget and on the election of new commissioners, a process that went on late into the night. "
     "Several heads of state arrived only on the second day because of flight delays caused by heavy rain "
     "over the region. Observers said the debates on trade had been long but cordial throughout. Kenya's "
     "president, who attended the summit, later flew home.",
     "attended", "KEN", "AU"),
    (
     "Biden and Xi met in California on Wednesday for four hours. The host government had closed several "
     "main roads around the conference centre, and hotels across the city reported that they were fully "
     "booked for the whole week. Delegates spent most of the first day on the budget and on the election "
     "of new commissioners, a process that went on late into the night. Several heads of state arrived "
     "only on the second day because of flight delays caused by heavy rain over the region. Observers said "
     "the debates on trade had been long but cordial throughout. Kenya's president, who attended the "
     "summit, later flew home.",
     "attended", "KEN", ""),
    # a trip called off, going nowhere named: to the host of the meeting told before
    ("Russia hosted a summit of the BRICS group in Kazan this week. "
     "Brazil's president, who cancelled his trip after a fall, took part by video link.", "cancelled", "BRA", "RUS"),
    ("China hosted a summit of Central Asian leaders in Xi'an. "
     "Kazakhstan's president cancelled his visit because of floods at home.", "cancelled", "KAZ", "CHN"),
    ("Egypt hosted talks between Israel and Hamas in Cairo. Qatar's prime minister cancelled his trip.", "cancelled",
     "QAT", "EGY"),
    ("Japan's prime minister cancelled his trip to Washington.", "cancelled", "JPN", "USA"),
    ("Brazil's president cancelled his trip after a fall.", "cancelled", "BRA", ""),
    # a definite troop noun with no owner named: the troops of the state named last with a troop noun
    ("The last Syrian soldiers crossed back into Syria on Tuesday. Lebanese officers saluted the departing troops.",
     "saluted", "LBN", "SYR"),
    ("French soldiers completed their withdrawal from Mali. Malian officials thanked the troops.", "thanked", "MLI",
     "FRA"),
    ("The last American soldiers left Kabul on Monday. The Taliban praised the departing troops.", "praised", "AFG",
     "USA"),
    ("Lebanese officers saluted the troops.", "saluted", "LBN", ""),
    ("Pakistani troops held a parade in Lahore. Pakistan's president praised the soldiers.", "praised", "PAK", ""),
    # a verdict on a departure that no report tells: the state whose troops were named before, however far back
    ("The last Syrian soldiers crossed back into Syria on Tuesday. The United States and France welcomed the "
     "departure.", "welcomed", "USA FRA", "SYR"),
    ("The last Syrian soldiers crossed back into Syria on Tuesday. Iran criticised the pullout.", "criticised", "IRN",
     "SYR"),
    ("The last French soldiers left Niger on Friday. Niger's junta had demanded their exit after the coup in July, "
     "and officials in Niamey said the bases would be handed to the army. Mali and Burkina Faso sent delegations to "
     "the ceremony, and Russia said it was ready to help Niger. Algeria and Nigeria urged calm. Germany regretted "
     "the withdrawal.", "regretted", "DEU", "FRA"),
    ("France welcomed the withdrawal.", "welcomed", "FRA", ""),
    ("Russia withdrew from the grain deal. Turkey regretted the withdrawal.", "regretted", "TUR", "RUS"),
    # sanctions eased with no target named: a reward for the concession told right before them
    ("Libya agreed to compensate the families of the victims, and the Security Council lifted its sanctions.",
     "lifted", "UNSC", "LBY"),
    ("Iran agreed to curb uranium enrichment. The European Union then lifted its sanctions.", "lifted", "EU", "IRN"),
    ("Belarus released 50 political prisoners. Washington eased some sanctions.", "eased", "USA", "BLR"),
    ("The European Union lifted its sanctions.", "lifted", "EU", ""),
    ("Germany urged restraint. The European Union eased its sanctions.", "eased", "EU", ""),
    # controls: the counterpart of the last act still takes an aimed act that names no one
    ("North Korea fired a missile over Japan. Tokyo warned that it would respond.", "warned", "JPN", "PRK"),
    ("Algeria broke off relations with Morocco. Rabat rejected the pretexts behind it.", "rejected", "MAR", "DZA"),
    ("Japan imposed export curbs on South Korea. Seoul threatened to retaliate.", "threatened", "KOR", "JPN"),
    ("China sent warships around Taiwan. Taipei protested.", "protested", "TWN", "CHN"),
    ("Kenya pledged 1,000 police officers to Haiti. The United States promised $300 million.", "promised", "USA",
     "HTI"),
    ("The General Assembly adopted a resolution demanding a truce. Israel rejected the resolution.", "rejected", "ISR",
     "UNGA"),
    ("Sweden applied to join NATO. Turkey blocked the bid.", "blocked", "TUR", "SWE"),
    ("Russia seized two Ukrainian ships. Kyiv condemned it as an act of aggression.", "condemned", "UKR", "RUS"),
    ("Britain expelled 23 Russian diplomats. Moscow then recalled its ambassador.", "recalled", "RUS", "GBR"),
]


@pytest.mark.parametrize(("text", "trigger", "actors", "recipients"), _CONTEXT_RECIPIENTS)
def test_recipients_read_from_the_context(rec: ActorRecogniser, coder: EventCoder, text: str, trigger: str,
                                          actors: str, recipients: str) -> None:
    reports = code(rec, coder, text)
    r = next((r for r in reports if text[r.trigger_start : r.trigger_end].split(" ")[0] == trigger), None)
    assert r is not None, [(text[p.trigger_start : p.trigger_end], p.cameo) for p in reports]
    assert parties(r) == (set(actors.split()), set(recipients.split()))


#: a cooperative act told again ("had signed the pact", "also signed a second deal") is aimed where it
#: was, whoever the actor dealt with since; a hostile one told after another's reply answers the reply:
#: (text, the trigger of the act told again, its recipients)
_TOLD_AGAIN = [
    ("The United States signed a defence pact with the Philippines. China summoned the US ambassador. "
     "Washington said it had signed the pact to deter aggression.", "signed", "PHL"),
    ("Germany signed an energy deal with Qatar. Russia criticised Berlin. Germany also signed a second deal.",
     "signed", "QAT"),
    ("Russia expelled two Estonian diplomats. Latvia expelled three Russian diplomats. "
     "Russia then expelled the diplomats.", "expelled", "LVA"),
]


@pytest.mark.parametrize(("text", "trigger", "recipients"), _TOLD_AGAIN)
def test_an_act_told_again_is_aimed_where_it_was(rec: ActorRecogniser, coder: EventCoder, text: str, trigger: str,
                                                 recipients: str) -> None:
    r = [r for r in code(rec, coder, text) if text[r.trigger_start : r.trigger_end] == trigger][-1]
    assert parties(r)[1] == set(recipients.split())


# events-19: statements whose content is an act ----------------------------------------------------
# A battery of short passages about real public events whose last sentence reports speech: the gold
# set codes the act the words perform when they are one (disagreement 110, blame 112, a refusal 12x,
# a commitment 03x, support 051) and a plain 010, aimed at whom it is about, when they are none.
# Each row: the code the last sentence must have (a prefix; "!12" = no report of that root there), its
# actors and its recipients (``None``: not checked).

_SAID_ASK_ONLY = pytest.mark.xfail(strict=True, reason=(
    "'said Ukraine needed permission to …': a need stated is an appeal only to a party the context names"))

_SAID_ABOUT = pytest.mark.xfail(strict=True, reason=(
    "a plain statement's recipients, the parties it is about: every party of the reported clause cost fold A one "
    "and fold B three (the gold leaves most plain statements unaimed); the subject's parties alone moved neither "
    "fold and cost fold B a report"))
_SAID_CONTEXT = pytest.mark.xfail(strict=True, reason=(
    "'said its sanctions would stay in force': a penalty whose target only the sentence before names"))
_SAID_APPOSITION = pytest.mark.xfail(strict=True, reason=(
    "'stood by its ally Morocco': the party is an apposition of the object, which the verb's recipient misses"))

_SAID_CONTRAST = pytest.mark.xfail(strict=True, reason=(
    "criticism by contrast ('while Hiroshima deserved attention, the Nanjing massacre should be remembered even "
    "more'): aimed at the doer of a past act the clause only names; no construction read yet"))

_SAID_ACTS = [
    # disagreement: with an act named before, aimed at its author
    ('d01', "110", {"GBR"}, {"USA"},
     "Washington recognised Jerusalem as Israel's capital. Theresa May said Britain disagreed with it."),
    ('d02', "110", {"GBR"}, {"USA"},
     "Washington recognised Jerusalem as Israel's capital. Macron called it a mistake, and May said London "
     "disagreed with it."),
    ('d03', "110", {"FRA"}, {"USA"},
     "Washington withdrew from the Iran deal. Macron said France disagreed with the decision."),
    ('d04', "110", {"DEU"}, {"POL"},
     "The German chancellor said Berlin disagreed with Warsaw over the judicial reform."),
    ('d05', "110", {"SWE"}, {"TUR"},
     "Turkey blocked Sweden's bid. The Swedish prime minister said Stockholm disagreed with Ankara."),
    ('d06', "110", {"IND"}, {"CAN"},
     "Canada expelled an Indian diplomat. New Delhi said it strongly disagreed with Ottawa's claims."),
    ('d07', "!110", {"ESP"}, None,
     "Spain said it disagreed with the findings of the report."),
    # blame: another party named as the one whose doing it was
    ('b01', "112", {"RUS"}, {"USA"},
     "In Moscow, the foreign ministry said the treaty had collapsed at the initiative of the United States."),
    ('b02', "112", {"CHN"}, {"USA"},
     "Beijing said the United States was to blame for the tensions in the Taiwan Strait."),
    ('b03', "112", {"PRK"}, {"USA"},
     "Pyongyang said the crisis on the peninsula was the fault of Washington."),
    ('b04', "112", {"RUS"}, {"UKR"},
     "Moscow said the escalation in Donbas was entirely the fault of Kyiv."),
    ('b05', "112", {"IRN"}, {"ISR"},
     "Iran said Israel was to blame for the strike on its consulate in Damascus."),
    ('b06', "112", {"ARM"}, {"AZE"},
     "Armenia said the fighting had been started at the initiative of Azerbaijan."),
    ('b07', "112", {"IRN"}, {"GBR"},
     "Tehran said the crisis in the Gulf had been caused by Britain."),
    ('b08', "112", {"CHN"}, {"USA"},
     "China said the tensions had been provoked by the United States."),
    # an attack said to be plotted: an accusation of aggression (1123)
    ('b09', "1123", {"USA"}, {"IRN"},
     "The Pentagon said Iran had been developing plans to attack American diplomats in the region."),
    ('b10', "1123", {"USA"}, {"IRN"},
     "Washington said Iran was plotting attacks on American bases."),
    ('b11', "!112", {"JPN"}, None,
     "Japan said India was drawing up plans to expand trade with Tokyo."),
    # refusal: penalties kept, a stance kept
    ('r01', "1244", {"USA"}, {"LBY"},
     "Officials in Washington said American sanctions on Libya would stay in force."),
    ('r02', "1244", {"EU"}, {"RUS"},
     "The European Union said its sanctions on Russia would remain in place."),
    ('r03', "1244", {"GBR"}, {"IRN"},
     "London said the sanctions against Iran would remain in force for now."),
    pytest.param('r04', "1244", {"USA"}, {"LBY"},
     "Libya gave up its weapons programme. Washington said its sanctions would stay in force for the time being.",
     marks=_SAID_CONTEXT),
    ('r05', "124", {"AUS"}, {"CHN"},
     "Australia said the tariffs on Chinese steel would stay in place."),
    ('r06', "124", {"CHN"}, None,
     "China said its position on Taiwan would not change."),
    ('r07', "12", {"USA"}, {"JPN"},
     "Biden visited Hiroshima in May. He did not apologise for the bombing; the White House had said earlier that "
     "he would not."),
    ('r08', "124", {"CHN"}, {"JPN"},
     "Japan urged China to lift its ban on Japanese seafood. Beijing said it would not."),
    ('r10', "085", {"FIN", "SWE"}, {"TUR"},
     "Finland and Sweden confirmed that no national arms embargoes on Turkey remain in place."),
    ('r11', "085", {"USA"}, {"LBY"},
     "Washington said no sanctions on Libya remained in force."),
    ('r12', "011", {"USA"}, None,
     "Washington said its sanctions on Libya would stay in force, and the White House would not say when they "
     "might be eased."),
    ('r09', "010", {"FRA"}, set(),
     "The French foreign ministry said it would not."),
    # another party said to have wanted penalties undone: its demand for relief (1054), made of the speaker
    ('u04', "1054", {"PRK"}, {"USA"},
     "Washington said Pyongyang had wanted all sanctions lifted in exchange for closing part of its nuclear "
     "programme, and that the president had chosen to walk away."),
    ('u05', "!105", {"KOR"}, None,
     "Seoul said Tokyo wanted the export curbs kept in place."),
    # a demand: not satisfied until the other party acts
    ('u01', "105", {"LBN"}, {"SYR"},
     "Opposition leaders in Lebanon said they would not be satisfied until Syrian troops had withdrawn."),
    ('u02', "10", {"UKR"}, {"RUS"},
     "Kyiv said it would not rest until Russian troops left Ukraine."),
    ('u03', "!10", {"JPN"}, None,
     "Tokyo said it would wait until China lifted the ban."),
    # things announced to be treated as targets: a threat of force (138)
    ('t01', "138", {"RUS"}, {"UKR"},
     "Russia's defence ministry said that from midnight it would regard all vessels sailing to Ukraine's ports as "
     "potential carriers of military cargo."),
    ('t02', "138", {"RUS"}, {"UKR"},
     "Moscow said it would treat Western arms shipments to Ukraine as legitimate targets."),
    ('t03', "!13", {"JPN"}, None,
     "Japan said it would regard the Chinese proposal as a basis for talks."),
    # a delivery told: arms or aid on their way
    ('w01', "072", {"USA", "DNK", "NLD"}, {"UKR"},
     "The United States, Denmark and the Netherlands said the first F-16 fighter jets were already on their way "
     "to Ukraine."),
    ('w02', "072", {"DEU"}, {"UKR"},
     "Germany said the Leopard tanks were on their way to Ukraine."),
    ('w03', "07", {"EGY"}, None,
     "Egypt said the aid convoy was on its way to Gaza."),
    ('w04', "!07", {"JPN"}, None,
     "Japan said its delegation was on its way to Beijing."),
    # an agreement said to be void: rejected (127), aimed at the other party to it
    ('v01', "127", {"RUS"}, None,
     "Peskov said the grain deal had ceased to be valid."),
    ('v02', "127", {"RUS"}, {"UKR"},
     "The Kremlin said the Black Sea agreement with Ukraine was no longer valid."),
    ('v03', "127", {"PRK"}, {"KOR"},
     "Pyongyang said the 2018 military agreement with Seoul was no longer valid."),
    ('v04', "127", {"RUS"}, {"USA"},
     "Moscow said the arms control treaty with Washington had ceased to be valid."),
    ('v05', "127", {"NER"}, {"FRA"},
     "Niger said the military agreements with France were no longer valid."),
    ('v06', "127", {"RUS"}, None,
     "Peskov said the deal had ceased to be valid and that Russia would return to it only once its demands were "
     "met."),
    ('v07', "127", {"RUS"}, None,
     "The Kremlin said on Monday that the grain arrangement had ceased to be valid."),
    ('v08', "!12", {"RUS"}, None,
     "The Kremlin said the ceasefire remained valid."),
    # a mediator refused (126)
    ('m01', "126", {"PSE"}, {"USA"},
     "Abbas said the United States could no longer act as a mediator."),
    ('m02', "126", {"PSE"}, {"USA"},
     "Abbas said Washington was no longer an honest broker in the conflict."),
    ('m03', "126", {"UKR"}, {"HUN"},
     "Kyiv said Hungary could not act as a mediator in the war."),
    # commitment (03x): to peace between others is to mediate (039), with another to settle (037)
    ('c01', "039", {"USA"}, {"ISR", "PSE"},
     "Biden said the United States remained committed to a peace agreement between Israel and the Palestinians."),
    ('c02', "039", {"USA"}, {"ISR", "PSE"},
     "Trump said the move was long overdue and that Washington remained committed to a peace deal between Israel "
     "and the Palestinians."),
    ('c03', "037", {"JPN"}, {"CHN"},
     "Japan said it remained committed to a peaceful settlement with China over the islands."),
    ('c04', "03", {"EGY"}, {"ISR"},
     "Egypt said it remained committed to its peace treaty with Israel."),
    ('c05', "036", {"JPN"}, {"PRK"},
     "Japan said it remained committed to talks with North Korea."),
    ('c06', "039", {"QAT"}, None,
     "Qatar said it remained committed to mediation between Israel and Hamas."),
    ('c07', "052", {"USA"}, None,
     "Washington recognised Jerusalem as Israel's capital. The White House said the move was long overdue and that "
     "Washington remained committed to a peace deal between Israel and the Palestinians."),
    ('c08', "!03", {"RUS"}, None,
     "Russia said it was committed to the trade deal with China."),
    # support
    ('s01', "051", {"NATO"}, {"USA"},
     "NATO allies said they stood by Washington's decision."),
    ('s02', "051", {"GBR"}, {"UKR"},
     "Britain said it stood firmly with Ukraine."),
    pytest.param('s03', "051", {"FRA"}, {"MAR"},
     "Paris said it stood by its ally Morocco.",
     marks=_SAID_APPOSITION),
    ('s05', "051", {"NATO"}, {"UKR"},
     "NATO leaders declared on Wednesday that Ukraine was on an irreversible path to membership."),
    ('s06', "051", {"EU"}, {"MDA"},
     "The European Commission said Moldova was on the path to membership."),
    ('s07', "!05", {"TUR"}, None,
     "Turkey said the talks were on the path to failure."),
    ('s04', "051", {"JPN"}, {"USA"},
     "Kishida said Japan supported the American decision."),
    pytest.param('a01', "02", {"UKR"}, None,
                 "Zelensky met Biden and said Ukraine needed permission to strike targets inside Russia.",
                 marks=_SAID_ASK_ONLY),
    pytest.param('k01', "111", {"CHN"}, {"JPN"},
                 "Japan's army killed thousands in Nanjing in 1937. China's foreign minister said that while "
                 "Hiroshima deserved attention, the Nanjing massacre should be remembered even more.",
                 marks=_SAID_CONTRAST),
    # a plain statement: 010, aimed at the parties it is about
    pytest.param('n01', "010", {"DZA"}, {"MAR"},
     "Algeria broke off relations with Morocco. Foreign Minister Ramtane Lamamra said consulates in both countries "
     "would remain open.",
     marks=_SAID_ABOUT),
    ('n02', "010", {"UN"}, set(),
     "UN Secretary-General Antonio Guterres said the city's status could only be settled through negotiations."),
    ('n03', "010", {"JPN"}, set(),
     "The Japanese foreign ministry said the economy had grown for the third quarter."),
    ('n04', "010", {"RUS"}, set(),
     "The Kremlin said Putin would be in Moscow on Friday."),
    # (events-20: n05-n07 get the party they are about from the recipient fallback)
    pytest.param('n05', "010", {"IND"}, {"CHN"},
     "The Indian foreign ministry said the situation on the border with China was calm."),
    pytest.param('n06', "010", {"CHN"}, {"AUS"},
     "The Chinese foreign ministry said trade with Australia had grown by ten percent."),
    pytest.param('n07', "010", {"USA"}, {"ISR"},
     "Trump recognised Jerusalem as the capital of Israel. The White House said the United States took no "
     "position on the borders of Israeli sovereignty in the city."),
    # precision: words that describe, or the opposite of the act, are no act
    ('p01', "!12", {"USA"}, None,
     "Washington said the sanctions on Libya would be eased next month."),
    ('p02', "!12", {"RUS"}, None,
     "The Kremlin said the agreement with Turkey remained valid."),
    ('p03', "!12", {"QAT"}, None,
     "Qatar said it could act as a mediator between the two sides."),
    ('p04', "!112", {"CHN"}, None,
     "China said the meeting had been held at the initiative of the host."),
    ('p05', "!11", {"JPN"}, None,
     "Tokyo said the talks had been caused to run late by the weather."),
    ('p06', "111", {"KOR"}, {"PRK"},
     "Seoul said the North Korean launch was a grave provocation."),
]


@pytest.mark.parametrize(("name", "want", "actors", "recipients", "text"), _SAID_ACTS)
def test_said_content_is_coded_as_the_act_it_performs(rec: ActorRecogniser, coder: EventCoder, name: str,
                                                       want: str, actors: set[str], recipients: set[str] | None,
                                                       text: str) -> None:
    last = text.rfind(". ", 0, len(text) - 1) + 2 if text.count(". ") else 0
    reports = [r for r in code(rec, coder, text) if r.trigger_start >= last]
    if want.startswith("!"):
        assert not any(r.cameo.startswith(want[1:]) for r in reports), (name, [r.cameo for r in reports])
        return
    found = [r for r in reports if r.cameo.startswith(want) and parties(r)[0] == actors]
    assert found, (name, [(r.cameo, parties(r)) for r in reports])
    if recipients is not None:
        assert any(parties(r)[1] == recipients for r in found), (name, [(r.cameo, parties(r)) for r in found])
    if want == "011":
        assert all(r.status == "occurred" for r in found), name  # declining to comment occurred
    if want == "010":
        assert all(r.cameo == "010" for r in reports), (name, [r.cameo for r in reports])  # no act read in


def test_a_second_reported_clause_of_ones_own_step_is_no_attribution(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "said … and that Washington remained committed …": the joined clause is the speaker's own voice too
    text = ("The White House said the talks had been useful and that Washington remained committed to a peace "
            "agreement between Israel and the Palestinians.")
    r = at(code(rec, coder, text), text)["committed"]
    assert (r.cameo, r.attribution) == ("039", None) and parties(r) == ({"USA"}, {"ISR", "PSE"})
    text = "Japan said the talks had been useful and that it would meet China in Beijing in May."
    r = at(code(rec, coder, text), text)["meet"]
    assert r.status == "planned" and r.attribution is None
    # a claim of another party's act already done stays the speaker's word
    text = "Japan said the talks had been cancelled and that China had fired a missile."
    r = at(code(rec, coder, text), text)["fired"]
    assert r.attribution == "Japan"


def test_a_second_act_joined_to_what_is_said_is_the_speakers_own(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "said X and urged Y": the parser may join the second verb to the reported clause; with no subject of
    # its own it is the speaker's act, told by the author (no attribution) ...
    text = "A Chinese foreign ministry spokesman said NATO was spreading fear and urged the alliance to stop."
    r = at(code(rec, coder, text), text)["urged"]
    assert r.cameo_root == "02" and r.attribution is None
    # ... unless a further source relays the speaker
    text = ("The South Korean vice foreign minister told the Russian ambassador that the treaty was a threat and "
            "urged Moscow to end the cooperation, the foreign ministry said.")
    r = at(code(rec, coder, text), text)["urged"]
    assert r.attribution is not None


# events-19 review: misfires of the merged events-19 rules -----------------------------------------------


def _trigger(reports: list[EventReport], text: str, word: str) -> list[EventReport]:
    return [r for r in reports if text[r.trigger_start : r.trigger_end].split(" ")[0] == word]


def test_review19_a_patrol_boat_is_no_merchant_ship(rec: ActorRecogniser, coder: EventCoder) -> None:
    # a state's vessel ("patrol boat", "naval vessel") keeps the recipient the story gives it; only a
    # merchant ship with no flag named hits no state
    text = ("The Philippines accused China of aggression in the South China Sea on Monday. "
            "Chinese coast guard ships rammed a patrol boat near the shoal.")
    [r] = _trigger(code(rec, coder, text), text, "rammed")
    assert parties(r) == ({"CHN"}, {"PHL"})


def test_review19_designated_only_as_an_outlawed_organisation(rec: ActorRecogniser, coder: EventCoder) -> None:
    # a group or an organisation designated to do something is no ban (1722); the act it is to do stays
    text = "The Arab League designated a group of envoys to mediate between Sudan's warring parties."
    reports = code(rec, coder, text)
    assert not [r for r in reports if r.cameo == "1722"]
    assert [r.cameo for r in _trigger(reports, text, "mediate")] == ["045"]
    text = "The African Union designated an organisation to monitor the vote in Ethiopia."
    assert not [r for r in code(rec, coder, text) if r.cameo == "1722"]
    # (designated as one: the ban, with "as" as with the bare predicate)
    text = "Egypt designated the Muslim Brotherhood as a terrorist organisation in 2013."
    [r] = _trigger(code(rec, coder, text), text, "designated")
    assert r.cameo == "1722" and parties(r)[0] == {"EGY"}


def test_review19_only_a_transfer_is_paid_in_return(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "in return for its peace treaty": a treaty is no goods given back; no 070 from Egypt
    text = "The United States gave Egypt military aid in return for its peace treaty with Israel."
    reports = code(rec, coder, text)
    assert not _trigger(reports, text, "return") and [r.cameo for r in reports] == ["072"]
    text = "Russia could supply oil to India in return for rupees."
    [r] = _trigger(code(rec, coder, text), text, "return")
    assert (r.cameo, r.status) == ("070", "hypothetical") and parties(r) == ({"IND"}, {"RUS"})


def test_review19_an_organisation_has_no_government_of_its_own(rec: ActorRecogniser, coder: EventCoder) -> None:
    # the Security Council ordering "the government" orders someone else's: a demand, not its own withdrawal
    text = "The Security Council ordered the government to withdraw its troops from the border."
    reports = code(rec, coder, text)
    assert not [r for r in reports if r.cameo_root == "08"], [(r.cameo, parties(r)) for r in reports]
    assert [(r.cameo_root, r.status) for r in _trigger(reports, text, "ordered")] == [("10", "occurred")]
    text = "Putin ordered the defence ministry to withdraw troops from Kherson."
    [r] = code(rec, coder, text)
    assert (r.cameo, r.status) == ("0874", "planned") and parties(r)[0] == {"RUS"}


def test_review19_a_departure_told_is_not_troops_named_long_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "regretted the departure" right after "Britain left the EU": Britain's departure, not that of the
    # troops named a sentence before
    text = ("Russian troops crossed into Ukraine in 2022. Britain left the European Union in 2020, and France "
            "regretted the departure.")
    [r] = _trigger(code(rec, coder, text), text, "regretted")
    assert parties(r) == ({"FRA"}, {"GBR"})


def test_review19_a_vote_asked_at_home_is_no_body_named_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    # an opposition or a parliament calls for a vote at home, not in the organisation named last
    for asker in ("Armenia's opposition", "Armenia's parliament"):
        text = f"The European Union welcomed the agreement on Monday. {asker} called for a vote on the deal."
        [r] = _trigger(code(rec, coder, text), text, "called")
        assert parties(r) == ({"ARM"}, set()), asker


def test_review19_the_partner_of_the_sentence_beats_an_act_told_again(rec: ActorRecogniser,
                                                                      coder: EventCoder) -> None:  # fmt: skip
    # "met Seoul and signed the accord": with Seoul, whatever deal Tokyo signed before
    text = "Japan signed a trade deal with Vietnam in March. Tokyo then met Seoul and signed the accord on fishing."
    r = _trigger(code(rec, coder, text), text, "signed")[-1]
    assert parties(r) == ({"JPN"}, {"KOR"})


def test_review19_support_after_one_state_s_strike_backs_no_one_known(rec: ActorRecogniser,
                                                                     coder: EventCoder) -> None:  # fmt: skip
    # support after a single state's strike may go to its victims as well: only a coalition's operation
    # is backed by those who provide support
    for text in ("Russia bombed Kharkiv on Monday. The European Union provided support.",
                 "Israel struck Hezbollah positions in Lebanon. Iran provided support."):
        [r] = _trigger(code(rec, coder, text), text, "provided")
        assert parties(r)[1] == set(), text


@pytest.mark.parametrize("text", [
    "Lavrov said on Tuesday that Russia would hold talks with Turkey on Monday.",
    "Lavrov said on Tuesday that the talks with Turkey would take place on Monday.",
])
def test_review19_a_planned_meeting_takes_the_weekday_of_its_own_verb(rec: ActorRecogniser, coder: EventCoder,
                                                                      text: str) -> None:  # fmt: skip
    # the noun's own verb ("hold", "take place") is no clause above it: its weekday is the next Monday
    [r] = _trigger(code(rec, coder, text), text, "talks")
    assert (r.status, r.date) == ("planned", "2021-03-29")


def test_review19_who_judges_a_meeting_on_the_calendar_takes_no_part(rec: ActorRecogniser,
                                                                     coder: EventCoder) -> None:  # fmt: skip
    # the subject of a verb that proposes a meeting takes part in it; one that condemns it does not
    text = "Biden condemned the talks with Iran, which would open in Oman on Monday."
    assert not [r for r in code(rec, coder, text) if r.cameo_root == "04" and "USA" in parties(r)[0]]
    text = "Kyiv proposed talks with Moscow, which officials said would be held in Istanbul on Monday."
    [r] = _trigger(code(rec, coder, text), text, "talks")
    assert r.status == "planned" and parties(r) == ({"UKR"}, {"RUS"})


@pytest.mark.parametrize("text", [
    "When China sent warships near Taiwan and Japan protested, Washington urged restraint.",
    "Tensions rose when China sent warships near Taiwan and Japan protested.",
])
def test_review19_a_clause_of_time_before_the_main_clause_keeps_its_second_subject(
        rec: ActorRecogniser, coder: EventCoder, text: str) -> None:  # fmt: skip
    # the second verb's subject, joined by the parser to the first verb's place, is no target of the
    # first act, wherever the clause of time stands
    reports = code(rec, coder, text)
    [sent] = _trigger(reports, text, "sent")
    [protested] = _trigger(reports, text, "protested")
    assert parties(sent) == ({"CHN"}, {"TWN"}) and parties(protested)[0] == {"JPN"}


def test_review19_a_planned_act_owned_by_a_weekday_is_the_one_ahead(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "Monday's talks ... will take place": next Monday; "condemned Monday's attack": last Monday
    text = "Monday's talks between Russia and Ukraine will take place in Istanbul."
    [r] = _trigger(code(rec, coder, text), text, "talks")
    assert (r.status, r.date) == ("planned", "2021-03-29")
    text = "Kyiv condemned Monday's attack on Odesa by Russia."
    [r] = _trigger(code(rec, coder, text), text, "attack")
    assert (r.status, r.date) == ("occurred", "2021-03-22")


@pytest.mark.parametrize("text", [
    "Ukraine proposed talks with Russia, which started the war.",
    "Members of the Security Council asked for talks with Iran, which began enriching uranium in 2006.",
])
def test_review19_a_clause_of_what_a_party_did_puts_no_meeting_on_the_calendar(
        rec: ActorRecogniser, coder: EventCoder, text: str) -> None:  # fmt: skip
    # "which started the war" tells what Russia did: a verb of happening with an object or a complement
    # is no meeting taking place, and the talks asked for or proposed stay the request's content
    assert not _trigger(code(rec, coder, text), text, "talks")


# events-19 review 2: the "said" round and the first review's leftovers ---------------------------
def test_review19b_another_party_s_weapons_on_their_way_are_no_delivery_of_the_speaker(
        rec: ActorRecogniser, coder: EventCoder) -> None:  # fmt: skip
    # "Russian missiles on their way to Ukraine" are Russia's, in flight: Poland delivers nothing
    text = "Poland said Russian missiles were on their way to Ukraine."
    assert not [r for r in code(rec, coder, text) if r.cameo[:2] == "07"]
    text = "Germany said the tanks were already on their way to Ukraine."
    [r] = _trigger(code(rec, coder, text), text, "said")
    assert r.cameo == "072" and parties(r) == ({"DEU"}, {"UKR"})


def test_review19b_trouble_ended_at_another_s_initiative_is_no_blame(rec: ActorRecogniser, coder: EventCoder) -> None:
    # ending the fighting is to someone's credit; an agreement ended, or trouble begun, is blame
    text = "Kyiv said the fighting had ended at the initiative of Turkey."
    assert not [r for r in code(rec, coder, text) if r.cameo[:3] == "112"]
    text = "Moscow said the treaty had collapsed at the initiative of the United States."
    [r] = _trigger(code(rec, coder, text), text, "said")
    assert r.cameo[:3] == "112" and parties(r) == ({"RUS"}, {"USA"})


def test_review19b_another_party_not_resting_until_is_no_demand(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "Russia would not stop until it had seized ..." tells Russia's aims; only the speaker's own side
    # refusing to rest until something happens demands it
    text = "Zelensky said Russia would not stop until it had seized all of Ukraine."
    assert not [r for r in code(rec, coder, text) if r.cameo_root == "10"]
    text = "Germany said it would not be satisfied until Russia withdrew its troops."
    [r] = _trigger(code(rec, coder, text), text, "said")
    assert r.cameo_root == "10" and parties(r) == ({"DEU"}, {"RUS"})


def test_review19b_penalties_kept_are_aimed_at_their_target_not_their_owner(
        rec: ActorRecogniser, coder: EventCoder) -> None:  # fmt: skip
    text = "Hungary said the EU sanctions on Russia would remain in force."
    [r] = _trigger(code(rec, coder, text), text, "said")
    assert r.cameo == "1244" and parties(r) == ({"HUN"}, {"RUS"})


def test_review19b_next_week_s_event_dates_no_act_next_week(rec: ActorRecogniser, coder: EventCoder) -> None:
    # "next week's summit" is a time the summit owns: the meeting ahead of it is today's
    text = "Blinken met Wang Yi ahead of next week's summit."
    [r] = _trigger(code(rec, coder, text), text, "met")
    assert (r.status, r.date) == ("occurred", "2021-03-26")
    # ... and it dates the act it owns, as "Monday's attack" does
    text = "France condemned last week's attack on Odesa by Russia."
    reports = code(rec, coder, text)
    [condemned], [attack] = _trigger(reports, text, "condemned"), _trigger(reports, text, "attack")
    assert (condemned.date, attack.date) == ("2021-03-26", "2021-03")


@pytest.mark.parametrize(("text", "verb", "actor", "target"), [
    ("Turkey attacked Kurdish fighters in Syria with the support of Syrian rebels.", "attacked", "TUR", "SYR"),
    ("Saudi Arabia bombed Houthi positions in Yemen with the support of the Yemeni government.", "bombed", "SAU",
     "YEM"),
])
def test_review19b_helpers_from_the_target_s_own_state_do_not_join_the_act(
        rec: ActorRecogniser, coder: EventCoder, text: str, verb: str, actor: str, target: str) -> None:  # fmt: skip
    # a helper of the target's state would make it both striker and struck, or eat the recipient: its
    # help stays a 062 of its own, the act stays the doer's
    reports = code(rec, coder, text)
    [r] = _trigger(reports, text, verb)
    assert parties(r) == ({actor}, {target})
    [helping] = _trigger(reports, text, "support")
    assert helping.cameo == "062" and parties(helping) == ({target}, {actor})


@pytest.mark.parametrize("text", [
    "Moscow said the sanctions imposed by Washington would remain in force.",
    "Beijing said Washington's tariffs on Chinese steel would stay in place.",
])
def test_review19b_another_party_s_penalties_kept_are_no_refusal_of_the_speaker(
        rec: ActorRecogniser, coder: EventCoder, text: str) -> None:  # fmt: skip
    # penalties that the clause says are another's ("imposed by Washington", "Washington's") are
    # kept by their owner, not refused by whoever tells it; the owner is no target of them either
    assert not [r for r in _trigger(code(rec, coder, text), text, "said") if r.cameo == "1244"]


def test_review19b_a_cancelled_trip_is_to_the_host_told_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    near = "Russia hosted the BRICS summit in Kazan. Brazil's president cancelled his trip after a fall."
    [r] = _trigger(code(rec, coder, near), near, "cancelled")
    assert parties(r) == ({"BRA"}, {"RUS"})


@pytest.mark.xfail(strict=True, reason="the host is looked for over the whole document: limiting it to the recent "
                   "story (_recent_reports, 600 characters) cost fold A one row whose host is the document's "
                   "meeting told further back; left as it is")
def test_review19b_a_cancelled_trip_looks_for_its_host_only_in_the_recent_story(
        rec: ActorRecogniser, coder: EventCoder) -> None:  # fmt: skip
    # the host of a meeting told many sentences before may be another thread of the story: a trip
    # cancelled there goes nowhere named
    filler = ("The leaders discussed trade, payments and the war in the Middle East over two days of meetings. "
              "Officials spoke of a new grain exchange and of a common payment system. "
              "Critics said the bloc was split on many questions. "
              "Several leaders gave long speeches about the global economy and about the price of oil. "
              "In a separate story, the weather in Europe was warm for the season and markets rose. "
              "Many analysts expected interest rates to fall next year as inflation eased across the continent. "
              "Farmers in France complained about the prices of fertiliser and of diesel. ")
    far = "Russia hosted the BRICS summit in Kazan. " + filler + "Brazil's president cancelled his trip after a fall."
    [r] = _trigger(code(rec, coder, far), far, "cancelled")
    assert parties(r) == ({"BRA"}, set())


@pytest.mark.parametrize("text", [
    "Moscow said the dispute had been resolved at the initiative of China.",
    "Ankara said the crisis had been defused at the initiative of Qatar.",
])
def test_review19b_trouble_eased_at_another_s_initiative_is_no_blame(
        rec: ActorRecogniser, coder: EventCoder, text: str) -> None:  # fmt: skip
    # trouble resolved, settled or defused at someone's initiative is to their credit, as trouble ended
    assert not [r for r in code(rec, coder, text) if r.cameo[:3] == "112"]


@pytest.mark.xfail(strict=True, reason="whether the speaker belongs to the organisation (and so backs the entry) "
                   "needs its members, which the actor data lack for NATO; a hostile speaker's description "
                   "still reads as backing (051)")
def test_review19b_an_outsider_describing_a_path_to_membership_backs_nothing(
        rec: ActorRecogniser, coder: EventCoder) -> None:  # fmt: skip
    text = "Lavrov said Ukraine was on the path to NATO membership."
    assert not [r for r in code(rec, coder, text) if r.cameo == "051"]


@pytest.mark.parametrize("text", [
    "Washington said Israel was preparing plans to defend against an attack.",
    "Seoul said Japan had drawn up plans to evacuate its citizens in the event of an attack.",
])
def test_review19b_plans_against_an_attack_are_no_plot(rec: ActorRecogniser, coder: EventCoder, text: str) -> None:
    # a plot is an attack the plan is for ("plans to attack", "plans for an attack"), not one named
    # anywhere in it
    assert not [r for r in code(rec, coder, text) if r.cameo[:3] == "112"]
    text = "Israel said Iran had been developing plans to attack Israeli embassies."
    [r] = _trigger(code(rec, coder, text), text, "said")
    assert r.cameo == "1123" and parties(r) == ({"ISR"}, {"IRN"})


@pytest.mark.parametrize("text", [
    "India said the curfew in Kashmir would remain in place.",
    "Britain said the travel restrictions would remain in place until June.",
])
def test_review19b_measures_at_home_kept_are_no_refusal_of_relief(
        rec: ActorRecogniser, coder: EventCoder, text: str) -> None:  # fmt: skip
    # a curfew or travel rules kept name no one they are aimed at: no sanctions relief refused (1244)
    assert not [r for r in code(rec, coder, text) if r.cameo == "1244"]


# events-20: the recipient fallback ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "trigger", "recipients"), [
    # a directed act no rule aimed takes the nearest other party its sentence names
    ("Iran walked away from the talks with France.", "walked", {"FRA"}),
    ("The embargo, which Obama eased in 2015, still restricts trade with Cuba.", "eased", {"CUB"}),
    # not a body's own meeting, nor a show of force, nor what the context pass holds unaimed
    ("ASEAN foreign ministers are due to meet in Vientiane later this month.", "meet", set()),
    ("The Iranian navy held drills in the Gulf of Oman.", "drills", set()),
    ("Russia's envoy defended the referendum in Crimea as legitimate.", "defended", set()),
    # with no other party in the sentence there is none to take
    ("Iran walked away from the talks.", "walked", set()),
    # nor the voice that tells it, nor a claim denied (events-20 review)
    ("Iran walked away from the talks, Reuters reported.", "walked", set()),
    ("Sweden condemned the Koran burning in Stockholm, Turkey said.", "condemned", set()),
    ("Germany denied it would send tanks to Ukraine.", "denied", set()),
])
def test_the_fallback_recipient(rec: ActorRecogniser, coder: EventCoder, text: str, trigger: str,
                                recipients: set[str]) -> None:  # fmt: skip
    r = at(code(rec, coder, text), text)[trigger]
    assert parties(r)[1] == recipients, text
    assert ("fallback-recipient" in RuleTrace.parse(r.rule).marks) == bool(recipients)  # the rule says so


@pytest.mark.xfail(strict=True, reason="the fallback recipient (events-20) takes the nearest party, here the one "
                                       "hurt by the act the condemnation judges")
def test_a_judgement_is_not_aimed_at_the_victim_by_the_fallback(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia attacked the power grid of Ukraine, and its condemnation by the UN followed."
    r = at(code(rec, coder, text), text)["condemnation"]
    assert "UKR" not in parties(r)[1]


@pytest.mark.xfail(strict=True, reason="the fallback recipient (events-20) takes a place that is only the setting, "
                                       "named before the trigger ('Speaking in Paris'); preferring parties after "
                                       "the trigger cost two events on the tune folds and fresh texts")
def test_a_setting_is_not_the_fallback_recipient(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Speaking in Paris, Lavrov denounced the Western sanctions."
    r = at(code(rec, coder, text), text)["denounced"]
    assert not r.recipients



@pytest.mark.parametrize(("text", "trigger", "intent"), [
    # an act of material cooperation its doer commits to reads, for CAMEO, as the intent to do it
    ("Japan will provide humanitarian aid to Turkey.", "provide", "0333"),
    ("Japan and Australia agreed to undertake joint military exercises.", "exercises", "031"),
    ("Israel will allow UN agencies to distribute aid in Gaza.", "allow", "035"),
    # a decision is the act itself; another's expectation announces nothing of the doer's
    ("Japan decided to ease some sanctions on North Korea.", "ease", None),
    ("Ukraine expects Germany to send more tanks.", "send", None),
])
def test_cameos_reading_of_a_planned_act(rec: ActorRecogniser, coder: EventCoder, text: str, trigger: str,
                                         intent: str | None) -> None:  # fmt: skip
    r = at(code(rec, coder, text), text)[trigger]
    assert r.status == "planned" and r.cameo_root in ("06", "07", "08"), text
    read = cameo_reading(r, coder.lex)
    if intent is None:
        assert read == r, text
    else:
        assert read.cameo.startswith(intent) and read.cameo_root == "03" and read.status == "occurred", text


def test_it_in_an_adverbial_clause_is_the_subject_of_the_clause_it_qualifies(rec: ActorRecogniser,
                                                                             coder: EventCoder) -> None:
    """events-25: "it" in "after it …", "because it …" continues the main clause's subject, not the
    party named last (China, Estonia); a person as that subject leaves "it" to the old reading."""
    text = ("Burkina Faso established diplomatic relations with China on Saturday, two days after it broke off "
            "its relationship with Taiwan.")
    broke = at(code(rec, coder, text), text)["broke"]
    assert parties(broke) == ({"BFA"}, {"TWN"})
    text = "Russia expelled two Estonian diplomats on Monday because it accused them of spying."
    accused = at(code(rec, coder, text), text)["accused"]
    assert parties(accused) == ({"RUS"}, {"EST"})
