"""The event coder on sentences written for these tests (real actors and events, our own wording)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from diplomap.extract.event_lexicon import RuleTrace, load_lexicon, noun_forms, verb_forms
from diplomap.extract.events import EventCoder
from diplomap.extract.recognise import ActorRecogniser
from diplomap.model import EventReport, PartialDate

PUBLISHED = PartialDate("2021-03-26", "day")  # a Friday


@pytest.fixture(scope="module")
def rec() -> ActorRecogniser:
    return ActorRecogniser(use_ner=False)


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


def code(rec: ActorRecogniser, coder: EventCoder, text: str, published: PartialDate | None = PUBLISHED,
         estimate: PartialDate | None = None) -> list[EventReport]:  # fmt: skip
    when = (published or estimate).value if (published or estimate) else None
    return coder.code(text, rec.recognise(text, "d", when), "d", published, estimate)


def one(reports: list[EventReport], trigger: str, text: str) -> EventReport:
    found = [r for r in reports if text[r.trigger_start : r.trigger_end] == trigger]
    assert len(found) == 1, [(text[r.trigger_start : r.trigger_end], r.cameo) for r in reports]
    return found[0]


def parties(r: EventReport) -> tuple[set[str], set[str]]:
    return {a.code for a in r.actors}, {x.code for x in r.recipients}


def test_visit_with_its_sentence_and_relative_date(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russian Foreign Minister Sergei Lavrov visited Seoul on Thursday."
    r = one(code(rec, coder, text), "visited", text)
    assert (r.cameo, r.cameo_root, r.quad_class, r.plover, r.status) == ("042", "04", 1, "CONSULT", "occurred")
    assert parties(r) == ({"RUS"}, {"KOR"})
    assert r.actors[0].person == "Sergei Lavrov"
    assert (r.date, r.date_precision, r.date_source) == ("2021-03-25", "day", "relative")
    assert text[r.start : r.end] == r.sentence and r.rule.startswith("verb/visit")
    assert r.goldstein == pytest.approx(1.9)


def test_joint_signing_is_one_event(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Russia and North Korea signed a mutual defence treaty in Pyongyang."
    [r] = [x for x in code(rec, coder, text) if not x.neutral]
    assert r.joint and parties(r) == ({"RUS", "PRK"}, set())
    assert r.cameo == "057"


def test_statuses(rec: ActorRecogniser, coder: EventCoder) -> None:
    cases = {
        "Kim Jong Un did not meet Moon Jae-in in March.": ("meet", "negated"),
        "Vladimir Putin will visit Pyongyang next month.": ("visit", "planned"),
        "North Korea plans to send troops to Russia.": ("send", "planned"),
        "Seoul and Moscow discussed the possibility of a state visit by Putin to Seoul.": ("visit", "hypothetical"),
        "Japan could impose sanctions on North Korea.": ("impose", "hypothetical"),
        "North Korea fired two ballistic missiles into the sea.": ("fired", "occurred"),
    }
    for text, (trigger, status) in cases.items():
        assert one(code(rec, coder, text), trigger, text).status == status, text


def test_agreeing_to_hold_a_summit_is_an_agreement_and_a_planned_meeting(rec: ActorRecogniser,
                                                                        coder: EventCoder) -> None:  # fmt: skip
    text = "Kim Jong Un and Vladimir Putin agreed to hold a summit."
    reports = code(rec, coder, text)
    agreed = one(reports, "agreed", text)
    summit = one(reports, "summit", text)
    assert (agreed.cameo_root, agreed.status) == ("03", "occurred")
    assert (summit.cameo_root, summit.status) == ("04", "planned")


def test_a_refusal_is_a_rejection_that_occurred(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "China refused to meet the South Korean delegation."
    reports = code(rec, coder, text)
    r = one(reports, "refused", text)
    assert (r.cameo_root, r.status) == ("12", "occurred") and parties(r) == ({"CHN"}, {"KOR"})
    assert not [x for x in reports if x.cameo_root == "04"], "no meeting, not even a negated one"


def test_conditional_threats_occurred(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Vladimir Putin warned South Korea that Russia would respond if Seoul sent weapons to Ukraine."
    r = one(code(rec, coder, text), "warned", text)
    assert (r.cameo_root, r.status) == ("13", "occurred") and parties(r) == ({"RUS"}, {"KOR"})


def test_historical_background_is_dated_to_its_own_time(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "In 2017, China retaliated against South Korea over the THAAD deployment."
    r = one(code(rec, coder, text), "retaliated", text)
    assert r.historical and r.date == "2017" and r.date_source == "text"


@pytest.mark.parametrize(("when", "historical"), [
    ("in March 2024", False),  # 31 March is after 20 March, three months before publication
    ("on 15 March 2024", True),
    ("in February 2024", True),
    ("in 2023", True),
])  # fmt: skip
def test_historical_is_three_calendar_months_before_publication(rec: ActorRecogniser, coder: EventCoder, when: str,
                                                                 historical: bool) -> None:  # fmt: skip
    # the gold set's decided convention D1: the event's date lies wholly before publication less three months
    text = f"Japan imposed sanctions on Russia {when}."
    r = one(code(rec, coder, text, PartialDate("2024-06-20", "day")), "imposed", text)
    assert r.date_source == "text" and r.historical is historical


def test_attribution_keeps_the_voice(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "North Korea fired a cruise missile into the sea, according to Yonhap."
    assert one(code(rec, coder, text), "fired", text).attribution == "Yonhap"
    said = "Xinhua said that Xi Jinping praised Moon Jae-in."
    assert one(code(rec, coder, said), "praised", said).attribution == "Xinhua"


def test_an_announced_own_step_is_direct_and_a_reported_deed_is_attributed(rec: ActorRecogniser,
                                                                          coder: EventCoder) -> None:  # fmt: skip
    # the gold set's decided convention D2: announcing one's own step performs it; reporting an act
    # already done is a claim the author relays
    text = "Russia said it was suspending its participation in the Black Sea grain deal."
    assert one(code(rec, coder, text), "suspending", text).attribution is None
    text = "Turkey said it would close the straits to warships."
    assert one(code(rec, coder, text), "close", text).attribution is None
    text = "Japan said it had imposed new sanctions on Russia."
    assert one(code(rec, coder, text), "imposed", text).attribution == "Japan"


def test_statements_are_neutral_and_only_when_nothing_more_specific(rec: ActorRecogniser, coder: EventCoder) -> None:
    plain = "The Kremlin said the talks in Seoul were useful."
    r = one(code(rec, coder, plain), "said", plain)
    assert r.neutral and r.cameo_root == "01"
    richer = "Putin said Russia would send aid to North Korea."
    reports = code(rec, coder, richer)
    assert not [x for x in reports if x.neutral], "the statement is the attribution of the aid"


def test_no_event_without_an_actor_or_a_coded_action(rec: ActorRecogniser, coder: EventCoder) -> None:
    assert code(rec, coder, "The delegates visited a factory and signed the guest book.") == []
    assert code(rec, coder, "Relations between Seoul and Moscow remain warm.") == []


def test_dates_never_come_from_the_run(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Japan protested to China."
    [r] = code(rec, coder, text, published=None)
    assert r.date is None and r.date_source is None
    [e] = code(rec, coder, text, published=None, estimate=PartialDate("2019", "year"))
    assert (e.date, e.date_source) == ("2019", "estimate")


def test_gate_parses_only_candidate_sentences(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "The weather was fine. Seoul protested. Rain fell in Busan."
    sentences = [(0, 21), (22, 38), (39, 57)]
    assert coder.gate(text, sentences, rec.recognise(text, "d", "2021-01")) == [(22, 38)]


def test_lexicon_loads_and_inflects() -> None:
    lex = load_lexicon()
    assert {"visited", "met", "signing", "talks", "sanctions"} <= lex.trigger_forms
    assert {"planned", "banned", "carries"} & verb_forms("plan") == {"planned"}
    assert "banned" in verb_forms("ban") and "carries" in verb_forms("carry")
    assert noun_forms("treaty") == {"treaty", "treaties"}
    assert lex.code("042").quad_class == 1 and lex.code("190").quad_class == 4


def test_a_rule_reads_back_into_its_parts() -> None:
    # every sense's own rule parses back to its lemma, particle, preposition and objects
    lexicon = load_lexicon()
    for senses in lexicon.verbs.values():
        for sense in senses:
            trace = RuleTrace.parse(sense.rule)
            assert (trace.kind, trace.lemma) == ("verb", sense.lemma)
            keyed = trace.senses[0][2]
            assert keyed.get("prt") == sense.particle and keyed.get("prep") == sense.prep
            assert trace.selected_by_object == bool(sense.objects)
    trace = RuleTrace.parse("intent/agree+verb/dismantle/obj:arsenal|base|facility+context-recipient")
    assert (trace.kind, trace.lemma, trace.marks) == ("intent", "agree", frozenset({"context-recipient"}))
    assert trace.selected_by_object  # (the act agreed to was chosen by its object)
    assert [s[:2] for s in trace.senses] == [("intent", "agree"), ("verb", "dismantle")]
    plain = RuleTrace.parse("statement/say+verdict")
    assert not plain.selected_by_object and plain.marks == frozenset({"verdict"})


def test_eval_events_scores_a_gold_file(tmp_path: Path) -> None:
    from diplomap.evaluate import MISS_CAUSES, evaluate_events

    text = ("Published: 2021-03-26\n"
            "Russian Foreign Minister Sergei Lavrov visited Seoul on Thursday. China refused to meet the South Korean "
            "delegation. Lavrov later strolled by the Han river.\n")  # fmt: skip
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    s1 = text.index("Russian")
    s2 = text.index("China")
    s3 = text.index("Lavrov later")
    rows = [
        {"doc": "a.txt", "sentence": [s1, s2 - 1], "trigger": [text.index("visited"), text.index("visited") + 7],
         "actors": ["RUS"], "recipients": ["KOR"], "joint": False, "cameo": "042", "status": "occurred"},
        {"doc": "a.txt", "sentence": [s2, s3 - 1], "trigger": [text.index("refused"), text.index("refused") + 7],
         "actors": ["CHN"], "recipients": ["KOR"], "joint": False, "cameo": "125", "status": "occurred"},
        # three gold events without a report, one for each cause: no French actor in the sentence; a
        # trigger no lexicon entry knows; a lexicon word with its actor there, which the coder missed
        {"doc": "a.txt", "sentence": [s1, s2 - 1], "trigger": [text.index("visited"), text.index("visited") + 7],
         "actors": ["FRA"], "recipients": ["KOR"], "joint": False, "cameo": "042", "status": "occurred"},
        {"doc": "a.txt", "sentence": [s3, len(text) - 1], "trigger": [s3 + 13, s3 + 21],
         "actors": ["RUS"], "recipients": [], "joint": False, "cameo": "017", "status": "occurred"},
        {"doc": "a.txt", "sentence": [s2, s3 - 1], "trigger": [text.index("meet"), text.index("meet") + 4],
         "actors": ["CHN"], "recipients": ["KOR"], "joint": False, "cameo": "040", "status": "negated"},
        {"doc": "missing.txt", "sentence": [0, 5], "trigger": [0, 5], "actors": ["USA"], "recipients": [],
         "joint": False, "cameo": "042", "status": "occurred"},
    ]  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    scores, reading = evaluate_events(gold)
    overall = scores.rows()[0]
    assert overall["slice"] == "all" and overall["reports"] == 2 and overall["precision"] == 1.0
    assert reading.missing == ["missing.txt"] and reading.title_rows == 0
    assert scores.missed == {cause: 1 for cause in MISS_CAUSES}
    assert [m["cause"] for m in scores.mismatches if m["report"] is None] == list(MISS_CAUSES)
    ran = subprocess.run([sys.executable, "-m", "diplomap", "eval", "events", str(gold), "--json"],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["scores"][0]["precision"] == 1.0
    assert json.loads(ran.stdout)["missed_by_cause"] == {cause: 1 for cause in MISS_CAUSES}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "a.txt"}\n', encoding="utf-8")
    failed = subprocess.run([sys.executable, "-m", "diplomap", "eval", "events", str(bad)], capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert failed.returncode == 2 and "bad.jsonl:1" in failed.stderr


def test_eval_events_reads_a_document_as_a_run_does(tmp_path: Path) -> None:
    """The headline is the document's title, which a run keeps as metadata and does not code: a
    gold row on it is left out (and counted), and the body's reports keep the file's offsets."""
    from diplomap.evaluate import evaluate_events, read_as_run

    text = ("Published: 2023-08-20\n\nBiden hosts Yoon and Kishida at Camp David\n\n"
            "President Joe Biden hosted South Korean President Yoon Suk Yeol at Camp David on Friday.\n")  # fmt: skip
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    view = read_as_run("b.txt", text.encode("utf-8"))
    assert text[view.offset:].startswith("President Joe Biden") and view.text == text[view.offset:].rstrip("\n")
    assert view.title is not None and text[view.title[0]:view.title[1]] == "Biden hosts Yoon and Kishida at Camp David"
    assert view.published is not None and view.published.value == "2023-08-20" and not view.whole
    head, body = text.index("Biden hosts"), text.index("President Joe")
    rows = [
        {"doc": "b.txt", "sentence": [head, head + 42], "trigger": [head + 6, head + 11], "actors": ["USA"],
         "recipients": ["KOR", "JPN"], "joint": False, "cameo": "042", "status": "occurred"},
        {"doc": "b.txt", "sentence": [body, len(text) - 1], "trigger": [text.index("hosted"), text.index("hosted") + 6],
         "actors": ["USA"], "recipients": ["KOR"], "joint": False, "cameo": "042", "status": "occurred"},
    ]  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    scores, reading = evaluate_events(gold)
    overall = scores.rows()[0]
    assert reading.title_rows == 1 and reading.coded_whole == []
    assert overall["gold"] == 1 and overall["reports"] == 1 and overall["precision"] == 1.0


def test_the_one_warned_is_read_from_the_sentences_before(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("North Korea shelled South Korea's Yeonpyeong Island on 23 November 2010, killing two marines. "
            "President Lee Myung-bak warned that any further provocation would be met with enormous retaliation.")
    warning = one(code(rec, coder, text), "warned", text)
    assert [r.code for r in warning.recipients] == ["PRK"] and warning.rule.endswith("+context-recipient")
    alone = "President Lee Myung-bak warned that any further provocation would be met with enormous retaliation."
    assert one(code(rec, coder, alone), "warned", alone).recipients == (), "no context, no guess"


def test_urging_a_party_to_halt_is_an_appeal_to_yield(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "Chinese Foreign Minister Wang Yi urged Seoul to halt the deployment of the missile defence system."
    urged = one(code(rec, coder, text), "urged", text)
    assert (urged.cameo, urged.goldstein) == ("025", -0.3) and [r.code for r in urged.recipients] == ["KOR"]


def test_an_object_the_parser_misreads_as_a_clause(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("The United States and the European Union have imposed travel bans and asset freezes on Russian "
            "officials over the annexation.")
    imposed = one(code(rec, coder, text), "imposed", text)
    assert imposed.cameo == "163" and [r.code for r in imposed.recipients] == ["RUS"]


def test_a_headline_without_articles_keeps_its_subject(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = "UN assembly rejects Crimea vote as Russia faces sanctions"
    rejects = one(code(rec, coder, text), "rejects", text)
    assert [a.code for a in rejects.actors] == ["UNGA"] and rejects.cameo_root == "12"


def test_the_topic_of_a_joint_agreement_is_no_recipient(rec: ActorRecogniser, coder: EventCoder) -> None:
    text = ("On 30 October 2017, Beijing and Seoul reached an agreement regarding China's concerns over the "
            "presence of US missiles on South Korean soil.")
    reached = one(code(rec, coder, text), "reached", text)
    assert reached.joint and {a.code for a in reached.actors} == {"CHN", "KOR"} and reached.recipients == ()


def test_the_lexicon_passes_its_own_check() -> None:
    # bench/events_lexicon_check.py: keys, codes, duplicate senses, anchors; a key the coder learns
    # must be known to the check too
    script = Path(__file__).resolve().parents[1] / "bench" / "events_lexicon_check.py"
    ran = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0 and ran.stdout.rstrip().endswith("OK"), ran.stdout[-2000:] + ran.stderr


def test_read_as_run_keeps_the_decoded_file_for_the_gold_offsets() -> None:
    from diplomap.evaluate import read_as_run

    raw = "Published: 2024-01-02\nA title here\n\nRussia and China met in Beijing on Monday.\n"
    view = read_as_run("x.txt", raw.encode())
    assert view.file_text == raw  # the gold's offsets point into the file, decoded once
    assert raw[view.offset : view.offset + len(view.text)] == view.text
